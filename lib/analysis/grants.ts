// Shared facts about resolved grants, so each rule file stays a short list of checks.
import { catalogVersion } from '../catalog/catalog';
import { lookupKey, lookupPermission } from '../catalog/lookup';
import type { PermissionInfo } from '../catalog/types';
import type { Grant, Policy, Resource, TokenModel } from '../policy/model';
import { placesFor } from './places';
import type { ResolvedGrant, RuleInput } from './types';

/** Catalog entry for a grant: its ID first (names drift, IDs don't), then its name. */
export function infoOf(grant: Grant): PermissionInfo {
  // Within one installed catalog the same row text always resolves the same way (resolveGrants
  // forgets these answers when another catalog is installed).
  // Keyed by name (and ID, when there is one), then scope: no key string is built per grant.
  const memo = memoFor(grant.id);
  let byScope = memo.get(grant.name);
  if (!byScope) {
    bound(memo);
    memo.set(grant.name, (byScope = new Map()));
  }
  let info = byScope.get(grant.scope);
  if (!info) byScope.set(grant.scope, (info = lookUp(grant)));
  return info;
}

type Memo = Map<string, Map<string | undefined, PermissionInfo>>;
const byName: Memo = new Map();
const byId = new Map<string, Memo>();
let memoVersion = -1;
/** Bounded: names come from the page. */
const bound = (map: Map<string, unknown>) => map.size > 5000 && map.clear();

function memoFor(id: string | undefined): Memo {
  if (id === undefined) return byName;
  let memo = byId.get(id);
  if (!memo) {
    bound(byId);
    byId.set(id, (memo = new Map()));
  }
  return memo;
}

function lookUp(grant: Grant): PermissionInfo {
  if (grant.id) {
    const fromId = lookupPermission(grant.id, grant.scope);
    if (fromId.known) return fromId;
  }
  const fromName = lookupPermission(grant.name, grant.scope);
  return !fromName.known && grant.id ? { ...fromName, id: grant.id } : fromName;
}

/**
 * Every grant with its catalog entry, policy and effect. Built field by field, not with a spread:
 * a spread of grants of mixed shapes costs about a microsecond each (half of analyze() on a
 * 1000-row form), a literal a tenth of that. Only a grant's own fields are copied.
 */
export function resolveGrants(model: TokenModel): ResolvedGrant[] {
  if (memoVersion !== catalogVersion()) {
    byName.clear();
    byId.clear();
    memoVersion = catalogVersion();
  }
  const out: ResolvedGrant[] = [];
  model.policies.forEach((policy, policyIndex) => {
    for (const g of policy.permissions) {
      out.push({ ref: g.ref, name: g.name, id: g.id, scope: g.scope, info: infoOf(g), policyIndex, effect: policy.effect });
    }
  });
  return out;
}

/** One key per permission group, so the same group in two rows or policies counts once. */
export function groupKey(info: PermissionInfo): string {
  return info.known ? info.id : `${info.scope ?? '?'}|${info.name.toLowerCase()}`;
}

/** What the dashboard calls it (users read the dashboard's words). */
export const labelOf = (g: ResolvedGrant): string => g.info.label || g.name;

const MINTING = new Set(['686d18d5ac6c441c867cbf6771e58a0a', '5bc3f8b21c554832afc660159ab75fa4']);
const TOKEN_ADMIN_NAME = /^(account )?api tokens (write|edit)$/i;
const TOKEN_READ_NAME = /^(account )?api tokens read$/i;

/** API Tokens Write (user) or Account API Tokens Write: can make new tokens. */
export function isMinting(info: PermissionInfo): boolean {
  return (info.id !== undefined && MINTING.has(info.id)) || TOKEN_ADMIN_NAME.test(info.name.trim());
}

export function isTokenRead(info: PermissionInfo): boolean {
  return TOKEN_READ_NAME.test(info.name.trim());
}

function coversOne(deny: Resource, allow: Resource): boolean {
  if (deny.type === 'zone' && deny.id === '*') return allow.type === 'zone' || allow.type === 'account-zones';
  if (deny.type === 'account-zones' && deny.accountId === '*') return allow.type === 'zone' || allow.type === 'account-zones';
  if (deny.type === 'account' && deny.id === '*') return allow.type === 'account';
  return JSON.stringify(deny) === JSON.stringify(allow);
}

/** Deny grants by permission group, built once per grant list. */
function denyIndex(input: RuleInput): Map<string, ResolvedGrant[]> {
  const index = new Map<string, ResolvedGrant[]>();
  for (const d of input.grants) {
    if (d.effect !== 'deny') continue;
    const key = groupKey(d.info);
    const list = index.get(key);
    if (list) list.push(d);
    else index.set(key, [d]);
  }
  return index;
}

