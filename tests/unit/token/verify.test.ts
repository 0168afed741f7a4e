import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyToken } from '../../../lib/token/classify-token';
import { TIMEOUT_MS, verifyToken, type VerifyDeps } from '../../../lib/token/verify';

const USER = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const ACCT = 'cfat_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const LEGACY = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T';
const ACCOUNT = '01a7362d577a6c3019a474fd6f485823';
const NOW = () => new Date('2026-03-01T12:00:00Z');
const USER_URL = 'https://api.cloudflare.com/client/v4/user/tokens/verify';
const ACCOUNT_URL = `https://api.cloudflare.com/client/v4/accounts/${ACCOUNT}/tokens/verify`;

const active = () => new Response(JSON.stringify({ success: true, errors: [], messages: [], result: { id: 'abc', status: 'active' } }), { status: 200 });
const refused = () => new Response(JSON.stringify({ success: false, errors: [{ code: 1000, message: 'Invalid API Token' }], messages: [], result: null }), { status: 401 });
const failing = (status: number, ...errors: object[]) => () => new Response(JSON.stringify({ success: false, errors, messages: [], result: null }), { status });
const authError = failing(403, { code: 10000, message: 'Authentication error' });
const noRoute = failing(404, { code: 7003, message: 'Could not route to /accounts/x/tokens/verify, perhaps your object identifier is invalid?' });

function fakeFetch(...answers: Array<() => Response | Promise<Response>>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch: NonNullable<VerifyDeps['fetch']> = async (url, init) => {
    calls.push({ url, init });
    const next = answers[calls.length - 1];
    if (!next) throw new Error('unexpected call');
    return next();
  };
  return { fetch, calls };
}

const input = (token: string, extra: { accountId?: string; accountOwned?: boolean; insist?: boolean } = {}) => ({ token, format: classifyToken(token), ...extra });
const JWT = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOlsiYXBwIl0sImVtYWlsIjoibWVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJl';

afterEach(() => vi.useRealTimers());

