import { describe, expect, it } from 'vitest';
import { readTokensList } from '../../../lib/dashboard/read-tokens-list';
import { load, servedAt } from './load';
import { withoutRefs } from './helpers';

const policy = (names: string[], include: unknown[], scope?: string) => [{
  effect: 'allow', permissions: names.map((name) => ({ ref: 'r', name, ...(scope ? { scope } : {}) })), include, exclude: [],
}];

describe('tokens list', () => {
  it('reads each token row (8.C) without the row menu or the API Keys section', () => {
    const reading = readTokensList(load('tokens-list.html'), servedAt('tokens-list.html'));
    expect(reading.tokens.map((t) => [t.name, t.status, (withoutRefs(t.model) as { policies: unknown }).policies])).toEqual([
      ['Edit zone DNS', 'Active', policy(['DNS Edit'], [{ type: 'zone', id: 'example.com', label: 'example.com' }], 'zone')],
      ['Create Additional Tokens', 'Active', policy(['API Tokens Edit'], [{ type: 'user', id: 'self', label: 'All users' }], 'user')],
      ['Read all resources', 'Active', policy(['Account Settings Read', 'DNS Read', 'Zone Read'], [{ type: 'account', id: '*' }, { type: 'zone', id: '*' }])],
      ['Legacy deploy', 'Expired', policy(['Workers Scripts Edit', 'Account Settings Read'], [{ type: 'account', id: 'Example Account', label: 'Example Account' }], 'account')],
    ]);
    expect(reading.tokens.every((t) => t.element.localName === 'tr' && t.model.owner === 'user' && t.model.name === t.name)).toBe(true);
  });

  it.each<[string, string, [string, string[], string | undefined][]]>([
    ['no header row: the guessed column order',
      '<table><tr><td>ci</td><td>DNS:Edit, Zone:Read</td><td>example.com</td><td>Active</td></tr></table>',
      [['ci', ['DNS Edit', 'Zone Read'], 'Active']]],
    ['other column order, multi-line cells, ARIA grid',
      '<div role="grid"><div role="row"><span role="columnheader">Status</span><span role="columnheader">Name</span><span role="columnheader">Permissions</span></div>' +
      '<div role="row"><span role="gridcell">Disabled</span><span role="gridcell">deploy</span><span role="gridcell"><div>Workers Scripts:Edit</div><div>Account Settings:Read</div></span></div></div>',
      [['deploy', ['Workers Scripts Edit', 'Account Settings Read'], 'Disabled']]],
    ['a "Token" column, chips, an icon-only "More options" menu, a footer row',
      '<table><thead><tr><th>Token</th><th>Permissions</th><th>Status</th><th></th></tr></thead><tbody>' +
      '<tr><td>deploy</td><td><span>DNS:Edit</span><span>Zone:Read</span></td><td>Active</td><td><button aria-label="More options">⋯</button></td></tr></tbody>' +
      '<tfoot><tr><td>1 token</td><td></td><td></td><td></td></tr></tfoot></table>',
      [['deploy', ['DNS Edit', 'Zone Read'], 'Active']]],
    ['a "+2 more" chip is not a permission',
      '<table><tr><th>Name</th><th>Permissions</th></tr><tr><td>big</td><td><span>DNS:Edit</span><span>+2 more</span></td></tr></table>',
      [['big', ['DNS Edit'], undefined]]],
    ['a row without a name is not a token',
      '<table><thead><tr><th>Token name</th><th>Permissions</th></tr></thead><tbody><tr><td></td><td>DNS:Edit</td></tr></tbody></table>',
      []],
  ])('%s', (_, html, expected) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    const tokens = readTokensList(doc, new URL('https://dash.cloudflare.com/0123456789abcdef0123456789abcdef/api-tokens')).tokens;
    expect(tokens.map((t) => [t.name, t.model.policies.flatMap((p) => p.permissions.map((g) => g.name)), t.status])).toEqual(expected);
    expect(tokens.every((t) => t.model.owner === 'account')).toBe(true);
  });

  it('counts the permissions a row leaves out', () => {
    const html = '<table><tr><th>Name</th><th>Permissions</th></tr><tr><td>big</td><td><span>DNS:Edit</span><span>+2 more</span></td></tr><tr><td>small</td><td>DNS:Read</td></tr></table>';
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    expect(readTokensList(doc, new URL('https://dash.cloudflare.com/profile/api-tokens')).tokens.map((t) => [t.name, t.unshown])).toEqual([['big', 2], ['small', undefined]]);
  });
});
