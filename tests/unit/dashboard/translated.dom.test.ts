// The dashboard in other languages (replicas whose translated texts are GUESSES): nothing is read,
// no note and no finding appear, and the language notice does. The English replica, through the
// same pipeline, gets its notes and no notice.
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../components/dashboard/annotator';
import { startNotices } from '../../../components/dashboard/notice';
import { startRuntime } from '../../../components/dashboard/runtime';
import { analyze } from '../../../lib/analysis/analyze';
import { summarize } from '../../../lib/analysis/summarize';
import { allGroups } from '../../../lib/catalog/catalog';
import { lookupPermission } from '../../../lib/catalog/lookup';
import { createPlanner } from '../../../lib/dashboard/annotate/plan-page';
import { reminderSpot } from '../../../lib/dashboard/annotate/reminder-spot';
import { cachedSummarySpot } from '../../../lib/dashboard/annotate/summary-spot';
import { readPage } from '../../../lib/dashboard/read-page';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { fixture, load, servedAt } from './load';

const DELAY = 20;
const TRANSLATED = ['classic-form-de.html', 'classic-form-ja.html'];

/** Every element of ours, and every element inside our shadow roots. */
function ours(): Element[] {
  const out: Element[] = [];
  for (const host of document.querySelectorAll('[data-token-lens]')) out.push(host, ...(host.shadowRoot?.querySelectorAll('*') ?? []));
  return out;
}

/** The replica in the test's document (its scripts left out), then the content script's pipeline on it. */
async function run(file: string): Promise<void> {
  const doc = new DOMParser().parseFromString(fixture(file), 'text/html');
  document.documentElement.setAttribute('lang', doc.documentElement.getAttribute('lang') ?? '');
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  document.querySelectorAll('script').forEach((s) => s.remove());
  const plan = createPlanner({
    analyze, summarize, lookup: lookupPermission, groups: allGroups, options: () => DEFAULT_SETTINGS.options, now: () => new Date(0),
    summarySpot: cachedSummarySpot(document), reminderSpot: () => reminderSpot(document),
  });
  const report = (stage: string, e: unknown) => {
    throw Object.assign(new Error(stage), { cause: e });
  };
  const notices = startNotices({ doc: document, win: window, signal: controller.signal, isTokenPage: () => true, report, delay: DELAY });
  const scheduler = startRuntime({
    doc: document, win: window, signal: controller.signal, isTokenPage: () => true,
    readPage: (d, _url, cache) => readPage(d, servedAt(file), cache), plan, annotator: createAnnotator(document, async () => null), report,
    onStep: notices.onStep,
  });
  scheduler.flush!();
  await new Promise((r) => setTimeout(r, DELAY * 3));
  scheduler.flush!();
}

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
});

describe('a dashboard in another language', () => {
  it.each(TRANSLATED)('%s: no step is recognised, nothing is read', (file) => {
    const reading = readPage(load(file), servedAt(file));
    expect(reading.step).toBe('none');
    expect(reading.rows).toEqual([]);
    expect(reading.model).toBeUndefined();
  });

  it.each(TRANSLATED)('%s: no note, no finding, only the language notice', async (file) => {
    await run(file);
    const mine = ours();
    expect(mine.filter((e) => e.getAttribute('data-token-lens') === 'finding')).toEqual([]);
    expect(mine.filter((e) => e.matches('[data-token-lens="permission"],[data-token-lens="summary"],[data-token-lens="section"],[data-permission-id]'))).toEqual([]);
    const notices = document.querySelectorAll('[data-token-lens="notice"]');
    expect(notices).toHaveLength(1);
    expect(notices[0].getAttribute('data-reason')).toBe('language');
    expect(document.querySelector('main')!.firstElementChild).toBe(notices[0]);
  });

  it('the English replica through the same pipeline: notes and findings, no notice', async () => {
    await run('classic-form.html');
    expect(document.querySelectorAll('[data-token-lens="permission"]').length).toBeGreaterThan(0);
    expect(ours().some((e) => e.getAttribute('data-token-lens') === 'finding')).toBe(true);
    expect(document.querySelector('[data-token-lens="notice"]')).toBeNull();
  });
});
