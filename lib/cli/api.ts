// `--from-api`: every token of the user (GET /user/tokens) or of an account
// (GET /accounts/{id}/tokens), all pages, with the token in CLOUDFLARE_API_TOKEN (it needs API
// Tokens Read, or Account API Tokens Read). The token goes into the Authorization header and
// nowhere else: it is never printed, logged or put into an error. A refusal is explained with the
// popup's verdict texts (lib/token/verify-reply.ts), their next step said for a command line.
// fetch and the clock are passed in; no Node API here.
import { classifyToken } from '../token/classify-token';
import { readEnvelope } from '../token/reply-schema';
import type { Verdict } from '../token/verdict';
import { seconds } from '../token/verdict-dates';
import { verdictFromOutcome, type Outcome } from '../token/verify-reply';
import { API_BASE } from '../token/verify-request';

/**
 * Test-only: where the API is (a local stand-in on this machine). Not for production use;
 * documented as such. It may only name this machine, so that no setting can send the token
 * anywhere but api.cloudflare.com or here.
 */
export const API_BASE_ENV = 'TOKEN_LENS_API_BASE';
export const TOKEN_ENV = 'CLOUDFLARE_API_TOKEN';
export const PAGE_TIMEOUT_MS = 10_000;
export const PER_PAGE = 50;
/** 2,000 pages of 50: far more tokens than anyone has; a reply that never ends stops here. */
export const MAX_PAGES = 2000;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type BaseUrl = { ok: true; base: string; overridden: boolean } | { ok: false; error: string };

/** The API base: Cloudflare's, or the test-only override (http or https, on this machine only). */
export function apiBaseFrom(env: Readonly<Record<string, string | undefined>>): BaseUrl {
  const raw = env[API_BASE_ENV];
  if (raw === undefined || raw === '') return { ok: true, base: API_BASE, overridden: false };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, error: `${API_BASE_ENV} (for tests only) is not a URL` };
  }
  if (url.username || url.password || url.search || url.hash) return { ok: false, error: `${API_BASE_ENV} (for tests only) must be a plain https URL` };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: `${API_BASE_ENV} (for tests only) must be an http or https URL` };
  if (!LOCAL_HOSTS.has(url.hostname)) {
    return { ok: false, error: `${API_BASE_ENV} (for tests only) must name this machine (127.0.0.1, localhost or [::1]): the token goes to api.cloudflare.com or nowhere` };
  }
  return { ok: true, base: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, overridden: true };
}

/** The token from the environment, or why it is not sent. Never says what it holds. */
export function apiToken(raw: string | undefined, accountId: string | undefined): { ok: true; token: string } | { ok: false; error: string } {
  const token = (raw ?? '').trim();
  if (token === '') return { ok: false, error: `${TOKEN_ENV} is not set: set it to an API token with API Tokens Read (Account API Tokens Read for --account)` };
  const format = classifyToken(token);
  if (format.kind === 'global-key' || format.kind === 'legacy-global-key') {
    return { ok: false, error: `${TOKEN_ENV} holds a Global API Key, which Token Lens never sends: use an API token with API Tokens Read instead` };
  }
  if (format.checksum === 'invalid') return { ok: false, error: `${TOKEN_ENV} looks like a Cloudflare token, but its check digits are wrong: copy it again` };
  if (format.send === 'no' || format.send === 'insist' || !/^[\x21-\x7e]+$/.test(token)) {
    return { ok: false, error: `${TOKEN_ENV} does not hold an API token (${format.explanation.replace(/\.$/, '')}): set it to an API token with API Tokens Read` };
  }
  if (format.kind === 'account-token' && !accountId) {
    return { ok: false, error: `${TOKEN_ENV} holds an account token, which lists its own account's tokens: add --account ID` };
  }
  return { ok: true, token };
}

export function listUrl(base: string, accountId: string | undefined, page: number): string {
  const path = accountId ? `/accounts/${accountId}/tokens` : '/user/tokens';
  return `${base}${path}?page=${page}&per_page=${PER_PAGE}`;
}

