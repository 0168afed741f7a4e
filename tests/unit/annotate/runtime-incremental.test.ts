// The runtime with the real readers on a replica: which changes re-read one row and which the
// whole page, and how a big page is drawn (after the paint, notes put in at once, summary last).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator } from '../../../components/dashboard/annotator';
import { BIG, startRuntime, STEP_ATTR } from '../../../components/dashboard/runtime';
import type { Scheduler } from '../../../components/dashboard/scheduler';
import { readPage, refreshPage } from '../../../lib/dashboard/read-page';
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

  beforeEach(() => {
    const doc = new DOMParser().parseFromString(fixture(FILE), 'text/html');
    document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
    document.querySelectorAll('script').forEach((s) => s.remove());
    read.mockClear();
    refresh.mockClear();
    controller = new AbortController();
    const plan = quietPlanner();
    scheduler = startRuntime({
      doc: document, win: window, signal: controller.signal, isTokenPage: () => true,
      readPage: read, refreshPage: refresh, plan, annotator: createAnnotator(document, async () => null), report: (stage, e) => { throw Object.assign(new Error(stage), { cause: e }); },
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
});
