// The one severity scale: its order (most severe first), rank and comparison, the most severe of
// a list, one step down. Everything that orders findings, risks or --fail-on levels uses this.
// Convention: a lower rank is more severe (critical 0 … info 4).

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;

export type Severity = (typeof SEVERITIES)[number];

/** 0 for critical … 4 for info; lower is more severe. */
export const rankOf = (s: Severity): number => SEVERITIES.indexOf(s);

/** For sort(): most severe first (a stable sort keeps the order among equals). */
export const compareSeverity = (a: Severity, b: Severity): number => rankOf(a) - rankOf(b);

/** Whether `a` is strictly more severe than `b`. */
export const moreSevere = (a: Severity, b: Severity): boolean => rankOf(a) < rankOf(b);

/** Whether `s` is as severe as `floor` or more. */
export const atLeast = (s: Severity, floor: Severity): boolean => rankOf(s) <= rankOf(floor);

/** One step less severe (never below `low`; `info` stays `info`). */
export function lower(s: Severity): Severity {
  return s === 'low' || s === 'info' ? s : SEVERITIES[rankOf(s) + 1];
}

/** The most severe of the list (the first of equals), or undefined for an empty list. */
export function worst(list: Iterable<Severity>): Severity | undefined {
  let top: Severity | undefined;
  for (const s of list) if (top === undefined || moreSevere(s, top)) top = s;
  return top;
}
