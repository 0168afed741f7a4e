import { describe, expect, it } from 'vitest';
import { unknownPermission } from '../../../../lib/analysis/rules/unknown-permission';
import { brief, model, run } from '../helpers';

describe('unknown-permission', () => {
  it.each([
    ['an unknown name', model([{ perms: ['Quantum Widgets Edit'] }]), [['info', 'r0-0']]],
    ['an unknown ID', model([{ perms: ['ffffffffffffffffffffffffffffffff'] }]), [['info', 'r0-0']]],
    ['also in deny policies', model([{ perms: ['zone_dns Edit'], effect: 'deny' }]), [['info', 'r0-0']]],
    ['each unknown row', model([{ perms: ['DNS Read', 'Foo Read', 'Bar Edit'] }]), [['info', 'r0-1'], ['info', 'r0-2']]],
  ])('fires: %s', (_, m, expected) => {
    expect(brief(run(unknownPermission, 'unknown-permission', m))).toEqual(expected);
  });

  it.each([
    ['known names', model([{ perms: ['DNS Read', 'Zone Settings Edit', 'Account API Tokens Write'] }])],
    ['known IDs', model([{ perms: ['4755a26eedb94da69e1066d98aa820be'] }])],
    ['no permissions', model([])],
  ])('stays quiet: %s', (_, m) => {
    expect(run(unknownPermission, 'unknown-permission', m)).toEqual([]);
  });

  it('quotes the name it did not know', () => {
    expect(run(unknownPermission, 'unknown-permission', model([{ perms: ['Quantum Widgets Edit'] }]))[0].title).toContain('Quantum Widgets Edit');
  });
});
