import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, normalizeOptions } from '../../../lib/analysis/options';

describe('normalizeOptions', () => {
  it.each([
    ['undefined', undefined, DEFAULT_OPTIONS],
    ['null', null, DEFAULT_OPTIONS],
    ['text', 'strict', DEFAULT_OPTIONS],
    ['an array', ['strict'], DEFAULT_OPTIONS],
    ['an empty object', {}, DEFAULT_OPTIONS],
    ['a full valid object', { strictness: 'strict', maxLifetimeDays: 30, broadTokenGroups: 5, disabledRules: ['no-expiry'], unusedDays: 60, neverUsedDays: 14 },
      { strictness: 'strict', maxLifetimeDays: 30, broadTokenGroups: 5, disabledRules: ['no-expiry'], unusedDays: 60, neverUsedDays: 14 }],
    ['an object stored before the unused-token days existed', { strictness: 'strict', maxLifetimeDays: 30, broadTokenGroups: 5, disabledRules: [] },
      { strictness: 'strict', maxLifetimeDays: 30, broadTokenGroups: 5, disabledRules: [], unusedDays: 90, neverUsedDays: 30 }],
    ['unused days 1 and 3650, the bounds', { unusedDays: 1, neverUsedDays: 3650 }, { ...DEFAULT_OPTIONS, unusedDays: 1, neverUsedDays: 3650 }],
    ['unused days 0 and 3651, out of bounds', { unusedDays: 0, neverUsedDays: 3651 }, DEFAULT_OPTIONS],
    ['unused days as text or fractional', { unusedDays: '60', neverUsedDays: 7.5 }, DEFAULT_OPTIONS],
    ['one bad field keeps the others', { strictness: 'paranoid', maxLifetimeDays: 30 }, { ...DEFAULT_OPTIONS, maxLifetimeDays: 30 }],
    ['days as text', { maxLifetimeDays: '30' }, DEFAULT_OPTIONS],
    ['days zero', { maxLifetimeDays: 0 }, DEFAULT_OPTIONS],
    ['days fractional', { maxLifetimeDays: 7.5 }, DEFAULT_OPTIONS],
    ['days NaN', { maxLifetimeDays: Number.NaN }, DEFAULT_OPTIONS],
    ['days 1, the lower bound', { maxLifetimeDays: 1 }, { ...DEFAULT_OPTIONS, maxLifetimeDays: 1 }],
    ['days 3650, the upper bound', { maxLifetimeDays: 3650 }, { ...DEFAULT_OPTIONS, maxLifetimeDays: 3650 }],
    ['days 3651, one over', { maxLifetimeDays: 3651 }, DEFAULT_OPTIONS],
    ['days 36500', { maxLifetimeDays: 36500 }, DEFAULT_OPTIONS],
    ['days huge', { maxLifetimeDays: 1e9 }, DEFAULT_OPTIONS],
    ['groups negative', { broadTokenGroups: -1 }, DEFAULT_OPTIONS],
    ['disabled rules not a list', { disabledRules: 'no-expiry' }, DEFAULT_OPTIONS],
    ['disabled rules cleaned', { disabledRules: ['no-expiry', 3, '', ' no-expiry ', 'long-lived'] },
      { ...DEFAULT_OPTIONS, disabledRules: ['no-expiry', 'long-lived'] }],
  ])('%s', (_, raw, expected) => {
    expect(normalizeOptions(raw)).toEqual(expected);
  });

  it('never hands out the shared default list', () => {
    normalizeOptions(undefined).disabledRules.push('x');
    expect(DEFAULT_OPTIONS.disabledRules).toEqual([]);
  });
});
