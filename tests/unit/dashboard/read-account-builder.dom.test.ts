import { describe, expect, it } from 'vitest';
import { readAccountBuilder } from '../../../lib/dashboard/read-account-builder';
import { load, servedAt } from './load';
import { rowNames, stripHooks, withoutRefs } from './helpers';

const ACCOUNT = '0123456789abcdef0123456789abcdef';
const FILE = 'account-builder.html';
const grants = (...names: string[]) => names.map((name) => ({ ref: 'r', name }));

describe('account-token builder', () => {
  it('reads policies, checked levels, scope, expiration and IP filter (8.D)', () => {
    const reading = readAccountBuilder(load(FILE), servedAt(FILE));
    expect(withoutRefs(reading.model)).toEqual({
      name: 'brave-otter-4821', owner: 'account', source: 'account-builder',
      policies: [
        {
          effect: 'allow', exclude: [],
          // Collapsed categories count too: the rows are in the page, just folded.
          permissions: grants('Account Settings Read', 'Workers Scripts Read', 'Workers Scripts Edit', 'Access: Apps and Policies Edit'),
          include: [{ type: 'account', id: ACCOUNT, label: 'Entire Account' }, { type: 'account-zones', accountId: ACCOUNT, label: 'Entire Account' }],
        },
        {
          effect: 'allow', exclude: [], permissions: grants('DNS Edit', 'Zone Read'),
          include: [{ type: 'account-zones', accountId: ACCOUNT, label: 'All Domains' }],
        },
      ],
      ipFilter: { in: ['192.0.2.0/24'], notIn: [] },
      ttl: { expiresOn: '2026-12-31T00:00:00Z' },
    });
    expect(reading.rows.every((r) => r.element.localName === 'li')).toBe(true);
    expect(Object.keys(reading.sections).sort()).toEqual(['ip-filter', 'permissions', 'ttl']);
  });

  it('reads the same without class or data-* attributes', () => {
    const doc = load(FILE);
    stripHooks(doc);
    expect(withoutRefs(readAccountBuilder(doc, servedAt(FILE)).model)).toEqual(withoutRefs(readAccountBuilder(load(FILE), servedAt(FILE)).model));
  });

  it('follows a ticked checkbox and keeps the refs of the other rows', () => {
    const doc = load(FILE);
    const first = readAccountBuilder(doc, servedAt(FILE));
    const billing = [...doc.querySelectorAll('li')].find((li) => li.textContent?.includes('Billing'))!;
    billing.querySelector('[aria-label="Edit"]')!.setAttribute('aria-checked', 'true');
    const second = readAccountBuilder(doc, servedAt(FILE));
    expect(rowNames(second)).toContain('Billing Edit|');
    const kept = second.rows.filter((r) => r.grant.name !== 'Billing Edit').map((r) => r.ref);
    expect(kept).toEqual(first.rows.map((r) => r.ref));
  });

  it.each<[string, string, string[]]>([
    ['no checks: no policy', '<ul><li><span>DNS</span><span role="checkbox" aria-checked="false" aria-label="Edit"></span></li></ul>', []],
    ['rows before any scope selector', '<ul><li><span>Zone</span><span role="checkbox" aria-checked="true" aria-label="Read"></span></li></ul>', ['Zone Read']],
    ['a switch and other level words', '<button role="combobox">All Domains</button><ul><li>Cache Purge <span role="switch" aria-checked="true">Purge</span></li></ul>', ['Cache Purge']],
    ['our own note inside the row is ignored', '<ul><li><span>DNS</span><span data-token-lens="permission">Billing</span><span role="checkbox" aria-checked="true" aria-label="Edit"></span></li></ul>', ['DNS Edit']],
    // Shapes we have not seen (a blind probe, 2026-11-29):
    ['a radio group per row; "None" grants nothing',
      '<button role="combobox">All Domains</button><ul><li><span>DNS</span><div role="radiogroup" aria-label="DNS access"><span role="radio" aria-checked="false">None</span><span role="radio" aria-checked="false">Read</span><span role="radio" aria-checked="true">Edit</span></div></li>' +
      '<li><span>Zone</span><div role="radiogroup"><span role="radio" aria-checked="true">None</span><span role="radio" aria-checked="false">Read</span></div></li></ul>', ['DNS Edit']],
    ['native checkboxes, wrapped or labelled by id',
      '<ul><li><span>Zone</span><label><input type="checkbox" checked> Read</label><input type="checkbox" id="z-e"><label for="z-e">Edit</label></li>' +
      '<li><span>DNS</span><input type="checkbox" id="d-r"><label for="d-r">Read</label><input type="checkbox" id="d-e" checked><label for="d-e">Edit</label></li></ul>', ['Zone Read', 'DNS Edit']],
    ['a component\'s hidden native twin is not a second level',
      '<ul><li><span>DNS</span><span role="checkbox" aria-checked="true" aria-label="Read"></span><input type="checkbox" aria-hidden="true" tabindex="-1" checked></li></ul>', ['DNS Read']],
    ['levels named for their row', '<ul><li><span>DNS</span><span role="checkbox" aria-checked="false" aria-label="Read DNS"></span><span role="checkbox" aria-checked="true" aria-label="Edit DNS"></span></li><li><span>Zone Settings</span><span role="checkbox" aria-checked="true" aria-label="Zone Settings: Read"></span></li></ul>', ['DNS Edit', 'Zone Settings Read']],
    ['rows as table rows',
      '<button role="combobox">All Domains</button><table><tr><th>Group</th><th>Read</th><th>Edit</th></tr><tr><td>DNS</td><td><span role="checkbox" aria-checked="true" aria-label="Read"></span></td><td><span role="checkbox" aria-checked="false" aria-label="Edit"></span></td></tr></table>', ['DNS Read']],
  ])('%s', (_, html, names) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body><main>${html}</main></body>`, 'text/html');
    const model = readAccountBuilder(doc, servedAt(FILE)).model!;
    expect(model.policies.flatMap((p) => p.permissions.map((g) => g.name))).toEqual(names);
    expect(model.ttl).toBeUndefined();
    expect(model.ipFilter).toBeUndefined();
  });

  it('"Specific Domains": the zones are the picker\'s chips; none picked, none known', () => {
    const policy = (zones: string) => `<section><h3>Policy</h3><div><span>Applies to</span><button role="combobox">Specific Domains</button></div>
      <div><span id="l">Domains</span><div>${zones}<input role="combobox" aria-labelledby="l" value=""></div></div>
      <ul><li><span>DNS</span><span role="checkbox" aria-checked="true" aria-label="Edit"></span></li></ul></section>`;
    const chip = (z: string) => `<span>${z}<button aria-label="Remove ${z}">×</button></span>`;
    const read = (html: string) => readAccountBuilder(new DOMParser().parseFromString(`<!doctype html><body><main>${html}</main></body>`, 'text/html'), servedAt(FILE)).model!.policies.map((p) => p.include);
    expect(read(policy(chip('example.com') + chip('example.net')))).toEqual([[{ type: 'zone', id: 'example.com', label: 'example.com' }, { type: 'zone', id: 'example.net', label: 'example.net' }]]);
    expect(read(policy(''))).toEqual([[]]);
    // A search box first (a combobox too): what surrounds it is not a zone; the picker after it is read.
    const search = policy(chip('example.com')).replace('<div><span id="l">', '<div><p>DNS &amp; Zones 2/12</p><input role="combobox" aria-label="Search for permission groups"></div><div><span id="l">');
    expect(read(search)).toEqual([[{ type: 'zone', id: 'example.com', label: 'example.com' }]]);
  });
});
