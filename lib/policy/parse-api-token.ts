// Reads the API's token object (GET /user/tokens/{id} or /accounts/{id}/tokens/{id};
// docs/cloudflare-tokens.md §token-model) into the token model. Accepts the bare object, the
// `{ success, result }` envelope, or the JSON text of either. Never throws.
import { lookupPermission } from '../catalog/lookup';
import type { Grant, Policy, ParseResult, Resource, Scope, TokenModel } from './model';
import { dateOf, ipFilterOf } from './conditions';
import { parseResources } from './resources';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const fail = (error: string): ParseResult<TokenModel> => ({ ok: false, error });

/** Unwraps the envelope; explains replies that are not one token's details. */
function tokenObject(json: unknown): Obj | string {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return 'This is not valid JSON.';
    }
  }
  if (!isObj(data)) return 'Expected a token object (JSON with "policies"), but got something else.';
  if ('result' in data && !('policies' in data)) {
    if (data.success === false) return 'The API reply reports an error instead of a token.';
    data = Array.isArray(data.result) && data.result.length === 1 ? data.result[0] : data.result;
    if (Array.isArray(data)) return `This is a list of ${data.length} tokens; use the reply for one token.`;
  }
  if (!isObj(data)) return 'The reply has no token object in it.';
  if (!('policies' in data)) {
    // /tokens/verify answers { id, status, expires_on } and says nothing about permissions.
    return 'This reply has no permissions in it (a verify reply looks like this); use the token details reply.';
  }
  return data;
}

/** A policy's resources all of one kind tell which scope its groups work at. */
export function scopeOf(resources: Resource[]): Scope | undefined {
  const kinds = new Set(resources.map((r) => (r.type === 'account-zones' ? 'zone' : r.type)));
  if (kinds.size !== 1) return undefined;
  const [kind] = kinds;
  return kind === 'r2-bucket' ? 'r2_bucket' : kind === 'other' ? undefined : kind;
}

export function grantOf(raw: unknown, ref: string, resourceScope: Scope | undefined): Grant | undefined {
  if (!isObj(raw)) return undefined;
  const id = typeof raw.id === 'string' && raw.id.trim() ? raw.id.trim() : undefined;
  let name = typeof raw.name === 'string' && raw.name.trim() ? raw.name.trim() : undefined;
  if (!id && !name) return undefined;
  // Only `id` is required by the API. The catalog's answer for the id gives a readable name
  // and the group's own scope; the policy's resources are the fallback for unknown ids.
  const info = id ? lookupPermission(id, resourceScope) : undefined;
  name ??= info?.name ?? id ?? '';
  const scope = (info?.known ? info.scope : undefined) ?? resourceScope;
  return { ref, name, ...(id ? { id } : {}), ...(scope ? { scope } : {}) };
}

function policyOf(raw: unknown, i: number): Policy | string {
  const where = `Policy ${i + 1}`;
  if (!isObj(raw)) return `${where} is not an object.`;
  if (raw.effect !== 'allow' && raw.effect !== 'deny') return `${where} has no effect ("allow" or "deny").`;
  if (!Array.isArray(raw.permission_groups)) return `${where} has no list of permission groups.`;
  const resources = parseResources(raw.resources, where);
  if (!resources.ok) return resources.error;
  const scope = scopeOf(resources.value);
  const permissions: Grant[] = [];
  for (const [j, g] of raw.permission_groups.entries()) {
    const grant = grantOf(g, `p${i}-g${j}`, scope);
    if (!grant) return `${where}, permission group ${j + 1} has neither an id nor a name.`;
    permissions.push(grant);
  }
  // A deny policy's resources are what it takes away; we keep them as its include list.
  return { effect: raw.effect, permissions, include: resources.value, exclude: [] };
}

export interface ParseApiTokenOptions {
  /** Who owns the token, when the caller knows which endpoint answered. */
  owner?: 'user' | 'account';
}

export function parseApiToken(json: unknown, opts: ParseApiTokenOptions = {}): ParseResult<TokenModel> {
  try {
    const token = tokenObject(json);
    if (typeof token === 'string') return fail(token);
    if (!Array.isArray(token.policies)) return fail('The token\'s "policies" is not a list.');
    const policies: Policy[] = [];
    for (const [i, raw] of token.policies.entries()) {
      const policy = policyOf(raw, i);
      if (typeof policy === 'string') return fail(policy);
      policies.push(policy);
    }
    const ipFilter = ipFilterOf(token.condition);
    if (typeof ipFilter === 'string') return fail(ipFilter);
    const notBefore = dateOf(token.not_before, 'start date (not_before)');
    const expiresOn = dateOf(token.expires_on, 'end date (expires_on)');
    const dateError = notBefore.error ?? expiresOn.error;
    if (dateError) return fail(dateError);
    // ID, status and use: kept only when well-formed (the verifier and the CLI never depend on them).
    const issuedOn = dateOf(token.issued_on, 'issue date').date;
    const lastUsedOn = dateOf(token.last_used_on, 'last use').date;
    const status = token.status === 'active' || token.status === 'disabled' || token.status === 'expired' ? token.status : undefined;
    const model: TokenModel = {
      ...(typeof token.name === 'string' ? { name: token.name } : {}),
      ...(opts.owner ? { owner: opts.owner } : {}),
      source: 'api',
      policies,
      ipFilter,
      ttl: { ...(notBefore.date ? { notBefore: notBefore.date } : {}), ...(expiresOn.date ? { expiresOn: expiresOn.date } : {}) },
      ...(typeof token.id === 'string' && token.id ? { id: token.id } : {}),
      ...(status ? { status } : {}),
      ...(issuedOn ? { issuedOn } : {}),
      ...(lastUsedOn ? { lastUsedOn } : {}),
    };
    return { ok: true, value: model };
  } catch {
    return fail('This token JSON could not be read.');
  }
}
