import { describe, expect, it } from 'vitest';
import { allAccounts } from '../../../../lib/analysis/rules/all-accounts';
import { ACCOUNTS_ALL, ZONES_ALL, account, accountZones, brief, model, run } from '../helpers';

describe('all-accounts', () => {
  it.each([
    ['Edit on all accounts: high', model([{ perms: ['Workers KV Storage Write'], include: [ACCOUNTS_ALL] }]), 'high'],
    ['read-only on all accounts: medium', model([{ perms: ['Account Settings Read'], include: [ACCOUNTS_ALL] }]), 'medium'],
    ['Edit in a second policy decides', model([
      { perms: ['Account Settings Read'], include: [ACCOUNTS_ALL] }, { perms: ['Workers Scripts Write'], include: [ACCOUNTS_ALL] },
    ]), 'high'],
  ])('fires: %s', (_, m, severity) => {
    expect(brief(run(allAccounts, 'all-accounts', m))).toEqual([[severity, 'account-resources']]);
  });

  it.each([
    ['one account', model([{ perms: ['Workers Scripts Write'], include: [account()] }])],
    ['all zones (its own rule)', model([{ perms: ['DNS Write'], include: [ZONES_ALL, accountZones('*')] }])],
    ['all accounts only denied', model([{ perms: ['Workers Scripts Write'], include: [ACCOUNTS_ALL], effect: 'deny' }])],
    ['allowed then denied on all accounts', model([
      { perms: ['Billing Read'], include: [ACCOUNTS_ALL] }, { perms: ['Billing Read'], include: [ACCOUNTS_ALL], effect: 'deny' },
    ])],
    ['only user groups', model([{ perms: ['Memberships Read'], include: [ACCOUNTS_ALL] }])],
  ])('stays quiet: %s', (_, m) => {
    expect(run(allAccounts, 'all-accounts', m)).toEqual([]);
  });
});
