import { describe, expect, it } from 'vitest';
import { apiBaseFrom, apiToken, listTokens, listUrl, MAX_PAGES, type ListDeps } from '../../../lib/cli/api';
import { listPage, mintingToken, narrowToken, NOW } from './fixtures';

// A well-formed user token (cfut_ + 40 characters + CRC-32 of them in hex): made in the test.
import { crc32Hex } from '../../../lib/token/crc32';
const body = 'A'.repeat(20) + 'b'.repeat(20);
const USER_TOKEN = `cfut_${body}${crc32Hex(body)}`;
const ACCOUNT_TOKEN = `cfat_${body}${crc32Hex(body)}`;
const ACCOUNT = '01a7362d577a6c3019a474fd6f485823';
const BASE = 'https://api.cloudflare.com/client/v4';

interface Call { url: string; init: RequestInit }

function fakeFetch(answer: (url: string, n: number) => Response | Promise<Response>): { deps: ListDeps; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    deps: {
      fetch: async (url, init) => {
        calls.push({ url, init });
        return answer(url, calls.length);
      },
      now: () => NOW,
    },
  };
}

const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...headers } });
const refusal = (status: number, code: number, message = 'x') => json(status, { success: false, errors: [{ code, message }], messages: [], result: null });

describe('apiBaseFrom (TOKEN_LENS_API_BASE, for tests only)', () => {
  it('Cloudflare\'s API unless overridden', () => {
    expect(apiBaseFrom({})).toEqual({ ok: true, base: BASE, overridden: false });
  });

  it.each([
    ['https://127.0.0.1:8443/client/v4/', 'https://127.0.0.1:8443/client/v4'],
    ['http://localhost:9000/client/v4', 'http://localhost:9000/client/v4'],
    ['http://127.0.0.1:9000', 'http://127.0.0.1:9000'],
    ['https://[::1]:8443/client/v4', 'https://[::1]:8443/client/v4'],
  ])('accepts %s', (raw, base) => {
    expect(apiBaseFrom({ TOKEN_LENS_API_BASE: raw })).toEqual({ ok: true, base, overridden: true });
  });

  it.each([
    ['http://example.com/client/v4', 'must name this machine'],
    ['http://10.0.0.1/client/v4', 'must name this machine'],
    // Not even over https: the token would go to whoever set the variable.
    ['https://example.com/client/v4', 'must name this machine'],
    ['https://api.cloudflare.com.evil.example/client/v4', 'must name this machine'],
    ['https://127.0.0.1.nip.io/client/v4', 'must name this machine'],
    ['ftp://127.0.0.1/', 'must be an http or https URL'],
    ['not a url', 'is not a URL'],
    ['https://user:pw@127.0.0.1/', 'must be a plain https URL'],
  ])('refuses %s', (raw, words) => {
    const r = apiBaseFrom({ TOKEN_LENS_API_BASE: raw });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(words);
  });
});

describe('apiToken (CLOUDFLARE_API_TOKEN)', () => {
  it('takes a user token, and an account token with --account', () => {
    expect(apiToken(` ${USER_TOKEN}\n`, undefined)).toEqual({ ok: true, token: USER_TOKEN });
    expect(apiToken(ACCOUNT_TOKEN, ACCOUNT)).toEqual({ ok: true, token: ACCOUNT_TOKEN });
    expect(apiToken('x'.repeat(40), undefined)).toEqual({ ok: true, token: 'x'.repeat(40) });
  });

  it.each([
    [undefined, undefined, 'CLOUDFLARE_API_TOKEN is not set'],
    ['', undefined, 'CLOUDFLARE_API_TOKEN is not set'],
    ['0123456789abcdef0123456789abcdef01234', undefined, 'Global API Key'],
    [`cfk_${body}${crc32Hex(body)}`, undefined, 'Global API Key'],
    [`cfut_${body}00000000`, undefined, 'check digits are wrong'],
    [ACCOUNT_TOKEN, undefined, 'add --account ID'],
    ['two words', undefined, 'does not hold an API token'],
    ['01a7362d577a6c3019a474fd6f485823', undefined, 'does not hold an API token'],
  ])('refuses, without saying what it holds: %s', (raw, account, words) => {
    const r = apiToken(raw, account);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(words);
    if (raw) expect(JSON.stringify(r)).not.toContain(raw);
  });
});

