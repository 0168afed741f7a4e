// The overall picture in one line, for the badge, the popup header and the page banner.
import { RULE_DESCRIPTORS } from './rules';
import { SEVERITIES, moreSevere } from './severity';
import type { Finding, Severity } from './types';

export interface Summary {
  level: Severity | 'none';
  counts: Record<Severity, number>;
  verdict: string;
}

// Keyed by the code of the most severe finding: what that means, in plain words.
const VERDICTS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(RULE_DESCRIPTORS.flatMap((d) => (d.verdict ? [[d.code, d.verdict]] : []))),
  // A line of the dashboard review (lib/dashboard/annotate/unread.ts), not an analyzer rule.
  'unread-field': 'Nothing risky found in what Token Lens could read, but part of this page could not be read: check it yourself.',
};

const BY_LEVEL: Record<Severity, string> = {
  critical: 'Very powerful: guard it like a password.',
  high: 'Powerful: narrow it down before using it.',
  medium: 'Some risks worth fixing.',
  low: 'Minor improvements possible.',
  info: 'Nothing risky found; see the notes.',
};

export function summarize(findings: readonly Finding[]): Summary {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let top: Finding | undefined;
  const list: readonly Finding[] = Array.isArray(findings) ? findings : [];
  for (const f of list) {
    if (!f || !SEVERITIES.includes(f.severity)) continue;
    counts[f.severity] += 1;
    if (!top || moreSevere(f.severity, top.severity)) top = f;
  }
  if (!top) return { level: 'none', counts, verdict: 'Nothing risky found in what Token Lens could see.' };
  // An unknown group that may change things is not "nothing risky".
  const verdict = top.code === 'unknown-permission' && top.severity !== 'info'
    ? 'Has permissions new to Token Lens that may change things: check what they allow.'
    : VERDICTS[top.code] ?? BY_LEVEL[top.severity];
  return { level: top.severity, counts, verdict };
}
