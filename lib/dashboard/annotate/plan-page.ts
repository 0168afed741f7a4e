// reading + analyzer → everything to show on this page. Pure apart from DOM look-ups for
// placement (no writes). One planner per page session keeps the memo caches.
import type { AnalyzerOptions, Finding } from '../../analysis/types';
import type { PermissionGroup } from '../../catalog/types';
import type { TokenModel } from '../../policy/model';
import type { PageReading } from '../types';
import { createTemplatePlanner } from './plan-badges';
import { createTokenBadgePlanner } from './plan-token-badges';
import type { PageTokens } from '../../page-replies/store';
import type { PickedToken } from '../../page-replies/pick';
import { createEditStart } from './edit-start';
import { memoLookup, planNotes, type Lookup, type NoteCache } from './plan-notes';
import { planSections } from './plan-sections';
import { planSummary, type Verdict } from './plan-summary';
import { unreadFindings } from './unread';
import { EMPTY_PLAN, type PagePlan, type Spot } from './types';

export interface PlannerDeps {
  analyze(model: TokenModel, options: AnalyzerOptions, now: Date): Finding[];
  summarize(findings: Finding[]): Verdict;
  lookup: Lookup;
  groups(): readonly PermissionGroup[];
  options(): AnalyzerOptions;
  now(): Date;
  summarySpot(reading: PageReading): Spot | null;
  reminderSpot(): Spot | null;
  /** The page owner's tokens from the dashboard's own replies (lib/page-replies), if any were seen. */
  pageTokens?(): PageTokens | null;
  /** The token this page opens for editing, as the dashboard's own Token Details reply gave it. */
  editedToken?(): PickedToken | undefined;
}

export type Planner = (reading: PageReading) => PagePlan;

export function createPlanner(deps: PlannerDeps): Planner {
  const lookup = memoLookup(deps.lookup);
  const analyze = (model: TokenModel) => deps.analyze(model, deps.options(), deps.now());
  const planTemplates = createTemplatePlanner(analyze, deps.groups);
  const planTokens = createTokenBadgePlanner({ analyze, now: deps.now });
  const editStart = createEditStart();
  const noteCache: NoteCache = new WeakMap();
  return (reading) => {
    switch (reading.step) {
      case 'classic-form':
      case 'classic-summary':
      case 'account-builder': {
        if (deps.editedToken) reading = editStart(reading, deps.editedToken());
        const findings = reading.model ? analyze(reading.model) : [];
        // Unread parts get a neutral line each: the summary never says "no warnings" then.
        const shown = reading.unread ? [...findings, ...unreadFindings(reading.unread)] : findings;
        const at = deps.summarySpot(reading);
        return {
          ...EMPTY_PLAN,
          step: reading.step,
          notes: planNotes(reading.rows, findings, lookup, noteCache),
          sections: planSections(reading.sections, shown),
          summary: reading.model && at ? planSummary(shown, deps.summarize(shown), at) : null,
        };
      }
      case 'template-picker':
        return { ...EMPTY_PLAN, step: reading.step, badges: planTemplates(reading.templates) };
      case 'tokens-list':
        return { ...EMPTY_PLAN, step: reading.step, badges: planTokens(reading.tokens, deps.pageTokens?.() ?? null) };
      case 'token-created': {
        const at = deps.reminderSpot();
        return { ...EMPTY_PLAN, step: reading.step, reminder: at ? { key: 'reminder', at, signature: 'reminder' } : null };
      }
      default:
        return { ...EMPTY_PLAN, step: reading.step };
    }
  };
}
