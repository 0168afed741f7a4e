// The analyzer's settings as the options page stores them. Each field is checked on its own,
// so one bad stored value falls back to its default without resetting the others.
// Checked by hand, not with zod: this runs in the content script (size budget).
import { DEFAULT_OPTIONS, type AnalyzerOptions } from './types';
import { UNUSED_DAYS } from './rules/unused-token';

export { DEFAULT_OPTIONS };

const intIn = (min: number, max: number) => (v: unknown) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const FIELDS: Record<'strictness' | 'maxLifetimeDays' | 'broadTokenGroups' | 'unusedDays' | 'neverUsedDays', (v: unknown) => boolean> = {
  strictness: (v) => v === 'strict' || v === 'balanced' || v === 'relaxed',
  maxLifetimeDays: intIn(1, 3650),
  broadTokenGroups: intIn(1, 1000),
  unusedDays: intIn(UNUSED_DAYS.min, UNUSED_DAYS.max),
  neverUsedDays: intIn(UNUSED_DAYS.min, UNUSED_DAYS.max),
};

export function normalizeOptions(raw: unknown): AnalyzerOptions {
  const o = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const pick = <K extends keyof typeof FIELDS>(key: K): AnalyzerOptions[K] => {
    return (FIELDS[key](o[key]) ? o[key] : DEFAULT_OPTIONS[key]) as AnalyzerOptions[K];
  };
  const disabled = Array.isArray(o.disabledRules)
    ? [...new Set(o.disabledRules.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim()))]
    : [...DEFAULT_OPTIONS.disabledRules];
  return {
    strictness: pick('strictness'),
    maxLifetimeDays: pick('maxLifetimeDays'),
    broadTokenGroups: pick('broadTokenGroups'),
    disabledRules: disabled,
    unusedDays: pick('unusedDays'),
    neverUsedDays: pick('neverUsedDays'),
  };
}
