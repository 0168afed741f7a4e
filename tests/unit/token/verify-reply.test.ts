import { describe, expect, it } from 'vitest';
import { verdictFromOutcome, type Outcome } from '../../../lib/token/verify-reply';
import type { VerdictState } from '../../../lib/token/verdict';

const NOW = new Date('2026-03-01T12:00:00Z');
const ID = 'ed17574386854bf78a67040be0a770b0';
const ctx = { endpoint: 'user' as const, now: NOW };

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Outcome {
  return { kind: 'reply', status, headers: new Headers(headers), body: typeof body === 'string' ? body : JSON.stringify(body) };
}
const ok = (result: unknown) => ({ success: true, errors: [], messages: [{ code: 10000, message: 'x', type: null }], result });
const fail = (...errors: unknown[]) => ({ success: false, errors, messages: [], result: null });

describe('verdictFromOutcome: states', () => {
  it.each<[string, Outcome, VerdictState]>([
    ['active, no dates', reply(200, ok({ id: ID, status: 'active' })), 'active'],
    ['active, dates', reply(200, ok({ id: ID, status: 'active', not_before: '2026-01-01T00:00:00Z', expires_on: '2026-06-01T00:00:00Z' })), 'active'],
    ['active, null dates', reply(200, ok({ id: ID, status: 'active', not_before: null, expires_on: null })), 'active'],
    ['disabled', reply(200, ok({ id: ID, status: 'disabled' })), 'disabled'],
    ['expired by status', reply(200, ok({ id: ID, status: 'expired', expires_on: '2026-01-01T00:00:00Z' })), 'expired'],
    ['expired by date', reply(200, ok({ id: ID, status: 'active', expires_on: '2026-02-01T00:00:00Z' })), 'expired'],
    ['not yet valid', reply(200, ok({ id: ID, status: 'active', not_before: '2026-04-01T00:00:00Z' })), 'not-yet-valid'],
    ['401 / 1000', reply(401, fail({ code: 1000, message: 'Invalid API Token' })), 'invalid'],
    ['403 / 1000', reply(403, fail({ code: 1000, message: 'Invalid API Token' })), 'invalid'],
    ['400 / 1000 (as one mock has it)', reply(400, fail({ code: 1000, message: 'Invalid API Token' })), 'invalid'],
    ['404 / 7003 on the user endpoint: not about the token', reply(404, fail({ code: 7003, message: 'x' })), 'bad-reply'],
    ['200 but success false with 1000', reply(200, fail({ code: 1000, message: 'x' })), 'invalid'],
    ['403 / 9109', reply(403, fail({ code: 9109, message: 'Cannot use the access token from location: 192.0.2.1' })), 'ip-restricted'],
    ['400 / 6003 + 6111', reply(400, fail({ code: 6003, message: 'x', error_chain: [{ code: 6111, message: 'y' }] })), 'bad-format'],
    ['400 / 1001', reply(400, fail({ code: 1001, message: 'x' })), 'bad-format'],
    ['400, no codes', reply(400, fail()), 'bad-format'],
    ['429 + retry-after', reply(429, fail({ code: 971, message: 'x' }), { 'retry-after': '42' }), 'rate-limited'],
    ['429 with an HTML body', reply(429, '<html>slow down</html>'), 'rate-limited'],
    ['500', reply(500, fail({ code: 10001, message: 'x' })), 'server-error'],
    ['502 HTML', reply(502, '<html>Bad gateway</html>'), 'server-error'],
    ['200 HTML', reply(200, '<!doctype html><h1>Hello</h1>'), 'bad-reply'],
    ['200 empty', reply(200, ''), 'bad-reply'],
    ['200 JSON, wrong envelope', reply(200, { ok: true }), 'bad-reply'],
    ['200 JSON, result missing', reply(200, ok(null)), 'bad-reply'],
    ['200 JSON, status unknown', reply(200, ok({ id: ID, status: 'sleepy' })), 'bad-reply'],
    ['200 JSON, id a number', reply(200, ok({ id: 5, status: 'active' })), 'bad-reply'],
    ['200 JSON, unreadable date', reply(200, ok({ id: ID, status: 'active', expires_on: 'tomorrow' })), 'bad-reply'],
    ['401 HTML', reply(401, '<html>no</html>'), 'bad-reply'],
    ['200 success false, no errors', reply(200, fail()), 'bad-reply'],
    ['network error', { kind: 'network-error' }, 'offline'],
    ['timeout', { kind: 'timeout' }, 'timeout'],
  ])('%s -> %s', (_name, outcome, state) => {
    expect(verdictFromOutcome(outcome, ctx).state).toBe(state);
  });
});

