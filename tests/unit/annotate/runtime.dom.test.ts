import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { createAnnotator } from '../../../components/dashboard/annotator';
import { BIG, startRuntime, STEP_ATTR } from '../../../components/dashboard/runtime';
import type { Scheduler } from '../../../components/dashboard/scheduler';
import type { PageReading } from '../../../lib/dashboard/types';
import { quietPlanner, reading, row } from './helpers';

/** Reads rows marked data-name (a stand-in for the real readers). */
function readRows(doc: Document): PageReading {
  const rows = [...doc.querySelectorAll('[data-name]')].map((el, i) => row(`r${i}`, el.getAttribute('data-name')!, 'zone', el));
  return reading({ rows, model: { source: 'classic-form', policies: [] } });
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const notes = () => document.querySelectorAll('[data-token-lens="permission"]');

describe('runtime', () => {
  let controller: AbortController;
  let scheduler: Scheduler;
  let read: Mock<(doc: Document) => PageReading>;
  let report: Mock<(stage: string, error: unknown) => void>;
  let tokenPage: boolean;

  beforeEach(() => {
    document.body.innerHTML = '<main><form><div id="list"><div data-name="DNS Edit">a</div></div><div><button>Continue to summary</button></div></form></main>';
    controller = new AbortController();
    tokenPage = true;
    read = vi.fn<(doc: Document) => PageReading>((doc) => readRows(doc));
    report = vi.fn<(stage: string, error: unknown) => void>();
    const plan = quietPlanner();
    scheduler = startRuntime({
      doc: document, win: window, signal: controller.signal, isTokenPage: () => tokenPage,
      readPage: read, plan, annotator: createAnnotator(document, async () => null), report,
    });
  });
  afterEach(() => controller.abort());

  it('annotates on start, then follows rows added and removed by the page', async () => {
    scheduler.flush!();
    expect(notes()).toHaveLength(1);
    expect(document.documentElement.getAttribute(STEP_ATTR)).toBe('classic-form');
    const list = document.querySelector('#list')!;
    list.insertAdjacentHTML('beforeend', '<div data-name="Zone Read">b</div><div data-name="DNS Edit">c</div>');
    await tick();
    scheduler.flush!();
    expect(notes()).toHaveLength(3);
    list.firstElementChild!.remove();
    await tick();
    scheduler.flush!();
    expect(notes()).toHaveLength(2);
    expect([...list.children].map((c) => c.getAttribute('data-name') ?? c.getAttribute('data-token-lens'))).toEqual(['Zone Read', 'permission', 'DNS Edit', 'permission']);
  });

  it('does not react to its own insertions (no pass loop)', async () => {
    scheduler.flush!();
    const calls = read.mock.calls.length;
    await tick();
    scheduler.flush!();
    expect(read.mock.calls.length).toBe(calls);
  });

  it('removes everything when the page stops being a token page', async () => {
    scheduler.flush!();
    tokenPage = false;
    history.pushState({}, '', '/other');
    document.body.append(document.createElement('p')); // any mutation batch checks the URL
    await tick();
    scheduler.flush!();
    expect(document.querySelectorAll('[data-token-lens]')).toHaveLength(0);
    expect(document.documentElement.hasAttribute(STEP_ATTR)).toBe(false);
  });

  it('reports an error once, keeps the page intact and recovers on the next change', async () => {
    read.mockImplementation(() => {
      throw new TypeError('boom');
    });
    scheduler.flush!();
    document.body.append(document.createElement('p'));
    await tick();
    scheduler.flush!();
    expect(report).toHaveBeenCalledWith('read', expect.any(TypeError));
    expect(document.querySelector('#list')!.children).toHaveLength(1);
    read.mockImplementation((doc: Document) => readRows(doc));
    document.body.append(document.createElement('p'));
    await tick();
    scheduler.flush!();
    expect(notes()).toHaveLength(1);
  });

  it('follows a theme switch on the page', async () => {
    scheduler.flush!();
    const host = () => document.querySelector('[data-token-lens="permission"]')!;
    expect(host().getAttribute('data-theme')).toBe('light');
    document.body.setAttribute('style', 'background: rgb(20, 22, 26)');
    await tick();
    scheduler.flush!();
    expect(host().getAttribute('data-theme')).toBe('dark');
    document.body.removeAttribute('style');
  });

  it('cleans up when the script is invalidated', () => {
    scheduler.flush!();
    controller.abort();
    expect(document.querySelectorAll('[data-token-lens]')).toHaveLength(0);
  });

  describe('a long read of many rows', () => {
    let clock: number;
    let plan: Mock<ReturnType<typeof quietPlanner>>;
    let own: Scheduler;
    const start = () => {
      controller.abort(); // the runtime of beforeEach
      controller = new AbortController();
      plan = vi.fn(quietPlanner());
      own = startRuntime({
        doc: document, win: window, signal: controller.signal, isTokenPage: () => true,
        readPage: (doc) => ((clock += 40), readRows(doc)), plan, annotator: createAnnotator(document, async () => null), report,
      });
    };
    const settle = async () => {
      for (let i = 0; i < 50 && document.documentElement.getAttribute(STEP_ATTR) !== 'classic-form'; i++) await tick();
    };
    beforeEach(() => {
      clock = 0;
      vi.spyOn(window.performance, 'now').mockImplementation(() => clock);
      document.querySelector('#list')!.innerHTML = '<div data-name="DNS Edit">x</div>'.repeat(BIG + 10);
      document.documentElement.removeAttribute(STEP_ATTR);
    });
    afterEach(() => vi.restoreAllMocks());

    it('leaves planning and drawing to a task of its own', async () => {
      start();
      own.flush!();
      expect(plan).not.toHaveBeenCalled();
      expect(notes()).toHaveLength(0);
      await settle();
      expect(plan).toHaveBeenCalledTimes(1);
      expect(notes()).toHaveLength(BIG + 10);
      expect(report).not.toHaveBeenCalled();
    });

    it('drops that task when the page changes first, and plans the newer reading', async () => {
      start();
      own.flush!();
      document.querySelector('#list')!.insertAdjacentHTML('beforeend', '<div data-name="Zone Read">y</div>');
      await Promise.resolve(); // the observer's records, before any task
      own.flush!();
      await settle();
      expect(plan).toHaveBeenCalledTimes(1);
      expect(plan.mock.calls[0][0].rows).toHaveLength(BIG + 11);
      expect(notes()).toHaveLength(BIG + 11);
    });
  });
});
