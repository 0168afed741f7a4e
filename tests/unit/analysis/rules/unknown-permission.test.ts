import { describe, expect, it } from 'vitest';
import { unknownPermission } from '../../../../lib/analysis/rules/unknown-permission';
import { brief, model, run } from '../helpers';

describe('unknown-permission', () => {
  it.each([
    // Medium when the name says it may change things (as the note's generic risk does).
    ['an unknown Edit name', model([{ perms: ['Quantum Widgets Edit'] }]), [['medium', 'r0-0']]],
    ['an unknown Read name', model([{ perms: ['Quantum Widgets Read'] }]), [['info', 'r0-0']]],
    ['an unknown ID (its level unknown too)', model([{ perms: ['ffffffffffffffffffffffffffffffff'] }]), [['medium', 'r0-0']]],
    ['also in deny policies, where it takes away only', model([{ perms: ['zone_dns Edit'], effect: 'deny' }]), [['info', 'r0-0']]],
    ['each unknown row', model([{ perms: ['DNS Read', 'Foo Read', 'Bar Edit'] }]), [['info', 'r0-1'], ['medium', 'r0-2']]],
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
