import { describe, expect, it } from 'vitest';
import { noExpiry } from '../../../../lib/analysis/rules/no-expiry';
import { brief, model, run } from '../helpers';

const edit = [{ perms: ['DNS Write'] }];
const read = [{ perms: ['DNS Read'] }];

describe('no-expiry', () => {
  it.each([
    ['no dates, can change things: medium', model(edit, { ttl: {} }), 'medium'],
    ['only a start date', model(edit, { ttl: { notBefore: '2026-01-01T00:00:00Z' } }), 'medium'],
    ['no dates, read-only: low', model(read, { ttl: {} }), 'low'],
  ])('fires: %s', (_, m, severity) => {
    expect(brief(run(noExpiry, 'no-expiry', m))).toEqual([[severity, 'ttl']]);
  });

  it.each([
    ['dates not known from the source', model(edit)],
    ['an end date is set', model(edit, { ttl: { expiresOn: '2026-07-01T00:00:00Z' } })],
    ['no permissions yet', model([], { ttl: {} })],
    ['only deny policies', model([{ perms: ['DNS Write'], effect: 'deny' }], { ttl: {} })],
  ])('stays quiet: %s', (_, m) => {
    expect(run(noExpiry, 'no-expiry', m)).toEqual([]);
  });
});
