// The one typed model of a token that every reader produces and the analyzer consumes.
// Parsers: lib/policy/parse-api-token.ts (API JSON), lib/policy/parse-deep-link.ts (dashboard
// link), lib/dashboard/read-*.ts (dashboard pages).
// Checked by hand, not with zod: the analyzer runs in the content script, and zod would add
// ~8 KB gzip to it (size budget). The checks are the ones the zod schema used to make.

export type Scope = 'account' | 'zone' | 'user' | 'r2_bucket';

/**
 * One resource a policy includes or excludes. `id: '*'` means "all".
 * - account: one account, or all accounts
 * - zone: one zone, or all zones in all accounts
 * - account-zones: all zones of one account (or of all accounts: accountId '*')
 * - user: the token owner's user
 * - r2-bucket: one R2 bucket, or all buckets of `accountId`
 * - other: a resource key we don't understand, kept as written
 */
export type Resource =
  | { type: 'account'; id: string; label?: string }
  | { type: 'zone'; id: string; label?: string }
  | { type: 'account-zones'; accountId: string; label?: string }
  | { type: 'user'; id: string; label?: string }
  | { type: 'r2-bucket'; id: string; accountId?: string; label?: string }
  | { type: 'other'; key: string; label?: string };

/**
 * A permission group as a reader found it. `ref` is a stable handle chosen by the reader
 * (e.g. "row-3") so findings can point back at the row that caused them.
 * `name` is what was shown or sent ("DNS Edit", "DNS Write"); `id` when known.
 */
export interface Grant {
  ref: string;
  name: string;
  id?: string;
  scope?: Scope;
}

export interface Policy {
  effect: 'allow' | 'deny';
  permissions: Grant[];
  /** Empty include = the page didn't say (e.g. resources not chosen yet). */
  include: Resource[];
  exclude: Resource[];
}

/** Validated CIDR strings (IPv4 or IPv6; a bare address means /32 or /128). */
export interface IpFilter {
  in: string[];
  notIn: string[];
}

export interface TokenModel {
  name?: string;
  /** Who owns the token, when the source says. */
  owner?: 'user' | 'account';
  /** Where the model came from. */
  source: 'api' | 'deep-link' | 'classic-form' | 'classic-summary' | 'account-builder' | 'recipe' | 'other';
  policies: Policy[];
  /** undefined = not known from this source; { in: [], notIn: [] } = no filter. */
  ipFilter?: IpFilter;
  /** undefined = not known from this source; {} = no dates set. ISO 8601 UTC strings. */
  ttl?: { notBefore?: string; expiresOn?: string };
  /** The token's ID, status and use, only from the API (list or details reply). ISO 8601 UTC. */
  id?: string;
  status?: 'active' | 'disabled' | 'expired';
  issuedOn?: string;
  /** undefined with `issuedOn` known: never used. */
  lastUsedOn?: string;
}

/** A parser's answer: never an exception. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown) => v === undefined || isStr(v);
const oneOf = (v: unknown, list: readonly string[]) => isStr(v) && list.includes(v);
const allOf = (v: unknown, ok: (x: unknown) => boolean) => Array.isArray(v) && v.every(ok);

const SCOPES = ['account', 'zone', 'user', 'r2_bucket'];
const SOURCES = ['api', 'deep-link', 'classic-form', 'classic-summary', 'account-builder', 'recipe', 'other'];

function isResource(r: unknown): boolean {
  if (!isObj(r) || !optStr(r.label)) return false;
  switch (r.type) {
    case 'account': case 'zone': case 'user': return isStr(r.id);
    case 'account-zones': return isStr(r.accountId);
    case 'r2-bucket': return isStr(r.id) && optStr(r.accountId);
    case 'other': return isStr(r.key);
    default: return false;
  }
}

const isGrant = (g: unknown) =>
  isObj(g) && isStr(g.ref) && isStr(g.name) && optStr(g.id) && (g.scope === undefined || oneOf(g.scope, SCOPES));

const isPolicy = (p: unknown) =>
  isObj(p) && oneOf(p.effect, ['allow', 'deny']) && allOf(p.permissions, isGrant) && allOf(p.include, isResource) && allOf(p.exclude, isResource);

/** True when `m` has the shape of a TokenModel (extra keys are allowed and ignored). */
export function isTokenModel(m: unknown): m is TokenModel {
  if (!isObj(m) || !optStr(m.name) || !oneOf(m.source, SOURCES) || !allOf(m.policies, isPolicy)) return false;
  if (m.owner !== undefined && !oneOf(m.owner, ['user', 'account'])) return false;
  if (m.ipFilter !== undefined && !(isObj(m.ipFilter) && allOf(m.ipFilter.in, isStr) && allOf(m.ipFilter.notIn, isStr))) return false;
  if (!optStr(m.id) || !optStr(m.issuedOn) || !optStr(m.lastUsedOn)) return false;
  if (m.status !== undefined && !oneOf(m.status, ['active', 'disabled', 'expired'])) return false;
  return m.ttl === undefined || (isObj(m.ttl) && optStr(m.ttl.notBefore) && optStr(m.ttl.expiresOn));
}

/** The checker with the zod-like face the analyzer and tests use. */
export const TokenModelSchema = {
  safeParse: (m: unknown): { success: true; data: TokenModel } | { success: false } =>
    isTokenModel(m) ? { success: true, data: m } : { success: false },
};
