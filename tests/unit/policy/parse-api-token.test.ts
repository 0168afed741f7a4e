import { describe, expect, it } from 'vitest';
import { parseApiToken } from '../../../lib/policy/parse-api-token';
import { TokenModelSchema, type TokenModel } from '../../../lib/policy/model';
import { ACCOUNT, ZONE_B, dnsAllZonesBare, mintingToken, r2Token, workersEnvelope } from './api-fixtures';

function ok(json: unknown): TokenModel {
  const r = parseApiToken(json);
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  expect(TokenModelSchema.safeParse(r.value).success).toBe(true);
  return r.value;
}

describe('parseApiToken: real-shaped replies', () => {
  it('reads the envelope, nested account -> zones, request_ip and dates', () => {
    const m = ok(workersEnvelope);
    expect(m).toMatchObject({ name: 'Deploy worker (CI)', source: 'api' });
    expect(m.owner).toBeUndefined();
    expect(m.policies).toHaveLength(2);
    expect(m.policies[0].include).toEqual([{ type: 'account', id: ACCOUNT }]);
    expect(m.policies[0].permissions.map((g) => [g.ref, g.name, g.scope])).toEqual([
      ['p0-g0', 'Workers Scripts Write', 'account'],
      ['p0-g1', 'Workers KV Storage Write', 'account'],
      ['p0-g2', 'Account Settings Read', 'account'],
    ]);
    expect(m.policies[1].include).toEqual([{ type: 'account-zones', accountId: ACCOUNT }]);
    expect(m.policies[1].permissions[0]).toMatchObject({ id: '28f4b596e7d643029c524985477ae49a', scope: 'zone' });
    expect(m.ipFilter).toEqual({ in: ['192.0.2.0/24', '2001:db8::/48'], notIn: ['192.0.2.99/32'] });
    expect(m.ttl).toEqual({ notBefore: '2026-01-10T00:00:00Z', expiresOn: '2026-04-10T00:00:00Z' });
  });

  it('reads the bare object, the "request.ip" spelling and a deny policy', () => {
    const m = ok(dnsAllZonesBare);
    expect(m.policies.map((p) => p.effect)).toEqual(['allow', 'deny']);
    expect(m.policies[0].include).toEqual([{ type: 'zone', id: '*' }]);
    expect(m.policies[1].include).toEqual([{ type: 'zone', id: ZONE_B }]);
    expect(m.ipFilter).toEqual({ in: ['198.51.100.4'], notIn: [] });
    expect(m.ttl).toEqual({});
  });

  it('reads R2 bucket keys (one bucket with jurisdiction, all buckets of an account) and fills names from IDs', () => {
    const m = ok(r2Token);
    expect(m.policies[0].include).toEqual([{ type: 'r2-bucket', id: 'backups-2026', accountId: ACCOUNT, label: 'backups-2026 (eu)' }]);
    expect(m.policies[1].include).toEqual([{ type: 'r2-bucket', id: '*', accountId: ACCOUNT }]);
    expect(m.policies[0].permissions[0]).toMatchObject({ name: 'Workers R2 Storage Bucket Item Write', scope: 'r2_bucket' });
    expect(m.ipFilter).toEqual({ in: [], notIn: [] });
    expect(m.ttl).toEqual({});
  });

  it('reads user resources and JSON text, and takes the owner from the caller', () => {
    const r = parseApiToken(JSON.stringify(mintingToken), { owner: 'user' });
    expect(r.ok && r.value.owner).toBe('user');
    expect(r.ok && r.value.policies[0].include).toEqual([{ type: 'user', id: '8f9e0a1b2c3d4e5f6a7b8c9d0e1f2a3b' }]);
    expect(r.ok && r.value.ipFilter).toEqual({ in: [], notIn: [] });
  });

  it('keeps an unknown ID as the name and an unknown resource key as "other"', () => {
    const m = ok({ policies: [{ effect: 'allow', resources: { 'com.cloudflare.api.something.x': '*' }, permission_groups: [{ id: 'ffffffffffffffffffffffffffffffff' }] }] });
    expect(m.policies[0].permissions[0]).toEqual({ ref: 'p0-g0', name: 'ffffffffffffffffffffffffffffffff', id: 'ffffffffffffffffffffffffffffffff' });
    expect(m.policies[0].include).toEqual([{ type: 'other', key: 'com.cloudflare.api.something.x' }]);
  });

  it('takes a one-token list reply', () => {
    expect(ok({ success: true, result: [mintingToken] }).name).toBe('Create Additional Tokens');
  });
});

describe('parseApiToken: malformed input gives a clear error, never an exception', () => {
  const policy = (p: Record<string, unknown>) => ({ policies: [{ effect: 'allow', resources: { 'com.cloudflare.api.account.zone.*': '*' }, permission_groups: [{ id: 'c8fed203ed3043cba015a93ad1616f1f' }], ...p }] });
  it.each([
    ['undefined', undefined, /token object/],
    ['null', null, /token object/],
    ['a number', 42, /token object/],
    ['an array', [1, 2], /token object/],
    ['broken JSON text', '{"policies": [', /not valid JSON/],
    ['an error envelope', { success: false, errors: [{ code: 9109, message: 'Unauthorized' }], result: null }, /reports an error/],
    ['a list of two', { success: true, result: [mintingToken, mintingToken] }, /list of 2 tokens/],
    ['a verify reply', { success: true, result: { id: 'x', status: 'active' } }, /verify reply/],
    ['policies not a list', { policies: {} }, /not a list/],
    ['a policy without effect', policy({ effect: 'maybe' }), /Policy 1 has no effect/],
    ['no permission groups list', policy({ permission_groups: 'DNS' }), /no list of permission groups/],
    ['a group without id or name', policy({ permission_groups: [{}] }), /neither an id nor a name/],
    ['resources not a map', policy({ resources: ['zone'] }), /no resources list/],
    ['a resource value that is a number', policy({ resources: { 'com.cloudflare.api.account.zone.*': 5 } }), /neither text nor a map/],
    ['a nested value that is not text', policy({ resources: { [`com.cloudflare.api.account.${ACCOUNT}`]: { 'com.cloudflare.api.account.zone.*': [] } } }), /not text/],
    ['a bad CIDR', { ...policy({}), condition: { request_ip: { in: ['10.0.0.0/33'] } } }, /not an IP address/],
    ['an IP list that is text', { ...policy({}), condition: { request_ip: { in: '10.0.0.0/8' } } }, /not a list/],
    ['a condition that is text', { ...policy({}), condition: 'ip' }, /condition is not an object/],
    ['a bad end date', { ...policy({}), expires_on: 'next tuesday-ish' }, /end date .* is not a date/],
  ])('%s', (_, json, message) => {
    const r = parseApiToken(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('survives a getter that throws', () => {
    const evil = { get policies() { throw new Error('boom'); } };
    expect(parseApiToken(evil)).toEqual({ ok: false, error: 'This token JSON could not be read.' });
  });
});
