import { describe, expect, it } from 'vitest';
import { noIpFilter } from '../../../../lib/analysis/rules/no-ip-filter';
import { brief, model, run } from '../helpers';

const none = { in: [], notIn: [] };

describe('no-ip-filter', () => {
  it.each([
    ['critical permission: high', model([{ perms: ['DNS Write'] }], { ipFilter: none }), 'high'],
    ['can change things: medium', model([{ perms: ['Zone Settings Write'] }], { ipFilter: none }), 'medium'],
    ['read-only: low', model([{ perms: ['Zone Read'] }], { ipFilter: none }), 'low'],
    ['only "is not in" rules', model([{ perms: ['Zone Read'] }], { ipFilter: { in: [], notIn: ['192.0.2.1'] } }), 'low'],
    ['"is in" 0.0.0.0/0', model([{ perms: ['DNS Write'] }], { ipFilter: { in: ['0.0.0.0/0'], notIn: [] } }), 'high'],
  ])('fires: %s', (_, m, severity) => {
    expect(brief(run(noIpFilter, 'no-ip-filter', m))).toEqual([[severity, 'ip-filter']]);
  });

  it.each([
    ['filter not known from the source', model([{ perms: ['DNS Write'] }])],
    ['an "is in" list', model([{ perms: ['DNS Write'] }], { ipFilter: { in: ['192.0.2.0/24'], notIn: [] } })],
    ['IPv6 range', model([{ perms: ['DNS Write'] }], { ipFilter: { in: ['2001:db8::/48'], notIn: [] } })],
    ['no permissions', model([], { ipFilter: none })],
  ])('stays quiet: %s', (_, m) => {
    expect(run(noIpFilter, 'no-ip-filter', m)).toEqual([]);
  });

  it('an "Is not in" list alone is said to leave every other address open', () => {
    const [f] = run(noIpFilter, 'no-ip-filter', model([{ perms: ['DNS Write'] }], { ipFilter: { in: [], notIn: ['192.0.2.1/32'] } }));
    expect(f.why).toMatch(/only says where it may not be used/);
  });
});
