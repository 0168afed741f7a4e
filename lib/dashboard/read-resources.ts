// Account Resources and Zone Resources rows, read from the values their dropdowns show, in page
// order: "Include|Exclude" starts a row, then "Specific zone" / "All zones from an account" /
// "All zones" (or "All accounts" / an account name), then the zone or account picked.
// A state machine over the values instead of row markup: rows may have 2 or 3 dropdowns.
import type { Resource } from '../policy/model';

export interface Resources {
  include: Resource[];
  exclude: Resource[];
}

type Kind = 'specific' | 'from-account' | 'done' | undefined;

function walk(values: string[], step: (text: string, kind: Kind) => { res?: Resource; kind: Kind }): Resources {
  const out: Resources = { include: [], exclude: [] };
  let op: 'include' | 'exclude' | undefined;
  let kind: Kind;
  for (const value of values) {
    const t = value.toLowerCase();
    if (t === 'include' || t === 'exclude') {
      op = t;
      kind = undefined;
      continue;
    }
    if (!op || !value) continue;
    const next = step(value, kind);
    kind = next.kind;
    if (next.res) out[op].push(next.res);
  }
  return out;
}

export function zoneResources(values: string[]): Resources {
  return walk(values, (value, kind) => {
    const t = value.toLowerCase();
    if (t === 'all zones') return { res: { type: 'zone', id: '*' }, kind: 'done' };
    if (t === 'all zones from an account') return { kind: 'from-account' };
    if (t === 'specific zone') return { kind: 'specific' };
    // The page shows names, not IDs: the name stands in for the ID (and is the label).
    if (kind === 'specific') return { res: { type: 'zone', id: value, label: value }, kind: 'done' };
    if (kind === 'from-account') return { res: { type: 'account-zones', accountId: value, label: value }, kind: 'done' };
    return { kind };
  });
}

export function accountResources(values: string[]): Resources {
  return walk(values, (value, kind) => {
    const t = value.toLowerCase();
    if (t === 'all accounts') return { res: { type: 'account', id: '*' }, kind: 'done' };
    if (t === 'specific account' || t === 'a specific account') return { kind: 'specific' };
    if (kind === 'done') return { kind };
    return { res: { type: 'account', id: value, label: value }, kind: 'done' };
  });
}
