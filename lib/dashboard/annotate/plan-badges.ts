// Risk badges for the template picker and the tokens list: each template's or token's model is
// analysed like a form would be, and the badge shows the worst finding.
import type { Finding } from '../../analysis/types';
import type { PermissionGroup } from '../../catalog/types';
import type { TokenModel } from '../../policy/model';
import type { TemplateReading, TokenRowReading } from '../types';
import { bySeverity, RISK_WORDS, riskOfSeverity, worstSeverity } from './severity';
import { templateModel } from './templates';
import type { BadgePlan, RiskMark, Spot } from './types';

export type AnalyzeModel = (model: TokenModel) => Finding[];

/** Beside a row; inside a table row's first cell (a table row can't have other siblings). */
export function badgeSpot(el: Element): Spot {
  const first = el.tagName === 'TR' ? el.firstElementChild : null;
  return first ? { where: 'append', ref: first } : { where: 'after', ref: el };
}

export function rateFindings(findings: readonly Finding[]): { risk: RiskMark; badge: string; reasons: string[] } {
  const risk = riskOfSeverity(worstSeverity(findings));
  const broad = findings.some((f) => /broad/.test(f.code));
  const titles = [...findings].sort(bySeverity).map((f) => f.title);
  const reasons = [...new Set(titles)].slice(0, 3);
  return { risk, badge: broad ? `${RISK_WORDS[risk]} · broad` : RISK_WORDS[risk], reasons: reasons.length ? reasons : ['No warnings'] };
}

const NOT_RATED = { risk: 'unknown', badge: 'Not rated', reasons: ['Token Lens does not know what this grants'] } as const;

function badge(kind: BadgePlan['kind'], el: Element, rating: { risk: RiskMark; badge: string; reasons: readonly string[] }): BadgePlan {
  const reasons = [...rating.reasons];
  return { key: el, kind, at: badgeSpot(el), risk: rating.risk, badge: rating.badge, reasons, signature: `${rating.risk}|${rating.badge}|${reasons.join('|')}` };
}

/** Template ratings never change during a page's life: memoise them by name. */
export function createTemplatePlanner(analyze: AnalyzeModel, groups: () => readonly PermissionGroup[]) {
  const cache = new Map<string, ReturnType<typeof rateFindings> | typeof NOT_RATED>();
  const rate = (name: string) => {
    let r = cache.get(name);
    if (!r) {
      const model = templateModel(name, groups);
      cache.set(name, (r = model ? rateFindings(analyze(model)) : NOT_RATED));
    }
    return r;
  };
  return (templates: readonly TemplateReading[]): BadgePlan[] => templates.map((t) => badge('template', t.element, rate(t.name)));
}

export function planTokens(tokens: readonly TokenRowReading[], analyze: AnalyzeModel): BadgePlan[] {
  return tokens.map((t) => {
    const hasGrants = t.model.policies.some((p) => p.permissions.length > 0);
    const rating = hasGrants ? rateFindings(analyze(t.model)) : NOT_RATED;
    if (!t.unshown || !hasGrants) return badge('token', t.element, rating);
    // Rated on what the row shows: the rest can only make it riskier.
    const more = `${t.unshown} more permission${t.unshown > 1 ? 's' : ''} not listed here: at least this risky`;
    return badge('token', t.element, { ...rating, reasons: [more, ...rating.reasons.filter((r) => r !== 'No warnings')] });
  });
}
