// The content script's converter (lib/page-replies/to-model.ts) must make of a picked token
// exactly the model the full API parser (lib/policy/parse-api-token.ts) makes of it, for every
// input the page can post, hostile ones included, and never throw.
import { describe, expect, it } from 'vitest';
import { pickToken, type PickedToken } from '../../../lib/page-replies/pick';
import { modelOfPicked } from '../../../lib/page-replies/to-model';
import { parseApiToken } from '../../../lib/policy/parse-api-token';
import { int, makeRng, pick, SEED, type Rng } from '../fuzz/random';

const T = 'ed17574386854bf78a67040be0a770b0';
const ACCOUNT = '01a7362d577a6c3019a474fd6f485823';
const DNS_EDIT = '4755a26eedb94da69e1066d98aa820be';

function expectSame(raw: unknown, owner?: 'user' | 'account') {
  const picked = pickToken(raw);
  if (!picked) return;
  const full = parseApiToken(picked, owner ? { owner } : {});
  expect(modelOfPicked(picked, owner)).toEqual(full.ok ? full.value : undefined);
}

const base = {
  id: T,
  name: 'CI',
  status: 'active',
  issued_on: '2025-01-02T03:04:05Z',
  modified_on: '2025-01-02T03:04:05Z',
  last_used_on: '2025-02-01T00:00:00.000Z',
  not_before: '2025-01-01T00:00:00Z',
  expires_on: '2026-01-01T00:00:00+01:00',
  policies: [
    { effect: 'allow', permission_groups: [{ id: DNS_EDIT, name: 'DNS Write' }], resources: { 'com.cloudflare.api.account.zone.*': '*' } },
    { effect: 'deny', permission_groups: [{ name: 'Nameless' }], resources: { [`com.cloudflare.api.account.${ACCOUNT}`]: { 'com.cloudflare.api.account.zone.*': '*' } } },
    { effect: 'allow', permission_groups: [{ id: 'abc' }], resources: { [`com.cloudflare.edge.r2.bucket.${ACCOUNT}_default_logs`]: '*', 'com.cloudflare.api.user.x': '*' } },
  ],
  condition: { request_ip: { in: ['192.0.2.0/24', '2001:db8::/32'], not_in: ['192.0.2.7'] } },
};

