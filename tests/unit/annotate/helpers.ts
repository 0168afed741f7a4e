// Hand-made readings and findings for the planner and renderer tests.
import type { Finding, Severity } from '../../../lib/analysis/types';
import type { PermissionInfo, Scope } from '../../../lib/catalog/types';
import { createPlanner } from '../../../lib/dashboard/annotate/plan-page';
import type { PageReading, RowReading } from '../../../lib/dashboard/types';

export function row(ref: string, name: string, scope?: Scope, element: Element = document.createElement('div')): RowReading {
  return { ref, grant: { ref, name, ...(scope ? { scope } : {}) }, element };
}

export function finding(code: string, severity: Severity, target: Finding['target'], title = `${code} title`): Finding {
  return { code, severity, title, why: `${code} why`, fix: `${code} fix`, docs: 'https://developers.cloudflare.com/x', target };
}

export const onRow = (ref: string) => ({ kind: 'permission', ref }) as const;
export const onSection = (section: Extract<Finding['target'], { kind: 'section' }>['section']) => ({ kind: 'section', section }) as const;

/** A tiny catalog: two known groups, everything else unknown. */
export function fakeLookup(query: string, scope?: Scope): PermissionInfo {
  const known: Record<string, PermissionInfo> = {
    'dns edit': { known: true, id: '4755a26eedb94da69e1066d98aa820be', name: 'DNS Write', label: 'DNS Edit', scope: 'zone', level: 'write', aliases: [], short: 'Change DNS records', risk: 'critical', riskReason: 'Can redirect traffic.' },
    'zone read': { known: true, id: 'c8fed203ed3043cba015a93ad1616f1f', name: 'Zone Read', label: 'Zone Read', scope: 'zone', level: 'read', aliases: [], short: 'See zones', risk: 'low', riskReason: 'Read only.' },
  };
  return known[query.toLowerCase()] ?? { known: false, name: query, label: query, level: 'other', aliases: [], short: `Use ${query}`, risk: 'medium', riskReason: 'Unknown group.', ...(scope ? { scope } : {}) };
}

export function reading(over: Partial<PageReading> = {}): PageReading {
  return { step: 'classic-form', rows: [], sections: {}, templates: [], tokens: [], ...over };
}

/** A planner with no findings and the tiny catalog, its summary at the top of the page's form. */
export function quietPlanner(doc: Document = document) {
  return createPlanner({
    analyze: () => [],
    summarize: () => ({ level: 'none', verdict: 'Fine' }),
    lookup: fakeLookup,
    groups: () => [],
    options: () => ({ strictness: 'balanced', maxLifetimeDays: 90, broadTokenGroups: 10, disabledRules: [], unusedDays: 90, neverUsedDays: 30 }),
    now: () => new Date(0),
    summarySpot: () => ({ where: 'prepend', ref: doc.querySelector('form')! }),
    reminderSpot: () => null,
  });
}
