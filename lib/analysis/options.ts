// The analyzer's settings as the options page stores them. Each field is checked on its own,
// so one bad stored value falls back to its default without resetting the others.
import { z } from '../zod';
import { DEFAULT_OPTIONS, type AnalyzerOptions } from './types';

export { DEFAULT_OPTIONS };

const FIELDS = {
  strictness: z.enum(['strict', 'balanced', 'relaxed']),
  maxLifetimeDays: z.int().check(z.gte(1), z.lte(3650)),
  broadTokenGroups: z.int().check(z.gte(1), z.lte(1000)),
};

export function normalizeOptions(raw: unknown): AnalyzerOptions {
  const o = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const pick = <K extends keyof typeof FIELDS>(key: K): AnalyzerOptions[K] => {
    const r = FIELDS[key].safeParse(o[key]);
    return (r.success ? r.data : DEFAULT_OPTIONS[key]) as AnalyzerOptions[K];
  };
  const disabled = Array.isArray(o.disabledRules)
    ? [...new Set(o.disabledRules.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim()))]
    : [...DEFAULT_OPTIONS.disabledRules];
  return {
    strictness: pick('strictness'),
    maxLifetimeDays: pick('maxLifetimeDays'),
    broadTokenGroups: pick('broadTokenGroups'),
    disabledRules: disabled,
  };
}
