// Wires the real readers, catalog and analyzer into the runtime. The entrypoint calls this.
import { browser } from 'wxt/browser';
import { analyze } from '../../lib/analysis/analyze';
import { summarize } from '../../lib/analysis/summarize';
import { allGroups, lookupPermission } from '../../lib/catalog';
import { isTokenPage } from '../../lib/dashboard/detect-page';
import { readPage, refreshPage } from '../../lib/dashboard/read-page';
import { createPlanner } from '../../lib/dashboard/annotate/plan-page';
import { reminderSpot } from '../../lib/dashboard/annotate/reminder-spot';
import { cachedSummarySpot } from '../../lib/dashboard/annotate/summary-spot';
import { createAnnotator } from './annotator';
import { createDetailsLoader } from './details';
import { createReporter } from './report';
import { startRuntime } from './runtime';
import { createSettingsSource } from './settings-source';

interface Context {
  signal: AbortSignal;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

export function startDashboard(ctx: Context, doc: Document = document, win: Window = window): void {
  const summarySpot = cachedSummarySpot(doc);
  const settings = createSettingsSource();
  const newPlanner = () => createPlanner({
    analyze,
    summarize,
    lookup: lookupPermission,
    groups: allGroups,
    options: settings.options,
    now: () => new Date(),
    summarySpot,
    reminderSpot: () => reminderSpot(doc),
  });
  let plan = newPlanner();
  const annotator = createAnnotator(doc, createDetailsLoader((m) => browser.runtime.sendMessage(m)), settings.noteOpen);
  const scheduler = startRuntime({ doc, win, signal: ctx.signal, isTokenPage, readPage, refreshPage, plan: (r) => plan(r), annotator, report: createReporter() });
  // Options changed on the options page: a fresh planner (its memos hold ratings made with the
  // old options), notes redrawn from scratch when their open-by-default state changed, one pass.
  settings.start(ctx.signal, (what) => {
    plan = newPlanner();
    if (what.includes('display')) annotator.clear();
    scheduler.schedule();
  });
  // Last resort for a navigation nothing else noticed (WXT polls the URL once a second).
  ctx.addEventListener(win, 'wxt:locationchange', () => scheduler.schedule());
}
