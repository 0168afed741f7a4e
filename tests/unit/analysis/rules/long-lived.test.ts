import { describe, expect, it } from 'vitest';
import { longLived } from '../../../../lib/analysis/rules/long-lived';
import { NOW, brief, model, run } from '../helpers';

const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();
const zoneRead = [{ perms: ['Zone Read'] }];

describe('long-lived', () => {
  it.each([
    ['a year ahead: low', model(zoneRead, { ttl: { expiresOn: days(365) } }), {}, 'low'],
    ['91 days with the default 90', model(zoneRead, { ttl: { expiresOn: days(91) } }), {}, 'low'],
    ['a year ahead with a critical permission: medium', model([{ perms: ['DNS Write'] }], { ttl: { expiresOn: days(365) } }), {}, 'medium'],
    ['31 days with a 30-day limit', model(zoneRead, { ttl: { expiresOn: days(31) } }), { maxLifetimeDays: 30 }, 'low'],
  ])('fires: %s', (_, m, options, severity) => {
    expect(brief(run(longLived, 'long-lived', m, options))).toEqual([[severity, 'ttl']]);
  });

  it.each([
    ['dates not known', model(zoneRead), {}],
    ['no end date (no-expiry speaks)', model(zoneRead, { ttl: {} }), {}],
    ['exactly 90 days', model(zoneRead, { ttl: { expiresOn: days(90) } }), {}],
    ['30 days', model(zoneRead, { ttl: { expiresOn: days(30) } }), {}],
    ['already expired', model(zoneRead, { ttl: { expiresOn: days(-10) } }), {}],
    ['a year with a 400-day limit', model(zoneRead, { ttl: { expiresOn: days(365) } }), { maxLifetimeDays: 400 }],
    ['an unreadable date', model(zoneRead, { ttl: { expiresOn: 'soon' } }), {}],
  ])('stays quiet: %s', (_, m, options) => {
    expect(run(longLived, 'long-lived', m, options)).toEqual([]);
  });

  it('says how many days are left', () => {
    expect(run(longLived, 'long-lived', model(zoneRead, { ttl: { expiresOn: days(200) } }))[0].title).toContain('200');
  });
});
