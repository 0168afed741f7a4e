import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../../lib/policy/parse-deep-link';
import { TokenModelSchema, type TokenModel } from '../../../lib/policy/model';

const DASH = 'https://dash.cloudflare.com';
const keys = (list: Array<[string, string]>) => encodeURIComponent(JSON.stringify(list.map(([key, type]) => ({ key, type }))));

function ok(url: string): TokenModel {
  const r = parseDeepLink(url);
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  expect(TokenModelSchema.safeParse(r.value).success).toBe(true);
  return r.value;
}
const names = (m: TokenModel) => m.policies.map((p) => p.permissions.map((g) => g.name));

describe('parseDeepLink: links seen in the wild (docs/dashboard.md §permission-group-keys)', () => {
  it('Cloudflare Tunnel Ingress Controller: user token, all accounts, all zones', () => {
    const m = ok(`${DASH}/profile/api-tokens?permissionGroupKeys=${keys([['zone', 'read'], ['dns', 'edit'], ['argotunnel', 'edit']])}&name=Cloudflare%20Tunnel%20Ingress%20Controller&accountId=*&zoneId=all`);
    expect(m).toMatchObject({ name: 'Cloudflare Tunnel Ingress Controller', owner: 'user', source: 'deep-link' });
    expect(m.ttl).toBeUndefined();
    expect(m.ipFilter).toBeUndefined();
    expect(names(m)).toEqual([['Cloudflare Tunnel Write'], ['Zone Read', 'DNS Write']]);
    expect(m.policies[0].include).toEqual([{ type: 'account', id: '*' }]);
    expect(m.policies[1].include).toEqual([{ type: 'zone', id: '*' }]);
    expect(m.policies[1].permissions[1]).toEqual({ ref: 'key-1', name: 'DNS Write', id: '4755a26eedb94da69e1066d98aa820be', scope: 'zone' });
  });

  it('Raycast: cache purge, user groups, no accountId/zoneId (resources left unsaid), "+" in the name', () => {
    const m = ok(`${DASH}/profile/api-tokens?permissionGroupKeys=${keys([['account_settings', 'read'], ['cache', 'purge'], ['dns', 'read'], ['memberships', 'read'], ['page', 'read'], ['zone', 'read'], ['zone_settings', 'read']])}&name=Raycast+Extension`);
    expect(m.name).toBe('Raycast Extension');
    expect(names(m)).toEqual([
      ['Account Settings Read', 'Pages Read'],
      ['Cache Purge', 'DNS Read', 'Zone Read', 'Zone Settings Read'],
      ['Memberships Read'],
    ]);
    expect(m.policies.map((p) => p.include)).toEqual([[], [], [{ type: 'user', id: 'self', label: 'You' }]]);
  });

  it('Cloudflare docs link with unencoded JSON and an old key (zone_dns) kept as an unknown grant', () => {
    const m = ok(`${DASH}/profile/api-tokens?permissionGroupKeys=[{"key":"zone_dns","type":"edit"}]&accountId=*&zoneId=all&name=DNS Management Token`);
    expect(m.name).toBe('DNS Management Token');
    expect(m.policies).toHaveLength(1);
    expect(m.policies[0].permissions).toEqual([{ ref: 'key-0', name: 'zone_dns Edit' }]);
    expect(m.policies[0].include).toEqual([{ type: 'account', id: '*' }, { type: 'zone', id: '*' }]);
  });

  it('Account-token link (?to=/:account/api-tokens): owner account, zones of that account', () => {
    const m = ok(`${DASH}/?to=/:account/api-tokens&permissionGroupKeys=${keys([['access', 'edit'], ['mcp_portals', 'edit'], ['dns', 'edit']])}&name=Ankka`);
    expect(m.owner).toBe('account');
    const account = { type: 'account', id: ':account', label: 'The account you pick' };
    expect(m.policies[0].include).toEqual([account]);
    expect(m.policies.find((p) => p.permissions.some((g) => g.name === 'DNS Write'))?.include)
      .toEqual([{ type: 'account-zones', accountId: ':account', label: 'The account you pick' }]);
  });

  it('Cache purge worker: a single purge key', () => {
    expect(names(ok(`${DASH}/profile/api-tokens?permissionGroupKeys=${keys([['cache', 'purge']])}&name=Cache+purge`))).toEqual([['Cache Purge']]);
  });
});

