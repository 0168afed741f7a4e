import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../../lib/analysis/types';
import { DEFAULT_DISPLAY, normalizeDisplay } from '../../../lib/settings/display';
import { DEFAULT_SETTINGS, readChanges, readSettings, toStored } from '../../../lib/settings/settings';

const good = { strictness: 'strict', maxLifetimeDays: 30, broadTokenGroups: 5, disabledRules: ['no-ip-filter'], unusedDays: 60, neverUsedDays: 14 };

describe('readSettings', () => {
  it.each([
    ['nothing stored', {}],
    ['undefined', undefined],
    ['null', null],
    ['a string', 'options'],
    ['options is a number', { options: 42, display: 7 }],
    ['options is an array', { options: [1, 2], display: ['expanded'] }],
    ['display is null', { display: null }],
  ])('falls back to the defaults when %s', (_name, stored) => {
    expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps good stored values', () => {
    expect(readSettings({ options: good, display: { notes: 'expanded' } })).toEqual({ options: good, display: { notes: 'expanded' } });
  });

  it.each([
    ['strictness', { strictness: 'paranoid' }, { strictness: 'balanced' }],
    ['lifetime as text', { maxLifetimeDays: '30' }, { maxLifetimeDays: 90 }],
    ['lifetime zero', { maxLifetimeDays: 0 }, { maxLifetimeDays: 90 }],
    ['lifetime too long', { maxLifetimeDays: 100000 }, { maxLifetimeDays: 90 }],
    ['lifetime fractional', { maxLifetimeDays: 12.5 }, { maxLifetimeDays: 90 }],
    ['rules not a list', { disabledRules: 'no-ip-filter' }, { disabledRules: [] }],
    ['rules with junk', { disabledRules: ['no-ip-filter', 3, null, '', 'no-ip-filter'] }, { disabledRules: ['no-ip-filter'] }],
    ['unused days negative', { unusedDays: -1 }, { unusedDays: 90 }],
    ['never-used days as text', { neverUsedDays: '14' }, { neverUsedDays: 30 }],
  ])('one bad field (%s) falls back alone, the others stay', (_name, bad, expected) => {
    expect(readSettings({ options: { ...good, ...bad } }).options).toEqual({ ...good, ...expected });
  });
});

describe('normalizeDisplay', () => {
  it.each([
    [{ notes: 'expanded' }, 'expanded'],
    [{ notes: 'compact' }, 'compact'],
    [{ notes: 'EXPANDED' }, 'compact'],
    [{ notes: true }, 'compact'],
    [{}, 'compact'],
    [null, 'compact'],
    ['expanded', 'compact'],
  ])('%j → %s', (raw, notes) => {
    expect(normalizeDisplay(raw)).toEqual({ notes });
  });
});

describe('toStored and readChanges', () => {
  it('writes only the parts given, normalized', () => {
    expect(toStored({ display: { notes: 'expanded' } })).toEqual({ display: { notes: 'expanded' } });
    const bad = { ...DEFAULT_OPTIONS, maxLifetimeDays: -1 } as typeof DEFAULT_OPTIONS;
    expect(toStored({ options: bad })).toEqual({ options: DEFAULT_OPTIONS });
  });

  it.each([
    ['options', { options: { newValue: good } }, { options: good }],
    ['display', { display: { newValue: { notes: 'expanded' } } }, { display: { notes: 'expanded' } }],
    ['options removed', { options: { oldValue: good } }, { options: DEFAULT_OPTIONS }],
    ['broken display', { display: { newValue: 5 } }, { display: DEFAULT_DISPLAY }],
    ['another key', { somethingElse: { newValue: 1 } }, null],
  ])('%s', (_name, changes, expected) => {
    expect(readChanges(changes)).toEqual(expected);
  });
});
