import { describe, expect, it } from 'vitest';
import { accountTokenIncompatible } from '../../../../lib/analysis/rules/account-token-incompatible';
import { allGroups } from '../../../../lib/catalog';
import type { Scope } from '../../../../lib/catalog/types';
import { brief, model, run } from '../helpers';

const acct = [{ type: 'account' as const, id: 'a1' }];
const owned = (perms: string[]) => model([{ perms, include: acct }], { owner: 'account' });

describe('account-token-incompatible', () => {
  it.each([
    ['a user group (Memberships Read): medium', owned(['Memberships Read']), [['medium', 'r0-0']]],
    ['API Tokens Edit: medium', owned(['API Tokens Write']), [['medium', 'r0-0']]],
    ['Page Rules Edit: low (not supported on the 2025-10-20 page)', owned(['Page Rules Write']), [['low', 'r0-0']]],
    ['Page Rules Read', owned(['Page Rules Read']), [['low', 'r0-0']]],
    ['Turnstile, by its dashboard label', owned(['Turnstile Edit']), [['low', 'r0-0']]],
    ['Registrar Domains Read', owned(['Registrar Domains Read']), [['low', 'r0-0']]],
    ['Registrar Domains Admin (2026 group)', owned(['Registrar Domains Admin']), [['low', 'r0-0']]],
    ['only the incompatible ones', owned(['Workers Scripts Write', 'Pubsub Configuration Read']), [['low', 'r0-1']]],
  ])('fires: %s', (_, m, expected) => {
    expect(brief(run(accountTokenIncompatible, 'account-token-incompatible', m))).toEqual(expected);
  });

  it.each([
    ['a user token with user groups', model([{ perms: ['Memberships Read', 'Magic WAN Write'], include: acct }], { owner: 'user' })],
    ['owner not known', model([{ perms: ['Memberships Read'], include: acct }])],
    ['supported products', owned(['Workers Scripts Write', 'DNS Write', 'Workers KV Storage Write'])],
    ['Magic Network Monitoring (deep-link key "fbm") is not Super Bot Fight Mode', owned(['Magic Network Monitoring Write'])],
    // Supported on the "Account API tokens" page of 2025-10-20 (they were ❌ on an older version).
    ['Tiered Cache', owned(['Tiered Cache Write'])],
    ['Custom Lists (Account Rule Lists)', owned(['Account Rule Lists Write', 'Account Filter Lists Read'])],
    ['Magic Transit', owned(['Magic Transit Write'])],
    ['Magic WAN', owned(['Magic WAN Write', 'Magic WAN Read'])],
    ['Spectrum', owned(['Spectrum Write'])],
    ['Workers Observability', owned(['Workers Observability Read', 'Workers Observability Write', 'Workers Observability Telemetry Write'])],
  ])('stays quiet: %s', (_, m) => {
    expect(run(accountTokenIncompatible, 'account-token-incompatible', m)).toEqual([]);
  });
});

// The products Cloudflare's compatibility matrix marks as not working with account tokens (the
// "Account API tokens" page of 2025-10-20: Page Rules added; Tiered Cache, Custom Lists, Magic
// Transit, Magic WAN, Spectrum and Workers Observability now supported), each with every catalog
// group that stands for it (by API name). Super Bot Fight Mode and the Client Platform have no
// group of their own in the catalog: a name that says so stands in.
const UNSUPPORTED: Record<string, string[]> = {
  'Page Rules': ['Page Rules Read', 'Page Rules Write'],
  Intel: ['Intel Read', 'Intel Write'],
  'Pub/Sub': ['Pubsub Configuration Read', 'Pubsub Configuration Write'],
  Registrar: ['Registrar Domains Read', 'Registrar Domains Admin', 'Registrar Sandbox Domains Admin', 'Registrar Sandbox Domains Read'],
  'Super Bot Fight Mode': ['Super Bot Fight Mode Write'],
  Turnstile: ['Turnstile Sites Read', 'Turnstile Sites Write'],
  'Zero Trust Client Platform': ['Zero Trust Client Platform Write'],
};
const STAND_INS = ['Super Bot Fight Mode Write', 'Zero Trust Client Platform Write'];
const productOf = new Map(Object.entries(UNSUPPORTED).flatMap(([product, names]) => names.map((n) => [n, product] as const)));

/** Every group of the catalog, and the stand-ins, with what the rule must say on an account token. */
const ENTRIES: Array<[string, Scope | undefined, string]> = [
  ...allGroups().map((g): [string, Scope, string] => [g.name, g.scope, g.scope === 'user' ? 'user group' : productOf.get(g.name) ?? 'supported']),
  ...STAND_INS.map((n): [string, undefined, string] => [n, undefined, productOf.get(n)!]),
];

describe('account-token-incompatible: every permission group', () => {
  it('covers the whole catalog and every product of the matrix', () => {
    expect(allGroups().length).toBeGreaterThan(390);
    expect(ENTRIES).toHaveLength(allGroups().length + STAND_INS.length);
    expect(Object.keys(UNSUPPORTED)).toHaveLength(7);
    const names = new Set(allGroups().map((g) => g.name));
    // Every group named above is in the catalog (else the table would test nothing), bar the stand-ins.
    expect([...productOf.keys()].filter((n) => !names.has(n))).toEqual(STAND_INS);
    expect(ENTRIES.filter(([, , want]) => want === 'user group')).toHaveLength(6);
    expect(ENTRIES.filter(([, , want]) => want !== 'user group' && want !== 'supported')).toHaveLength(productOf.size);
  });

  it.each(ENTRIES)('%s (%s): %s', (name, scope, want) => {
    const m = model([{ perms: [name], include: [{ type: 'account', id: 'a1' }] }], { owner: 'account' });
    if (scope) m.policies[0].permissions[0].scope = scope;
    const found = run(accountTokenIncompatible, 'account-token-incompatible', m);
    if (want === 'supported') return expect(found).toEqual([]);
    expect(brief(found)).toEqual([[want === 'user group' ? 'medium' : 'low', 'r0-0']]);
    if (want !== 'user group') expect(found[0].title).toBe(`${want} may not work with an account token`);
  });
});
