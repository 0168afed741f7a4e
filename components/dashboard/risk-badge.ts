import type { Severity } from '../../lib/analysis/types';
import { RISK_WORDS } from '../../lib/dashboard/annotate/severity';
import type { RiskMark } from '../../lib/dashboard/annotate/types';
import { el } from './dom';

export function riskBadge(doc: Document, risk: RiskMark | Severity, text?: string): HTMLElement {
  return el(doc, 'span', { class: 'badge', 'data-risk': risk }, text ?? RISK_WORDS[risk]);
}
