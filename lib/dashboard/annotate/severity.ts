// Ordering and naming of severities, shared by every planner.
// The order itself is lib/analysis/severity.ts.
import { compareSeverity, rankOf, worst } from '../../analysis/severity';
import type { Finding, Severity } from '../../analysis/types';
import type { RiskMark } from './types';

/** Most severe first; equal severities keep their order (the analyzer's order). */
export function bySeverity(a: Finding, b: Finding): number {
  return compareSeverity(a.severity, b.severity);
}

export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  return worst(findings.map((f) => f.severity));
}

/** A note's risk on the severity scale: `unknown` sits between high and medium. Lower is riskier. */
export function rankOfRisk(risk: RiskMark): number {
  return risk === 'unknown' ? rankOf('medium') - 0.5 : rankOf(risk);
}

/** A finding's severity as a badge risk ("info" findings don't raise a badge above low). */
export function riskOfSeverity(severity: Severity | undefined): RiskMark {
  if (severity === undefined) return 'low';
  return severity === 'info' ? 'low' : severity;
}

export const RISK_WORDS: Record<RiskMark | 'info', string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Note',
  unknown: 'Unknown',
};

/** A cheap identity of what a finding would show: equal signatures render the same. */
export function findingSignature(f: Finding): string {
  const t = f.target.kind === 'permission' ? f.target.ref : f.target.section;
  return `${f.code}\u0001${f.severity}\u0001${t}\u0001${f.title}\u0001${f.why}\u0001${f.fix}\u0001${f.docs}`;
}

export function findingsSignature(findings: readonly Finding[]): string {
  return findings.map(findingSignature).join('\u0002');
}
