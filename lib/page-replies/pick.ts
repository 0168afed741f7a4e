// The allow-list: from a token or permission-group object of the API, only the fields Token Lens
// uses are copied into a new object. Everything else (a create or roll reply's secret `value`, a
// group's `meta`, policy IDs, anything Cloudflare adds later) is never read, so it can't be
// copied. Runs in the page's world (page-replies observer) and again in the content script (the
// page can post anything). Pure; never throws; hand-written checks (no zod in content scripts).
//
// Safe in the page's world: the globals it uses are taken when the module loads, which is at
// document_start, before any page script could replace them.

const isArray = Array.isArray;
const keysOf = Object.keys;
const hasOwn = Object.prototype.hasOwnProperty;

export type Status = 'active' | 'disabled' | 'expired';

export interface PickedGroupRef {
  id?: string;
  name?: string;
}

export interface PickedPolicy {
  effect: 'allow' | 'deny';
  permission_groups: PickedGroupRef[];
  /** Resource key → "*" or one nested level of the same (docs/cloudflare-tokens.md §policies-and-resources). */
  resources: Record<string, '*' | Record<string, '*'>>;
}

/** A token as List Tokens / Token Details describe it, with the listed fields only. */
export interface PickedToken {
  id: string;
  name?: string;
  status?: Status;
  issued_on?: string;
  modified_on?: string;
  last_used_on?: string;
  not_before?: string;
  expires_on?: string;
  /** Absent when the reply had none (then the token can't be rated from it). */
  policies?: PickedPolicy[];
  condition?: { request_ip: { in?: string[]; not_in?: string[] } };
}

/** A permission group as List Permission Groups describes it. */
export interface PickedGroup {
  id: string;
  name: string;
  scopes: string[];
}

export const LIMITS = { tokens: 1000, policies: 50, groupsPerPolicy: 500, resources: 500, groups: 3000, cidrs: 200, scopes: 10 } as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !isArray(v);
/** An own property only: nothing inherited from a polluted prototype. */
const own = (o: Obj, k: string): unknown => (hasOwn.call(o, k) ? o[k] : undefined);

const ID_RE = /^[A-Za-z0-9]{1,64}$/;
const DATE_RE = /^[0-9][0-9T:.+\-Z ]{5,39}$/;
const CIDR_RE = /^[0-9A-Fa-f.:/]{2,64}$/;
/** Resource keys (docs/cloudflare-tokens.md §policies-and-resources): com.cloudflare.api.… or com.cloudflare.edge.…, nothing else. */
const KEY_RE = /^com\.cloudflare\.(?:api|edge)(?:\.[A-Za-z0-9_*-]{1,120}){1,8}$/;
/** Permission-group scopes: com.cloudflare.api.account, ….zone, ….user, com.cloudflare.edge.r2.bucket… */
const SCOPE_RE = /^com\.cloudflare\.[a-z0-9._-]{1,100}$/;
const STATUSES: readonly string[] = ['active', 'disabled', 'expired'];

const idOf = (v: unknown): string | undefined => (typeof v === 'string' && ID_RE.test(v) ? v : undefined);
const textOf = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined);
const dateOf = (v: unknown): string | undefined => (typeof v === 'string' && DATE_RE.test(v) ? v : undefined);

function set<T extends object, K extends keyof T>(out: T, key: K, v: T[K] | undefined): void {
  if (v !== undefined) out[key] = v;
}

function pickGroupRef(raw: unknown): PickedGroupRef | undefined {
  if (!isObj(raw)) return undefined;
  const out: PickedGroupRef = {};
  set(out, 'id', idOf(own(raw, 'id')));
  set(out, 'name', textOf(own(raw, 'name'), 200));
  return out.id || out.name ? out : undefined;
}

function pickResources(raw: unknown): PickedPolicy['resources'] | undefined {
  if (!isObj(raw)) return undefined;
  const out: PickedPolicy['resources'] = {};
  let n = 0;
  for (const key of keysOf(raw)) {
    if (n >= LIMITS.resources || !KEY_RE.test(key)) continue;
    const v = raw[key];
    if (typeof v === 'string') {
      // The API's values are "*"; the value carries no meaning we use, so it is never copied.
      out[key] = '*';
      n++;
    } else if (isObj(v)) {
      const inner: Record<string, '*'> = {};
      for (const k of keysOf(v)) if (n < LIMITS.resources && KEY_RE.test(k) && typeof v[k] === 'string') (inner[k] = '*'), n++;
      out[key] = inner;
    }
  }
  return out;
}

