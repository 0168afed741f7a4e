import { describe, expect, it } from 'vitest';
import { redundantPermission } from '../../../../lib/analysis/rules/redundant-permission';
import { brief, model, run, zone } from '../helpers';

describe('redundant-permission', () => {
  it.each([
    ['Read and Edit in one policy', model([{ perms: ['DNS Read', 'DNS Write'] }]), [['low', 'r0-0']]],
    ['Edit first, dashboard wording', model([{ perms: ['Zone Settings Edit', 'Zone Settings Read'] }]), [['low', 'r0-1']]],
    ['two policies on the same zones', model([{ perms: ['DNS Write'] }, { perms: ['DNS Read'] }]), [['low', 'r1-0']]],
    ['two pairs', model([{ perms: ['DNS Read', 'DNS Write', 'Zone Settings Read', 'Zone Settings Write'] }]), [['low', 'r0-0'], ['low', 'r0-2']]],
  ])('fires: %s', (_, m, expected) => {
    expect(brief(run(redundantPermission, 'redundant-permission', m))).toEqual(expected);
  });

  it.each([
    ['Edit alone', model([{ perms: ['DNS Write'] }])],
    ['Read and Edit of different groups', model([{ perms: ['DNS Read', 'Zone Settings Write'] }])],
    ['Read and Edit on different zones', model([{ perms: ['DNS Write'], include: [zone('z1')] }, { perms: ['DNS Read'], include: [zone('z2')] }])],
    ['the Read is in a deny policy', model([{ perms: ['DNS Write'] }, { perms: ['DNS Read'], effect: 'deny' }])],
  ])('stays quiet: %s', (_, m) => {
    expect(run(redundantPermission, 'redundant-permission', m)).toEqual([]);
  });
});
