// The query helpers: selector lists asked for one selector at a time must give what one query of
// the whole list gives (document order, each element once, our own UI left out).
import { describe, expect, it } from 'vitest';
import { BUTTONS, COMBOBOXES, DIALOGS, HEADINGS, NAMED_INPUTS, all, mergeOrdered, withQueryCache } from '../../../lib/dashboard/dom';
import { load } from './load';

const page = (html: string) => {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
};

const MIXED = `
  <h2 id="a">A</h2><div role="heading" id="b">B</div><h1 id="c">C</h1>
  <button id="d" aria-haspopup="listbox">D</button><a href="#" id="e">E</a><div role="button" id="f">F</div>
  <input id="g" role="combobox" aria-label="G" placeholder="g"><select id="h"></select><button id="i">✕</button>
  <div role="dialog" id="j"></div><dialog open id="k"></dialog><div role="alertdialog" id="l"></div>
  <div data-token-lens="permission" id="m"><h3 id="n">ours</h3><button id="o">ours</button></div>
  <input id="p" placeholder="p"><input id="q" aria-label="Q"><h6 id="r">R</h6>`;

describe('all: split lists match one native query', () => {
  it.each([
    ['headings', HEADINGS],
    ['buttons', BUTTONS],
    ['comboboxes', COMBOBOXES],
    ['dialogs', DIALOGS],
    ['named inputs', NAMED_INPUTS],
  ])('%s', (_, selector) => {
    const doc = page(MIXED);
    const skip = new Set([...doc.querySelectorAll('[data-token-lens], [data-token-lens] *')]);
    const native = [...doc.querySelectorAll(selector)].filter((el) => !skip.has(el)).map((el) => el.id);
    expect(native.length).toBeGreaterThan(1);
    expect(all(doc, selector, skip).map((el) => el.id)).toEqual(native);
    expect(withQueryCache(doc, () => all(doc, selector, skip)).map((el) => el.id)).toEqual(native);
  });

  it.each(['classic-form.html', 'classic-form-v5.html', 'account-builder.html', 'tokens-list.html'])('%s: every split list as the native query', (file) => {
    const doc = load(file);
    for (const selector of [HEADINGS, BUTTONS, COMBOBOXES, DIALOGS, NAMED_INPUTS]) {
      expect(all(doc, selector, new Set()), selector).toEqual([...doc.querySelectorAll(selector)]);
    }
  });
});

describe('mergeOrdered', () => {
  const doc = page('<i id="0"></i><i id="1"></i><i id="2"></i><i id="3"></i><i id="4"></i><i id="5"></i><i id="6"></i><i id="7"></i>');
  const els = [...doc.querySelectorAll('i')];
  const pick = (ids: number[]) => ids.map((i) => els[i]);
  it.each([
    [[], [], []],
    [[0, 2, 4], [], [0, 2, 4]],
    [[], [1], [1]],
    [[0, 2, 4, 6], [1], [0, 1, 2, 4, 6]],
    [[3], [0, 1, 2, 4, 5, 6, 7], [0, 1, 2, 3, 4, 5, 6, 7]],
    [[0, 2, 4, 6], [2, 7], [0, 2, 4, 6, 7]],
    [[0, 1, 2, 3], [2, 3, 4, 5], [0, 1, 2, 3, 4, 5]],
    [[1, 3, 5, 7], [0, 2, 4, 6], [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('%j + %j', (a, b, expected) => {
    expect(mergeOrdered(pick(a), pick(b)).map((el) => Number(el.id))).toEqual(expected);
  });
});
