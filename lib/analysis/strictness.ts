// The one place that says how the strictness option changes findings. Rules always report at
// their "balanced" severity; analyze() passes every finding through adjust().
//
//   strict:   a `low` finding of a code in TIGHTEN becomes `medium`.
//   balanced: unchanged.
//   relaxed:  `low` and `info` findings are dropped; then a finding of a code in EASE drops
//             one step (high -> medium, medium -> low).
//   Never changed: token-minting, critical-permission (what a token can do is not a matter of
//   taste), all-accounts (a `low` never comes from it), unknown-permission's `info` under strict.
import type { AnalyzerOptions, Finding } from './types';
import { RULE_DESCRIPTORS } from './rules';
import { lower } from './severity';

/** Least-privilege and hygiene findings that strict users want to act on (the descriptors say which). */
export const TIGHTEN: ReadonlySet<string> = new Set(RULE_DESCRIPTORS.filter((d) => d.strictness.tighten).map((d) => d.code));

/** Hygiene findings a relaxed user sees one step quieter. */
export const EASE: ReadonlySet<string> = new Set(RULE_DESCRIPTORS.filter((d) => d.strictness.ease).map((d) => d.code));

export function adjust(finding: Finding, strictness: AnalyzerOptions['strictness']): Finding | undefined {
  if (strictness === 'strict') {
    return finding.severity === 'low' && TIGHTEN.has(finding.code) ? { ...finding, severity: 'medium' } : finding;
  }
  if (strictness === 'relaxed') {
    if (finding.severity === 'low' || finding.severity === 'info') return undefined;
    return EASE.has(finding.code) ? { ...finding, severity: lower(finding.severity) } : finding;
  }
  return finding;
}
