// One inline note per permission row: what the group allows, its risk, and the row's findings.
import type { Finding } from '../../analysis/types';
import type { PermissionInfo, Scope } from '../../catalog/types';
import type { Grant } from '../../policy/model';
import type { RowReading } from '../types';
import { bySeverity, findingsSignature } from './severity';
import type { NotePlan } from './types';

export type Lookup = (query: string, scope?: Scope) => PermissionInfo;

/** Findings that point at a row, by the row's ref. */
export function findingsByRef(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.target.kind !== 'permission') continue;
    const list = map.get(f.target.ref);
    if (list) list.push(f);
    else map.set(f.target.ref, [f]);
  }
  for (const list of map.values()) list.sort(bySeverity);
  return map;
}

const NOT_CHOSEN = {
  permissionId: 'unknown',
  risk: 'unknown',
  label: 'No permission chosen yet',
  short: 'Pick a permission group and a level to see what this row allows.',
  riskReason: '',
} as const satisfies Partial<NotePlan>;

export function planNote(row: RowReading, findings: Finding[], lookup: Lookup): NotePlan {
  const query = row.grant.id ?? row.grant.name;
  const info = query.trim() ? lookup(query, row.grant.scope) : null;
  const facts: Omit<NotePlan, 'key' | 'at' | 'findings' | 'signature'> = info
    ? {
        permissionId: info.known ? info.id : 'unknown',
        risk: info.known ? info.risk : 'unknown',
        label: info.label,
        short: info.short,
        riskReason: info.riskReason,
        detailsId: info.known ? info.id : undefined,
      }
    : NOT_CHOSEN;
  const signature = `${facts.permissionId}|${facts.risk}|${facts.label}|${facts.short}|${findingsSignature(findings)}`;
  return { key: row.element, at: { where: 'after', ref: row.element }, ...facts, findings, signature };
}

/** Lookups are memoised per planner: 1000 rows usually name a few dozen groups. */
export function memoLookup(lookup: Lookup): Lookup {
  const cache = new Map<string, PermissionInfo>();
  return (query, scope) => {
    const k = `${scope ?? ''}|${query}`;
    let info = cache.get(k);
    if (!info) {
      if (cache.size > 2000) cache.clear(); // bounded: labels come from the page
      cache.set(k, (info = lookup(query, scope)));
    }
    return info;
  };
}

/** Last pass's plan per row element, with the inputs it was made from. */
export type NoteCache = WeakMap<Element, { grant: Grant; found: string; plan: NotePlan }>;

const sameGrant = (a: Grant, b: Grant) => a === b || (a.id === b.id && a.name === b.name && a.scope === b.scope);

const NONE: Finding[] = [];

/**
 * A row whose grant and findings didn't change keeps last pass's plan object: after a one-row
 * edit on a 1000-row form, 999 rows cost a string compare.
 */
export function planNotes(rows: readonly RowReading[], findings: readonly Finding[], lookup: Lookup, cache?: NoteCache): NotePlan[] {
  const byRef = findingsByRef(findings);
  const plans = rows.map((row) => {
    const mine = byRef.get(row.ref) ?? NONE;
    const g = row.grant;
    const found = mine.length ? findingsSignature(mine) : '';
    const prev = cache?.get(row.element);
    if (prev && prev.found === found && sameGrant(prev.grant, g)) return prev.plan;
    const plan = planNote(row, mine, lookup);
    cache?.set(row.element, { grant: g, found, plan });
    return plan;
  });
  return mergeSameRow(plans);
}

const RISK_RANK: Record<NotePlan['risk'], number> = { critical: 4, high: 3, unknown: 2.5, medium: 2, low: 1 };

/**
 * One note per row element: the account builder's row can grant Read and Edit at once (two
 * grants, one <li>, one after the other). The merged note leads with the riskier grant and lists
 * both.
 */
export function mergeSameRow(plans: NotePlan[]): NotePlan[] {
  // Readers give a row's grants one after the other (page order): with no two neighbours
  // sharing a row, the usual case, there is nothing to merge and no map to build.
  let i = 1;
  while (i < plans.length && plans[i].key !== plans[i - 1].key) i++;
  if (i >= plans.length) return plans;
  const byRow = new Map<Element, NotePlan[]>();
  for (const p of plans) {
    const list = byRow.get(p.key);
    if (list) list.push(p);
    else byRow.set(p.key, [p]);
  }
  if (byRow.size === plans.length) return plans;
  return [...byRow.values()].map((list) => {
    if (list.length === 1) return list[0];
    const lead = list.reduce((a, b) => (RISK_RANK[b.risk] > RISK_RANK[a.risk] ? b : a));
    const findings = list.flatMap((p) => p.findings).sort(bySeverity);
    return {
      ...lead,
      label: list.map((p) => p.label).join(' + '),
      findings,
      signature: list.map((p) => p.signature).join('\u0003'),
    };
  });
}
