// The dashboard's own List Permission Groups reply, seen in this tab, supplements the bundled
// catalog for the inline notes: a group the catalog lacks is explained under its real name and
// scope, with a cautious risk from the words of its name, and marked as not reviewed. The catalog
// always wins where it knows a group; the analyzer keeps its own view (unknown-permission).
import { normalizeName } from '../catalog/lookup';
import { dashboardLabel, genericTexts, levelFromName } from '../catalog/unknown';
import type { Level, PermissionInfo, Risk, Scope } from '../catalog/types';
import type { PickedGroup } from './pick';

type Lookup = (query: string, scope?: Scope) => PermissionInfo;

const SCOPES: Array<[string, Scope]> = [
  ['com.cloudflare.api.account.zone', 'zone'],
  ['com.cloudflare.edge.r2.bucket', 'r2_bucket'],
  ['com.cloudflare.api.account', 'account'],
  ['com.cloudflare.api.user', 'user'],
];

/** The group's scope from its first scope string ("com.cloudflare.api.account.zone" → zone). */
export function scopeOfGroup(g: PickedGroup): Scope | undefined {
  for (const s of g.scopes) for (const [prefix, scope] of SCOPES) if (s === prefix || s.startsWith(`${prefix}.`)) return scope;
  return undefined;
}

/** Cautious: reading is low, anything that changes, runs or revokes medium, admin high. */
const RISK: Record<Level, Risk> = { read: 'low', write: 'medium', revoke: 'medium', run: 'medium', purge: 'medium', bind: 'medium', admin: 'high', other: 'medium' };

const SCOPE_WORDS: Record<Scope, string> = { account: 'an account', zone: 'a zone', user: 'your user', r2_bucket: 'an R2 bucket' };

/** What a note shows for a live group the catalog lacks. */
export function liveGroupInfo(g: PickedGroup): PermissionInfo {
  const level = levelFromName(g.name);
  const scope = scopeOfGroup(g) ?? 'account';
  const texts = genericTexts(g.name, level);
  const risk = RISK[level];
  return {
    known: true,
    id: g.id,
    name: g.name,
    label: dashboardLabel(g.name),
    scope,
    level,
    aliases: [],
    short: texts.short,
    risk,
    riskReason: `Not reviewed by Token Lens: the dashboard lists this group (it works on ${SCOPE_WORDS[scope]}), but Token Lens has no description of it yet. Rated ${risk} from its name alone (${level === 'other' ? 'no level word' : `"${level}"`}); check what it allows before granting it.`,
    review: true,
  };
}

/** `lookup`, with the live groups answering where the catalog doesn't know a group. */
export function withLiveGroups(lookup: Lookup, groups: () => ReadonlyMap<string, PickedGroup>): Lookup {
  let indexed: { from: ReadonlyMap<string, PickedGroup>; size: number; byName: Map<string, PickedGroup[]> } | null = null;
  const byName = () => {
    const live = groups();
    if (indexed?.from !== live || indexed.size !== live.size) {
      const map = new Map<string, PickedGroup[]>();
      for (const g of live.values()) {
        const k = normalizeName(g.name);
        map.set(k, [...(map.get(k) ?? []), g]);
      }
      indexed = { from: live, size: live.size, byName: map };
    }
    return indexed.byName;
  };
  return (query, scope) => {
    const info = lookup(query, scope);
    if (info.known) return info;
    const live = groups();
    if (!live.size) return info;
    const id = query.trim().toLowerCase();
    const hit = live.get(id) ?? (() => {
      const list = byName().get(normalizeName(query));
      return list?.find((g) => !scope || scopeOfGroup(g) === scope) ?? list?.[0];
    })();
    return hit ? liveGroupInfo(hit) : info;
  };
}