function pickPolicy(raw: unknown): PickedPolicy | undefined {
  if (!isObj(raw)) return undefined;
  const effect = own(raw, 'effect');
  const groups = own(raw, 'permission_groups');
  const resources = pickResources(own(raw, 'resources'));
  if ((effect !== 'allow' && effect !== 'deny') || !isArray(groups) || !resources) return undefined;
  const permission_groups: PickedGroupRef[] = [];
  for (let i = 0; i < groups.length && i < LIMITS.groupsPerPolicy; i++) {
    const g = pickGroupRef(groups[i]);
    if (!g) return undefined; // a group we can't name: the policy would read narrower than it is
    permission_groups.push(g);
  }
  return { effect, permission_groups, resources };
}

function cidrs(v: unknown): string[] | undefined {
  if (!isArray(v)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < v.length && i < LIMITS.cidrs; i++) {
    const c = v[i];
    if (typeof c !== 'string' || !CIDR_RE.test(c)) return undefined;
    out.push(c);
  }
  return out;
}

/** The IP filter; null when it is there but can't be read (then it must not pass for "none"). */
function pickCondition(raw: unknown): PickedToken['condition'] | null {
  if (!isObj(raw)) return null;
  const ip = own(raw, 'request_ip') ?? own(raw, 'request.ip');
  if (ip === undefined || ip === null) return { request_ip: {} };
  if (!isObj(ip)) return null;
  const request_ip: { in?: string[]; not_in?: string[] } = {};
  for (const [from, to] of [['in', 'in'], ['not_in', 'not_in']] as const) {
    const v = own(ip, from);
    if (v === undefined || v === null) continue;
    const list = cidrs(v);
    if (!list) return null;
    request_ip[to] = list;
  }
  return { request_ip };
}

/** A token object → its listed fields, or undefined when it has no usable ID. */
export function pickToken(raw: unknown): PickedToken | undefined {
  if (!isObj(raw)) return undefined;
  const id = idOf(own(raw, 'id'));
  if (!id) return undefined;
  const out: PickedToken = { id };
  set(out, 'name', textOf(own(raw, 'name'), 200));
  const status = own(raw, 'status');
  if (typeof status === 'string' && STATUSES.includes(status)) out.status = status as Status;
  set(out, 'issued_on', dateOf(own(raw, 'issued_on')));
  set(out, 'modified_on', dateOf(own(raw, 'modified_on')));
  set(out, 'last_used_on', dateOf(own(raw, 'last_used_on')));
  set(out, 'not_before', dateOf(own(raw, 'not_before')));
  set(out, 'expires_on', dateOf(own(raw, 'expires_on')));
  const policies = own(raw, 'policies');
  if (isArray(policies) && policies.length <= LIMITS.policies) {
    const picked: PickedPolicy[] = [];
    for (const p of policies) {
      const policy = pickPolicy(p);
      if (!policy) return out; // one unreadable policy: no policies at all rather than too few
      picked.push(policy);
    }
    out.policies = picked;
  }
  const condition = own(raw, 'condition');
  if (condition !== undefined && condition !== null) {
    const c = pickCondition(condition);
    if (c) out.condition = c;
    else delete out.policies; // rated without its IP filter, it would look wider than it is
  }
  return out;
}

export function pickGroup(raw: unknown): PickedGroup | undefined {
  if (!isObj(raw)) return undefined;
  const id = idOf(own(raw, 'id'));
  const name = textOf(own(raw, 'name'), 200);
  const scopes = own(raw, 'scopes');
  if (!id || !name || !isArray(scopes)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < scopes.length && i < LIMITS.scopes; i++) {
    const s = scopes[i];
    if (typeof s === 'string' && SCOPE_RE.test(s)) out.push(s);
  }
  return { id, name, scopes: out };
}

/** Each item of a list that `pick` accepts, up to `max`. */
export function pickList<T>(raw: unknown, pick: (v: unknown) => T | undefined, max: number): T[] | undefined {
  if (!isArray(raw)) return undefined;
  const out: T[] = [];
  for (let i = 0; i < raw.length && out.length < max; i++) {
    const v = pick(raw[i]);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** The `result` of an API envelope `{ success, result }`, when it reports success. */
export function resultOf(json: unknown): unknown {
  if (!isObj(json) || own(json, 'success') === false) return undefined;
  return own(json, 'result');
}
