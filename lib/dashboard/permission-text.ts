// Texts the summary step and the tokens list show: "DNS:Edit, Zone:Read" and resource names
// such as "All zones", "example.com", "All accounts", "Example Account" (docs/dashboard.md §classic-builder).
import type { Grant, Resource, Scope } from '../policy/model';
import { norm } from './dom';

/**
 * A group shown with its level, as the catalog names it: "DNS" + "Edit" → "DNS Edit", but
 * "Cache Purge" + "Purge" → "Cache Purge" (the API name already ends with its level).
 */
export function withLevel(group: string, level: string): string {
  // Memoised: a 1000-row form names a few dozen group and level pairs.
  let byLevel = levels.get(group);
  if (!byLevel) {
    if (levels.size > 2000) levels.clear(); // bounded: texts come from the page
    levels.set(group, (byLevel = new Map()));
  }
  let name = byLevel.get(level);
  if (name === undefined) byLevel.set(level, (name = joinLevel(group, level)));
  return name;
}

const levels = new Map<string, Map<string, string>>();

function joinLevel(group: string, level: string): string {
  const g = norm(group);
  const l = norm(level);
  if (!l || g.toLowerCase().endsWith(` ${l.toLowerCase()}`)) return g;
  return norm(`${g} ${l}`);
}

/** "DNS:Edit, Access: Apps and Policies:Edit" → ["DNS Edit", "Access: Apps and Policies Edit"]. */
export function permissionNames(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  // Split on commas, but a piece without a colon belongs to the previous group name.
  for (const piece of norm(text).split(/\s*,\s*/)) {
    pending = pending ? `${pending}, ${piece}` : piece;
    const colon = pending.lastIndexOf(':');
    if (colon <= 0 || colon === pending.length - 1) continue;
    out.push(withLevel(pending.slice(0, colon), pending.slice(colon + 1)));
    pending = '';
  }
  return out;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** A resource named on the page. Names stand in for IDs (the page shows no IDs). */
export function resourceOf(text: string): Resource | undefined {
  const t = norm(text);
  const lower = t.toLowerCase();
  if (!t) return undefined;
  if (lower === 'all zones') return { type: 'zone', id: '*' };
  if (lower === 'all accounts') return { type: 'account', id: '*' };
  if (lower === 'all users' || lower === 'you' || EMAIL.test(t)) return { type: 'user', id: 'self', label: t };
  const from = /^all zones (?:from|in|of) (.+)$/i.exec(t);
  if (from) return { type: 'account-zones', accountId: from[1], label: from[1] };
  if (DOMAIN.test(t)) return { type: 'zone', id: t, label: t };
  return { type: 'account', id: t, label: t };
}

/** Which kind of permission group acts on this resource. */
export function scopeFor(res: Resource): Scope | undefined {
  if (res.type === 'zone' || res.type === 'account-zones') return 'zone';
  if (res.type === 'account' || res.type === 'user') return res.type;
  return res.type === 'r2-bucket' ? 'r2_bucket' : undefined;
}

export function grantsOf(names: string[], refBase: string, scope?: Scope): Grant[] {
  return names.map((name, i) => ({ ref: `${refBase}.${i}`, name, ...(scope ? { scope } : {}) }));
}
