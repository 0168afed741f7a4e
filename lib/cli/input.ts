// What the CLI was given, told by its shape (pure; never throws):
//   - a Token Details reply: `{ success, result: { ...token, policies } }`
//   - a List Tokens reply: `{ success, result: [tokens], result_info }`, or several pages of it,
//     one after another or in a JSON array
//   - a bare token object (with `policies`), or an array of them
//   - `terraform show -json` output (lib/cli/terraform.ts)
// Errors say what the JSON is instead, in a few words; they never quote it.
import { isTerraformJson, terraformTokens } from './terraform';

export interface TokenSource {
  /** The token in the API's shape (GET /user/tokens/{id}'s result). */
  raw: unknown;
  /** Who owns it, when the input says (Terraform's resource type, the endpoint that listed it). */
  owner?: 'user' | 'account';
  /** Terraform resource address, e.g. `module.ci.cloudflare_api_token.deploy`. */
  address?: string;
  /** Known before parsing: why the token can't be judged. */
  problem?: string;
  /**
   * The input keeps no last use at all (Terraform provider v4 has no `last_used_on`): the token's
   * use is unknown, so it is neither called unused nor "never used".
   */
  lastUseUnknown?: boolean;
}

export type InputKind = 'token-details' | 'token-list' | 'tokens' | 'terraform';

export type InputTokens = { ok: true; kinds: InputKind[]; tokens: TokenSource[] } | { ok: false; error: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isToken = (v: unknown) => isObj(v) && 'policies' in v;

export const EXPECTED = 'expected a Token Details or List Tokens reply, token objects (with "policies"), or `terraform show -json` output';

/** The reply's error codes, numbers only. */
function codesOf(envelope: Obj): string {
  const codes = (Array.isArray(envelope.errors) ? envelope.errors : [])
    .map((e) => (isObj(e) && typeof e.code === 'number' ? e.code : undefined))
    .filter((c): c is number => c !== undefined);
  return codes.length ? ` (code ${codes.join(', ')})` : '';
}

interface Found {
  kind?: InputKind;
  tokens: TokenSource[];
  error?: string;
}

function fromEnvelope(doc: Obj): Found {
  if (doc.success === false) return { tokens: [], error: `it is an API error reply${codesOf(doc)}, not tokens` };
  const { result } = doc;
  if (Array.isArray(result)) {
    // Another list (zones, accounts...): not one entry is a token.
    if (result.length > 0 && !result.some(isToken)) return { tokens: [], error: `it is an API reply without tokens in it; ${EXPECTED}` };
    return {
      kind: 'token-list',
      tokens: result.map((t) => (isToken(t) ? { raw: t } : { raw: t, problem: 'this list entry has no "policies"' })),
    };
  }
  if (isToken(result)) return { kind: 'token-details', tokens: [{ raw: result }] };
  if (isObj(result) && 'status' in result) {
    return { tokens: [], error: 'it is a verify reply: it says whether a token works, not what it may do; use a List Tokens or Token Details reply' };
  }
  return { tokens: [], error: `it is an API reply without tokens in it; ${EXPECTED}` };
}

function fromDoc(doc: unknown, depth: number): Found {
  if (isTerraformJson(doc)) {
    const tokens = terraformTokens(doc);
    if (!tokens) return { tokens: [], error: 'it is `terraform show -json` output without values (show a state, or a plan saved with -out)' };
    return { kind: 'terraform', tokens };
  }
  if (isObj(doc) && 'result' in doc && !('policies' in doc)) return fromEnvelope(doc);
  if (isToken(doc)) return { kind: 'tokens', tokens: [{ raw: doc }] };
  if (Array.isArray(doc) && depth === 0) {
    if (doc.length === 0) return { tokens: [], error: 'it is an empty list' };
    // Tokens, or pages (replies, Terraform outputs) gathered into one array.
    if (doc.every(isToken)) return { kind: 'tokens', tokens: doc.map((raw) => ({ raw })) };
    return merge(doc.map((d) => fromDoc(d, depth + 1)));
  }
  return { tokens: [], error: `it holds no Cloudflare API token: ${EXPECTED}` };
}

function merge(parts: Found[]): Found {
  const bad = parts.find((p) => p.error);
  if (bad) return bad;
  return { kind: parts.find((p) => p.kind)?.kind, tokens: parts.flatMap((p) => p.tokens) };
}

const EMPTY: Record<InputKind, string> = {
  'token-details': 'it holds no token',
  'token-list': 'it is a List Tokens reply with no tokens in it',
  tokens: 'it holds no token',
  terraform: 'it is `terraform show -json` output without a cloudflare_api_token or cloudflare_account_token resource',
};

export function tokensFromDocuments(docs: unknown[]): InputTokens {
  const parts = docs.map((d) => fromDoc(d, 0));
  const bad = parts.findIndex((p) => p.error);
  if (bad >= 0) {
    const which = docs.length > 1 ? ` (JSON document ${bad + 1} of ${docs.length})` : '';
    return { ok: false, error: `${parts[bad].error}${which}` };
  }
  const kinds = [...new Set(parts.map((p) => p.kind).filter((k): k is InputKind => k !== undefined))];
  // Pages fetched twice, or overlapping, list a token twice: each ID is audited once.
  const seen = new Set<string>();
  const tokens: TokenSource[] = [];
  for (const t of parts.flatMap((p) => p.tokens)) {
    const id = isObj(t.raw) && typeof t.raw.id === 'string' && !t.address ? t.raw.id : undefined;
    if (id !== undefined) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    tokens.push(t);
  }
  if (tokens.length === 0) return { ok: false, error: EMPTY[kinds[0] ?? 'tokens'] };
  return { ok: true, kinds, tokens };
}
