// The runtime with the real readers on a replica: which changes re-read one row and which the
// whole page, and how a big page is drawn (after the paint, notes put in at once, summary last).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator } from '../../../components/dashboard/annotator';
import { BIG, startRuntime, STEP_ATTR } from '../../../components/dashboard/runtime';
import type { Scheduler } from '../../../components/dashboard/scheduler';
import { readPage, readPageInSteps, refreshPage } from '../../../lib/dashboard/read-page';
import { fixture, servedAt } from '../dashboard/load';
import { quietPlanner } from './helpers';

const FILE = 'classic-form.html';
const tick = () => new Promise((r) => setTimeout(r, 0));
const notes = () => [...document.querySelectorAll('[data-token-lens="permission"]')];
// Test-side only: the replica's hooks.
const permRows = () => [...document.querySelectorAll('[data-rp="perm-row"]')];
const levelOf = (row: Element) => row.querySelector('[data-kind="level"] .Select-value-label')!;
// The Navigation API, for the watcher to listen to (happy-dom has none).
const navigation = new EventTarget();
Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });

describe('runtime on a replica form', () => {
  let controller: AbortController;
  let scheduler: Scheduler;
  // Page-wide reads go through `steps`; `read` only if a refresh could not be made (not on a form).
  const read = vi.fn((doc: Document, _url: string, cache: Parameters<typeof readPage>[2]) => readPage(doc, servedAt(FILE), cache));
  const refresh = vi.fn(refreshPage);
  // Rows read (put in the row cache) by reads in steps; `stepMs`: fake time each step takes.
  let rowsRead = 0;
  let clock: number | undefined;
  const stepMs = 1;
  const steps = vi.fn((doc: Document, _url: string, cache: Parameters<typeof readPageInSteps>[2]) => {
    const counting = { get: cache.get, delete: cache.delete, set: (row: Element, v: any) => (rowsRead++, cache.set(row, v)) };
    const it = readPageInSteps(doc, servedAt(FILE), counting, BIG);
    return { next: () => (clock !== undefined && (clock += stepMs), it.next()) };
  });

  beforeEach(() => {
    const doc = new DOMParser().parseFromString(fixture(FILE), 'text/html');
    document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
    document.querySelectorAll('script').forEach((s) => s.remove());
    read.mockClear();
    refresh.mockClear();
    steps.mockClear();
    rowsRead = 0;
    clock = undefined;
    start();
  });
  afterEach(() => {
    controller.abort();
    expect(read).not.toHaveBeenCalled();
  });

  function start() {
    controller = new AbortController();
    const plan = quietPlanner();
    scheduler = startRuntime({
      doc: document, win: window, signal: controller.signal, isTokenPage: () => true,
      readPage: read, readPageInSteps: steps, refreshPage: refresh, plan, annotator: createAnnotator(document, async () => null), report: (stage, e) => { throw Object.assign(new Error(stage), { cause: e }); },
    });
    scheduler.flush!();
  }

  /** Idle callbacks (where later slices run) that run only when `run()` says so; a fake clock. */
  function fakeIdleAndClock() {
    const w = window as unknown as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
    const idle = new Map<number, () => void>();
    let id = 0;
    w.requestIdleCallback = (cb: () => void) => (idle.set(++id, cb), id);
    w.cancelIdleCallback = (i: number) => idle.delete(i);
    const realNow = performance.now.bind(performance);
    clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock ?? realNow());
    const measures = vi.spyOn(performance, 'measure');
    return {
      run() {
        const [first] = idle;
        if (!first) return false;
        idle.delete(first[0]);
        first[1]();
        return true;
      },
      readSlices: () => measures.mock.calls.filter(([name]) => name === 'token-lens-read').length,
      clearMeasures: () => measures.mockClear(),
      restore() {
        now.mockRestore();
        measures.mockRestore();
        delete w.requestIdleCallback;
        delete w.cancelIdleCallback;
      },
    };
  }

  it('re-reads only the row whose text changed', async () => {
    expect(steps).toHaveBeenCalledTimes(1);
    const [first] = notes();
    expect(first.getAttribute('data-permission-id')).toBe('unknown'); // Workers Scripts Edit: not in the fake catalog
    levelOf(permRows()[1]).textContent = 'Read'; // DNS Edit → DNS Read
    await tick();
    scheduler.flush!();
    expect(steps).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(notes()[1].shadowRoot!.textContent).toContain('DNS Read');
    expect(notes()[0]).toBe(first);
  });

  it('reads the page again when rows are added, removed or moved', async () => {
    const [a, b] = permRows();
    b.after(a);
    await tick();
    scheduler.flush!();
    expect(steps).toHaveBeenCalledTimes(2);
    permRows()[0].after(permRows()[0].cloneNode(true));
    await tick();
    scheduler.flush!();
    expect(steps).toHaveBeenCalledTimes(3);
    expect(notes()).toHaveLength(permRows().length);
    permRows().forEach((r) => expect(r.nextElementSibling?.getAttribute('data-token-lens')).toBe('permission'));
  });

  it('a value typed in a row re-reads that row; elsewhere, the page', async () => {
    permRows()[0].querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true }));
    scheduler.flush!();
    expect([steps.mock.calls.length, refresh.mock.calls.length]).toEqual([1, 1]);
    document.querySelector('#token-name')!.dispatchEvent(new Event('input', { bubbles: true }));
    scheduler.flush!();
    expect([steps.mock.calls.length, refresh.mock.calls.length]).toEqual([2, 1]);
  });

  // A navigation starts afresh: a single-page app may keep the same row elements on the next
  // page, and what the row cache says about them belongs to the page before.
  it.each([
    ['popstate to another URL', () => (history.pushState({}, '', '/elsewhere'), window.dispatchEvent(new PopStateEvent('popstate')))],
    ['hashchange', () => (history.pushState({}, '', '#other'), window.dispatchEvent(new HashChangeEvent('hashchange')))],
    ['Navigation API navigate, the URL not moved yet', () => navigation.dispatchEvent(new Event('navigate'))],
  ])('after a navigation (%s) every row is read again, none served from the row cache', async (_, navigate) => {
    const url = location.href;
    const all = rowsRead;
    expect(all).toBe(permRows().length);
    try {
      rowsRead = 0;
      navigate();
      scheduler.flush!();
      expect(rowsRead).toBe(all);
      expect(notes()).toHaveLength(all);
    } finally {
      history.replaceState(null, '', url);
    }
  });

  it(`draws more than ${BIG} rows after the paint: every note at once, with the summary`, async () => {
    const list = permRows()[0].parentElement!;
    const summaries = () => document.querySelectorAll('[data-token-lens="summary"]').length;
    const template = permRows()[1];
    const before = notes().length;
    const html = template.outerHTML.repeat(BIG + 50);
    permRows().at(-1)!.insertAdjacentHTML('afterend', html);
    await tick();
    scheduler.flush!(); // the frame: nothing of ours yet
    expect(notes()).toHaveLength(before);
    const seen = new Set<number>();
    for (let i = 0; i < 200 && notes().length !== permRows().length; i++) {
      seen.add(notes().length);
      await tick();
    }
    expect(notes()).toHaveLength(permRows().length);
    expect([...seen]).toEqual([before]); // no partial state: all notes went in together
    expect(summaries()).toBe(1);
    expect(document.documentElement.getAttribute(STEP_ATTR)).toBe('classic-form');
    expect(list.children.length).toBeGreaterThan(2 * (BIG + 50));
  });

  it(`reads more than ${BIG} new rows in slices; a change between slices keeps the rows read`, async () => {
    // Each row takes 1 ms on a fake clock: a slice of about 16 ms reads a few dozen rows.
    const fake = fakeIdleAndClock();
    try {
      const n = BIG + 50;
      permRows().at(-1)!.insertAdjacentHTML('afterend', permRows()[1].outerHTML.repeat(n));
      const total = permRows().length;
      rowsRead = 0;
      await tick();
      fake.clearMeasures();
      scheduler.flush!(); // the frame: the read is posted for after it
      for (let i = 0; i < 20 && !fake.readSlices(); i++) await tick();
      expect(fake.readSlices()).toBe(1); // the layout (and the first row, cached), in a task of its own
      expect(rowsRead).toBe(0);
      expect(fake.run()).toBe(true);
      expect(fake.readSlices()).toBe(2); // and one slice of rows so far, no note drawn yet
      expect(notes().length).toBeLessThan(total);
      expect(rowsRead).toBeGreaterThan(0);
      expect(rowsRead).toBeLessThan(n);
      // A row read already changes: the run starts over, rows read before come from the cache.
      levelOf(permRows()[1]).textContent = 'Read'; // DNS Edit → DNS Read
      await tick();
      scheduler.flush!();
      for (let i = 0; i < 500 && notes().length !== total; i++) if (!fake.run()) await tick();
      expect(notes()).toHaveLength(total);
      expect(fake.readSlices()).toBeGreaterThan(n / 16);
      expect(rowsRead).toBe(n + 1); // each new row read once, and the changed row again
      expect(steps).toHaveBeenCalledTimes(3); // the small form, the big one, the big one again
      expect(notes()[1].shadowRoot!.textContent).toContain('DNS Read');
    } finally {
      fake.restore();
    }
  });

  it(`a page already holding more than ${BIG} rows: the first frame reads only its layout`, async () => {
    controller.abort();
    const n = BIG + 50;
    permRows().at(-1)!.insertAdjacentHTML('afterend', permRows()[1].outerHTML.repeat(n));
    const total = permRows().length;
    const fake = fakeIdleAndClock();
    try {
      rowsRead = 0;
      start(); // its first pass, in the frame
      expect(fake.readSlices()).toBe(1);
      expect(rowsRead).toBe(1); // the layout and the first row
      expect(notes()).toHaveLength(0);
      let slices = 0;
      for (let i = 0; i < 500 && notes().length !== total; i++) if (fake.run()) slices++; else await tick();
      expect(notes()).toHaveLength(total);
      expect(rowsRead).toBe(total);
      expect(slices).toBeGreaterThan(total / 16); // rows in slices of about 16 ms, then the drawing
    } finally {
      fake.restore();
    }
  });
});