// Issue: 7003 "Could not route … object identifier is invalid" is about the Account ID, not the
// token; an error without a code is still read; a 405 is not "not accepted".
describe('verdictFromOutcome: what is and is not about the token', () => {
  const ROUTE = { code: 7003, message: 'Could not route to /accounts/x/tokens/verify, perhaps your object identifier is invalid?' };
  it.each<[string, 'user' | 'account', Outcome, VerdictState, RegExp]>([
    ['404 / 7003 on the account endpoint', 'account', reply(404, fail(ROUTE)), 'wrong-account', /found no account with this ID for this token: check the Account ID/],
    ['400 / 7003 on the account endpoint', 'account', reply(400, fail(ROUTE)), 'wrong-account', /check the Account ID/],
    ['404 / 7003 on the user endpoint', 'user', reply(404, fail(ROUTE)), 'bad-reply', /before looking at the token/],
    ['400 / 7003 on the user endpoint (never bad-format)', 'user', reply(400, fail(ROUTE)), 'bad-reply', /before looking at the token/],
    ['403 / 7003 on the user endpoint (never invalid)', 'user', reply(403, fail(ROUTE)), 'bad-reply', /before looking at the token/],
    ['405, no codes, user endpoint', 'user', reply(405, fail()), 'bad-reply', /before looking at the token/],
    ['405, no codes, account endpoint', 'account', reply(405, fail()), 'bad-reply', /before looking at the token/],
    ['405 with an HTML body', 'user', reply(405, '<html>Method Not Allowed</html>'), 'bad-reply', /not JSON/],
    ['404, no codes', 'user', reply(404, fail()), 'bad-reply', /before looking at the token/],
    ['404 / 1000 is about the token', 'user', reply(404, fail({ code: 1000, message: 'Invalid API Token' })), 'invalid', /does not accept this token/],
    ['401, an error without a code', 'user', reply(401, fail({ message: 'Invalid API Token' })), 'invalid', /does not accept this token/],
    ['403, an error without a code', 'user', reply(403, fail({ message: 'Forbidden' })), 'invalid', /refused this token/],
    ['400, an error without a code', 'user', reply(400, fail({ message: 'Bad request' })), 'bad-format', /not shaped like a token/],
    ['401, a code-less error beside a 1000', 'account', reply(401, fail({ message: 'x' }, { code: 1000, message: 'y' })), 'invalid', /does not accept this token/],
    ['403 / 10000', 'user', reply(403, fail({ code: 10000, message: 'Authentication error' })), 'invalid', /refused this token/],
  ])('%s', (_name, endpoint, outcome, state, message) => {
    const v = verdictFromOutcome(outcome, { endpoint, now: NOW });
    expect(v.state).toBe(state);
    expect(v.message).toMatch(message);
  });

  it('"wrong-account" has its own title and points at the Account ID field', () => {
    const v = verdictFromOutcome(reply(404, fail({ code: 7003, message: 'x' })), { endpoint: 'account', now: NOW });
    expect([v.title, v.detail]).toEqual(['Account not found', 'HTTP 404, code 7003']);
    expect(v.next).toMatch(/Account ID/);
  });
});