describe('parseDeepLink: other shapes', () => {
  it.each([
    ['a path without host', `/profile/api-tokens?permissionGroupKeys=${keys([['dns', 'read']])}`, 'user'],
    ['the create sub-page', `${DASH}/profile/api-tokens/create?permissionGroupKeys=${keys([['dns', 'read']])}`, 'user'],
    ['an account id route', `${DASH}/0123456789abcdef0123456789abcdef/api-tokens/create?permissionGroupKeys=${keys([['dns', 'read']])}`, 'account'],
    ['a query encoded inside "to"', `${DASH}/?to=${encodeURIComponent(`/:account/api-tokens?permissionGroupKeys=${JSON.stringify([{ key: 'dns', type: 'read' }])}`)}`, 'account'],
    ['the login redirect', `${DASH}/login?redirect_uri=${encodeURIComponent(`${DASH}/profile/api-tokens?permissionGroupKeys=${keys([['dns', 'read']])}`)}`, 'user'],
    ['double-encoded keys', `${DASH}/profile/api-tokens?permissionGroupKeys=${encodeURIComponent(keys([['dns', 'read']]))}`, 'user'],
  ])('%s', (_, url, owner) => {
    const m = ok(url);
    expect(m.owner).toBe(owner);
    expect(names(m).flat()).toEqual(['DNS Read']);
  });

  it('a specific zone and account id are kept; duplicates collapse', () => {
    const m = ok(`${DASH}/profile/api-tokens?permissionGroupKeys=${keys([['dns', 'edit'], ['dns', 'edit'], ['workers_scripts', 'edit']])}&accountId=abc&zoneId=z1`);
    expect(m.policies.map((p) => [p.include, p.permissions.length])).toEqual([
      [[{ type: 'account', id: 'abc' }], 1], [[{ type: 'zone', id: 'z1' }], 1],
    ]);
  });

  it('edit and write of one key are one entry', () => {
    const m = ok(`${DASH}/profile/api-tokens?permissionGroupKeys=${keys([['dns', 'edit'], ['dns', 'write'], ['dns', ' Write ']])}&zoneId=all`);
    expect(m.policies.flatMap((p) => p.permissions.map((g) => g.name))).toEqual(['DNS Write']);
  });

  it('"write" is read as edit; a key without type stays unknown', () => {
    expect(names(ok(`${DASH}/profile/api-tokens?permissionGroupKeys=${encodeURIComponent('[{"key":"dns","type":"write"},{"key":"dns"}]')}`)))
      .toEqual([['DNS Write'], ['dns']]);
  });
});

describe('parseDeepLink: malformed links give a clear error', () => {
  it.each([
    ['empty', '', /empty/],
    ['not a string', 42 as unknown as string, /empty/],
    ['another host', `https://example.com/profile/api-tokens?permissionGroupKeys=${keys([['dns', 'read']])}`, /not a Cloudflare dashboard link/],
    ['another dashboard page', `${DASH}/abc/dns/records?permissionGroupKeys=${keys([['dns', 'read']])}`, /API token page/],
    ['the R2 token page', `${DASH}/abc/r2/api-tokens/create?permissionGroupKeys=${keys([['dns', 'read']])}`, /API token page/],
    ['no keys', `${DASH}/profile/api-tokens?name=x`, /no permissionGroupKeys/],
    ['keys not JSON', `${DASH}/profile/api-tokens?permissionGroupKeys=dns:edit`, /not valid JSON/],
    ['keys not a list', `${DASH}/profile/api-tokens?permissionGroupKeys=${encodeURIComponent('{"key":"dns"}')}`, /not a list/],
    ['an entry without key', `${DASH}/profile/api-tokens?permissionGroupKeys=${encodeURIComponent('[{"type":"edit"}]')}`, /Entry 1 .* no key/],
    ['an entry that is text', `${DASH}/profile/api-tokens?permissionGroupKeys=${encodeURIComponent('["dns"]')}`, /Entry 1 .* no key/],
    ['a bad URL', 'http://[::1', /not a link/],
  ])('%s', (_, url, message) => {
    const r = parseDeepLink(url);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
