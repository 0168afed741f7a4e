// Tokens in `terraform show -json` output (a state, or a saved plan), written back into the API's
// shape so that parseApiToken reads them like any other token. Pure; never throws.
//
// Resources of type cloudflare_api_token (user-owned) and cloudflare_account_token (account-owned),
// managed ones only, from `values.root_module` (a state) or `planned_values.root_module` (a plan:
// what apply would leave; resources about to be destroyed are not in it), child modules included.
// The Cloudflare provider wrote the same token two ways:
//   v4: `policy` blocks (a list) with `permission_groups` as a list of IDs and `resources` as a
//       map; `condition` and `request_ip` are blocks, so lists of one object in the JSON.
//   v5: `policies` (a list) with `permission_groups` as objects `{ id }` and `resources` as a
//       JSON-encoded string (early 5.x: a map); `condition.request_ip` plain objects.
// Both keep expires_on / not_before; a state also has status and issued_on, and v5 last_used_on
// (null: never used). Where the values have no last_used_on key at all (v4, or a plan that does
// not know it), the token's use is unknown: the unused-token rule does not judge it.
// The resource's `value` (the secret itself) is never read.
import type { TokenSource } from './input';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

export const TERRAFORM_TYPES: Readonly<Record<string, 'user' | 'account'>> = {
  cloudflare_api_token: 'user',
  cloudflare_account_token: 'account',
};

/** True for `terraform show -json` output (a state or a plan). */
export function isTerraformJson(json: unknown): json is Obj {
  return isObj(json) && typeof json.format_version === 'string' && !('policies' in json) && !('result' in json);
}

/** A block written as a list of one object (v4), or the object itself (v5). */
const block = (v: unknown): Obj | undefined => (Array.isArray(v) ? (isObj(v[0]) ? v[0] : undefined) : isObj(v) ? v : undefined);

function resourcesOf(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw; // parseResources then says the policy has no resources list it can read.
  }
}

function policyOf(raw: unknown): unknown {
  if (!isObj(raw)) return raw;
  const groups = Array.isArray(raw.permission_groups)
    ? raw.permission_groups.map((g) => (typeof g === 'string' ? { id: g } : isObj(g) ? { id: g.id, ...(typeof g.name === 'string' ? { name: g.name } : {}) } : g))
    : raw.permission_groups;
  return { effect: raw.effect ?? 'allow', permission_groups: groups, resources: resourcesOf(raw.resources) };
}

function conditionOf(raw: unknown): unknown {
  const condition = block(raw);
  if (!condition) return undefined;
  const ip = block(condition.request_ip);
  if (!ip) return undefined;
  return { request_ip: { in: ip.in ?? [], not_in: ip.not_in ?? [] } };
}

/** One resource's values, in the API's words. */
export function apiShapeOf(values: Obj): Obj {
  const policies = values.policies ?? values.policy;
  return {
    ...(str(values.id) ? { id: values.id } : {}),
    ...(typeof values.name === 'string' ? { name: values.name } : {}),
    ...(str(values.status) ? { status: values.status } : {}),
    ...(str(values.issued_on) ? { issued_on: values.issued_on } : {}),
    ...(str(values.last_used_on) ? { last_used_on: values.last_used_on } : {}),
    ...(str(values.not_before) ? { not_before: values.not_before } : {}),
    ...(str(values.expires_on) ? { expires_on: values.expires_on } : {}),
    ...(policies !== undefined && policies !== null ? { policies: Array.isArray(policies) ? policies.map(policyOf) : policies } : {}),
    ...(conditionOf(values.condition) ? { condition: conditionOf(values.condition) } : {}),
  };
}

function collect(module: unknown, out: TokenSource[], depth = 0): void {
  if (!isObj(module) || depth > 50) return;
  for (const r of Array.isArray(module.resources) ? module.resources : []) {
    if (!isObj(r) || (r.mode !== undefined && r.mode !== 'managed') || typeof r.type !== 'string') continue;
    const owner = TERRAFORM_TYPES[r.type];
    if (!owner) continue;
    const address = typeof r.address === 'string' ? r.address : `${r.type}.${String(r.name)}`;
    if (!isObj(r.values)) {
      out.push({ raw: undefined, owner, address, problem: 'its values are not in this output' });
      continue;
    }
    const raw = apiShapeOf(r.values);
    const problem = raw.policies === undefined ? 'its policies are not in this output (a plan leaves out what is only known after apply)' : undefined;
    const lastUseUnknown = !('last_used_on' in r.values);
    out.push({ raw, owner, address, ...(problem ? { problem } : {}), ...(lastUseUnknown ? { lastUseUnknown } : {}) });
  }
  for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) collect(child, out, depth + 1);
}

/** Every token resource in the output; `undefined` when it has neither values nor planned values. */
export function terraformTokens(json: Obj): TokenSource[] | undefined {
  const values = isObj(json.values) ? json.values : isObj(json.planned_values) ? json.planned_values : undefined;
  if (!values) return undefined;
  const out: TokenSource[] = [];
  collect(values.root_module, out);
  return out;
}
