// Finds a permission group by ID, API name, dashboard label, alias or deep-link key.
// Indexes are built on first use from the installed catalog (catalog.ts; built again after a new
// install); each lookup is a few Map reads (1000 rows take well under a few ms).
import { compareSeverity } from '../analysis/severity';
import { allGroups, catalogVersion } from './catalog';
import { unknownInfo } from './unknown';
import type { PermissionGroup, PermissionInfo, Scope } from './types';

type Known = PermissionGroup & { known: true };

/**
 * One spelling for every way a name is written: case, extra spaces, the summary page's
 * "DNS:Edit", the dashboard's "Edit" for the API's "Write", and a "(Legacy)" or "(Beta)" mark
 * ("Argo Tunnel (Legacy)" is the builder's row for Cloudflare Tunnel, docs/dashboard.md §permission-group-keys).
 */
export function normalizeName(s: string): string {
  return s.toLowerCase().replace(/\((legacy|beta|deprecated)\)/g, ' ').replace(/[:·]/g, ' ').replace(/\s+/g, ' ').trim().replace(/\bedit\b/g, 'write');
}

/** A real Cloudflare ID, not the key (8 zeros + 24 hex) of a group the catalog knows by name only. */
export const hasRealId = (id: string | undefined): boolean => typeof id === 'string' && /^[0-9a-f]{32}$/.test(id) && !id.startsWith('00000000');

const SCOPE_RANK: Record<Scope, number> = { account: 0, zone: 1, user: 2, r2_bucket: 3 };

// When a name exists at two scopes and no scope is given, prefer the riskier group (understating
// risk is the worse mistake), then account before zone, so the answer is always the same.
function preferred(a: Known, b: Known): number {
  return compareSeverity(a.risk, b.risk) || SCOPE_RANK[a.scope] - SCOPE_RANK[b.scope];
}

interface Indexes {
  version: number;
  byId: Map<string, Known>;
  byKey: Map<string, Known>;
  // Tiers, tried in this order: dashboard label, then API name, then old alias. Labels first
  // because pages show labels and API replies carry IDs; it also makes the zone "Page Shield
  // Edit" row mean Domain Page Shield, not the older zone group whose API name is "Page Shield Write".
  tiers: Map<string, Known[]>[];
}
let built: Indexes | null = null;

function add(map: Map<string, Known[]>, name: string, info: Known): void {
  const k = normalizeName(name);
  const list = map.get(k) ?? [];
  if (!list.includes(info)) list.push(info);
  map.set(k, list);
}

/** Builds the indexes now (else the first lookup does): the content script calls it on install. */
export function prepareLookups(): void {
  indexes();
}

function indexes(): Indexes {
  const version = catalogVersion();
  if (built?.version === version) return built;
  const ix: Indexes = { version, byId: new Map(), byKey: new Map(), tiers: [new Map(), new Map(), new Map()] };
  for (const group of allGroups()) {
    const info: Known = Object.freeze({ ...group, known: true as const });
    ix.byId.set(group.id, info);
    if (group.key && group.keyType) ix.byKey.set(`${group.key}|${group.keyType}`, info);
    add(ix.tiers[0], group.label, info);
    add(ix.tiers[1], group.name, info);
    for (const alias of group.aliases) add(ix.tiers[2], alias, info);
  }
  for (const map of ix.tiers) for (const list of map.values()) list.sort(preferred);
  return (built = ix);
}

/**
 * What we know about a permission group. `query` is an ID (or a name-only group's key), API name
 * ("DNS Write"), dashboard label ("DNS Edit", "DNS:Edit") or old name. `scope` picks between groups that share a name;
 * if no group of that scope matches, the best match of another scope is returned (a known group
 * says more than a generic text). Unknown queries get `known: false` generic
 * info; only a missing catalog (nothing installed yet) throws.
 */
export function lookupPermission(query: string, scope?: Scope): PermissionInfo {
  const raw = typeof query === 'string' ? query : '';
  const id = raw.trim().toLowerCase();
  const { byId, tiers } = indexes();
  if (/^[0-9a-f]{32}$/.test(id)) return byId.get(id) ?? unknownInfo(id, scope);
  const name = normalizeName(raw);
  let fallback: Known | undefined;
  for (const map of tiers) {
    const list = map.get(name);
    if (!list) continue;
    const hit = scope ? list.find((g) => g.scope === scope) : list[0];
    if (hit) return hit;
    fallback ??= list[0];
  }
  return fallback ?? unknownInfo(raw, scope);
}

/**
 * The group a deep link's `{key, type}` selects (docs/dashboard.md §permission-group-keys): type read/edit/revoke/run/
 * purge/admin/report; "write" is accepted for "edit". Undefined when we don't know the key.
 */
export function lookupKey(key: string, type: string): PermissionInfo | undefined {
  if (typeof key !== 'string' || typeof type !== 'string') return undefined;
  return indexes().byKey.get(`${key.trim().toLowerCase()}|${keyTypeOf(type)}`);
}

/** A deep link's `type`, trimmed and lowercased; "write" (the API's word) is the dashboard's "edit". */
export function keyTypeOf(type: string): string {
  const t = type.trim().toLowerCase();
  return t === 'write' ? 'edit' : t;
}