describe('verdictFromOutcome: details', () => {
  it('active with dates gives the token ID, both dates and "in N days"', () => {
    const v = verdictFromOutcome(reply(200, ok({ id: ID, status: 'active', not_before: '2026-01-01T00:00:00Z', expires_on: '2026-03-31T12:00:00Z' })), ctx);
    expect(v).toMatchObject({ tokenId: ID, notBefore: { date: '1 Jan 2026' }, expiresOn: { date: '31 Mar 2026', relative: 'in 30 days' }, warnings: [] });
  });

  it('active without an end date warns that it never expires', () => {
    const v = verdictFromOutcome(reply(200, ok({ id: ID, status: 'active' })), ctx);
    expect(v.expiresOn).toBeUndefined();
    expect(v.warnings).toEqual([expect.stringMatching(/never expires/)]);
  });

  it('active and ending within a week warns too', () => {
    const v = verdictFromOutcome(reply(200, ok({ id: ID, status: 'active', expires_on: '2026-03-04T12:00:00Z' })), ctx);
    expect(v.warnings).toEqual([expect.stringMatching(/in 3 days/)]);
  });

  it('not-yet-valid names the start date', () => {
    const v = verdictFromOutcome(reply(200, ok({ id: ID, status: 'active', not_before: '2026-04-01T00:00:00Z' })), ctx);
    expect(v.message).toContain('1 Apr 2026');
  });

  it.each([
    [{ 'retry-after': '42' }, 42],
    [{ 'retry-after': 'Sun, 01 Mar 2026 12:05:00 GMT' }, 300],
    [{}, 300], // going over the limit blocks for 5 minutes (docs/cloudflare-tokens.md §rate-limits)
    [{ 'x-ratelimit-reset': 'Sun, 01 Mar 2026 12:02:00 GMT' }, 120],
    [{ 'retry-after': '0' }, 1],
    [{ 'retry-after': '99999' }, 3600],
  ])('rate-limited waits by retry-after %j', (headers, wait) => {
    const v = verdictFromOutcome(reply(429, '', headers), ctx);
    expect(v.retryAfter).toBe(wait);
    expect(v.next).toContain(wait === 1 ? 'Wait 1 second;' : `Wait ${wait} seconds;`);
  });

  // Replies we had not tried (a blind probe, 2026-11-29), and what the user should read.
  it.each<[string, Outcome, VerdictState, RegExp]>([
    ['403 / 9109 not about location', reply(403, fail({ code: 9109, message: 'Unauthorized to access requested resource' })), 'invalid', /refused this token for this check/],
    ['403 / 10000', reply(403, fail({ code: 10000, message: 'Authentication error' })), 'invalid', /refused this token for this check/],
    ['400 / 1001: the header did not arrive', reply(400, fail({ code: 1001, message: 'Missing "Authorization" header' })), 'bad-format', /did not receive the token/],
    ['400 / 9106', reply(400, fail({ code: 9106, message: 'Missing X-Auth-Key, X-Auth-Email or Authorization headers' })), 'bad-format', /did not receive the token/],
    ['expired by status, end date still ahead', reply(200, ok({ id: ID, status: 'expired', expires_on: '2026-06-01T00:00:00Z' })), 'expired', /reports this token as expired/],
    ['active with no id', reply(200, ok({ status: 'active' })), 'active', /works right now/],
    ['a bot challenge', reply(503, '<html>Just a moment...</html>', { 'cf-mitigated': 'challenge' }), 'server-error', /bot check/],
  ])('%s', (_, outcome, state, message) => {
    const v = verdictFromOutcome(outcome, ctx);
    expect(v.state).toBe(state);
    expect(v.message).toMatch(message);
  });

  it('a date with no zone is UTC, whatever this machine\'s time zone', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const v = verdictFromOutcome(reply(200, ok({ id: ID, status: 'active', expires_on: '2026-06-01T20:00:00' })), ctx);
      expect(v.expiresOn?.date).toBe('1 Jun 2026');
      expect(v.expiresOn?.iso).toBe('2026-06-01T20:00:00');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('judges dates by Cloudflare\'s clock when the reply gives it', () => {
    // This machine's clock is a week late: the token still works by Cloudflare's.
    const late = { ...ctx, now: new Date('2026-03-08T12:00:00Z') };
    const body = ok({ id: ID, status: 'active', expires_on: '2026-03-05T00:00:00Z' });
    expect(verdictFromOutcome(reply(200, body, { date: 'Sun, 01 Mar 2026 12:00:00 GMT' }), late).state).toBe('active');
    expect(verdictFromOutcome(reply(200, body), late).state).toBe('expired');
  });

  it('reports numbers, never the reply\u2019s own words', () => {
    const v = verdictFromOutcome(reply(400, fail({ code: 6003, message: 'Invalid request headers', error_chain: [{ code: 6111, message: 'Invalid format' }] })), ctx);
    expect(v.detail).toBe('HTTP 400, code 6003, 6111');
    expect(JSON.stringify(v)).not.toMatch(/Invalid request headers|Invalid format/);
  });

  it('an invalid account-endpoint answer points at the Account ID', () => {
    const v = verdictFromOutcome(reply(401, fail({ code: 1000, message: 'x' })), { endpoint: 'account', now: NOW });
    expect(v.next).toMatch(/Account ID/);
  });

  it('every verdict has a title, a sentence and a next step', () => {
    for (const outcome of [reply(200, ok({ id: ID, status: 'active' })), reply(500, ''), { kind: 'timeout' } as Outcome]) {
      const v = verdictFromOutcome(outcome, ctx);
      expect(v.title.length).toBeGreaterThan(2);
      expect(v.message).toMatch(/\.$/);
      expect(v.next).toMatch(/\.$/);
    }
  });
});
