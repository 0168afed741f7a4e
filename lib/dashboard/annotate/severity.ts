// Ordering and naming of severities, shared by every planner.
import type { Finding, Severity } from '../../analysis/types';
import type { RiskMark } from './types';

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

/** Most severe first; equal severities keep their order (the analyzer's order). */
export function bySeverity(a: Finding, b: Finding): number {
  return RANK[b.severity] - RANK[a.severity];
}

export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) if (worst === undefined || RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
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
