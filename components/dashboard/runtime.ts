// The content script's loop: any change → one pass in the next frame → read the page, plan,
// patch the DOM incrementally. Only token pages are annotated; elsewhere everything is removed
// and only the URL is watched. Errors are caught per pass and reported once.
//
// This file is the shell: what to do next is decided by the state machine in
// lib/dashboard/runtime-state.ts (states, events, effects: docs/runtime.md). The shell turns what
// happens into events, and runs the effects it is given (sort, read, plan and draw, clear, post a
// task…) with the things that cannot be plain data: the row cache, the records, the last reading.
//
// Reading is incremental: the page's mutation records say what changed. Changes inside known
// rows only → just those rows are read again (refreshPage); anything else → the whole page is
// read again, rows nobody touched coming from the row cache. A pass that must read or draw
// hundreds of rows runs after the frame is painted: it reads the rows in slices of about SLICE_MS
// (each into the row cache; the later slices when the page is idle), plans in a task of its own,
// draws its notes outside the page in slices, and puts them in all at once, with the summary (see
// Annotator.steps for why not one slice at a time). No task of ours grows long; a newer change
// cancels what is left and starts over from what is on the page and in the row cache. (Rows
// already on the page when the script starts are only counted by reading the layout: that first
// layout read runs in the frame, its rows in slices.)
import type { PagePlan } from '../../lib/dashboard/annotate/types';
import type { ReadCache } from '../../lib/dashboard/read-page';
import { forgetRow, sortRecords } from '../../lib/dashboard/row-cache';
import { BIG, INITIAL, transition, type Effect, type RuntimeEvent } from '../../lib/dashboard/runtime-state';
import type { PageReading, Step } from '../../lib/dashboard/types';
import type { Annotator } from './annotator';
import { HOST_ATTR, HOST_TAG } from './host';
import type { Reporter } from './report';
import { createScheduler, type Scheduler } from './scheduler';
import { createTasks, runInSlices, type SlicedRun } from './slices';
import { readTheme, type Theme } from './theme';
import { watchPage, type Change, type ChangeDetail } from './watch';
import { TEST_BUILD } from '../../lib/build/test-build';

export interface RuntimeDeps {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  /** Whether to annotate this URL now: a token page, with what annotating it needs at hand. */
  isTokenPage(url: string): boolean;
  /** Reads the page; rows found in `cache` are not read again. */
  readPage(root: Document, url: string, cache: ReadCache): PageReading;
  /**
   * readPage in steps, used for every page-wide read when given: done at the first step unless
   * the page holds more than `atOnce` rows, then one row per step, each into `cache`.
   */
  readPageInSteps?(root: Document, url: string, cache: ReadCache, atOnce: number): Iterator<void, PageReading>;
  /** `last` again after changes inside its rows only (their cache entries forgotten), if it can. */
  refreshPage?(last: PageReading, cache: ReadCache): PageReading | undefined;
  plan(reading: PageReading): PagePlan;
  annotator: Annotator;
  report: Reporter;
  /** Told the step at the end of every pass ('none' when nothing was read): notice.ts follows it. */
  onStep?(step: Step): void;
}

export const STEP_ATTR = 'data-token-lens-step';
/** Our own work per slice, in ms: no task of ours nears 50 ms. */
export const SLICE_MS = 16;
export { BIG };
/** How long a slice may wait for the page to be idle (ms). */
const IDLE_WAIT = 100;

/**
 * Durations as User Timing entries for the benchmark: token-lens-pass for each task of ours
 * (a pass, or one later slice of a sliced pass) and its stages token-lens-read / -plan (includes
 * the analyzer) / -render (one per slice). Only the latest of each is kept.
 */
function measure(win: Window, stage: 'pass' | 'read' | 'plan' | 'render', start: number): number {
  const end = win.performance.now();
  if (!TEST_BUILD) return end;
  const name = `token-lens-${stage}`;
  try {
    win.performance.clearMeasures(name);
    win.performance.measure(name, { start, end });
  } catch {
    // User Timing is optional.
  }
  return end;
}

