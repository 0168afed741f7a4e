// One inline note per permission row: what the group allows, its risk, and the row's findings.
import type { Finding } from '../../analysis/types';
import type { PermissionInfo, Scope } from '../../catalog/types';
import type { Grant } from '../../policy/model';
import type { RowReading } from '../types';
import { bySeverity, findingsSignature, rankOfRisk } from './severity';
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

type Facts = Pick<NotePlan, 'permissionId' | 'risk' | 'label' | 'short' | 'riskReason' | 'detailsId'> & {
  /** The signature's part these facts decide. */
  head: string;
};

const withHead = (f: Omit<Facts, 'head'>): Facts => ({ ...f, head: `${f.permissionId}|${f.risk}|${f.label}|${f.short}|` });

const NOT_CHOSEN = withHead({
  permissionId: 'unknown',
  risk: 'unknown',
  label: 'No permission chosen yet',
  short: 'Pick a permission group and a level to see what this row allows.',
  riskReason: '',
});

// What a catalog entry shows, worked out once per entry: 1000 rows name a few dozen groups.
const factsMemo = new WeakMap<PermissionInfo, Facts>();

function factsOf(info: PermissionInfo): Facts {
  let facts = factsMemo.get(info);
  if (!facts) {
    facts = withHead({
      permissionId: info.known ? info.id : 'unknown',
      risk: info.known ? info.risk : 'unknown',
      label: info.label,
      short: info.short,
      riskReason: info.riskReason,
      detailsId: info.known ? info.id : undefined,
    });
    factsMemo.set(info, facts);
  }
  return facts;
}

/** Built field by field (no spread: this runs for every new row, 1000 on a big form). */
export function planNote(row: RowReading, findings: Finding[], lookup: Lookup): NotePlan {
  const query = row.grant.id ?? row.grant.name;
  const f = query.trim() ? factsOf(lookup(query, row.grant.scope)) : NOT_CHOSEN;
  const plan: NotePlan = {
    key: row.element,
    at: { where: 'after', ref: row.element },
    permissionId: f.permissionId,
    risk: f.risk,
    label: f.label,
    short: f.short,
    riskReason: f.riskReason,
    findings,
    signature: findings.length ? f.head + findingsSignature(findings) : f.head,
  };
  if (f.detailsId !== undefined) plan.detailsId = f.detailsId;
  return plan;
}

/** Lookups are memoised per planner (by scope, then query): 1000 rows usually name a few dozen groups. */
export function memoLookup(lookup: Lookup): Lookup {
  const cache = new Map<Scope | undefined, Map<string, PermissionInfo>>();
  let size = 0;
  return (query, scope) => {
    let info = cache.get(scope)?.get(query);
    if (!info) {
      if (size > 2000) {
        cache.clear(); // bounded: labels come from the page
        size = 0;
      }
      let byQuery = cache.get(scope);
      if (!byQuery) cache.set(scope, (byQuery = new Map()));
      byQuery.set(query, (info = lookup(query, scope)));
      size++;
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
    const lead = list.reduce((a, b) => (rankOfRisk(b.risk) < rankOfRisk(a.risk) ? b : a));
    const findings = list.flatMap((p) => p.findings).sort(bySeverity);
    return {
      ...lead,
      label: list.map((p) => p.label).join(' + '),
      findings,
      signature: list.map((p) => p.signature).join('\u0003'),
    };
  });
}
