// sortRecords: which mutation records forget one row and which mean the page must be read whole.
import { describe, expect, it } from 'vitest';
import { forgetRow, sortRecords, type RowCache } from '../../../lib/dashboard/row-cache';

function page() {
  document.body.innerHTML = `<section id="list">
    <div class="row" id="a"><span id="a-text">DNS</span><input role="combobox"><button aria-label="Remove">✕</button></div>
    <div class="row" id="b"><span id="b-text">Zone</span><input role="combobox"><button aria-label="Remove">✕</button></div>
    <div class="row" id="c"><span>not cached</span></div>
  </section><p id="outside">x</p>`;
  const $ = (id: string) => document.getElementById(id)!;
  const cache: RowCache<string> = new WeakMap();
  cache.set($('a'), 'a');
  cache.set($('b'), 'b');
  return { $, cache };
}

const nodes = (...list: Node[]) => list as unknown as NodeList;
const rec = (over: Partial<MutationRecord>): MutationRecord =>
  ({ type: 'childList', addedNodes: nodes(), removedNodes: nodes(), attributeName: null, ...over }) as MutationRecord;
const el = (html: string) => {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content.firstChild!;
};

describe('sortRecords', () => {
  it.each<[string, (p: ReturnType<typeof page>) => MutationRecord[], boolean, string[]]>([
    ['text changed inside a row', ({ $ }) => [rec({ type: 'characterData', target: $('a-text').firstChild! })], false, ['a']],
    ['a text node replaced inside a row', ({ $ }) => [rec({ target: $('a-text'), addedNodes: nodes(document.createTextNode('x')), removedNodes: nodes(document.createTextNode('y')) })], false, ['a']],
    ['a plain element added inside a row', ({ $ }) => [rec({ target: $('b'), addedNodes: nodes(el('<span>Edit</span>')) })], false, ['b']],
    ['an ARIA state changed inside a row', ({ $ }) => [rec({ type: 'attributes', target: $('a-text'), attributeName: 'aria-selected' })], false, ['a']],
    ['two records in one row, one in another', ({ $ }) => [rec({ type: 'characterData', target: $('a-text').firstChild! }), rec({ type: 'attributes', target: $('a-text'), attributeName: 'hidden' }), rec({ type: 'characterData', target: $('b-text').firstChild! })], false, ['a', 'b']],
    ['a dropdown added inside a row', ({ $ }) => [rec({ target: $('a'), addedNodes: nodes(el('<div><input role="combobox"></div>')) })], true, ['a']],
    ['a ✕ removed from a row', ({ $ }) => [rec({ target: $('b'), removedNodes: nodes(el('<button>✕</button>')) })], true, ['b']],
    ['a button renamed inside a row', ({ $ }) => [rec({ type: 'attributes', target: $('a').querySelector('button')!, attributeName: 'aria-label' })], true, ['a']],
    ['a role changed inside a row', ({ $ }) => [rec({ type: 'attributes', target: $('a-text'), attributeName: 'role' })], true, ['a']],
    ['a row added to the list', ({ $ }) => [rec({ target: $('list'), addedNodes: nodes(el('<div class="row"></div>')) })], true, []],
    ['a change outside every row', ({ $ }) => [rec({ type: 'characterData', target: $('outside').firstChild! })], true, []],
    ['a change in a row not in the cache', ({ $ }) => [rec({ type: 'characterData', target: $('c').firstChild!.firstChild! })], true, []],
    ['no records', () => [], false, []],
  ])('%s', (_, records, layout, forgotten) => {
    const p = page();
    expect(sortRecords(records(p), p.cache)).toBe(layout);
    expect(['a', 'b'].filter((id) => p.cache.get(p.$(id)) === undefined)).toEqual(forgotten);
  });
});

describe('forgetRow', () => {
  it('forgets the cached row holding a node, and says when there is none', () => {
    const { $, cache } = page();
    expect(forgetRow(cache, $('a-text'))).toBe(true);
    expect(cache.get($('a'))).toBeUndefined();
    expect(cache.get($('b'))).toBe('b');
    expect(forgetRow(cache, $('a-text'))).toBe(false); // already forgotten
    expect(forgetRow(cache, $('outside'))).toBe(false);
  });
});
