// After "Works": the token's own details, permissions included, asked for with the same token (GET
// /user/tokens/{id} or /accounts/{account}/tokens/{id},
// docs/cloudflare-tokens.md §token-details-and-other-endpoints). That needs API Tokens Read
// (Account API Tokens Read for an account token); most tokens don't have it, and the answer is then
// a refusal the popup explains in one line. Only to api.cloudflare.com, given up after 10 s; the
// reply's own words are never shown.
import { errorCodes, readEnvelope } from './reply-schema';
import { API_BASE, isAccountId, normalizeAccountId, type Endpoint } from './verify-request';

export const DETAILS_TIMEOUT_MS = 10_000;
/** A token ID as the verify reply gives it (docs/cloudflare-tokens.md §verify-success-reply); nothing else goes into the path. */
const TOKEN_ID = /^[0-9A-Za-z]{1,32}$/;

export type DetailsAnswer =
  | { kind: 'ok'; result: unknown }
  | { kind: 'not-allowed'; detail: string }
  | { kind: 'failed'; detail: string };

export function tokenDetailsUrl(endpoint: Endpoint, tokenId: string, accountId = ''): string {
  if (!TOKEN_ID.test(tokenId)) throw new Error('tokenDetailsUrl: not a token ID');
  if (endpoint === 'user') return `${API_BASE}/user/tokens/${tokenId}`;
  if (!isAccountId(accountId)) throw new Error('tokenDetailsUrl: the account ID must be 32 hex characters');
  return `${API_BASE}/accounts/${normalizeAccountId(accountId)}/tokens/${tokenId}`;
}

export function canAskDetails(tokenId: string | undefined, endpoint: Endpoint | undefined, accountId = ''): boolean {
  return tokenId !== undefined && TOKEN_ID.test(tokenId) && (endpoint === 'user' || (endpoint === 'account' && isAccountId(accountId)));
}

/** The answer, read: the token object, a refusal (no permission to read it), or no usable answer. */
export function readDetails(status: number, body: string): DetailsAnswer {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const envelope = readEnvelope(json);
  const codes = envelope ? errorCodes(envelope) : [];
  const detail = codes.length ? `HTTP ${status}, code ${codes.join(', ')}` : `HTTP ${status}`;
  if (status >= 200 && status < 300 && envelope?.success && envelope.result && typeof envelope.result === 'object') {
    return { kind: 'ok', result: envelope.result };
  }
  if (status === 401 || status === 403 || codes.includes(9109) || codes.includes(10000)) return { kind: 'not-allowed', detail };
  return { kind: 'failed', detail };
}

export interface DetailsInput {
  token: string;
  endpoint: Endpoint;
  tokenId: string;
  accountId?: string;
  signal?: AbortSignal;
}

export async function fetchTokenDetails(input: DetailsInput, doFetch: (url: string, init: RequestInit) => Promise<Response> = (u, i) => fetch(u, i)): Promise<DetailsAnswer> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  input.signal?.addEventListener('abort', stop);
  const timer = setTimeout(stop, DETAILS_TIMEOUT_MS);
  try {
    const res = await doFetch(tokenDetailsUrl(input.endpoint, input.tokenId, input.accountId), {
      method: 'GET',
      headers: { Authorization: `Bearer ${input.token}` },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    return readDetails(res.status, await res.text());
  } catch {
    // Dropped on purpose, as in verify.ts: nothing about the request is logged anywhere.
    return { kind: 'failed', detail: controller.signal.aborted ? 'no answer in time' : 'no connection' };
  } finally {
    clearTimeout(timer);
    input.signal?.removeEventListener('abort', stop);
  }
}
