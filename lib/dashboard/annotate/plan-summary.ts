// The live summary panel: the analyzer's overall verdict and every finding, most severe first.
import type { Finding } from '../../analysis/types';
import { bySeverity, findingsSignature } from './severity';
import type { Level, Spot, SummaryPlan } from './types';

export interface Verdict {
  level: Level;
  verdict: string;
}

export function planSummary(findings: readonly Finding[], verdict: Verdict, at: Spot): SummaryPlan {
  const sorted = [...findings].sort(bySeverity);
  return {
    key: 'summary',
    at,
    level: verdict.level,
    verdict: verdict.verdict,
    findings: sorted,
    signature: `${verdict.level}|${verdict.verdict}|${findingsSignature(sorted)}`,
  };
}
