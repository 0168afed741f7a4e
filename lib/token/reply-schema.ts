// The verify reply as Cloudflare sends it (docs/cloudflare-tokens.md §verify-success-reply,
// docs/cloudflare-tokens.md §verify-failure-replies). Extra fields are ignored; missing or mistyped
// ones make the reply "bad-reply" rather than a guess. Checked by hand, not with zod: zod was a
// third of the popup's first load (issue 6, part 1), as lib/policy/model.ts does for the content
// script. The checks are the ones the zod schema made.

export interface Problem {
  /** Usually there; an item without one is still read (its message may say what happened). */
  code?: number;
  message?: unknown;
  error_chain?: Array<{ code: number }>;
}

export interface Envelope {
  success: boolean;
  errors: Problem[];
  messages?: unknown[];
  result?: unknown;
}

export interface VerifyResult {
  /** Not needed for the verdict: a reply without it still says whether the token works. */
  id?: string;
  status: 'active' | 'disabled' | 'expired';
  /** Left out when not set (docs/cloudflare-tokens.md §verify-success-reply); null accepted too. */
  not_before?: string | null;
  expires_on?: string | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const hasCode = (v: unknown): v is Obj & { code: number } => isObj(v) && isNum(v.code);
const optDate = (v: unknown) => v === undefined || v === null || typeof v === 'string';
const STATUSES: readonly unknown[] = ['active', 'disabled', 'expired'];

const isProblem = (p: unknown): p is Problem =>
  isObj(p) && (p.code === undefined || isNum(p.code)) &&
  (p.error_chain === undefined || (Array.isArray(p.error_chain) && p.error_chain.every(hasCode)));

/** The reply's envelope, or null when it is not shaped like one. */
export function readEnvelope(json: unknown): Envelope | null {
  if (!isObj(json) || typeof json.success !== 'boolean') return null;
  if (!Array.isArray(json.errors) || !json.errors.every(isProblem)) return null;
  if (json.messages !== undefined && !Array.isArray(json.messages)) return null;
  return json as unknown as Envelope;
}

/** The verify result, or null when it is not shaped like one. */
export function readVerifyResult(result: unknown): VerifyResult | null {
  if (!isObj(result) || (result.id !== undefined && typeof result.id !== 'string') || !STATUSES.includes(result.status)) return null;
  if (!optDate(result.not_before) || !optDate(result.expires_on)) return null;
  return result as unknown as VerifyResult;
}

/** The reply says a 9109 is about where the request came from (an IP filter, docs/cloudflare-tokens.md §verify-failure-replies). */
export function fromLocation(envelope: Envelope): boolean {
  return envelope.errors.some((e) => e.code === 9109 && typeof e.message === 'string' && /\blocation\b/i.test(e.message));
}

/** Every error code in the reply, chains included (items without a code add none). */
export function errorCodes(envelope: Envelope): number[] {
  return envelope.errors.flatMap((e) => [...(e.code === undefined ? [] : [e.code]), ...(e.error_chain ?? []).map((c) => c.code)]);
}
