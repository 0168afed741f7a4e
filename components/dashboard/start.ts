// Wires the real readers, catalog and analyzer into the runtime. The entrypoint calls this.
import { browser } from 'wxt/browser';
import { analyze } from '../../lib/analysis/analyze';
import { summarize } from '../../lib/analysis/summarize';
import { allGroups } from '../../lib/catalog/catalog';
import { lookupPermission } from '../../lib/catalog/lookup';
import { isTokenPage } from '../../lib/dashboard/detect-page';
import { readPage, readPageInSteps, refreshPage } from '../../lib/dashboard/read-page';
import { createPlanner } from '../../lib/dashboard/annotate/plan-page';
import { reminderSpot } from '../../lib/dashboard/annotate/reminder-spot';
import { cachedSummarySpot } from '../../lib/dashboard/annotate/summary-spot';
import { createAnnotator } from './annotator';
import { createCatalogGate } from './catalog-gate';
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
  const send = (m: unknown) => browser.runtime.sendMessage(m);
  const report = createReporter();
  const annotator = createAnnotator(doc, createDetailsLoader(send), settings.noteOpen);
  // The catalog comes from the background on the first token page (see catalog-gate.ts).
  const catalog = createCatalogGate({ send, report, onReady: () => ctx.signal.aborted || scheduler.schedule() });
  const scheduler = startRuntime({
    doc, win, signal: ctx.signal, readPage, readPageInSteps, refreshPage, plan: (r) => plan(r), annotator, report,
    isTokenPage: (url) => isTokenPage(url) && catalog.ready(),
  });
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