describe('listTokens', () => {
  it('asks /user/tokens page by page until total_count, with the token as a Bearer header only', async () => {
    const pages = [listPage([narrowToken], 1, 1, 2), listPage([mintingToken], 2, 1, 2)];
    const { deps, calls } = fakeFetch((_, n) => json(200, pages[n - 1]));
    const r = await listTokens({ token: USER_TOKEN, base: BASE }, deps);
    expect(r).toEqual({ ok: true, tokens: [narrowToken, mintingToken], pages: 2 });
    expect(calls.map((c) => c.url)).toEqual([`${BASE}/user/tokens?page=1&per_page=50`, `${BASE}/user/tokens?page=2&per_page=50`]);
    expect(calls[0].init.headers).toEqual({ Authorization: `Bearer ${USER_TOKEN}`, Accept: 'application/json' });
    expect(calls.every((c) => !c.url.includes(USER_TOKEN))).toBe(true);
  });

  it('an account\'s tokens at /accounts/{id}/tokens; stops on a short page when the reply gives no totals', async () => {
    const { deps, calls } = fakeFetch(() => json(200, { success: true, errors: [], messages: [], result: [narrowToken] }));
    const r = await listTokens({ token: ACCOUNT_TOKEN, base: BASE, accountId: ACCOUNT }, deps);
    expect(r).toEqual({ ok: true, tokens: [narrowToken], pages: 1 });
    expect(calls[0].url).toBe(`${BASE}/accounts/${ACCOUNT}/tokens?page=1&per_page=50`);
  });

  it('stops on an empty page and on total_pages', async () => {
    const empty = fakeFetch(() => json(200, listPage([], 1, 50, 0)));
    expect(await listTokens({ token: USER_TOKEN, base: BASE }, empty.deps)).toEqual({ ok: true, tokens: [], pages: 1 });
    const full = Array.from({ length: 50 }, (_, i) => ({ ...narrowToken, id: `t${i}` }));
    const paged = fakeFetch(() => json(200, { ...listPage(full, 1, 50, 0), result_info: { page: 1, per_page: 50, total_pages: 1 } }));
    expect(await listTokens({ token: USER_TOKEN, base: BASE }, paged.deps)).toMatchObject({ ok: true, pages: 1 });
  });

  it('gives up on a list that never ends', async () => {
    expect(MAX_PAGES).toBe(2000);
    const full = Array.from({ length: 50 }, () => narrowToken);
    const { deps, calls } = fakeFetch(() => json(200, { success: true, errors: [], messages: [], result: full }));
    // 2,000 pages of 50 cost seconds in a unit test: the same loop, stopped sooner.
    const r = await listTokens({ token: USER_TOKEN, base: BASE }, { ...deps, maxPages: 12 });
    expect(r).toEqual({ ok: false, error: 'Cloudflare\'s list of tokens did not end after 12 pages, so Token Lens stopped reading it.' });
    expect(calls).toHaveLength(12);
  });

  it.each([
    ['401 / 1000', () => refusal(401, 1000, 'Invalid API Token'), undefined,
      'Not accepted: Cloudflare does not accept this token: it is mistyped, was deleted or rolled, or belongs to the other kind of check. Check CLOUDFLARE_API_TOKEN: copy the token again, or create a new one. For an account token, add --account ID. (HTTP 401, code 1000)'],
    ['403 / 9109 (no API Tokens Read)', () => refusal(403, 9109, 'Unauthorized to access requested resource'), undefined,
      'Not accepted: Cloudflare refused this token for this check: it may belong to another account, or not be allowed here. Listing tokens needs API Tokens Read: give the token in CLOUDFLARE_API_TOKEN that permission, or use one that has it. For an account\'s tokens, add --account ID. (HTTP 403, code 9109)'],
    ['403 / 9109 on an account', () => refusal(403, 9109), ACCOUNT,
      'Not accepted: Cloudflare refused this token for this check: it may belong to another account, or not be allowed here. Listing an account\'s tokens needs Account API Tokens Read on that account: check --account, or use a token that has it. (HTTP 403, code 9109)'],
    ['9109 from an address outside the IP filter', () => refusal(403, 9109, 'Cannot use the access token from location: 192.0.2.1'), undefined,
      'Blocked from this address: The token is real, but it only works from certain IP addresses, and this connection is not one of them. Use it from an allowed address, or change its IP filter in the dashboard. (HTTP 403, code 9109)'],
    ['429 with retry-after', () => json(429, { success: false, errors: [{ code: 971, message: 'Please wait' }], messages: [], result: null }, { 'retry-after': '42' }), undefined,
      'Too many checks: Cloudflare asks to slow down: too many requests came from your account or address. Wait 42 seconds before running it again. (HTTP 429)'],
    ['7003 on an account (no such account)', () => refusal(404, 7003), ACCOUNT,
      'Account not found: Cloudflare found no account with this ID for this token: check the Account ID. Check --account: it is the 32-character code right after dash.cloudflare.com/ when the account is open in the dashboard. (HTTP 404, code 7003)'],
    ['500', () => new Response('oops', { status: 500 }), undefined,
      'Cloudflare had a problem: Cloudflare answered with an error of its own, so the token was not checked. Try again in a few minutes; if it keeps failing, look at cloudflarestatus.com. (HTTP 500)'],
    ['a 200 that is not JSON', () => new Response('<html>', { status: 200 }), undefined,
      'Unexpected answer: The answer was not what Cloudflare\'s API sends (it was not JSON), so Token Lens cannot tell whether the token works. Try again; if this keeps happening, a proxy or filter may be changing the traffic. (HTTP 200)'],
    ['a 200 without a list', () => json(200, { success: true, errors: [], messages: [], result: { id: 'x' } }), undefined,
      'Unexpected answer: the list of tokens was not in Cloudflare\'s reply (page 1, HTTP 200). Try again; if this keeps happening, a proxy may be changing the traffic.'],
    ['no connection', () => Promise.reject(new TypeError(`fetch failed for ${USER_TOKEN}`)), undefined,
      'No connection: The request did not reach Cloudflare: there is no connection, or something on the way blocked it. Check the connection (and any proxy in between) and try again.'],
  ])('a refusal is one line of the popup\'s verdict texts: %s', async (_, answer, accountId, error) => {
    const { deps } = fakeFetch(answer as () => Response);
    const r = await listTokens({ token: accountId ? ACCOUNT_TOKEN : USER_TOKEN, base: BASE, ...(accountId ? { accountId } : {}) }, deps);
    expect(r).toEqual({ ok: false, error });
    expect(JSON.stringify(r)).not.toContain(body);
  });

  it('gives up on a page after the time limit', async () => {
    const deps: ListDeps = {
      fetch: (_, init) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      now: () => NOW,
      timeoutMs: 20,
    };
    expect(await listTokens({ token: USER_TOKEN, base: BASE }, deps)).toEqual({
      ok: false,
      error: 'No answer in time: Cloudflare did not answer within 10 seconds. Try again in a moment; the connection may be slow.',
    });
  });

  it('builds the page URL', () => {
    expect(listUrl('https://x/client/v4', undefined, 3)).toBe('https://x/client/v4/user/tokens?page=3&per_page=50');
  });
});
