import { describe, expect, it } from 'vitest';
import { ipFilterOf, parseShownDate, ttlOf } from '../../../lib/dashboard/read-restrictions';
import type { Piece } from '../../../lib/dashboard/section-values';

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

const field = (name: string, text: string): Piece => ({ text, field: name });
const text = (...texts: string[]): Piece[] => texts.map((t) => ({ text: t }));
const NOW = new Date('2026-12-05T12:00:00Z');

describe('ttlOf', () => {
  it.each<[string, Piece[], object | undefined]>([
    ['two empty date fields: no dates', [...text('Start Date'), field('Start Date', ''), ...text('End Date'), field('End Date', '')], {}],
    ['end only', [field('Start Date', ''), field('End Date', '12/31/2026')], { expiresOn: '2026-12-31T00:00:00Z' }],
    ['both', [field('Start Date', '01/15/2026'), field('End Date', '12/31/2026')], { notBefore: '2026-01-15T00:00:00Z', expiresOn: '2026-12-31T00:00:00Z' }],
    ['one unnamed date is the end', [field('Expiration date', '2026-06-01')], { expiresOn: '2026-06-01T00:00:00Z' }],
    ['"Never" chosen', text('Token expiration', 'Never'), {}],
    // Kumo's DatePicker shows the date as the text of its button: no field holds it.
    ['a date picker button', text('Token expiration', 'Custom date', 'Dec 20, 2026'), { expiresOn: '2026-12-20T00:00:00Z' }],
    ['a labelled start date button', text('Start date', 'Dec 10, 2026', 'End date', 'Dec 20, 2026'), { notBefore: '2026-12-10T00:00:00Z', expiresOn: '2026-12-20T00:00:00Z' }],
    ['a range in one button', text('TTL', 'Dec 10, 2026 → Dec 20, 2026'), { notBefore: '2026-12-10T00:00:00Z', expiresOn: '2026-12-20T00:00:00Z' }],
    ['a date picker with its placeholder: no dates', text('TTL', 'Pick a date'), {}],
    ['a range picker with its placeholders: no dates', text('TTL', 'Start Date → End Date'), {}],
    ['a label alone is not a placeholder', text('TTL', 'End Date'), undefined],
    ['a relative choice', text('Token expiration', '30 days'), { expiresOn: '2027-01-04T12:00:00Z' }],
    // Unread, never "no end date":
    ['a date we cannot parse', [field('End Date', '31.12.2026')], undefined],
    ['a date shown in a form we cannot parse', text('Ablaufdatum', '20. Dez. 2026'), undefined],
    ['nothing we recognise', text('TTL', 'Define how long this token is valid'), undefined],
    ['no control at all', [], undefined],
  ])('%s', (_, pieces, ttl) => expect(ttlOf(pieces, NOW)).toEqual(ttl));
});

describe('ipFilterOf', () => {
  it.each<[string, Piece[], object | undefined]>([
    ['an operator placeholder and an empty field: no filter', [...text('Operator'), field('Value', '')], { in: [], notIn: [] }],
    ['Is in, two addresses typed', [...text('Is in'), field('Value', '192.0.2.0/24, 198.51.100.7')], { in: ['192.0.2.0/24', '198.51.100.7'], notIn: [] }],
    // Kumo's TagInput: the addresses are chips (text), the field beside them is empty.
    ['Is in with chips and an empty field', [...text('Is in', '192.0.2.0/24', '198.51.100.7'), field('Add address', '')], { in: ['192.0.2.0/24', '198.51.100.7'], notIn: [] }],
    ['both operators', text('Is in', '192.0.2.0/24', 'Is not in', '192.0.2.13'), { in: ['192.0.2.0/24'], notIn: ['192.0.2.13'] }],
    ['typed list in one field', [...text('is in'), field('', '192.0.2.1, 2001:db8::/32  10.0.0.0/8')], { in: ['192.0.2.1', '2001:db8::/32', '10.0.0.0/8'], notIn: [] }],
    ['chips without any operator are allowed addresses', [...text('192.0.2.0/24'), field('', '')], { in: ['192.0.2.0/24'], notIn: [] }],
    ['addresses before the first operator are passed over', text('192.0.2.1', 'Is in', 'e.g. 198.51.100.0/24'), { in: [], notIn: [] }],
    ['invalid addresses are dropped', text('Is in', '999.1.1.1', '192.0.2.0/33', 'example.com', '192.0.2.9'), { in: ['192.0.2.9'], notIn: [] }],
    // Unread, never "works from any IP address":
    ['nothing we recognise', text('Client IP Address Filtering help'), undefined],
    ['no control at all', [], undefined],
  ])('%s', (_, pieces, filter) => expect(ipFilterOf(pieces)).toEqual(filter));
});
