// The content script's loop: any change → one pass in the next frame → read the page, plan,
// patch the DOM incrementally. Only token pages are annotated; elsewhere everything is removed
// and only the URL is watched. Errors are caught per pass and reported once.
import type { PagePlan } from '../../lib/dashboard/annotate/types';
import type { PageReading, Step } from '../../lib/dashboard/types';
import type { Annotator } from './annotator';
import { HOST_TAG } from './host';
import type { Reporter } from './report';
import { createScheduler, type Scheduler } from './scheduler';
import { readTheme, type Theme } from './theme';
import { watchPage, type Change } from './watch';

export interface RuntimeDeps {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  isTokenPage(url: string): boolean;
  readPage(root: Document, url: string): PageReading;
  plan(reading: PageReading): PagePlan;
  annotator: Annotator;
  report: Reporter;
}

export const STEP_ATTR = 'data-token-lens-step';
export const PASS_MEASURE = 'token-lens-pass';

/**
 * The last pass's durations as User Timing entries for the benchmark: token-lens-pass and its
 * stages token-lens-read / -plan (includes the analyzer) / -render. Only the latest is kept.
 */
function measure(win: Window, name: string, start: number): number {
  const end = win.performance.now();
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
  // Hosts left by an earlier copy of this script (extension reloaded or updated).
  for (const old of doc.querySelectorAll(HOST_TAG)) old.remove();
  let active = false;
  let step: Step = 'none';
  // The page's colours are read again only after a navigation or a theme-related change: a
  // computed-style read right after a row edit would force a style pass in every edit.
  let theme: Theme | null = null;
  const setStep = (next: Step) => {
    if (next === step) return;
    step = next;
    if (next === 'none') doc.documentElement.removeAttribute(STEP_ATTR);
    else doc.documentElement.setAttribute(STEP_ATTR, next);
  };
  const clear = () => {
    try {
      d.annotator.clear();
    } catch (e) {
      d.report('clear', e);
    }
    setStep('none');
  };
  const pass = () => {
    let stage = 'read';
    const start = win.performance.now();
    try {
      const url = win.location.href;
      active = d.isTokenPage(url);
      if (!active) return clear();
      const reading = d.readPage(doc, url);
      let t = measure(win, 'token-lens-read', start);
      stage = 'plan';
      const plan = d.plan(reading);
      t = measure(win, 'token-lens-plan', t);
      stage = 'render';
      const empty = !plan.notes.length && !plan.sections.length && !plan.summary && !plan.badges.length && !plan.reminder;
      if (!empty) theme ??= readTheme(doc, win);
      d.annotator.apply(plan, theme ?? 'light');
      measure(win, 'token-lens-render', t);
      setStep(plan.step);
    } catch (e) {
      d.report(stage, e);
      if (stage !== 'render') clear(); // stale notes would mislead; keep what rendered fine
    } finally {
      watcher.discardPending(); // our own insertions must not trigger another pass
      measure(win, PASS_MEASURE, start);
    }
  };
  const scheduler = createScheduler(pass, (cb) => win.requestAnimationFrame(cb), (id) => win.cancelAnimationFrame(id));
  const onChange = (what: Change) => {
    if (what !== 'dom') theme = null;
    scheduler.schedule();
  };
  const watcher = watchPage({ doc, win, signal: d.signal, onChange, isActive: () => active });
  d.signal.addEventListener('abort', () => {
    scheduler.cancel();
    clear();
  });
  active = d.isTokenPage(win.location.href);
  scheduler.schedule();
  return scheduler;
}
