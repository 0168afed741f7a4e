// The content script's loop: any change → one pass in the next frame → read the page, plan,
// patch the DOM incrementally. Only token pages are annotated; elsewhere everything is removed
// and only the URL is watched. Errors are caught per pass and reported once.
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
/** Rows to read, or new notes to draw, above which a pass waits for the paint and draws in slices. */
export const BIG = 150;
/** How long a slice may wait for the page to be idle (ms). */
const IDLE_WAIT = 100;
/** Records kept between passes; past that, every row is read again. */
const MAX_RECORDS = 20_000;

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
  let active = false;
  let step: Step = 'none';
  // The page's colours are read again only after a navigation or a theme-related change: a
  // computed-style read right after a row edit would force a style pass in every edit.
  let theme: Theme | null = null;
  // What changed since the last read: the page's records, or everything (first read, navigation,
  // a value typed outside the rows, too many records to keep).
  let records: MutationRecord[] = [];
  let added = 0;
  let everything = true;
  // The row cache, counting what was put in it since it was made (a WeakMap cannot say).
  const cached = { puts: 0 };
  const newCache = (): ReadCache => {
    const map: ReadCache = new WeakMap();
    cached.puts = 0;
    return { get: (row) => map.get(row), set: (row, v) => (cached.puts++, map.set(row, v)), delete: (row) => map.delete(row) };
  };
  let cache: ReadCache = newCache();
  let last: { url: string; reading: PageReading } | null = null;
  // A read in slices was left unfinished (a change came): the next page-wide read is big too.
  let unfinished = false;
  // A pass waiting for the paint, or drawing in slices.
  let job: SlicedRun | null = null;
  const tasks = createTasks(win);
  // The URL check runs on every pass; a yes only changes with the URL. A no is asked again (it
  // may mean "not ready yet", see RuntimeDeps.isTokenPage).
  let checked = '';
  const isTokenPage = (url: string) => checked === url || (d.isTokenPage(url) && Boolean((checked = url)));

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
  const forgetAll = () => {
    cache = newCache();
    records = [];
    added = 0;
    everything = true;
    last = null;
    unfinished = false;
  };
  const clear = () => {
    stopJob();
    try {
      d.annotator.clear();
    } catch (e) {
      d.report('clear', e);
    }
    setStep('none');
  };
  const failed = (stage: string, e: unknown) => {
    d.report(stage, e);
    forgetAll();
    clear(); // stale notes would mislead
  };

  /**
   * Sorts what changed since the last read: true when the page must be read whole. (Our own
   * writes make no records: the watcher is quiet while we write. A record of the recipes entry's
   * host only costs a full read.)
   */
  const takeChanges = (url: string): boolean => {
    // Nothing cached (a form read with no rows yet): nothing to forget, no record to sort.
    const moved = (cached.puts ? sortRecords(records, cache) : records.length > 0) || everything || unfinished || !last || last.url !== url;
    records = [];
    everything = false;
    return moved;
  };

  /**
   * Read, plan, draw: all now when small. A page-wide read of hundreds of rows reads only the
   * layout now and the rows in slices (readInSlices); a long read leaves planning and drawing to a
   * task of its own; many notes are drawn in slices. `start`: this task's start.
   */
  const work = (url: string, moved: boolean, start: number) => {
    let reading: PageReading;
    try {
      if (moved && d.readPageInSteps) {
        const steps = d.readPageInSteps(doc, url, cache, BIG);
        const first = steps.next();
        if (!first.done) return readInSlices(url, steps, start);
        reading = first.value;
      } else {
        reading = (!moved && last && d.refreshPage?.(last.reading, cache)) || d.readPage(doc, url, cache);
      }
      last = { url, reading };
    } catch (e) {
      failed('read', e);
      return void measure(win, 'pass', start);
    }
    const t = measure(win, 'read', start);
    if (moved && reading.rows.length > BIG && t - start >= SLICE_MS) {
      measure(win, 'pass', start);
      return planWhenIdle(reading);
    }
    planAndDraw(reading, moved, start, t);
  };

  /**
   * A page-wide read of hundreds of rows: its layout (and a first row) was read in this task
   * (`start` its start); the other rows are read in slices of about SLICE_MS when the page is
   * idle, each going into the row cache; then planning and drawing in a task of their own.
   * Cancelled by any newer change: the rows read so far stay in the cache.
   */
  const readInSlices = (url: string, steps: Iterator<void, PageReading>, start: number) => {
    measure(win, 'read', start);
    measure(win, 'pass', start);
    unfinished = true;
    job = runInSlices(steps, SLICE_MS, { now, later: (next) => tasks.idle(next, IDLE_WAIT) }, {
      slice(read) {
        const begin = now();
        try {
          read();
        } catch (e) {
          failed('read', e);
        } finally {
          measure(win, 'read', begin);
          measure(win, 'pass', begin);
        }
      },
      done(reading) {
        last = { url, reading };
        unfinished = false;
        planWhenIdle(reading);
      },
    }, true);
  };

  /**
   * Planning and drawing after a long read, when the page is idle: the garbage collection the
   * read leaves behind runs first, not in steps inside our planning (several times slower, measured).
   */
  const planWhenIdle = (reading: PageReading) => {
    const stop = tasks.idle(() => {
      job = null;
      const begin = now();
      planAndDraw(reading, true, begin, begin);
    }, IDLE_WAIT);
    job = { cancel: stop };
  };

  /** Plan and draw `reading`; `start`: this task's start, `from`: when planning starts. */
  const planAndDraw = (reading: PageReading, moved: boolean, start: number, from: number) => {
    let stage = 'plan';
    try {
      const plan = d.plan(reading);
      const t = measure(win, 'plan', from);
      stage = 'render';
      const empty = !plan.notes.length && !plan.sections.length && !plan.summary && !plan.badges.length && !plan.reminder;
      if (!empty) theme ??= readTheme(doc, win);
      const many = moved && plan.notes.length + plan.badges.length > BIG;
      const steps = d.annotator.steps(plan, theme ?? 'light', !moved, many);
      if (!many) {
        watcher.quiet(() => {
          for (const _ of steps);
        });
        measure(win, 'render', t);
        setStep(plan.step);
        return;
      }
      // Slices of drawing outside the page, the page changed in the last one (see
      // Annotator.steps): the first in this task when reading left room for it.
      const inThisTask = t - start < SLICE_MS;
      let shared = inThisTask; // the next slice runs in this task (measured below)
      let finished = false;
      const run = runInSlices(steps, SLICE_MS, { now, later: (next) => tasks.idle(next, IDLE_WAIT) }, {
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
        },
      }, !inThisTask);
      if (!finished) job = run;
    } catch (e) {
      if (stage === 'render') d.report(stage, e); // keep what rendered fine
      else failed(stage, e);
    } finally {
      measure(win, 'pass', start);
    }
  };

  const pass = () => {
    const start = now();
    stopJob();
    let url: string;
    try {
      url = win.location.href;
      active = isTokenPage(url);
      if (!active) {
        forgetAll();
        clear();
        return void measure(win, 'pass', start);
      }
    } catch (e) {
      failed('read', e);
      return void measure(win, 'pass', start);
    }
    // Hundreds of rows to read: after this frame (the page's own change) is painted, in a task
    // of its own, so the page's frame holds none of our work.
    const later = (moved?: boolean) => {
      const stop = tasks.post(() => {
        job = null;
        const begin = now();
        let m: boolean;
        try {
          m = moved ?? takeChanges(url);
        } catch (e) {
          failed('read', e);
          return void measure(win, 'pass', begin);
        }
        work(url, m, begin);
      });
      job = { cancel: stop };
      measure(win, 'pass', start);
    };
    if (added > BIG) {
      added = 0;
      return later();
    }
    added = 0;
    let moved: boolean;
    try {
      moved = takeChanges(url);
    } catch (e) {
      failed('read', e);
      return void measure(win, 'pass', start);
    }
    if (moved && (unfinished || (last?.reading.rows.length ?? 0) > BIG)) return later(true);
    work(url, moved, start);
  };

  const scheduler = createScheduler(pass, (cb) => win.requestAnimationFrame(cb), (id) => win.cancelAnimationFrame(id));
  const onChange = (what: Change, detail?: ChangeDetail) => {
    if (what === 'navigation') forgetAll();
    if (what !== 'dom') theme = null;
    if (detail?.records) {
      if (records.length + detail.records.length > MAX_RECORDS) forgetAll();
      else records.push(...detail.records);
      // How big the next read may be; counted only up to BIG (this runs in the page's task).
      for (let i = 0; i < detail.records.length && added <= BIG; i++) added += detail.records[i].addedNodes.length;
    }
    // A value typed: in a row, that row only; elsewhere (name, dates…), the whole page.
    if (detail && 'target' in detail) {
      const target = detail.target as Node | null;
      if (!target?.nodeType || !forgetRow(cache, target)) everything = true;
    }
    scheduler.schedule();
  };
  const watcher = watchPage({ doc, win, signal: d.signal, onChange, isActive: () => active });
  d.signal.addEventListener('abort', () => {
    scheduler.cancel();
    clear();
    tasks.close();
  });
  active = d.isTokenPage(win.location.href);
  scheduler.schedule();
  return scheduler;
}
