// Readers must stay fast on 1000-row forms: a fixed number of document-wide queries whatever the
// row count, and no layout reads (innerText, getBoundingClientRect...), which force a reflow.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../lib/dashboard/read-page';
import { load, servedAt } from './load';

function withRows(file: string, copies: number): Document {
  const doc = load(file);
  const rows = [...doc.querySelectorAll('[data-rp="perm-row"]')];
  for (let i = 0; i < copies; i++) for (const r of rows) rows[0].before(r.cloneNode(true));
  return doc;
}

function documentQueries(doc: Document, url: URL): number {
  let count = 0;
  for (const target of [doc, doc.body, doc.documentElement]) {
    for (const name of ['querySelectorAll', 'querySelector'] as const) {
      const original = target[name].bind(target) as (s: string) => unknown;
      Object.defineProperty(target, name, { value: (s: string) => { count++; return original(s); }, configurable: true });
    }
  }
  readPage(doc, url);
  return count;
}

afterEach(() => vi.restoreAllMocks());

describe('reading cost', () => {
  it.each(['classic-form.html', 'classic-form-v5.html'])('%s: document-wide queries do not grow with rows', (file) => {
    const url = servedAt(file);
    const small = documentQueries(withRows(file, 0), url);
    const large = documentQueries(withRows(file, 20), url);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it.each(['classic-form.html', 'classic-form-v5.html', 'classic-summary.html', 'tokens-list.html', 'template-picker.html', 'account-builder.html'])(
    '%s: no layout reads', (file) => {
      const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
      const rects = vi.spyOn(Element.prototype, 'getClientRects');
      const inner = vi.spyOn(HTMLElement.prototype, 'innerText', 'get');
      const offset = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get');
      const style = vi.spyOn(window, 'getComputedStyle');
      expect(readPage(load(file), servedAt(file)).step).not.toBe('none');
      for (const spy of [rect, rects, inner, offset, style]) expect(spy).not.toHaveBeenCalled();
    });

  it('reads 150 rows with stable refs and the right names', () => {
    const doc = withRows('classic-form.html', 49);
    const reading = readPage(doc, servedAt('classic-form.html'));
    expect(reading.rows).toHaveLength(150);
    expect(new Set(reading.rows.map((r) => r.ref)).size).toBe(150);
    expect(reading.rows.slice(0, 3).map((r) => r.grant.name)).toEqual(['Workers Scripts Edit', 'DNS Edit', 'Zone Read']);
  });
});