describe('modelOfPicked', () => {
  it('makes the full parser\'s model of a well-formed token, for either owner', () => {
    const model = modelOfPicked(pickToken(base) as PickedToken, 'account');
    expect(model?.policies).toHaveLength(3);
    expect(model?.ipFilter).toEqual({ in: ['192.0.2.0/24', '2001:db8::/32'], notIn: ['192.0.2.7'] });
    expect(model?.ttl).toEqual({ notBefore: '2025-01-01T00:00:00Z', expiresOn: '2025-12-31T23:00:00Z' });
    for (const owner of [undefined, 'user', 'account'] as const) expectSame(base, owner);
  });

  it('gives no model where the full parser fails: no policies, a bad CIDR, a date that is none', () => {
    const without = (patch: object) => modelOfPicked(pickToken({ ...base, ...patch }) as PickedToken);
    expect(without({ policies: undefined })).toBeUndefined();
    expect(without({ condition: { request_ip: { in: ['999.1.1.1'] } } })).toBeUndefined();
    expect(without({ condition: { request_ip: { not_in: ['1.2.3.4/99'] } } })).toBeUndefined();
    expect(without({ not_before: '2025-99-99T00:00:00Z' })).toBeUndefined();
    expect(without({ expires_on: '99999999' })).toBeUndefined();
    // Only the dates of issue and last use are dropped when they are not dates.
    expect(without({ issued_on: '2025-99-99T00:00:00Z', last_used_on: '::::::' })).toMatchObject({ id: T });
    expect(without({ issued_on: '2025-99-99T00:00:00Z' })?.issuedOn).toBeUndefined();
    for (const patch of [{ policies: undefined }, { condition: { request_ip: { in: ['999.1.1.1'] } } }, { not_before: 'x2025-01' }, { issued_on: '2025-13-01' }]) expectSame({ ...base, ...patch });
  });

  it('never throws on a picked object the page has tampered with, and adds nothing it was not given', () => {
    const tampered = [
      { id: T, policies: [{ effect: 'allow', permission_groups: [{ name: '   ' }], resources: {} }] },
      { id: T, policies: [{ effect: 'allow', permission_groups: [null], resources: null }] },
      { id: T, policies: [null] },
      { id: T, policies: 'x', condition: { request_ip: { in: [1] } } },
      { id: T, policies: [], condition: { request_ip: null } },
      { id: T, policies: [], not_before: {} },
      Object.assign(Object.create({ policies: [] }), { id: T }),
    ];
    for (const t of tampered) expect(() => modelOfPicked(t as unknown as PickedToken)).not.toThrow();
    expect(modelOfPicked({ id: T, policies: [{ effect: 'allow', permission_groups: [{ name: '   ' }], resources: {} }] })).toBeUndefined();
    expect(Object.keys(modelOfPicked({ id: T, policies: [] }) ?? {}).sort()).toEqual(['id', 'ipFilter', 'policies', 'source', 'ttl']);
  });

  it(`agrees with the full parser on random hostile tokens (seed ${SEED})`, () => {
    const rng = makeRng(SEED ^ 0x7e11);
    const junk = (r: Rng): unknown => pick(r, [null, undefined, 0, -1, NaN, '', ' ', '*', 'x'.repeat(300), [], {}, true, '__proto__', '2025-01-01', '1999-12-31T23:59:59.999Z', '10.0.0.0/8', '::1', 'fe80::1%eth0', '1.2.3.4/33']);
    const key = (r: Rng) => pick(r, ['com.cloudflare.api.account.*', `com.cloudflare.api.account.${ACCOUNT}`, 'com.cloudflare.api.account.zone.*', 'com.cloudflare.api.user.me', `com.cloudflare.edge.r2.bucket.${ACCOUNT}_eu_b`, 'com.cloudflare.edge.r2.bucket.*', 'com.cloudflare.api.odd', '__proto__', 'constructor', 'x']);
    const value = (r: Rng, depth = 0): unknown => (depth < 1 && r() < 0.3 ? Object.fromEntries(Array.from({ length: int(r, 0, 3) }, () => [key(r), value(r, depth + 1)])) : r() < 0.8 ? '*' : junk(r));
    const group = (r: Rng) => (r() < 0.1 ? junk(r) : { ...(r() < 0.8 ? { id: pick(r, [DNS_EDIT, 'abc', 'c8fed203ed3043cba015a93ad1616f1f', '', ' ', 'bad id']) } : {}), ...(r() < 0.5 ? { name: pick(r, ['DNS Write', '', '  ', 'Zone Read']) } : {}) });
    const policy = (r: Rng) => (r() < 0.05 ? junk(r) : {
      effect: r() < 0.9 ? pick(r, ['allow', 'deny']) : junk(r),
      permission_groups: r() < 0.95 ? Array.from({ length: int(r, 0, 3) }, () => group(r)) : junk(r),
      resources: r() < 0.95 ? Object.fromEntries(Array.from({ length: int(r, 0, 3) }, () => [key(r), value(r)])) : junk(r),
    });
    const date = (r: Rng) => (r() < 0.6 ? pick(r, ['2025-01-01T00:00:00Z', '2025-06-30T12:00:00.123+02:00', '2025-02-30T00:00:00Z', '2025-13-01', '20250101', '2025-01-01 10:00']) : junk(r));
    const cidr = (r: Rng) => (r() < 0.7 ? pick(r, ['192.0.2.0/24', '2001:db8::/32', '10.0.0.1', '256.0.0.0', '1.2.3.4/33', '::', '1::2::3', '....']) : junk(r));
    for (let i = 0; i < 3000; i++) {
      const r = rng;
      const raw: Record<string, unknown> = { id: r() < 0.95 ? T : junk(r) };
      for (const k of ['issued_on', 'modified_on', 'last_used_on', 'not_before', 'expires_on']) if (r() < 0.5) raw[k] = date(r);
      if (r() < 0.5) raw.name = r() < 0.8 ? 'CI' : junk(r);
      if (r() < 0.5) raw.status = pick(r, ['active', 'disabled', 'expired', 'revoked', '']);
      if (r() < 0.9) raw.policies = r() < 0.95 ? Array.from({ length: int(r, 0, 4) }, () => policy(r)) : junk(r);
      if (r() < 0.5) raw.condition = r() < 0.9 ? { request_ip: r() < 0.9 ? { ...(r() < 0.7 ? { in: Array.from({ length: int(r, 0, 3) }, () => cidr(r)) } : {}), ...(r() < 0.5 ? { not_in: Array.from({ length: int(r, 0, 2) }, () => cidr(r)) } : {}) } : junk(r) } : junk(r);
      expectSame(raw, pick(r, [undefined, 'user', 'account'] as const));
    }
  });
});
