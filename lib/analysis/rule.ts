// Everything about one analyzer rule, in one object: each file in rules/ exports one descriptor
// and rules/index.ts lists them. The options page's checks, the CLI's SARIF rules and the
// analyzer's rule table are all made from that list, so a rule is added or changed in one place.
// Every field is required: a descriptor written `satisfies RuleDescriptor` that lacks one does
// not compile.
import type { DOCS } from './docs';
import type { AnalyzerOptions, Rule, Severity, Target } from './types';

/** A section of the token form a finding can be shown on. */
export type Section = Extract<Target, { kind: 'section' }>['section'];

/** Where a finding shows on the dashboard: on a permission's row, or on a section of the form. */
export type Place = 'permission' | Section;

/** A Cloudflare page findings link to ("learn more"), by its key in DOCS. */
export type DocPage = keyof typeof DOCS;

/** Options that tune what a rule reports (besides turning it off and the strictness). */
export type RuleSetting = Exclude<keyof AnalyzerOptions, 'strictness' | 'disabledRules'>;

export interface RuleDescriptor {
  /** The finding code: in every finding, SARIF's ruleId, the stored list of checks turned off. */
  readonly code: string;
  /** Its plain name: the options page's checkbox, SARIF's short description. */
  readonly title: string;
  /** One sentence on what it checks: the options page's hint, SARIF's description. */
  readonly checks: string;
  /**
   * The level it reports at under the default (balanced) strictness; when that depends on the
   * token, the most severe it can reach. lib/analysis/strictness.ts moves it from there.
   */
  readonly severity: Severity;
  /**
   * How the options page controls it: `key` is what its checkbox stores in `disabledRules` to turn
   * it off (the code: stored settings name rules by code), `tunedBy` the settings it reads.
   */
  readonly option: { readonly key: string; readonly tunedBy: readonly RuleSetting[] };
  /** The pages its findings link to, the main one first. */
  readonly docs: readonly [DocPage, ...DocPage[]];
  /** Where its findings show on the dashboard. */
  readonly places: readonly [Place, ...Place[]];
  /**
   * The summary's line when its finding is the token's worst (popup, dashboard, CLI); null: the
   * line of that finding's level.
   */
  readonly verdict: string | null;
  /**
   * How the strictness option moves its findings (lib/analysis/strictness.ts): `tighten`, a `low`
   * finding becomes `medium` under strict; `ease`, a finding drops one step under relaxed.
   */
  readonly strictness: { readonly tighten: boolean; readonly ease: boolean };
  /** The check itself: findings for one token (lib/analysis/analyze.ts runs it). */
  readonly check: Rule;
}
