// Re-reading a page reuses last read's row grouping and value texts when nothing they depend on
// changed; these cases check that every kind of change is still seen.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/dashboard/read-page';
import { load, servedAt } from './load';

const FILE = 'classic-form.html';
const names = (doc: Document) => readPage(doc, servedAt(FILE)).rows.map((r) => r.grant.name);
// Test-side only: the replica's hooks find a row's level value.
const levelOf = (row: Element) => row.querySelector('[data-kind="level"] [aria-selected="true"]')!;
const permRows = (doc: Document) => [...doc.querySelectorAll('[data-rp="perm-row"]')];

describe('re-reads see every change', () => {
  it.each<[string, (doc: Document) => void, (before: string[]) => string[]]>([
    ['a level changed in place', (doc) => void (levelOf(permRows(doc)[0]).textContent = 'Read'), (b) => [b[0].replace(/ (Edit|Write)$/, ' Read'), ...b.slice(1)]],
    ['rows swapped', (doc) => { const [a, b] = permRows(doc); b.after(a); }, (b) => [b[1], b[0], ...b.slice(2)]],
    ['a row removed', (doc) => permRows(doc)[0].remove(), (b) => b.slice(1)],
    ['a row remounted as a copy', (doc) => { const r = permRows(doc)[0]; r.replaceWith(r.cloneNode(true)); }, (b) => b],
    ['a row wrapped in a new element', (doc) => { const r = permRows(doc)[1]; const w = doc.createElement('div'); r.replaceWith(w); w.append(r); }, (b) => b],
  ])('%s', (_, change, expected) => {
    const doc = load(FILE);
    const before = names(doc);
    expect(before.length).toBeGreaterThan(2);
    expect(before[0]).toMatch(/ (Edit|Write)$/);
    expect(names(doc)).toEqual(before); // a second read, to fill the caches
    change(doc);
    expect(names(doc)).toEqual(expected(before));
  });

  it('a remounted row gets a new element in its reading', () => {
    const doc = load(FILE);
    const first = readPage(doc, servedAt(FILE)).rows[0].element;
    const copy = first.cloneNode(true) as Element;
    first.replaceWith(copy);
    expect(readPage(doc, servedAt(FILE)).rows[0].element).toBe(copy);
  });
});
