// Row grouping and shown values on markups we have not seen: the reader must not care how the
// dashboard nests its dropdowns, only what they show.
import { describe, expect, it } from 'vitest';
import { readClassicForm } from '../../../lib/dashboard/read-classic-form';
import { byCounts, byRemoveButtons, groupRows, isRemoveButton } from '../../../lib/dashboard/widgets';
import { rowNames } from './helpers';

const URL_FORM = new URL('https://dash.cloudflare.com/profile/api-tokens/create');
const v1 = (text: string) => `<div><div><span>${text ? `<div><span role="option" aria-selected="true">${text}</span></div>` : '<div>Select...</div>'}<div><input role="combobox" aria-expanded="false"></div></span></div></div>`;
const v5 = (text: string, id: string) => `<div><div><div>${text ? `<div>${text}</div>` : `<div id="${id}">Pick one</div>`}<div><input role="combobox"${text ? '' : ` aria-describedby="${id}"`}></div></div><div aria-hidden="true">⌄</div></div></div>`;
const native = (text: string) => `<select><option></option><option${text ? ' selected' : ''}>${text || 'x'}</option></select>`;
const kumo = (text: string) => `<button type="button" aria-haspopup="listbox">${text}<svg aria-hidden="true"></svg></button>`;
const x = '<button type="button" aria-label="Remove">✕</button>';
const form = (rows: string) => `<h3>Permissions</h3>${rows}<button>+ Add more</button><h3>Zone Resources</h3><button>Continue to summary</button>`;

