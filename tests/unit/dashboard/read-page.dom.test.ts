import { describe, expect, it } from 'vitest';
import { lookupPermission } from '../../../lib/catalog';
import { readPage, readPageInSteps, type ReadCache } from '../../../lib/dashboard/read-page';
import type { Step } from '../../../lib/dashboard/types';
import { load, servedAt } from './load';

describe('readPage dispatches by URL and step', () => {
  it.each<[string, Step, string]>([
    ['classic-form.html', 'classic-form', 'classic-form'],
    ['classic-form-v5.html', 'classic-form', 'classic-form'],
    ['classic-summary.html', 'classic-summary', 'classic-summary'],
    ['account-builder.html', 'account-builder', 'account-builder'],
    ['template-picker.html', 'template-picker', ''],
    ['tokens-list.html', 'tokens-list', ''],
    ['token-created.html', 'token-created', ''],
    ['token-rolled.html', 'token-created', ''],
    ['r2-api-tokens.html', 'none', ''],
  ])('%s → %s; read in steps, the same', (file, step, source) => {
    const doc = load(file);
    const reading = readPage(doc, servedAt(file));
    expect(reading.step).toBe(step);
    expect(reading.model?.source ?? '').toBe(source);
    // In steps (a big form's read): one step per row, then the same reading.
    const cache: ReadCache = new WeakMap();
    const steps = readPageInSteps(doc, servedAt(file), cache);
    let n = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) n++;
    expect(r.value).toEqual(reading);
    expect(n).toBe(step === 'classic-form' ? reading.rows.length : 0);
    // Up to `atOnce` rows: read at the first step.
    const atOnce = readPageInSteps(doc, servedAt(file), new WeakMap(), reading.rows.length).next();
    expect(atOnce).toEqual({ done: true, value: reading });
    if (n) expect(readPageInSteps(doc, servedAt(file), new WeakMap(), n - 1).next().done).toBe(false);
  });

  it.each([
    'https://dash.cloudflare.com/0123456789abcdef0123456789abcdef/r2/api-tokens/create',
    'https://dash.cloudflare.com/profile',
    'https://example.com/profile/api-tokens/create',
    'nonsense',
  ])('reads nothing off the token pages: %s', (url) => {
    const none = { step: 'none', rows: [], sections: {}, templates: [], tokens: [] };
    expect(readPage(load('classic-form.html'), url)).toEqual(none);
    expect(readPageInSteps(load('classic-form.html'), url, new WeakMap()).next()).toEqual({ done: true, value: none });
  });
});

// Traps every way the secret could be read from the page: a text node's value, an input's
// value, and any element's text. Each read is noted in `reads` (and throws), so the test fails
// even if a reader caught the error.
function trapSecrets(doc: Document): { traps: number; reads: string[] } {
  let traps = 0;
  const reads: string[] = [];
  const trap = (target: object, key: string, what: string) =>
    Object.defineProperty(target, key, { get() { reads.push(what); throw new Error(what); } });
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/cf[a-z]t_/.test(n.nodeValue ?? '')) continue;
    traps++;
    for (const key of ['nodeValue', 'data', 'textContent', 'wholeText']) trap(n, key, `read ${key} of the secret`);
    for (let el = n.parentElement; el && el !== doc.body; el = el.parentElement) trap(el, 'textContent', 'read text around the secret');
  }
  for (const input of doc.querySelectorAll('input')) {
    if (!/cf[a-z]t_/.test(input.getAttribute('value') ?? '')) continue;
    traps++;
    trap(input, 'value', 'read the secret field');
  }
  return { traps, reads };
}

describe('secrets on screen', () => {
  it.each(['token-created.html', 'token-rolled.html'])('%s: step token-created, nothing read', (file) => {
    const doc = load(file);
    const { traps, reads } = trapSecrets(doc);
    expect(traps).toBeGreaterThan(0);
    const reading = readPage(doc, servedAt(file));
    expect(reading).toEqual({ step: 'token-created', rows: [], sections: {}, templates: [], tokens: [] });
    expect(reads).toEqual([]);
  });

  it('a created dialog over the account builder stops all reading', () => {
    const doc = load('account-builder.html');
    doc.body.insertAdjacentHTML('beforeend', '<div role="dialog"><p>Your API Token</p><code>cfat_QmVyeVNlY3JldFRva2VuVmFsdWUxMjM0</code></div>');
    const { traps, reads } = trapSecrets(doc);
    expect(traps).toBeGreaterThan(0);
    expect(readPage(doc, servedAt('account-builder.html')).step).toBe('token-created');
    expect(reads).toEqual([]);
  });
});

describe('names the readers produce are the catalog\'s', () => {
  it.each(['classic-form.html', 'classic-form-v5.html', 'classic-form-prefilled.html', 'template-form.html', 'classic-summary.html', 'tokens-list.html', 'account-builder.html'])(
    '%s: every permission resolves to a known group', (file) => {
      const reading = readPage(load(file), servedAt(file));
      const grants = [...(reading.model?.policies ?? []), ...reading.tokens.flatMap((t) => t.model.policies)].flatMap((p) => p.permissions);
      expect(grants.length).toBeGreaterThan(0);
      expect(grants.filter((g) => !lookupPermission(g.id ?? g.name, g.scope).known).map((g) => g.name)).toEqual([]);
    });
});
