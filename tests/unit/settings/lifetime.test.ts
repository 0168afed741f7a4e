import { describe, expect, it } from 'vitest';
import { parseLifetime } from '../../../lib/settings/lifetime';

describe('parseLifetime', () => {
  it.each([
    ['90', 90],
    [' 30 ', 30],
    ['1', 1],
    ['3650', 3650],
    ['007', 7],
  ])('accepts %j as %i days', (text, days) => {
    expect(parseLifetime(text)).toEqual({ ok: true, days });
  });

  it.each([
    ['', /Enter a number of days, from 1 to 3650/],
    ['   ', /Enter a number/],
    ['abc', /whole days/],
    ['12.5', /whole days/],
    ['-3', /whole days/],
    ['1e3', /whole days/],
    ['90 days', /whole days/],
    ['0', /from 1 to 3650 days/],
    ['3651', /from 1 to 3650 days/],
    ['99999999999999999999', /from 1 to 3650 days/],
  ])('rejects %j with a message saying what to type', (text, message) => {
    const r = parseLifetime(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
