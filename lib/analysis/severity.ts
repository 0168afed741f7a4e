// Ordering helpers for severities (most severe first).
import type { Severity } from './types';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export const rankOf = (s: Severity): number => SEVERITIES.indexOf(s);

/** One step less severe (never below `low` or past `info`'s place). */
export function lower(s: Severity): Severity {
  return s === 'critical' ? 'high' : s === 'high' ? 'medium' : s === 'medium' ? 'low' : s;
}

export function worst(list: Severity[]): Severity | undefined {
  return list.reduce<Severity | undefined>((a, s) => (a === undefined || rankOf(s) < rankOf(a) ? s : a), undefined);
}
