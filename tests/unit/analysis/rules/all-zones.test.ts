import { describe, expect, it } from 'vitest';
import { allZones } from '../../../../lib/analysis/rules/all-zones';
import { ACCOUNTS_ALL, ZONES_ALL, accountZones, brief, model, run, zone } from '../helpers';

describe('all-zones', () => {
  it.each([
    ['Edit on all zones: high', model([{ perms: ['DNS Write'], include: [ZONES_ALL] }]), 'high'],
    ['read-only on all zones: medium', model([{ perms: ['DNS Read', 'Zone Read'], include: [ZONES_ALL] }]), 'medium'],
    ['all zones of all accounts (nested "*")', model([{ perms: ['Zone Read'], include: [accountZones('*')] }]), 'medium'],
    ['Edit on all zones of one account: medium', model([{ perms: ['DNS Write'], include: [accountZones()] }]), 'medium'],
    ['read-only on all zones of one account: low', model([{ perms: ['DNS Read'], include: [accountZones()] }]), 'low'],
    ['worst of several policies wins', model([
      { perms: ['DNS Read'], include: [accountZones()] }, { perms: ['Zone Settings Write'], include: [ZONES_ALL] },
    ]), 'high'],
    ['one zone denied still leaves the rest', model([
      { perms: ['DNS Write'], include: [ZONES_ALL] }, { perms: ['DNS Write'], include: [zone('z9')], effect: 'deny' },
    ]), 'high'],
    ['Purge alone changes things, but only low-risk ones: medium', model([{ perms: ['Cache Purge'], include: [ZONES_ALL] }]), 'medium'],
    ['Purge with a riskier Edit: high', model([{ perms: ['Cache Purge', 'Zone Settings Write'], include: [ZONES_ALL] }]), 'high'],
  ])('fires: %s', (_, m, severity) => {
    expect(brief(run(allZones, 'all-zones', m))).toEqual([[severity, 'zone-resources']]);
  });

  it.each([
    ['specific zones', model([{ perms: ['DNS Write'], include: [zone('z1'), zone('z2')] }])],
    ['all zones but only account groups', model([{ perms: ['Account Settings Read'], include: [ZONES_ALL] }])],
    ['all accounts (its own rule)', model([{ perms: ['Account Settings Read'], include: [ACCOUNTS_ALL] }])],
    ['all zones in a deny policy only', model([{ perms: ['DNS Write'], include: [ZONES_ALL], effect: 'deny' }])],
    ['all zones taken back by a deny on all zones', model([
      { perms: ['DNS Write'], include: [ZONES_ALL] }, { perms: ['DNS Write'], include: [ZONES_ALL], effect: 'deny' },
    ])],
    ['resources not chosen yet', model([{ perms: ['DNS Write'], include: [] }])],
  ])('stays quiet: %s', (_, m) => {
    expect(run(allZones, 'all-zones', m)).toEqual([]);
  });

  it('mentions excluded zones and the account variant', () => {
    const [every] = run(allZones, 'all-zones', model([{ perms: ['DNS Write'], include: [ZONES_ALL], exclude: [zone('z9')] }]));
    expect(every.why).toContain('1 zone excluded');
    const [one] = run(allZones, 'all-zones', model([{ perms: ['DNS Write'], include: [accountZones()] }]));
    expect(one.title).toMatch(/of an account/);
  });
});
