// Incremental reading (row-cache.ts, refreshPage): after any change, sorting the page's mutation
// records and reading only what they say moved must give exactly what a fresh full read gives.
import { describe, expect, it } from 'vitest';
import { readPage, refreshPage, type ReadCache } from '../../../lib/dashboard/read-page';
import type { PageReading } from '../../../lib/dashboard/types';
import { sortRecords } from '../../../lib/dashboard/row-cache';
import { load, servedAt } from './load';

// Test-side only: the replica's hooks find rows and values.
const permRows = (doc: Document) => [...doc.querySelectorAll('[data-rp="perm-row"]')];
const valueOf = (row: Element, kind: string) => row.querySelector(`[data-kind="${kind}"] [aria-selected="true"], [data-kind="${kind}"] .Select-value-label`)!;
const comparable = (r: PageReading) => ({ step: r.step, model: r.model, rows: r.rows.map((x) => [x.ref, x.grant, x.element]), sections: r.sections });

type Change = [string, (doc: Document) => void, 'rows' | 'layout'];

const CHANGES: Change[] = [
  ['a level changed in place (text node replaced)', (doc) => void (valueOf(permRows(doc)[0], 'level').textContent = 'Read'), 'rows'],
  ['a group changed through its text node (characterData)', (doc) => void ((valueOf(permRows(doc)[1], 'group').firstChild as Text).data = 'Page Rules'), 'rows'],
  ['the same text put back by a re-render', (doc) => { const v = valueOf(permRows(doc)[2], 'group'); v.replaceChildren(doc.createTextNode(v.textContent!)); }, 'rows'],
  ['a value hidden by an attribute', (doc) => valueOf(permRows(doc)[0], 'group').setAttribute('aria-hidden', 'true'), 'rows'],
  ['two rows changed at once', (doc) => { valueOf(permRows(doc)[0], 'level').textContent = 'Read'; valueOf(permRows(doc)[2], 'level').textContent = 'Edit'; }, 'rows'],
  ['rows swapped', (doc) => { const [a, b] = permRows(doc); b.after(a); }, 'layout'],
  ['a row removed', (doc) => permRows(doc)[0].remove(), 'layout'],
  ['a row added', (doc) => { const r = permRows(doc)[0]; r.after(r.cloneNode(true)); }, 'layout'],
  ['a row remounted as a copy', (doc) => { const r = permRows(doc)[0]; r.replaceWith(r.cloneNode(true)); }, 'layout'],
  ['a row wrapped in a new element', (doc) => { const r = permRows(doc)[1]; const w = doc.createElement('div'); r.replaceWith(w); w.append(r); }, 'layout'],
  ['a dropdown replaced inside a row', (doc) => { const s = permRows(doc)[0].querySelector('[data-kind="scope"]')!; s.replaceWith(s.cloneNode(true)); }, 'layout'],
  ['a ✕ renamed', (doc) => permRows(doc)[0].querySelector('button')!.setAttribute('aria-label', 'Close'), 'layout'],
  ['a zone resource changed', (doc) => void (doc.querySelector('[data-rp="zone-row"] .Select-value-label')!.textContent = 'Exclude'), 'layout'],
];

describe('incremental reads agree with full reads', () => {
  it.each(CHANGES)('%s', (_, change, kind) => {
    const doc = load('classic-form.html');
    const url = servedAt('classic-form.html');
    const cache: ReadCache = new WeakMap();
    const first = readPage(doc, url, cache);
    expect(first.rows.length).toBeGreaterThan(2);
    const observer = new MutationObserver(() => {});
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true });
    change(doc);
    const records = observer.takeRecords();
    observer.disconnect();
    expect(records.length).toBeGreaterThan(0);
    const moved = sortRecords(records, cache);
    expect(moved ? 'layout' : 'rows').toBe(kind);
    const next = (moved ? undefined : refreshPage(first, cache)) ?? readPage(doc, url, cache);
    expect(comparable(next)).toEqual(comparable(readPage(doc, url)));
  });

  it('a refresh reads only the rows whose records were sorted', () => {
    const doc = load('classic-form.html');
    const url = servedAt('classic-form.html');
    const cache: ReadCache = new WeakMap();
    const first = readPage(doc, url, cache);
    // A change the records don't mention is not seen by a refresh (it trusts the records)...
    valueOf(permRows(doc)[0], 'level').textContent = 'Read';
    expect(refreshPage(first, cache)!.rows.map((r) => r.grant)).toEqual(first.rows.map((r) => r.grant));
    // ...and it keeps each unchanged row's reading object, so later stages can memoise by identity.
    expect(refreshPage(first, cache)!.rows[1]).toBe(first.rows[1]);
  });

  it('a row whose dropdown is labelled from outside it is not cached: a change of that label is seen', () => {
    const trigger = (text: string, label = '') => `<button type="button" aria-haspopup="listbox"${label ? ` aria-labelledby="${label}"` : ''}>${text}</button>`;
    const html = `<main><h3>Permissions</h3><div><span id="level-head">Access</span></div>
      <div>${trigger('Zone')}${trigger('DNS')}${trigger('Edit', 'level-head')}<button aria-label="Remove">✕</button></div>
      <h3>Zone Resources</h3><button>Continue to summary</button></main>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const url = servedAt('classic-form.html');
    const cache: ReadCache = new WeakMap();
    expect(readPage(doc, url, cache).rows.map((r) => r.grant.name)).toEqual(['DNS Edit']);
    doc.getElementById('level-head')!.textContent = 'Edit'; // now the level's label: not a value
    expect(readPage(doc, url, cache).rows.map((r) => r.grant.name)).toEqual(['DNS']);
  });

  it('only classic forms refresh; other steps are read again', () => {
    const doc = load('tokens-list.html');
    const cache: ReadCache = new WeakMap();
    expect(refreshPage(readPage(doc, servedAt('tokens-list.html'), cache), cache)).toBeUndefined();
  });
});
