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

describe('runtime on a replica form', () => {
  let controller: AbortController;
  let scheduler: Scheduler;
  const read = vi.fn((doc: Document, _url: string, cache: Parameters<typeof readPage>[2]) => readPage(doc, servedAt(FILE), cache));
  const refresh = vi.fn(refreshPage);
  // Rows read (put in the row cache) by reads in steps; `stepMs`: fake time each step takes.
  let rowsRead = 0;
  let clock: number | undefined;
  const stepMs = 1;
  const steps = vi.fn((doc: Document, _url: string, cache: Parameters<typeof readPageInSteps>[2]) => {
    const counting = { get: cache.get, delete: cache.delete, set: (row: Element, v: any) => (rowsRead++, cache.set(row, v)) };
    const it = readPageInSteps(doc, servedAt(FILE), counting);
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
    controller = new AbortController();
    const plan = quietPlanner();
    scheduler = startRuntime({
      doc: document, win: window, signal: controller.signal, isTokenPage: () => true,
      readPage: read, readPageInSteps: steps, refreshPage: refresh, plan, annotator: createAnnotator(document, async () => null), report: (stage, e) => { throw Object.assign(new Error(stage), { cause: e }); },
    });
    scheduler.flush();
  });
  afterEach(() => controller.abort());

  it('re-reads only the row whose text changed', async () => {
    expect(read).toHaveBeenCalledTimes(1);
    const [first] = notes();
    expect(first.getAttribute('data-permission-id')).toBe('unknown'); // Workers Scripts Edit: not in the fake catalog
    levelOf(permRows()[1]).textContent = 'Read'; // DNS Edit → DNS Read
    await tick();
    scheduler.flush();
    expect(read).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(notes()[1].shadowRoot!.textContent).toContain('DNS Read');
    expect(notes()[0]).toBe(first);
  });

  it('reads the page again when rows are added, removed or moved', async () => {
    const [a, b] = permRows();
    b.after(a);
    await tick();
    scheduler.flush();
    expect(read).toHaveBeenCalledTimes(2);
    permRows()[0].after(permRows()[0].cloneNode(true));
    await tick();
    scheduler.flush();
    expect(read).toHaveBeenCalledTimes(3);
    expect(notes()).toHaveLength(permRows().length);
    permRows().forEach((r) => expect(r.nextElementSibling?.getAttribute('data-token-lens')).toBe('permission'));
  });

  it('a value typed in a row re-reads that row; elsewhere, the page', async () => {
    permRows()[0].querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true }));
    scheduler.flush();
    expect([read.mock.calls.length, refresh.mock.calls.length]).toEqual([1, 1]);
    document.querySelector('#token-name')!.dispatchEvent(new Event('input', { bubbles: true }));
    scheduler.flush();
    expect([read.mock.calls.length, refresh.mock.calls.length]).toEqual([2, 1]);
  });

  it(`draws more than ${BIG} rows after the paint: every note at once, with the summary`, async () => {
    const list = permRows()[0].parentElement!;
    const summaries = () => document.querySelectorAll('[data-token-lens="summary"]').length;
    const template = permRows()[1];
    const before = notes().length;
    const html = template.outerHTML.repeat(BIG + 50);
    permRows().at(-1)!.insertAdjacentHTML('afterend', html);
    await tick();
    scheduler.flush(); // the frame: nothing of ours yet
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
    // Each row takes 1 ms on a fake clock: a slice of about 16 ms reads a few dozen rows. Idle
    // callbacks (the later slices) run only when the test says so.
    const w = window as unknown as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
    const idle = new Map<number, () => void>();
    let id = 0;
    w.requestIdleCallback = (cb: () => void) => (idle.set(++id, cb), id);
    w.cancelIdleCallback = (i: number) => idle.delete(i);
    const runIdle = () => {
      const [first] = idle;
      if (!first) return false;
      idle.delete(first[0]);
      first[1]();
      return true;
    };
    const realNow = performance.now.bind(performance);
    clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock ?? realNow());
    const reads = vi.spyOn(performance, 'measure');
    const readSlices = () => reads.mock.calls.filter(([name]) => name === 'token-lens-read').length;
    try {
      const n = BIG + 50;
      permRows().at(-1)!.insertAdjacentHTML('afterend', permRows()[1].outerHTML.repeat(n));
      const total = permRows().length;
      await tick();
      reads.mockClear();
      scheduler.flush(); // the frame: the read is posted for after it
      for (let i = 0; i < 20 && !readSlices(); i++) await tick();
      expect(readSlices()).toBe(1); // the layout, in a task of its own
      expect(rowsRead).toBe(0);
      expect(runIdle()).toBe(true);
      expect(readSlices()).toBe(2); // and one slice of rows so far, no note drawn yet
      expect(notes().length).toBeLessThan(total);
      expect(rowsRead).toBeGreaterThan(0);
      expect(rowsRead).toBeLessThan(n);
      // A row read already changes: the run starts over, rows read before come from the cache.
      levelOf(permRows()[1]).textContent = 'Read'; // DNS Edit → DNS Read
      await tick();
      scheduler.flush();
      for (let i = 0; i < 500 && notes().length !== total; i++) if (!runIdle()) await tick();
      expect(notes()).toHaveLength(total);
      expect(readSlices()).toBeGreaterThan(n / 16);
      expect(rowsRead).toBe(n + 1); // each new row read once, and the changed row again
      expect(read).toHaveBeenCalledTimes(1); // only the first, small form was read in one go
      expect(notes()[1].shadowRoot!.textContent).toContain('DNS Read');
    } finally {
      now.mockRestore();
      reads.mockRestore();
      delete w.requestIdleCallback;
      delete w.cancelIdleCallback;
    }
  });
});
