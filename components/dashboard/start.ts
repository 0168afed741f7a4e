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
import { startNotices } from './notice';
import { startPageReplies } from './page-replies';
import { withReplies } from './replies-reading';
import { withLiveGroups } from '../../lib/page-replies/live-groups';

interface Context {
  signal: AbortSignal;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

export function startDashboard(ctx: Context, doc: Document = document, win: Window = window): void {
  const summarySpot = cachedSummarySpot(doc);
  const settings = createSettingsSource();
  // The dashboard's own token replies, from the observer in the page's world (page-replies.ts).
  // New live permission groups: a fresh planner (its note memos hold the catalog's answers).
  const replies = startPageReplies({ win, signal: ctx.signal, onChange: (what) => {
    if (ctx.signal.aborted) return;
    if (what === 'groups') plan = newPlanner();
    scheduler.schedule();
  } });
  const newPlanner = () => createPlanner({
    analyze,
    summarize,
    lookup: withLiveGroups(lookupPermission, replies.groups),
    groups: allGroups,
    options: settings.options,
    now: () => new Date(),
    summarySpot,
    reminderSpot: () => reminderSpot(doc),
    pageTokens: () => replies.tokensFor(win.location.href),
    editedToken: () => replies.editedToken(win.location.href),
  });
  let plan = newPlanner();
  const send = (m: unknown) => browser.runtime.sendMessage(m);
  const report = createReporter();
  const annotator = createAnnotator(doc, createDetailsLoader(send), settings.noteOpen);
  // The catalog comes from the background on the first token page (see catalog-gate.ts).
  const catalog = createCatalogGate({ send, report, onReady: () => ctx.signal.aborted || scheduler.schedule() });
  // The notice on a token page that can't be read (by URL: it needs no catalog).
  const notices = startNotices({ doc, win, signal: ctx.signal, isTokenPage, report, version: () => browser.runtime.getManifest().version });
  const scheduler = startRuntime({
    doc, win, signal: ctx.signal, ...withReplies({ readPage, readPageInSteps }, replies.tokensFor), refreshPage, plan: (r) => plan(r), annotator, report,
    isTokenPage: (url) => isTokenPage(url) && catalog.ready(), onStep: notices.onStep,
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
