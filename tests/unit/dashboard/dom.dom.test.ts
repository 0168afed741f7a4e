// The query helper all(): what one native query gives (document order, each element once), our
// own UI left out, the same with the per-read query cache.
import { describe, expect, it } from 'vitest';
import { BUTTONS, COMBOBOXES, DIALOGS, HEADINGS, NAMED_INPUTS, all, textOf, withQueryCache } from '../../../lib/dashboard/dom';
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

describe('all: the native query, without our own UI', () => {
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

  it.each(['classic-form.html', 'classic-form-v5.html', 'account-builder.html', 'tokens-list.html'])('%s: every selector list as the native query', (file) => {
    const doc = load(file);
    for (const selector of [HEADINGS, BUTTONS, COMBOBOXES, DIALOGS, NAMED_INPUTS]) {
      expect(all(doc, selector, new Set()), selector).toEqual([...doc.querySelectorAll(selector)]);
    }
  });
});

describe('textOf: only text the page shows as a value', () => {
  it.each([
    ['plain text', '<span>DNS</span> <b>Edit</b>', 'DNS Edit'],
    ['a textarea\'s text', 'DNS <textarea>Edit</textarea>', 'DNS'],
    ['a select\'s options', 'DNS <select><option>Edit</option></select>', 'DNS'],
    ['code and pre', 'DNS <code>Edit</code><pre>Read</pre>', 'DNS'],
    ['a listbox', 'DNS <div role="listbox"><div role="option">Edit</div></div>', 'DNS'],
    ['a hidden part', 'DNS <span aria-hidden="true">▾</span><span hidden>Edit</span>', 'DNS'],
  ])('%s', (_, html, text) => {
    const doc = page(`<div id="v">${html}</div>`);
    expect(textOf(doc.getElementById('v')!)).toBe(text);
  });
});
