// What to show where: the pure output of planning (reading + findings), consumed by the
// renderer in components/dashboard. Every plan carries a cheap signature: the renderer redraws
// a host only when its signature changed.
import type { Finding, Severity } from '../../analysis/types';
import type { SectionName, Step } from '../types';

export type RiskMark = 'critical' | 'high' | 'medium' | 'low' | 'unknown';

/** Where a host goes, relative to a page element (see components/dashboard/place.ts). */
export interface Spot {
  where: 'after' | 'before' | 'prepend' | 'append';
  ref: Element;
}

interface Planned {
  /** Identity across passes: the same key keeps the same host. */
  key: unknown;
  at: Spot;
  signature: string;
}

/** The inline note beside one permission row. */
export interface NotePlan extends Planned {
  key: Element;
  permissionId: string;
  risk: RiskMark;
  /** What the row asks for, as we name it ("DNS Edit"). */
  label: string;
  /** One-line explanation, or a hint when the row is not filled in yet. */
  short: string;
  riskReason: string;
  /** Ask the background for the long text only for known groups. */
  detailsId?: string;
  findings: Finding[];
}

export interface SectionPlan extends Planned {
  key: SectionName;
  section: SectionName;
  severity: Severity;
  findings: Finding[];
}

export type Level = Severity | 'none';

export interface SummaryPlan extends Planned {
  key: 'summary';
  level: Level;
  verdict: string;
  findings: Finding[];
}

/** A template's or listed token's risk badge. */
export interface BadgePlan extends Planned {
  key: Element;
  kind: 'template' | 'token';
  risk: RiskMark;
  /** Short words on the badge ("Critical", "Broad"). */
  badge: string;
  /** Up to three reasons, most severe first. */
  reasons: string[];
  /** The finding code of each reason (tokens list): drawn as [data-token-lens="finding"][data-code]. */
  codes?: string[];
  /** Tokens list: rated from the dashboard's own reply ("api") or from what the row shows ("page"). */
  source?: 'api' | 'page';
  /** Tokens list: the token's ID, when the dashboard's own reply gave it. */
  tokenId?: string;
}

export interface ReminderPlan extends Planned {
  key: 'reminder';
}

export interface PagePlan {
  step: Step;
  notes: NotePlan[];
  sections: SectionPlan[];
  summary: SummaryPlan | null;
  badges: BadgePlan[];
  reminder: ReminderPlan | null;
}

export const EMPTY_PLAN: PagePlan = { step: 'none', notes: [], sections: [], summary: null, badges: [], reminder: null };