describe('permission rows in other markups', () => {
  it.each<[string, string, string[]]>([
    ['flat rows, ✕ inside', form(`<div>${v1('Zone')}${v1('DNS')}${v1('Edit')}${x}</div><div>${v1('Account')}${v1('Billing')}${v1('Read')}${x}</div>`), ['DNS Edit|zone', 'Billing Read|account']],
    ['one row without ✕', form(`<div>${v1('Zone')}${v1('DNS')}${v1('Edit')}</div>`), ['DNS Edit|zone']],
    ['rows without ✕ in a shared wrapper', form(`<div><div>${v1('Zone')}${v1('DNS')}${v1('Read')}</div><div>${v1('User')}${v1('User Details')}${v1('Read')}</div></div>`), ['DNS Read|zone', 'User Details Read|user']],
    ['grid cells, ✕ in its own cell', form(`<div><div><div>${v5('Zone', 'a')}</div><div>${v5('Zone', 'b')}</div><div>${v5('Read', 'c')}</div></div><div><button>×</button></div></div>`), ['Zone Read|zone']],
    ['native selects', form(`<p>${native('Zone')}${native('Page Rules')}${native('Edit')}<button>Delete</button></p>`), ['Page Rules Edit|zone']],
    ['button triggers', form(`<li>${kumo('Account')}${kumo('Workers Scripts')}${kumo('Write')}${x}</li>`), ['Workers Scripts Write|account']],
    ['placeholder group: nothing chosen', form(`<div>${v5('Zone', 'a')}${v5('', 'b')}${v5('', 'c')}${x}</div><div>${v5('Zone', 'd')}${v5('DNS', 'e')}${v5('Edit', 'f')}${x}</div>`), ['|zone', 'DNS Edit|zone']],
    ['an open menu inside a blank dropdown is not its value',
      form(`<div>${v1('Zone')}${v1('DNS')}<div><input role="combobox" aria-expanded="true"><div role="listbox"><div role="option">Read</div><div role="option">Edit</div></div></div>${x}</div>`), ['DNS|zone']],
    ['a live region beside a blank dropdown is not its value',
      form(`<div>${v1('Zone')}${v1('DNS')}<div><span role="log" aria-live="polite">option Edit, selected.</span><div><input role="combobox"></div></div>${x}</div>`), ['DNS|zone']],
    ['a textarea beside a blank dropdown is not its value',
      form(`<div>${v1('Zone')}${v1('DNS')}<div><textarea>Edit</textarea><div><input role="combobox"></div></div>${x}</div>`), ['DNS|zone']],
    ['hidden icons are not values',
      form(`<div>${v1('Zone')}${v1('DNS')}<div><span aria-hidden="true">▾</span><input role="combobox"></div>${x}</div>`), ['DNS|zone']],
    ['level not chosen yet', form(`<div>${v1('Zone')}${v1('DNS')}${v1('')}${x}</div>`), ['DNS|zone']],
    ['empty scope', form(`<div>${v1('')}${v1('DNS')}${v1('Edit')}${x}</div>`), ['DNS Edit|']],
    ['triggers showing placeholders without an ellipsis', form(`<li>${kumo('Select scope')}${kumo('Choose a permission group')}${kumo('Select access level')}${x}</li>`), ['|']],
    ['a value that only starts like a placeholder', form(`<li>${kumo('Zone')}${kumo('Selective Hosting')}${kumo('Edit')}${x}</li>`), ['Selective Hosting Edit|zone']],
    ['an empty trigger is not the label beside it',
      form(`<li><div><div id="l1">Scope</div><button aria-haspopup="listbox" aria-labelledby="l1"><span></span></button></div><div><div id="l2">Permission group</div><button aria-haspopup="listbox" aria-labelledby="l2"><span>DNS</span></button></div><div><div id="l3">Access</div><button aria-haspopup="listbox" aria-labelledby="l3"></button></div>${x}</li>`), ['DNS|']],
    ['react-select v1 without search: an empty div[role=combobox] beside the value',
      form(`<div>${v1('Zone')}${v1('DNS')}<div><span><div><span role="option" aria-selected="true">Edit</span></div><div role="combobox" aria-expanded="false" tabindex="0"></div></span></div>${x}</div>`), ['DNS Edit|zone']],
    ['a trigger whose aria-label repeats its value keeps the value', form(`<li>${kumo('Zone')}${kumo('DNS')}<button aria-haspopup="listbox" aria-label="Edit">Edit</button>${x}</li>`), ['DNS Edit|zone']],
    ['a trigger named by its label and itself (Headless UI) keeps its value',
      form(`<li><span id="s">Scope</span><button id="b1" aria-haspopup="listbox" aria-labelledby="s b1">Zone</button><span id="g">Group</span><button id="b2" aria-haspopup="listbox" aria-labelledby="g b2"><span>DNS</span></button>${kumo('Read')}${x}</li>`), ['DNS Read|zone']],
  ])('%s', (_, body, rows) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body><main><form>${body}</form></main></body>`, 'text/html');
    expect(rowNames(readClassicForm(doc, URL_FORM))).toEqual(rows);
  });
});

describe('isRemoveButton', () => {
  it.each<[string, boolean]>([
    ['<button>✕</button>', true],
    ['<button aria-label="Remove">✕</button>', true],
    ['<button><span>Remove</span></button>', true],
    ['<div role="button" aria-label="Remove 192.0.2.1"></div>', false],
    ['<button>+ Add more</button>', false],
    ['<button>Continue to summary</button>', false],
  ])('%s → %s', (html, expected) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    expect(isRemoveButton(doc.body.firstElementChild!)).toBe(expected);
  });
});

describe('groupRows: the quick path picks what the counting rule picks', () => {
  const box = (t: string) => `<span><input role="combobox" aria-label="${t}"></span>`;
  const x = '<button aria-label="Remove">✕</button>';
  // The last column: whether the quick path decides (else the counting rule does).
  it.each<[string, string, number, boolean]>([
    ['flat rows, ✕ last', `<div>${box('a')}${box('b')}${box('c')}${x}</div><div>${box('d')}${box('e')}${box('f')}${x}</div>`, 2, true],
    ['✕ first in each row', `<div>${x}${box('a')}${box('b')}${box('c')}</div><div>${x}${box('d')}${box('e')}${box('f')}</div>`, 2, true],
    ['✕ in its own cell', `<div><div>${box('a')}${box('b')}</div><div>${x}</div></div><div><div>${box('c')}</div><div>${x}</div></div>`, 2, true],
    ['✕ shares a cell with the last dropdowns', `<div>${box('a')}<div>${box('b')}${box('c')}${x}</div></div><div>${box('d')}<div>${box('e')}${x}</div></div>`, 4, false],
    ['a row without ✕ at the end', `<div>${box('a')}${box('b')}${x}</div><div>${box('c')}${box('d')}</div>`, 2, false],
    ['four dropdowns to one ✕ (too many: each on its own)', `<div>${box('a')}${box('b')}${box('c')}${box('d')}${x}</div>`, 4, false],
    ['a ✕ with no dropdowns', `<div>${x}</div><div>${box('a')}${box('b')}${x}</div>`, 1, false],
    ['two ✕ in one row (each dropdown on its own)', `<div>${box('a')}${box('b')}${x}${x}</div><div>${box('c')}${x}</div>`, 3, false],
    ['rows in a shared wrapper', `<div><div>${box('a')}${box('b')}${box('c')}${x}</div><div>${box('d')}${x}</div></div>`, 2, true],
    ['one dropdown per row', `<p>${box('a')}${x}</p><p>${box('b')}${x}</p><p>${box('c')}${x}</p>`, 3, true],
  ])('%s', (_, html, rows, quick) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body><h3>Permissions</h3><section>${html}</section></body>`, 'text/html');
    const boxes = [...doc.querySelectorAll('input')];
    const removes = [...doc.querySelectorAll('button')];
    const stop = new Set<Node>([doc.body, doc.documentElement, doc]);
    const slow = byCounts(boxes, removes, stop, 3);
    expect(slow).toHaveLength(rows);
    expect(groupRows(boxes, removes, stop, 3)).toEqual(slow);
    expect(byRemoveButtons(boxes, removes, stop, 3) !== undefined).toBe(quick);
  });
});