export function startRuntime(d: RuntimeDeps): Scheduler {
  const { doc, win } = d;
  const now = () => win.performance.now();
  // Hosts left by an earlier copy of this script (extension reloaded or updated).
  for (const old of doc.querySelectorAll(`${HOST_TAG},tr[${HOST_ATTR}]`)) old.remove();
  let state = INITIAL;
  let step: Step = 'none';
  // The page's colours are read again only after a navigation or a theme-related change: a
  // computed-style read right after a row edit would force a style pass in every edit.
  let theme: Theme | null = null;
  // The page's records since the last read (the state machine counts them); `batch`: the ones
  // being handed over, kept by the hold-records effect.
  let records: MutationRecord[] = [];
  let batch: readonly MutationRecord[] = [];
  // The row cache: what was read in each row, until the page changes something in it.
  const newCache = (): ReadCache => {
    const map: ReadCache = new WeakMap();
    return { get: (row) => map.get(row), set: (row, v) => map.set(row, v), delete: (row) => map.delete(row) };
  };
  let cache: ReadCache = newCache();
  // The last complete reading (its URL and size are in the state).
  let reading: PageReading | null = null;
  // A task waiting (after the paint, or for the page to be idle), or a run in slices.
  let job: SlicedRun | null = null;
  // When this task of ours started, and when its planning starts (for the User Timing entries).
  let taskStart = 0;
  let planFrom = 0;
  const tasks = createTasks(win);
  const timer = { now, later: (next: () => void) => tasks.idle(next, IDLE_WAIT) };
  const dispatch = (event: RuntimeEvent) => {
    const next = transition(state, event);
    state = next.state;
    for (const effect of next.effects) run(effect);
  };
  const fail = (stage: string, e: unknown) => {
    d.report(stage, e);
    dispatch({ type: 'failed' }); // stale notes would mislead
  };
  const setStep = (next: Step) => {
    d.onStep?.(next);
    if (next === step) return;
    step = next;
    // Test build only: the e2e tests and the bench wait for it (any page could read it).
    if (!TEST_BUILD) return;
    if (next === 'none') doc.documentElement.removeAttribute(STEP_ATTR);
    else doc.documentElement.setAttribute(STEP_ATTR, next);
  };
  const stopJob = () => {
    job?.cancel();
    job = null;
  };
  /** A task of ours: `event` fed at its start, its duration measured. */
  const inTask = (event: RuntimeEvent) => {
    job = null;
    planFrom = taskStart = now();
    dispatch(event);
    measure(win, 'pass', taskStart);
  };

  const run = (effect: Effect): void => {
    switch (effect.type) {
      case 'schedule':
        return scheduler.schedule();
      case 'cancel-job':
        return stopJob();
      case 'forget':
        cache = newCache();
        records = [];
        reading = null;
        return;
      case 'forget-theme':
        theme = null;
        return;
      case 'hold-records':
        records.push(...batch);
        return;
      case 'clear':
        stopJob();
        try {
          d.annotator.clear();
        } catch (e) {
          d.report('clear', e);
        }
        return setStep('none');
      case 'close':
        scheduler.cancel();
        return tasks.close();
      case 'post': {
        // Hundreds of rows: after this frame (the page's own change) is painted, in a task of its
        // own, so the page's frame holds none of our work.
        const stop = tasks.post(() => inTask({ type: 'task' }));
        job = { cancel: stop };
        return;
      }
      case 'plan-when-idle': {
        // After a long read, when the page is idle: the garbage collection the read leaves
        // behind runs first, not in steps inside our planning (several times slower, measured).
        const stop = tasks.idle(() => inTask({ type: 'idle-task' }), IDLE_WAIT);
        job = { cancel: stop };
        return;
      }
      case 'sort': {
        // Which rows the records touch (their cache entries forgotten), or more than rows. (Our
        // own writes make no records: the watcher is quiet while we write. A record of the
        // recipes entry's host only costs a full read.)
        let rowsMoved: boolean;
        try {
          rowsMoved = sortRecords(records, cache);
        } catch (e) {
          return fail('read', e);
        }
        records = [];
        return dispatch({ type: 'sorted', rowsMoved });
      }
      case 'read':
        return read(effect.url, effect.whole);
      case 'plan':
        return planAndDraw(effect.whole);
    }
  };

  /**
   * Reads the page (`whole`), or only the rows that changed. A page-wide read of hundreds of rows
   * reads only the layout (and a first row) now, the rest in slices (readInSlices).
   */
  const read = (url: string, whole: boolean) => {
    let next: PageReading;
    try {
      if (whole && d.readPageInSteps) {
        const steps = d.readPageInSteps(doc, url, cache, BIG);
        const first = steps.next();
        if (!first.done) return readInSlices(steps);
        next = first.value;
      } else {
        next = (!whole && reading && d.refreshPage?.(reading, cache)) || d.readPage(doc, url, cache);
      }
      reading = next;
    } catch (e) {
      return fail('read', e);
    }
    planFrom = measure(win, 'read', taskStart);
    dispatch({ type: 'read', rows: next.rows.length, slow: planFrom - taskStart >= SLICE_MS });
  };

  /**
   * The other rows of a page-wide read, in slices of about SLICE_MS when the page is idle, each
   * into the row cache. Cancelled by any newer change: the rows read so far stay in the cache.
   */
  const readInSlices = (steps: Iterator<void, PageReading>) => {
    measure(win, 'read', taskStart);
    dispatch({ type: 'slicing' });
    job = runInSlices(steps, SLICE_MS, timer, {
      slice(step) {
        const begin = now();
        try {
          step();
        } catch (e) {
          fail('read', e);
        } finally {
          measure(win, 'read', begin);
          measure(win, 'pass', begin);
        }
      },
      done(next) {
        reading = next;
        dispatch({ type: 'read', rows: next.rows.length, slow: true });
      },
    }, true);
  };

  /** Plan and draw the last reading; `whole`: it was read page-wide (many notes: drawn in slices). */
  const planAndDraw = (whole: boolean) => {
    const start = taskStart;
    let stage = 'plan';
    try {
      const plan = d.plan(reading!);
      const t = measure(win, 'plan', planFrom);
      stage = 'render';
      const empty = !plan.notes.length && !plan.sections.length && !plan.summary && !plan.badges.length && !plan.reminder;
      if (!empty) theme ??= readTheme(doc, win);
      const many = whole && plan.notes.length + plan.badges.length > BIG;
      const steps = d.annotator.steps(plan, theme ?? 'light', !whole, many);
      if (!many) {
        watcher.quiet(() => {
          for (const _ of steps);
        });
        measure(win, 'render', t);
        setStep(plan.step);
        return dispatch({ type: 'drawn' });
      }
      // Slices of drawing outside the page, the page changed in the last one (see
      // Annotator.steps): the first in this task when reading left room for it.
      const inThisTask = t - start < SLICE_MS;
      let shared = inThisTask; // the next slice runs in this task (measured by the task)
      let finished = false;
      const drawing = runInSlices(steps, SLICE_MS, timer, {
        slice(draw) {
          const own = !shared;
          shared = false;
          const begin = own ? now() : t;
          try {
            watcher.quiet(draw);
          } catch (e) {
            d.report('render', e); // keep what rendered fine
          } finally {
            measure(win, 'render', begin);
            if (own) measure(win, 'pass', begin);
          }
        },
        done() {
          finished = true;
          job = null;
          setStep(plan.step);
          dispatch({ type: 'drawn' });
        },
      }, !inThisTask);
      if (!finished) {
        job = drawing;
        dispatch({ type: 'drawing' });
      }
    } catch (e) {
      if (stage !== 'render') return fail(stage, e);
      d.report(stage, e); // keep what rendered fine
      dispatch({ type: 'drawn' });
    }
  };

  const pass = () => {
    taskStart = now();
    let url: string;
    let tokenPage: boolean;
    try {
      url = win.location.href;
      tokenPage = d.isTokenPage(url);
    } catch (e) {
      fail('read', e);
      return void measure(win, 'pass', taskStart);
    }
    dispatch({ type: 'frame', url, tokenPage });
    measure(win, 'pass', taskStart);
  };

  const scheduler = createScheduler(pass, (cb) => win.requestAnimationFrame(cb), (id) => win.cancelAnimationFrame(id));
  const onChange = (what: Change, detail?: ChangeDetail) => {
    if (what === 'navigation') return dispatch({ type: 'navigation' });
    if (what === 'theme') return dispatch({ type: 'theme' });
    if (detail?.records) {
      // How big the next read may be; counted only up to BIG (this runs in the page's task).
      let added = 0;
      for (let i = 0; i < detail.records.length && added <= BIG; i++) added += detail.records[i].addedNodes.length;
      batch = detail.records;
      dispatch({ type: 'records', count: detail.records.length, added });
      batch = [];
    }
    // A value typed: in a row, that row only (forgotten here); elsewhere (name, dates…), the whole page.
    if (detail && 'target' in detail) {
      const target = detail.target as Node | null;
      dispatch({ type: 'typed', inRow: Boolean(target?.nodeType) && forgetRow(cache, target!) });
    }
  };
  const watcher = watchPage({ doc, win, signal: d.signal, onChange, isActive: () => state.mode !== 'off' });
  d.signal.addEventListener('abort', () => dispatch({ type: 'stop' }));
  dispatch({ type: 'start', tokenPage: d.isTokenPage(win.location.href) });
  return scheduler;
}
