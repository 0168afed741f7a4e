import { describe, expect, it } from 'vitest';
import { accountTokenIncompatible } from '../../../../lib/analysis/rules/account-token-incompatible';
import { brief, model, run } from '../helpers';

const acct = [{ type: 'account' as const, id: 'a1' }];
const owned = (perms: string[]) => model([{ perms, include: acct }], { owner: 'account' });

describe('account-token-incompatible', () => {
  it.each([
    ['a user group (Memberships Read): medium', owned(['Memberships Read']), [['medium', 'r0-0']]],
    ['API Tokens Edit: medium', owned(['API Tokens Write']), [['medium', 'r0-0']]],
    ['Magic WAN Edit: low', owned(['Magic WAN Write']), [['low', 'r0-0']]],
    ['Turnstile, by its dashboard label', owned(['Turnstile Edit']), [['low', 'r0-0']]],
    ['Registrar Domains Read', owned(['Registrar Domains Read']), [['low', 'r0-0']]],
    ['Workers Observability Read', owned(['Workers Observability Read']), [['low', 'r0-0']]],
    ['only the incompatible ones', owned(['Workers Scripts Write', 'Pubsub Configuration Read']), [['low', 'r0-1']]],
  ])('fires: %s', (_, m, expected) => {
    expect(brief(run(accountTokenIncompatible, 'account-token-incompatible', m))).toEqual(expected);
  });

  it.each([
    ['a user token with user groups', model([{ perms: ['Memberships Read', 'Magic WAN Write'], include: acct }], { owner: 'user' })],
    ['owner not known', model([{ perms: ['Memberships Read'], include: acct }])],
    ['supported products', owned(['Workers Scripts Write', 'DNS Write', 'Workers KV Storage Write'])],
    ['Magic Network Monitoring (deep-link key "fbm") is not Super Bot Fight Mode', owned(['Magic Network Monitoring Write'])],
  ])('stays quiet: %s', (_, m) => {
    expect(run(accountTokenIncompatible, 'account-token-incompatible', m)).toEqual([]);
  });
});
