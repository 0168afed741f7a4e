import { describe, expect, it } from 'vitest';
import { lookupKey } from '../../../lib/catalog';
import { parseDeepLink } from '../../../lib/policy/parse-deep-link';
import { buildTokenLink, recipes } from './imports';

const combos = recipes.flatMap((r) =>
  (['user', 'account'] as const).map((owner) => [`${r.id} (${owner})`, r, owner] as const));

describe('buildTokenLink', () => {
  it.each(combos)('%s round-trips through parseDeepLink', (_label, r, owner) => {
    const built = buildTokenLink({ keys: r.permissions, name: r.tokenName, owner, zone: r.zone === 'all' ? 'all' : 'one' });
    if (!built.ok) throw new Error(built.error);
    const parsed = parseDeepLink(built.url);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.owner).toBe(owner);
    expect(parsed.value.name).toBe(r.tokenName);
    const ids = parsed.value.policies.flatMap((p) => p.permissions.map((g) => g.id)).sort();
    expect(ids).toEqual(r.permissions.map((p) => lookupKey(p.key, p.type)!.id).sort());
  });

  it.each([
    ['user, all zones', { owner: 'user', zone: 'all' }, 'https://dash.cloudflare.com/profile/api-tokens?permissionGroupKeys=%5B%7B%22key%22%3A%22dns%22%2C%22type%22%3A%22edit%22%7D%5D&accountId=*&zoneId=all&name=My%20DNS'],
    ['user, one zone', { owner: 'user', zone: 'one' }, 'https://dash.cloudflare.com/profile/api-tokens?permissionGroupKeys=%5B%7B%22key%22%3A%22dns%22%2C%22type%22%3A%22edit%22%7D%5D&accountId=*&name=My%20DNS'],
    ['account', { owner: 'account' }, 'https://dash.cloudflare.com/?to=/:account/api-tokens&permissionGroupKeys=%5B%7B%22key%22%3A%22dns%22%2C%22type%22%3A%22edit%22%7D%5D&name=My%20DNS'],
  ] as const)('%s: the documented link shape', (_l, opts, url) => {
    const built = buildTokenLink({ keys: [{ key: 'dns', type: 'edit' }], name: 'My DNS', ...opts });
    expect(built.ok && built.url).toBe(url);
  });

  it.each([
    ['unknown key', [{ key: 'dns_records', type: 'edit' }], 'user', /dns_records/],
    ['old docs key', [{ key: 'zone_dns', type: 'edit' }], 'user', /zone_dns/],
    ['wrong type', [{ key: 'cache', type: 'edit' }], 'user', /cache/],
    ['no keys', [], 'user', /No permissions/],
    ['user group on account token', [{ key: 'memberships', type: 'read' }], 'account', /user tokens/],
  ] as const)('%s is an error, not a silent drop', (_l, keys, owner, error) => {
    const built = buildTokenLink({ keys, name: 'x', owner });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.error).toMatch(error);
  });

  it('one unknown key among known ones still fails the whole link', () => {
    const built = buildTokenLink({ keys: [{ key: 'zone', type: 'read' }, { key: 'cloudflare_tunnel', type: 'edit' }], name: 'x', owner: 'user' });
    expect(built).toEqual({ ok: false, error: expect.stringContaining('cloudflare_tunnel') });
  });

  it('accepts "write" for "edit", drops duplicates and notes mixed scopes on account links', () => {
    const built = buildTokenLink({ keys: [{ key: 'workers_scripts', type: 'write' }, { key: 'workers_scripts', type: 'edit' }, { key: 'zone', type: 'read' }], name: 'W', owner: 'account' });
    if (!built.ok) throw new Error(built.error);
    const keys = JSON.parse(new URL(built.url).searchParams.get('permissionGroupKeys')!);
    expect(keys).toEqual([{ key: 'workers_scripts', type: 'edit' }, { key: 'zone', type: 'read' }]);
    expect(built.notes.join(' ')).toMatch(/account permissions/);
  });
});