/** A deny policy cancels an allow grant when it names the same group on all of its resources. */
function cancelled(g: ResolvedGrant, input: RuleInput, denies: Map<string, ResolvedGrant[]>): boolean {
  if (!denies.size) return false;
  const include = input.model.policies[g.policyIndex]?.include ?? [];
  if (!include.length) return false;
  return (denies.get(groupKey(g.info)) ?? []).some((d) =>
    include.every((r) => (input.model.policies[d.policyIndex]?.include ?? []).some((dr) => coversOne(dr, r))),
  );
}

// About ten rules ask for the allowed grants of the same run: worked out once per grant list.
const allowedMemo = new WeakMap<readonly ResolvedGrant[], { model: TokenModel; list: ResolvedGrant[] }>();

/** Allow grants as written: allow policies, minus what deny policies take back. */
export function allowedAsWritten(input: RuleInput): ResolvedGrant[] {
  const memo = allowedMemo.get(input.grants);
  if (memo && memo.model === input.model) return memo.list;
  const denies = denyIndex(input);
  const list = input.grants.filter((g) => g.effect === 'allow' && !cancelled(g, input, denies));
  allowedMemo.set(input.grants, { model: input.model, list });
  return list;
}

const possibleMemo = new WeakMap<readonly ResolvedGrant[], ResolvedGrant[]>();

/**
 * Grants that really allow something: allowedAsWritten, minus user-level groups on an account
 * token, which grant nothing there (docs/cloudflare-tokens.md §account-owned-tokens; account-token-incompatible says so).
 */
export function allowed(input: RuleInput): ResolvedGrant[] {
  const all = allowedAsWritten(input);
  if (input.model.owner !== 'account') return all;
  let list = possibleMemo.get(all);
  if (!list) possibleMemo.set(all, (list = all.filter((g) => scopeOf(g) !== 'user')));
  return list;
}

// Most rules ask for the distinct groups of the same allowed list: worked out once per list.
const distinctMemo = new WeakMap<readonly ResolvedGrant[], ResolvedGrant[]>();

/** The first grant of each permission group. Treat the result as read-only (it may be shared). */
export function distinct(grants: ResolvedGrant[]): ResolvedGrant[] {
  const memo = distinctMemo.get(grants);
  if (memo) return memo;
  const seen = new Set<string>();
  const list = grants.filter((g) => {
    const key = groupKey(g.info);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  distinctMemo.set(grants, list);
  return list;
}

export const isReadOnly = (g: ResolvedGrant): boolean => g.info.level === 'read';
export const scopeOf = (g: ResolvedGrant) => g.info.scope ?? g.scope;
export const policyOf = (input: RuleInput, g: ResolvedGrant): Policy | undefined => input.model.policies[g.policyIndex];

/** The Read group of the same product and scope ("DNS Write" -> "DNS Read"), if there is one. */
export function readVariantOf(info: PermissionInfo): PermissionInfo | undefined {
  if (info.level === 'read') return undefined;
  if (readMemo.has(info)) return readMemo.get(info);
  const found = findReadVariant(info);
  readMemo.set(info, found);
  return found;
}

const readMemo = new WeakMap<PermissionInfo, PermissionInfo | undefined>();

function findReadVariant(info: PermissionInfo): PermissionInfo | undefined {
  const scope = info.scope;
  const fits = (r: PermissionInfo | undefined) =>
    r && r.known && r.level === 'read' && r.scope === scope && r.id !== info.id ? r : undefined;
  const byKey = info.known && info.key ? fits(lookupKey(info.key, 'read')) : undefined;
  if (byKey) return byKey;
  const base = info.name.trim().replace(/\s*\b(write|edit|admin)$/i, '');
  return fits(lookupPermission(`${base} Read`, scope));
}

/** "All" resources a policy reaches: every zone, the zones of one account, every account. */
export function reach(policy: Policy | undefined): { allZones: boolean; accountZones: boolean; allAccounts: boolean } {
  const inc = policy?.include ?? [];
  return {
    allZones: inc.some((r) => (r.type === 'zone' && r.id === '*') || (r.type === 'account-zones' && r.accountId === '*')),
    accountZones: inc.some((r) => r.type === 'account-zones' && r.accountId !== '*'),
    allAccounts: inc.some((r) => r.type === 'account' && r.id === '*'),
  };
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The limits a token still lacks: what to add ("an IP filter"), and the section to add it in. */
export function missingLimits(model: TokenModel): { what: string; where: string }[] {
  return [
    ...(model.ipFilter?.in.length ? [] : [{ what: model.ipFilter?.notIn.length ? 'an "Is in" list to its IP filter' : 'an IP filter', where: 'Client IP Address Filtering' }]),
    ...(model.ttl?.expiresOn ? [] : [{ what: 'an end date', where: placesFor(model).ttl }]),
  ];
}

/** Ends a catalog text with a full stop, whatever its source wrote. */
export const sentence = (s: string): string => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
