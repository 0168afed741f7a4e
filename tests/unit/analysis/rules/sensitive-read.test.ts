import { describe, expect, it } from 'vitest';
import { sensitiveRead } from '../../../../lib/analysis/rules/sensitive-read';
import { brief, model, run } from '../helpers';

const acct = [{ type: 'account' as const, id: 'a1' }];

describe('sensitive-read', () => {
  it.each([
    ['logs on a medium-risk group: low', model([{ perms: ['Logs Read'] }]), [['low', 'r0-0']]],
    ['secrets: medium', model([{ perms: ['Secrets Store Read'], include: acct }]), [['medium', 'r0-0']]],
    ['personal data on a high-risk group: high', model([{ perms: ['Zero Trust: PII Read'], include: acct }]), [['high', 'r0-0']]],
    ['security configuration: low', model([{ perms: ['Firewall Services Read'] }]), [['low', 'r0-0']]],
    ['two groups, plain reads ignored', model([{ perms: ['Zone Read', 'Logs Read', 'Firewall Services Read'] }]), [['low', 'r0-1'], ['low', 'r0-2']]],
  ])('fires: %s', (_, m, expected) => {
    expect(brief(run(sensitiveRead, 'sensitive-read', m))).toEqual(expected);
  });

  it.each([
    ['plain reads', model([{ perms: ['Zone Read', 'DNS Read'] }])],
    ['write groups', model([{ perms: ['DNS Write'] }])],
    ['denied', model([{ perms: ['Logs Read'], effect: 'deny' }])],
    ['unknown groups', model([{ perms: ['Mystery Logs Read'] }])],
  ])('stays quiet: %s', (_, m) => {
    expect(run(sensitiveRead, 'sensitive-read', m)).toEqual([]);
  });
});