/** What to do next, for a command line (the popup's next steps talk about its own buttons). */
function nextStep(v: Verdict, account: boolean): string {
  switch (v.state) {
    case 'invalid':
      if (v.httpStatus === 403 || v.codes?.includes(9109) || v.codes?.includes(10000)) {
        return account
          ? 'Listing an account\'s tokens needs Account API Tokens Read on that account: check --account, or use a token that has it.'
          : `Listing tokens needs API Tokens Read: give the token in ${TOKEN_ENV} that permission, or use one that has it. For an account's tokens, add --account ID.`;
      }
      return account ? 'Check --account and the token: copy it again, or create a new one.' : `Check ${TOKEN_ENV}: copy the token again, or create a new one. For an account token, add --account ID.`;
    case 'wrong-account':
      return 'Check --account: it is the 32-character code right after dash.cloudflare.com/ when the account is open in the dashboard.';
    case 'rate-limited':
      return `Wait ${seconds(v.retryAfter ?? 300)} before running it again.`;
    case 'offline':
      return 'Check the connection (and any proxy in between) and try again.';
    case 'bad-format':
      return `Check that ${TOKEN_ENV} holds just the token, with no quotes or extra text, and that no proxy removes the Authorization header.`;
    default:
      return v.next;
  }
}

/** One line for stderr: the verdict's title and message, a next step, and the status and codes. */
export function refusalLine(v: Verdict, account: boolean): string {
  const message = v.state === 'bad-format' && v.codes?.some((c) => c === 1001 || c === 9106)
    ? 'Cloudflare did not receive the token: something between this machine and Cloudflare removed it from the request.'
    : v.message;
  return `${v.title}: ${message} ${nextStep(v, account)}${v.detail ? ` (${v.detail})` : ''}`;
}

export interface ListInput {
  token: string;
  base: string;
  accountId?: string;
}

export interface ListDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  now: () => Date;
  timeoutMs?: number;
  /** MAX_PAGES unless a test says fewer. */
  maxPages?: number;
}

export type ListResult = { ok: true; tokens: unknown[]; pages: number } | { ok: false; error: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

async function fetchPage(url: string, token: string, deps: ListDeps): Promise<Outcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? PAGE_TIMEOUT_MS);
  try {
    const res = await deps.fetch(url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      redirect: 'error',
      signal: controller.signal,
    });
    // Reading the body counts towards the time limit too: a reply can stall half way.
    const body = await res.text();
    return { kind: 'reply', status: res.status, headers: res.headers, body };
  } catch {
    // The error itself is dropped on purpose, as in lib/token/verify.ts: it may hold the request.
    return controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network-error' };
  } finally {
    clearTimeout(timer);
  }
}

export async function listTokens(input: ListInput, deps: ListDeps): Promise<ListResult> {
  const account = input.accountId !== undefined;
  const tokens: unknown[] = [];
  const maxPages = deps.maxPages ?? MAX_PAGES;
  for (let page = 1; page <= maxPages; page++) {
    const outcome = await fetchPage(listUrl(input.base, input.accountId, page), input.token, deps);
    let items: unknown[] | undefined;
    let info: Obj = {};
    if (outcome.kind === 'reply' && outcome.status >= 200 && outcome.status < 300) {
      let json: unknown;
      try {
        json = JSON.parse(outcome.body);
      } catch {
        json = undefined;
      }
      const envelope = readEnvelope(json);
      if (envelope?.success && Array.isArray(envelope.result)) {
        items = envelope.result;
        info = isObj((json as Obj).result_info) ? ((json as Obj).result_info as Obj) : {};
      } else if (envelope?.success) {
        return { ok: false, error: `Unexpected answer: the list of tokens was not in Cloudflare's reply (page ${page}, HTTP ${outcome.status}). Try again; if this keeps happening, a proxy may be changing the traffic.` };
      }
    }
    if (!items) {
      const v = verdictFromOutcome(outcome, { endpoint: account ? 'account' : 'user', now: deps.now() });
      return { ok: false, error: refusalLine(v, account) };
    }
    tokens.push(...items);
    const totalPages = num(info.total_pages);
    const totalCount = num(info.total_count);
    const perPage = num(info.per_page) ?? PER_PAGE;
    if (items.length === 0 || (totalPages !== undefined && page >= totalPages) || (totalCount !== undefined && tokens.length >= totalCount)) {
      return { ok: true, tokens, pages: page };
    }
    if (totalPages === undefined && totalCount === undefined && items.length < perPage) return { ok: true, tokens, pages: page };
  }
  return { ok: false, error: `Cloudflare's list of tokens did not end after ${maxPages} pages, so Token Lens stopped reading it.` };
}
