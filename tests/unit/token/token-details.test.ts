// After "Works": the token's own details with the same token (issue item 8).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DETAILS_TIMEOUT_MS, canAskDetails, fetchTokenDetails, readDetails, tokenDetailsUrl, type DetailsAnswer } from '../../../lib/token/token-details';

const ID = '01a7362d577a6c3019a474fd6f485823';
const TOKEN_ID = 'ed17574386854bf78a67040be0a770b0';
const TOKEN = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const body = (x: unknown) => JSON.stringify(x);
const token = { id: TOKEN_ID, status: 'active', policies: [] };

afterEach(() => vi.useRealTimers());

describe('tokenDetailsUrl / canAskDetails', () => {
  it('asks the endpoint that knew the token', () => {
    expect(tokenDetailsUrl('user', TOKEN_ID)).toBe(`https://api.cloudflare.com/client/v4/user/tokens/${TOKEN_ID}`);
    expect(tokenDetailsUrl('account', TOKEN_ID, ID.toUpperCase())).toBe(`https://api.cloudflare.com/client/v4/accounts/${ID}/tokens/${TOKEN_ID}`);
  });

  it.each([
    ['a path in the ID', '../verify', 'user', ''],
    ['an empty ID', '', 'user', ''],
    ['an account endpoint with no account', TOKEN_ID, 'account', ''],
  ] as const)('refuses %s', (_name, tokenId, endpoint, account) => {
    expect(() => tokenDetailsUrl(endpoint, tokenId, account)).toThrow();
    expect(canAskDetails(tokenId, endpoint, account)).toBe(false);
  });

  it('can ask with an ID and the endpoint\'s account', () => {
    expect([canAskDetails(TOKEN_ID, 'user'), canAskDetails(TOKEN_ID, 'account', ID), canAskDetails(undefined, 'user')]).toEqual([true, true, false]);
  });
});

describe('readDetails', () => {
  it.each<[string, number, string, DetailsAnswer['kind'], string?]>([
    ['the token object', 200, body({ success: true, errors: [], messages: [], result: token }), 'ok'],
    ['403 / 9109: no API Tokens Read', 403, body({ success: false, errors: [{ code: 9109, message: 'Unauthorized to access requested resource' }] }), 'not-allowed', 'HTTP 403, code 9109'],
    ['403 / 10000', 403, body({ success: false, errors: [{ code: 10000, message: 'Authentication error' }] }), 'not-allowed', 'HTTP 403, code 10000'],
    ['401, HTML', 401, '<html>no</html>', 'not-allowed', 'HTTP 401'],
    ['500', 500, body({ success: false, errors: [{ code: 10001 }] }), 'failed', 'HTTP 500, code 10001'],
    ['200, not JSON', 200, '<html>', 'failed', 'HTTP 200'],
    ['200, no result', 200, body({ success: true, errors: [], result: null }), 'failed', 'HTTP 200'],
    ['404 / 7003', 404, body({ success: false, errors: [{ code: 7003, message: 'x' }] }), 'failed', 'HTTP 404, code 7003'],
  ])('%s -> %s', (_name, status, text, kind, detail) => {
    const answer = readDetails(status, text);
    expect(answer.kind).toBe(kind);
    if (answer.kind === 'ok') expect(answer.result).toEqual(token);
    else expect(answer.detail).toBe(detail);
  });

  it('never carries the reply\'s own words into the detail', () => {
    const answer = readDetails(403, body({ success: false, errors: [{ code: 9109, message: `EVIL ${TOKEN}` }] }));
    expect(JSON.stringify(answer)).not.toMatch(/EVIL|cfut_/);
  });
});

describe('fetchTokenDetails', () => {
  it('sends the same token, as a Bearer header, with no cookies, to the details URL', async () => {
    const calls: Array<[string, RequestInit]> = [];
    const answer = await fetchTokenDetails({ token: TOKEN, endpoint: 'user', tokenId: TOKEN_ID }, async (url, init) => {
      calls.push([url, init]);
      return new Response(body({ success: true, errors: [], result: token }), { status: 200 });
    });
    expect(answer.kind).toBe('ok');
    expect(calls.map(([url, init]) => [url, init.method, init.headers, init.credentials])).toEqual([
      [`https://api.cloudflare.com/client/v4/user/tokens/${TOKEN_ID}`, 'GET', { Authorization: `Bearer ${TOKEN}` }, 'omit'],
    ]);
  });

  it('a network error is "failed", without the error\'s words', async () => {
    const answer = await fetchTokenDetails({ token: TOKEN, endpoint: 'user', tokenId: TOKEN_ID }, () => Promise.reject(new TypeError(`x ${TOKEN}`)));
    expect(answer).toEqual({ kind: 'failed', detail: 'no connection' });
  });

  it('gives up after 10 s, and stops when the caller aborts', async () => {
    vi.useFakeTimers();
    const stall = (_url: string, init: RequestInit) => new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))));
    const late = fetchTokenDetails({ token: TOKEN, endpoint: 'user', tokenId: TOKEN_ID }, stall);
    await vi.advanceTimersByTimeAsync(DETAILS_TIMEOUT_MS);
    expect(await late).toEqual({ kind: 'failed', detail: 'no answer in time' });
    const controller = new AbortController();
    const dropped = fetchTokenDetails({ token: TOKEN, endpoint: 'user', tokenId: TOKEN_ID, signal: controller.signal }, stall);
    controller.abort();
    expect((await dropped).kind).toBe('failed');
  });
});
