import { describe, expect, it } from 'vitest';
import { writeAccess } from '../../../../lib/analysis/rules/write-access';
import { brief, model, run } from '../helpers';

describe('write-access', () => {
  it.each([
    ['high-risk Edit: high', model([{ perms: ['Zone Settings Write'] }]), [['high', 'r0-0']]],
    ['medium-risk Edit: medium', model([{ perms: ['Workers KV Storage Write'], include: [{ type: 'account', id: 'a' }] }]), [['medium', 'r0-0']]],
    ['low-risk Edit: low', model([{ perms: ['Trust and Safety Write'], include: [{ type: 'account', id: 'a' }] }]), [['low', 'r0-0']]],
    ['dashboard wording', model([{ perms: ['Zone Settings Edit'] }]), [['high', 'r0-0']]],
    ['Read of another group does not count', model([{ perms: ['Zone Settings Write', 'DNS Read'] }]), [['high', 'r0-0']]],
  ])('fires: %s', (_, m, expected) => {
    expect(brief(run(writeAccess, 'write-access', m))).toEqual(expected);
  });

  it.each([
    ['read only', model([{ perms: ['Zone Settings Read', 'DNS Read'] }])],
    ['critical groups are left to critical-permission', model([{ perms: ['DNS Write', 'Workers Scripts Write'] }])],
    ['Read of the same group is held (redundant-permission speaks)', model([{ perms: ['Zone Settings Write', 'Zone Settings Read'] }])],
    ['no Read variant exists (Cache Purge)', model([{ perms: ['Cache Purge'] }])],
    ['unknown group', model([{ perms: ['Quantum Widgets Edit'] }])],
    ['deny policy', model([{ perms: ['Zone Settings Write'], effect: 'deny' }])],
    ['its Read is riskier (Revoke, low; Read, medium): switching would not help', model([{ perms: ['Access: Apps and Policies Revoke'] }])],
  ])('stays quiet: %s', (_, m) => {
    expect(run(writeAccess, 'write-access', m)).toEqual([]);
  });

  it('names the Read group to choose instead', () => {
    expect(run(writeAccess, 'write-access', model([{ perms: ['Zone Settings Write'] }]))[0].fix).toContain('Zone Settings Read');
  });
});