describe('verifyToken', () => {
  it.each([
    ['user token -> user endpoint', input(USER), USER_URL],
    ['user token ignores an account ID', input(USER, { accountId: ACCOUNT }), USER_URL],
    ['account token -> account endpoint', input(ACCT, { accountId: ACCOUNT }), ACCOUNT_URL],
    ['legacy token -> user endpoint', input(LEGACY), USER_URL],
    ['legacy token marked account-owned', input(LEGACY, { accountId: ACCOUNT.toUpperCase(), accountOwned: true }), ACCOUNT_URL],
    ['unknown after the note -> user endpoint', input('some-odd-value'), USER_URL],
  ])('%s', async (_name, args, url) => {
    const api = fakeFetch(active);
    const v = await verifyToken(args, { fetch: api.fetch, now: NOW });
    expect(v.state).toBe('active');
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0].url).toBe(url);
    expect(api.calls[0].init.headers).toEqual({ Authorization: `Bearer ${args.token}` });
  });

  it.each([
    ['invalid checksum', input(`${USER.slice(0, -1)}0`)],
    ['Global API Key', input(`cfk_${USER.slice(5)}`)],
    ['legacy Global API Key', input('0123456789abcdef0123456789abcdef01234')],
    ['email:key', input('me@example.com:0123456789abcdef0123456789abcdef01234')],
    ['hex ID', input(ACCOUNT)],
    ['empty', input('')],
    ['account token without an account ID', input(ACCT)],
    ['account token with a bad account ID', input(ACCT, { accountId: 'abc' })],
    ['legacy marked account-owned, no account ID', input(LEGACY, { accountOwned: true })],
  ])('holds back: %s', async (_name, args) => {
    const api = fakeFetch(active);
    const v = await verifyToken(args, { fetch: api.fetch, now: NOW });
    expect(v.state).toBe('not-sent');
    expect(api.calls).toHaveLength(0);
  });

  it('legacy token refused by the user endpoint is tried once on the account endpoint and says so', async () => {
    const api = fakeFetch(refused, active);
    const v = await verifyToken(input(LEGACY, { accountId: ACCOUNT }), { fetch: api.fetch, now: NOW });
    expect(api.calls.map((c) => c.url)).toEqual([USER_URL, ACCOUNT_URL]);
    expect(v.state).toBe('active');
    expect(v.endpoint).toBe('account');
    expect(v.notes).toEqual([expect.stringMatching(/account token in the older format/)]);
  });

  // "From location" (9109, IP filter) means the account endpoint knows the token: that answer is
  // the one shown, as for any other answer that knows it.
  it.each<[string, () => Response, string, number]>([
    ['active', active, 'active', 200],
    ['ip-restricted (403 / 9109 from location)', () => new Response(JSON.stringify({ success: false, errors: [{ code: 9109, message: 'Cannot use the access token from location: 192.0.2.1' }], messages: [] }), { status: 403 }), 'ip-restricted', 403],
  ])('the retry\'s answer replaces the refusal when it knows the token: %s', async (_name, second, state, status) => {
    const api = fakeFetch(refused, second);
    const v = await verifyToken(input(LEGACY, { accountId: ACCOUNT }), { fetch: api.fetch, now: NOW });
    expect(api.calls.map((c) => c.url)).toEqual([USER_URL, ACCOUNT_URL]);
    expect([v.state, v.httpStatus, v.endpoint]).toEqual([state, status, 'account']);
    expect(v.notes.at(-1)).toMatch(/account token in the older format/);
  });

  it('the retry happens once only, and its refusal is reported', async () => {
    const api = fakeFetch(refused, refused);
    const v = await verifyToken(input(LEGACY, { accountId: ACCOUNT }), { fetch: api.fetch, now: NOW });
    expect(api.calls).toHaveLength(2);
    expect(v.state).toBe('invalid');
    expect(v.endpoint).toBe('user');
    expect(v.notes).toEqual([expect.stringMatching(/did not accept it either/)]);
  });

  // The account ID may be one filled in from the open tab: a second answer that does not know
  // the token must not replace the clear first one (a blind probe, 2026-11-29).
  it.each<[string, () => Response | Promise<Response>, RegExp]>([
    ['a 403 / 9109', () => new Response(JSON.stringify({ success: false, errors: [{ code: 9109, message: 'Unauthorized to access requested resource' }], messages: [] }), { status: 403 }), /did not accept it either/],
    ['a 400 / 6003', () => new Response(JSON.stringify({ success: false, errors: [{ code: 6003, message: 'x' }], messages: [] }), { status: 400 }), /did not accept it either/],
    ['no connection', () => Promise.reject(new TypeError('Failed to fetch')), /gave no answer/],
  ])('the first refusal stands when the retry gets %s', async (_name, second, note) => {
    const api = fakeFetch(refused, second);
    const v = await verifyToken(input(LEGACY, { accountId: ACCOUNT }), { fetch: api.fetch, now: NOW });
    expect([v.state, v.httpStatus, v.endpoint]).toEqual(['invalid', 401, 'user']);
    expect(v.notes).toEqual([expect.stringMatching(note)]);
  });

  it.each([
    ['no account ID known', input(LEGACY), refused],
    ['a scannable user token', input(USER, { accountId: ACCOUNT }), refused],
    ['a 403 (valid but not allowed)', input(LEGACY, { accountId: ACCOUNT }), () => new Response(JSON.stringify({ success: false, errors: [{ code: 9109, message: 'x' }], messages: [] }), { status: 403 })],
  ])('no retry: %s', async (_name, args, answer) => {
    const api = fakeFetch(answer);
    await verifyToken(args, { fetch: api.fetch, now: NOW });
    expect(api.calls).toHaveLength(1);
  });

  it('a network failure is "offline"', async () => {
    const v = await verifyToken(input(USER), { fetch: () => Promise.reject(new TypeError('Failed to fetch')), now: NOW });
    expect(v.state).toBe('offline');
  });

  it('gives up after 10 seconds with "timeout", aborting the request', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const stall: VerifyDeps['fetch'] = (_url, init) => new Promise((_resolve, reject) => {
      signal = init.signal ?? undefined;
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
    const pending = verifyToken(input(USER), { fetch: stall, now: NOW });
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(signal?.aborted).toBe(true);
    expect((await pending).state).toBe('timeout');
    expect(TIMEOUT_MS).toBe(10_000);
  });

  // Issue item 2: a 403 / 10000 from the user endpoint is retried like a 401.
  it('legacy token refused with 403 / 10000 by the user endpoint is tried on the account endpoint', async () => {
    const api = fakeFetch(authError, active);
    const v = await verifyToken(input(LEGACY, { accountId: ACCOUNT }), { fetch: api.fetch, now: NOW });
    expect(api.calls.map((c) => c.url)).toEqual([USER_URL, ACCOUNT_URL]);
    expect([v.state, v.endpoint, v.accountId]).toEqual(['active', 'account', ACCOUNT]);
    expect(v.notes.at(-1)).toMatch(/account token in the older format/);
  });

  it.each<[string, () => Response, number]>([
    ['401 / 1000', refused, 2],
    ['403 / 10000', authError, 2],
    ['403 / 9109 (not allowed: no retry)', failing(403, { code: 9109, message: 'Unauthorized to access requested resource' }), 1],
    ['404 / 7003 (not about the token: no retry)', noRoute, 1],
    ['405 (not about the token: no retry)', failing(405), 1],
  ])('retry of a legacy token after %s', async (_name, first, calls) => {
    const api = fakeFetch(first, active);
    await verifyToken(input(LEGACY, { accountId: ACCOUNT }), { fetch: api.fetch, now: NOW });
    expect(api.calls).toHaveLength(calls);
  });

  it('the retry finding no such account keeps the first answer and says so', async () => {
    const api = fakeFetch(refused, noRoute);
    const v = await verifyToken(input(LEGACY, { accountId: ACCOUNT }), { fetch: api.fetch, now: NOW });
    expect([v.state, v.endpoint]).toEqual(['invalid', 'user']);
    expect(v.notes).toEqual([expect.stringMatching(/found no account with this ID/)]);
  });

  it('an account token on an account Cloudflare does not find is "wrong-account", with the account named', async () => {
    const api = fakeFetch(noRoute);
    const v = await verifyToken(input(ACCT, { accountId: ACCOUNT }), { fetch: api.fetch, now: NOW });
    expect([v.state, v.endpoint, v.accountId]).toEqual(['wrong-account', 'account', ACCOUNT]);
    expect(v.message).toBe('Cloudflare found no account with this ID for this token: check the Account ID.');
  });

  // Issue item 6: not a Cloudflare token is held back on Verify, sent on "Verify anyway".
  it.each([
    ['a JWT', JWT],
    ['an Access client ID', `${ACCOUNT}.access`],
    ['a command line with no token', 'npx wrangler deploy --env production'],
  ])('%s: held back with "Verify anyway" offered, sent when the user insists', async (_name, value) => {
    const held = fakeFetch(active);
    const v = await verifyToken(input(value), { fetch: held.fetch, now: NOW });
    expect([v.state, v.canInsist, held.calls.length]).toEqual(['not-sent', true, 0]);
    expect(v.next).toMatch(/Verify anyway/);
    const sent = fakeFetch(active);
    const w = await verifyToken(input(value, { insist: true }), { fetch: sent.fetch, now: NOW });
    expect(w.state).toBe('active');
    expect(sent.calls.map((c) => [c.url, c.init.headers])).toEqual([[USER_URL, { Authorization: `Bearer ${value}` }]]);
  });

  it('insisting never sends what is held back for good', async () => {
    for (const value of ['0123456789abcdef0123456789abcdef01234', `cfk_${USER.slice(5)}`, `${USER.slice(0, -1)}0`]) {
      const api = fakeFetch(active);
      const v = await verifyToken(input(value, { insist: true }), { fetch: api.fetch, now: NOW });
      expect([v.state, v.canInsist, api.calls.length]).toEqual(['not-sent', undefined, 0]);
    }
  });

  // Issue item 9: the "Not sent" box says what happened, not the format box's words again.
  it.each([
    ['a Global API Key', '0123456789abcdef0123456789abcdef01234'],
    ['a mistyped token', `${USER.slice(0, -1)}0`],
    ['an ID', ACCOUNT],
    ['a JWT', JWT],
    ['a command', 'npx wrangler deploy'],
  ])('"Not sent" for %s does not repeat the format check', async (_name, value) => {
    const f = classifyToken(value);
    const v = await verifyToken({ token: value, format: f }, { fetch: fakeFetch().fetch, now: NOW });
    expect(v.state).toBe('not-sent');
    for (const text of [f.explanation, f.advice]) expect(`${v.message} ${v.next}`).not.toContain(text);
    expect(v.message).toMatch(/^Nothing was sent to Cloudflare/);
  });

  it('an empty field: nothing to verify, and no lone "…"', async () => {
    const v = await verifyToken(input(''), { fetch: fakeFetch().fetch, now: NOW });
    expect([v.state, v.masked, v.message]).toEqual(['not-sent', '', 'There is nothing to verify yet.']);
  });

  it('shows the token only masked', async () => {
    const api = fakeFetch(refused);
    const v = await verifyToken(input(USER), { fetch: api.fetch, now: NOW });
    expect(v.masked).toBe('cfut_\u2026bbfe');
    expect(JSON.stringify(v)).not.toContain(USER.slice(5, -4));
  });
});
