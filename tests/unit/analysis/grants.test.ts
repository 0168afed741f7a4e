import { describe, expect, it } from 'vitest';
import { allowed, distinct, infoOf, isMinting, readVariantOf, resolveGrants } from '../../../lib/analysis/grants';
import { lookupPermission } from '../../../lib/catalog';
import { ACCOUNTS_ALL, ZONES_ALL, account, accountZones, input, model, zone } from './helpers';

describe('readVariantOf', () => {
  it.each([
    ['DNS Write', 'zone', 'DNS Read'],
    ['DNS Edit', 'zone', 'DNS Read'],
    ['Domain API Gateway', 'zone', 'Domain API Gateway Read'],
    ['Cloud Email Security: Write', 'account', 'Cloud Email Security: Read'],
    ['Zaraz Admin', 'zone', 'Zaraz Read'],
    ['Logs Write', 'account', 'Logs Read'],
    ['Cache Purge', 'zone', undefined],
    ['DNS Read', 'zone', undefined],
    ['Quantum Widgets Edit', undefined, undefined],
  ] as const)('%s -> %s', (name, scope, expected) => {
    const read = readVariantOf(lookupPermission(name, scope));
    expect(read?.name).toBe(expected);
    if (read) expect(read.scope).toBe(scope);
  });
});

describe('infoOf and isMinting', () => {
  it.each([
    [{ ref: 'a', name: 'whatever', id: '4755a26eedb94da69e1066d98aa820be' }, 'DNS Write', true],
    [{ ref: 'a', name: 'DNS Edit', id: 'ffffffffffffffffffffffffffffffff' }, 'DNS Write', true],
    [{ ref: 'a', name: 'New Thing Edit', id: 'ffffffffffffffffffffffffffffffff' }, 'New Thing Edit', false],
  ])('%j', (grant, name, known) => {
    const info = infoOf(grant);
    expect([info.name, info.known]).toEqual([name, known]);
    if (!known) expect(info.id).toBe(grant.id);
  });

  it('keeps grants apart by ID and scope', () => {
    const withId = infoOf({ ref: 'a', name: 'New Thing Edit', id: 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee' });
    const without = infoOf({ ref: 'b', name: 'New Thing Edit' });
    expect([withId.id, without.id]).toEqual(['eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', lookupPermission('New Thing Edit').id]);
    expect(infoOf({ ref: 'c', name: 'DNS Read', scope: 'zone' }).scope).toBe('zone');
    expect(infoOf({ ref: 'd', name: 'DNS Read', scope: 'account' })).toEqual(lookupPermission('DNS Read', 'account'));
    expect(infoOf({ ref: 'e', name: 'DNS Read' })).toBe(infoOf({ ref: 'f', name: 'DNS Read' }));
  });

  it.each([
    ['API Tokens Write', true], ['API Tokens Edit', true], ['Account API Tokens Write', true],
    ['API Tokens Read', false], ['Account API Tokens Read', false], ['DNS Write', false],
  ])('%s minting: %s', (name, expected) => expect(isMinting(lookupPermission(name))).toBe(expected));
});

describe('allowed: deny policies take back what they cover', () => {
  it.each([
    ['deny all zones covers one zone', model([{ perms: ['DNS Write'], include: [zone()] }, { perms: ['DNS Write'], include: [ZONES_ALL], effect: 'deny' }]), []],
    ['deny one zone leaves all zones', model([{ perms: ['DNS Write'], include: [ZONES_ALL] }, { perms: ['DNS Write'], include: [zone()], effect: 'deny' }]), ['r0-0']],
    ['deny of another group changes nothing', model([{ perms: ['DNS Write'], include: [zone()] }, { perms: ['DNS Read'], include: [ZONES_ALL], effect: 'deny' }]), ['r0-0']],
    ['deny on all zones of all accounts covers one zone', model([{ perms: ['DNS Write'], include: [zone()] }, { perms: ['DNS Write'], include: [accountZones('*')], effect: 'deny' }]), []],
    ['deny on all zones of all accounts covers one account\'s zones', model([{ perms: ['DNS Write'], include: [accountZones('a1')] }, { perms: ['DNS Write'], include: [accountZones('*')], effect: 'deny' }]), []],
    ['deny on all zones of all accounts leaves an account', model([{ perms: ['Billing Read'], include: [account()] }, { perms: ['Billing Read'], include: [accountZones('*')], effect: 'deny' }]), ['r0-0']],
    ['deny all accounts', model([{ perms: ['Billing Read'], include: [ACCOUNTS_ALL] }, { perms: ['Billing Read'], include: [ACCOUNTS_ALL], effect: 'deny' }]), []],
    ['an allow without resources is kept', model([{ perms: ['DNS Write'], include: [] }, { perms: ['DNS Write'], include: [ZONES_ALL], effect: 'deny' }]), ['r0-0']],
  ])('%s', (_, m, refs) => {
    expect(allowed(input(m)).map((g) => g.ref)).toEqual(refs);
  });

  it('resolves every grant with its policy and effect', () => {
    const gs = resolveGrants(model([{ perms: ['DNS Read'] }, { perms: ['DNS Write'], effect: 'deny' }]));
    expect(gs.map((g) => [g.ref, g.policyIndex, g.effect])).toEqual([['r0-0', 0, 'allow'], ['r1-0', 1, 'deny']]);
  });

  it('copies each grant\'s own fields and adds its catalog entry', () => {
    const m = model([{ perms: ['DNS Edit'] }]);
    m.policies[0].permissions[0] = { ref: 'x', name: 'DNS Edit', id: '4755a26eedb94da69e1066d98aa820be', scope: 'zone' };
    const [g] = resolveGrants(m);
    expect([g.ref, g.name, g.id, g.scope, g.info.name]).toEqual(['x', 'DNS Edit', '4755a26eedb94da69e1066d98aa820be', 'zone', 'DNS Write']);
  });
});

describe('distinct', () => {
  it.each([
    ['one per group, the first kept', ['DNS Read', 'DNS Write', 'DNS Edit', 'Zone Read'], ['r0-0', 'r0-1', 'r0-3']],
    ['nothing', [], []],
  ])('%s', (_, perms, refs) => {
    expect(distinct(resolveGrants(model([{ perms }]))).map((g) => g.ref)).toEqual(refs);
  });

  it('answers the same list with the same array, another list afresh', () => {
    const gs = resolveGrants(model([{ perms: ['DNS Read', 'DNS Read'] }]));
    const other = resolveGrants(model([{ perms: ['DNS Read', 'Zone Read'] }]));
    expect(distinct(gs)).toBe(distinct(gs));
    expect(distinct(other).map((g) => g.ref)).toEqual(['r0-0', 'r0-1']);
  });
});
