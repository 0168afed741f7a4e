// Wires the real readers, catalog and analyzer into the runtime. The entrypoint calls this.
import { browser } from 'wxt/browser';
import { analyze } from '../../lib/analysis/analyze';
import { summarize } from '../../lib/analysis/summarize';
import { DEFAULT_OPTIONS } from '../../lib/analysis/types';
import { allGroups, lookupPermission } from '../../lib/catalog';
import { isTokenPage } from '../../lib/dashboard/detect-page';
import { readPage } from '../../lib/dashboard/read-page';
import { createPlanner } from '../../lib/dashboard/annotate/plan-page';
import { reminderSpot } from '../../lib/dashboard/annotate/reminder-spot';
import { cachedSummarySpot } from '../../lib/dashboard/annotate/summary-spot';
import { createAnnotator } from './annotator';
import { createDetailsLoader } from './details';
import { createReporter } from './report';
import { startRuntime } from './runtime';

interface Context {
  signal: AbortSignal;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

export function startDashboard(ctx: Context, doc: Document = document, win: Window = window): void {
  const summarySpot = cachedSummarySpot(doc);
  const plan = createPlanner({
    analyze,
    summarize,
    lookup: lookupPermission,
    groups: allGroups,
    options: () => DEFAULT_OPTIONS,
    now: () => new Date(),
    summarySpot,
    reminderSpot: () => reminderSpot(doc),
  });
  const annotator = createAnnotator(doc, createDetailsLoader((m) => browser.runtime.sendMessage(m)));
  const scheduler = startRuntime({ doc, win, signal: ctx.signal, isTokenPage, readPage, plan, annotator, report: createReporter() });
  // Last resort for a navigation nothing else noticed (WXT polls the URL once a second).
  ctx.addEventListener(win, 'wxt:locationchange', () => scheduler.schedule());
}
