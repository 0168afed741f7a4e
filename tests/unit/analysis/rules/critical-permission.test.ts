import { describe, expect, it } from 'vitest';
import { criticalPermission } from '../../../../lib/analysis/rules/critical-permission';
import { ACCOUNTS_ALL, ZONES_ALL, account, accountZones, brief, model, run, zone } from '../helpers';

describe('critical-permission', () => {
  it.each([
    ['DNS Edit on one zone: high', model([{ perms: ['DNS Write'], include: [zone()] }]), [['high', 'r0-0']]],
    ['DNS Edit on all zones: critical', model([{ perms: ['DNS Write'], include: [ZONES_ALL] }]), [['critical', 'r0-0']]],
    ['Workers Scripts Edit on all accounts: critical', model([{ perms: ['Workers Scripts Write'], include: [ACCOUNTS_ALL] }]), [['critical', 'r0-0']]],
    ['Workers Scripts Edit on one account: high', model([{ perms: ['Workers Scripts Write'], include: [account()] }]), [['high', 'r0-0']]],
    ['zones of one account: high', model([{ perms: ['SSL and Certificates Write'], include: [accountZones()] }]), [['high', 'r0-0']]],
    ['same group twice counts once', model([{ perms: ['DNS Write'] }, { perms: ['DNS Edit'], include: [zone('z2')] }]), [['high', 'r0-0']]],
    ['two critical groups', model([{ perms: ['DNS Write', 'SSL and Certificates Write'] }]), [['high', 'r0-0'], ['high', 'r0-1']]],
  ])('fires: %s', (_, m, expected) => {
    expect(brief(run(criticalPermission, 'critical-permission', m))).toEqual(expected);
  });

  it.each([
    ['token minting (its own rule)', model([{ perms: ['API Tokens Write'], include: [{ type: 'user', id: 'u' }] }])],
    ['high but not critical', model([{ perms: ['Zone Settings Write'] }])],
    ['read groups', model([{ perms: ['DNS Read', 'Zone Read'], include: [ZONES_ALL] }])],
    ['critical group only denied', model([{ perms: ['DNS Write'], effect: 'deny' }])],
    ['allowed on all zones but denied on all zones', model([
      { perms: ['DNS Write'], include: [ZONES_ALL] }, { perms: ['DNS Write'], include: [ZONES_ALL], effect: 'deny' },
    ])],
  ])('stays quiet: %s', (_, m) => {
    expect(run(criticalPermission, 'critical-permission', m)).toEqual([]);
  });

  it.each([
    ['one zone: keep it there', model([{ perms: ['DNS Write'], include: [zone()] }]), 'keep it on the zones it has now'],
    ['all zones: narrow it', model([{ perms: ['DNS Write'], include: [ZONES_ALL] }]), 'limit it to the zones it needs'],
    ['all zones of an account: narrow it too', model([{ perms: ['DNS Write'], include: [accountZones()] }]), 'limit it to the zones it needs'],
    ['no zone chosen yet', model([{ perms: ['DNS Write'], include: [] }]), 'choose only the zones it needs'],
    ['an IP filter of "Is not in" only', model([{ perms: ['DNS Write'], include: [zone()] }], { ipFilter: { in: [], notIn: ['192.0.2.1/32'] } }), 'add an "Is in" list to its IP filter'],
  ])('fix: %s', (_, m, text) => {
    expect(run(criticalPermission, 'critical-permission', m)[0].fix).toContain(text);
  });

  it('suggests the Read variant when there is one', () => {
    const [f] = run(criticalPermission, 'critical-permission', model([{ perms: ['DNS Write'] }]));
    expect(f.fix).toContain('DNS Read');
  });
});
