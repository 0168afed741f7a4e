import { describe, expect, it } from 'vitest';
import { describeDate, retryAfterSeconds } from '../../../lib/token/verdict-dates';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('describeDate', () => {
  it.each([
    ['2026-03-13T12:00:00Z', '13 Mar 2026', 'in 12 days', 12],
    ['2026-03-02T12:00:00Z', '2 Mar 2026', 'in 1 day', 1],
    ['2026-03-01T18:00:00Z', '1 Mar 2026', 'in less than a day', 0],
    ['2026-03-01T06:00:00Z', '1 Mar 2026', 'less than a day ago', 0],
    ['2026-02-27T12:00:00Z', '27 Feb 2026', '2 days ago', -2],
    ['2027-01-01T00:00:00Z', '1 Jan 2027', 'in 305 days', 305],
    ['2018-07-01T05:20:00Z', '1 Jul 2018', '2800 days ago', -2800],
  ])('%s', (iso, date, relative, days) => {
    expect(describeDate(iso, NOW)).toEqual({ iso, date, relative, days });
  });

  it.each(['', 'soon', '2026-13-45'])('refuses %j', (text) => expect(describeDate(text, NOW)).toBeNull());
});

describe('retryAfterSeconds', () => {
  it.each<[string | null, number | null]>([
    ['30', 30],
    [' 300 ', 300],
    ['0', 0],
    ['Sun, 01 Mar 2026 12:01:30 GMT', 90],
    ['Sun, 01 Mar 2026 11:00:00 GMT', 0],
    ['soon', null],
    [null, null],
  ])('%j -> %j', (header, seconds) => expect(retryAfterSeconds(header, NOW)).toBe(seconds));
});
