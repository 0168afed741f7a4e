import { describe, expect, it } from 'vitest';
import { ipFilterFrom, parseShownDate, ttlFrom } from '../../../lib/dashboard/read-restrictions';

describe('parseShownDate', () => {
  it.each<[string, string | undefined]>([
    ['12/31/2026', '2026-12-31T00:00:00Z'],
    ['1/5/2027', '2027-01-05T00:00:00Z'],
    ['2026-12-31', '2026-12-31T00:00:00Z'],
    ['2026-12-31T15:00:00Z', '2026-12-31T00:00:00Z'],
    ['Dec 31, 2026', '2026-12-31T00:00:00Z'],
    ['December 31 2026', '2026-12-31T00:00:00Z'],
    ['31 Dec 2026', '2026-12-31T00:00:00Z'],
    ['02/30/2026', undefined],
    ['13/01/2026', undefined],
    ['Foo 3, 2026', undefined],
    ['tomorrow', undefined],
    ['', undefined],
  ])('%j', (text, iso) => expect(parseShownDate(text)).toBe(iso));
});

describe('ttlFrom', () => {
  it.each<[string, { name: string; value: string }[], object | undefined]>([
    ['no dates', [{ name: 'Start Date', value: '' }, { name: 'End Date', value: '' }], {}],
    ['end only', [{ name: 'Start Date', value: '' }, { name: 'End Date', value: '12/31/2026' }], { expiresOn: '2026-12-31T00:00:00Z' }],
    ['both', [{ name: 'Start Date', value: '01/15/2026' }, { name: 'End Date', value: '12/31/2026' }], { notBefore: '2026-01-15T00:00:00Z', expiresOn: '2026-12-31T00:00:00Z' }],
    ['one unnamed date is the end', [{ name: 'Expiration date', value: '2026-06-01' }], { expiresOn: '2026-06-01T00:00:00Z' }],
    ['"Never"', [{ name: 'Expiration', value: 'Never' }], {}],
    ['unreadable date → unknown', [{ name: 'End Date', value: '31.12.2026' }], undefined],
    ['no field at all', [], {}],
  ])('%s', (_, dates, ttl) => expect(ttlFrom(dates)).toEqual(ttl));
});

describe('ipFilterFrom', () => {
  it.each<[string, string[][], object]>([
    ['empty row', [['Operator'], ['Value']], { in: [], notIn: [] }],
    ['is in with chips', [['Is in'], ['192.0.2.0/24', '198.51.100.7']], { in: ['192.0.2.0/24', '198.51.100.7'], notIn: [] }],
    ['both operators', [['Is in'], ['192.0.2.0/24'], ['Is not in'], ['192.0.2.13']], { in: ['192.0.2.0/24'], notIn: ['192.0.2.13'] }],
    ['typed list in one input', [['is in'], ['192.0.2.1, 2001:db8::/32  10.0.0.0/8']], { in: ['192.0.2.1', '2001:db8::/32', '10.0.0.0/8'], notIn: [] }],
    ['values before any operator are ignored', [['192.0.2.1'], ['Is in'], ['e.g.']], { in: [], notIn: [] }],
    ['invalid addresses are dropped', [['Is in'], ['999.1.1.1', '192.0.2.0/33', 'example.com', '192.0.2.9']], { in: ['192.0.2.9'], notIn: [] }],
  ])('%s', (_, values, filter) => expect(ipFilterFrom(values)).toEqual(filter));
});
