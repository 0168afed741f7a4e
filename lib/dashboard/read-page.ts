// One entry point for the content script: is this a token page, which step, and what it shows.
// On the token-created step nothing is read at all (the secret is on screen).
import type { PageReading, Step } from './types';
import { detectStep, isTokenPage } from './detect-page';
import { withQueryCache } from './dom';
import { readAccountBuilder } from './read-account-builder';
import { classicFormSteps, readClassicForm, refreshClassicForm, type CachedRow } from './read-classic-form';
import type { RowCache } from './row-cache';
import { readClassicSummary } from './read-classic-summary';
import { readTemplatePicker } from './read-template-picker';
import { readTokensList } from './read-tokens-list';

export function emptyReading(step: Step): PageReading {
  return { step, rows: [], sections: {}, templates: [], tokens: [] };
}

/** Per-row memo the content script keeps between reads (see row-cache.ts). */
export type ReadCache = RowCache<CachedRow>;

const READERS: Partial<Record<Step, (root: ParentNode, url: URL, cache?: ReadCache) => PageReading>> = {
  'classic-form': readClassicForm,
  'classic-summary': readClassicSummary,
  'template-picker': readTemplatePicker,
  'tokens-list': readTokensList,
  'account-builder': readAccountBuilder,
};

function tokenPageUrl(url: URL | string): URL | undefined {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    return isTokenPage(u) ? u : undefined;
  } catch {
    return undefined;
  }
}

/** `cache`: rows read before and not changed since (the caller forgets changed ones). */
export function readPage(root: ParentNode, url: URL | string, cache?: ReadCache): PageReading {
  const u = tokenPageUrl(url);
  if (!u) return emptyReading('none');
  return withQueryCache(root, () => {
    const step = detectStep(root);
    const read = READERS[step];
    return read ? read(root, u, cache) : emptyReading(step);
  });
}

/** An iterator that is done at once with `value`. */
function finished<T>(value: T): Iterator<void, T> {
  return { next: () => ({ done: true, value }) };
}

/**
 * readPage in steps: a classic form reads its layout now, then, past `atOnce` rows, one row per
 * step (see classicFormSteps); any other page, or a smaller form, is read at the first step.
 */
export function readPageInSteps(root: ParentNode, url: URL | string, cache: ReadCache, atOnce = 0): Iterator<void, PageReading> {
  const u = tokenPageUrl(url);
  if (!u) return finished(emptyReading('none'));
  return withQueryCache(root, () => {
    const step = detectStep(root);
    if (step === 'classic-form') return classicFormSteps(root, u, cache, atOnce);
    const read = READERS[step];
    return finished(read ? read(root, u, cache) : emptyReading(step));
  });
}

/**
 * The last reading again when only rows' insides changed since (their cache entries forgotten):
 * no page-wide query, only the forgotten rows are read. Undefined where the step can't do that.
 */
export function refreshPage(last: PageReading, cache: ReadCache): PageReading | undefined {
  return last.step === 'classic-form' ? refreshClassicForm(last, cache) : undefined;
}
