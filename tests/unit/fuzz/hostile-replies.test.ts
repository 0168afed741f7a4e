// Malformed and hostile answers to the verify request (issue 6, part 3): wrong types, missing fields,
// HTML error pages, odd statuses, huge and deeply nested bodies, replies that echo the token.
// Nothing throws, each ends in a defined verdict, and no verdict carries the token or the
// reply's own words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyToken } from '../../../lib/token/classify-token';
import { TITLES, type Verdict, type VerdictState } from '../../../lib/token/verdict';
import { TIMEOUT_MS, verifyToken, type VerifyDeps } from '../../../lib/token/verify';
import { verdictFromOutcome } from '../../../lib/token/verify-reply';

const TOKEN = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const LEGACY = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T';
const ACCOUNT = '01a7362d577a6c3019a474fd6f485823';
const NOW = () => new Date('2026-03-01T12:00:00Z');
const STATES = Object.keys(TITLES) as VerdictState[];
// Words only a hostile reply contains: they must never reach what the popup shows.
const MARK = 'EVIL-MARK';

type Reply = { status: number; body: string | null; headers?: Record<string, string> };
const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, body: JSON.stringify(body), headers });
const ok = (result: unknown, extra: object = {}) => json(200, { success: true, errors: [], messages: [], result, ...extra });
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const html = `<!doctype html><html><head><title>${MARK}</title></head><body><script>alert('${MARK}')</script><h1>502 Bad gateway</h1></body></html>`;

const REPLIES: Array<[string, Reply]> = [
  ['empty 200', { status: 200, body: '' }],
  ['null body', { status: 200, body: 'null' }],
  ['array body', { status: 200, body: '[]' }],
  ['number body', { status: 200, body: '42' }],
  ['string body', { status: 200, body: `"${MARK}"` }],
  ['boolean body', { status: 200, body: 'true' }],
  ['HTML error page, 200', { status: 200, body: html }],
  ['HTML error page, 502', { status: 502, body: html }],
  ['HTML error page, 403', { status: 403, body: html }],
  ['truncated JSON', { status: 200, body: '{"success":true,"errors":[],"result":{"id":"x","sta' }],
  ['JSON with a byte-order mark', { status: 200, body: '\ufeff' + JSON.stringify({ success: true, errors: [], result: { id: 'x', status: 'active' } }) }],
  ['empty object', json(200, {})],
  ['no errors array', json(200, { success: true, result: { id: 'x', status: 'active' } })],
  ['success as a string', json(200, { success: 'true', errors: [], result: { id: 'x', status: 'active' } })],
  ['errors as an object', json(401, { success: false, errors: { code: 1000 } })],
  ['errors null', json(401, { success: false, errors: null })],
  ['error code as a string', json(401, { success: false, errors: [{ code: '1000', message: MARK }] })],
  ['error chain of the wrong type', json(400, { success: false, errors: [{ code: 6003, error_chain: 'x' }] })],
  ['result null', ok(null)],
  ['result an array', ok([{ id: 'x', status: 'active' }])],
  ['result id a number', ok({ id: 123, status: 'active' })],
  ['result with an unknown status', ok({ id: 'x', status: MARK })],
  ['result with a status in capitals', ok({ id: 'x', status: 'ACTIVE' })],
  ['expiry not a date', ok({ id: 'x', status: 'active', expires_on: MARK })],
  ['expiry a number', ok({ id: 'x', status: 'active', expires_on: 1767225600 })],
  ['start date at the end of time', ok({ id: 'x', status: 'active', not_before: '+275760-09-13T00:00:00.000Z' })],
  ['expiry in 1970', ok({ id: 'x', status: 'active', expires_on: '1970-01-01T00:00:00Z' })],
  ['success true with errors', json(200, { success: true, errors: [{ code: 1000, message: MARK }], result: { id: 'x', status: 'active' } })],
  ['success false with no errors, 200', json(200, { success: false, errors: [], result: null })],
  ['success true with status 500', json(500, { success: true, errors: [], result: { id: 'x', status: 'active' } })],
  ['the token echoed back in an error', json(401, { success: false, errors: [{ code: 1000, message: `Invalid token ${TOKEN} ${LEGACY}` }], messages: [TOKEN] })],
  ['the token echoed back in a result', ok({ id: TOKEN, status: 'active', token: TOKEN })],
  ['9109 with HTML words', json(403, { success: false, errors: [{ code: 9109, message: `<b>${MARK}</b>` }] })],
  ['6003 inside a chain', json(400, { success: false, errors: [{ code: 6003, error_chain: [{ code: 6111 }] }] })],
  ['429, retry-after not a number', json(429, { success: false, errors: [{ code: 971 }] }, { 'retry-after': MARK })],
  ['429, retry-after huge', json(429, {}, { 'retry-after': '99999999999999999999999' })],
  ['429, retry-after negative', json(429, {}, { 'retry-after': '-5' })],
  ['429, retry-after a date long past', { status: 429, body: '', headers: { 'retry-after': 'Thu, 01 Jan 1970 00:00:00 GMT' } }],
  ['204 no content', { status: 204, body: null }],
  ['302 with a location', { status: 302, body: '', headers: { location: 'https://evil.example/' } }],
  ['418 teapot that says success', json(418, { success: true, errors: [], result: { id: 'x', status: 'active' } })],
  ['599 with JSON', json(599, { success: false, errors: [{ code: 10000 }] })],
  ['a 10 MB string', { status: 200, body: MARK.repeat(1_100_000) }],
  ['a 10 MB JSON reply', json(200, { success: true, errors: [], messages: [MARK.repeat(1_100_000)], result: { id: 'x', status: 'active' } })],
  ['100,000 errors', json(401, { success: false, errors: Array.from({ length: 100_000 }, (_, i) => ({ code: i })) })],
  ['deeply nested result', { status: 200, body: `{"success":true,"errors":[],"result":${nested(5000)}}` }],
  ['deeply nested arrays (past what JSON.parse may handle)', { status: 200, body: '['.repeat(500_000) + ']'.repeat(500_000) }],
  ['__proto__ keys', { status: 200, body: '{"success":true,"errors":[],"__proto__":{"polluted":1},"result":{"id":"x","status":"active","__proto__":{"status":"disabled"}}}' }],
  ['duplicate keys', { status: 200, body: '{"success":false,"success":true,"errors":[],"result":{"id":"x","status":"active"}}' }],
];

function check(v: Verdict): void {
  expect(STATES).toContain(v.state);
  expect(v.title).toBe(TITLES[v.state]);
  expect(v.message).toEqual(expect.any(String));
  expect(v.message.length).toBeGreaterThan(0);
  expect(v.next.length).toBeGreaterThan(0);
  if (v.detail !== undefined) expect(v.detail).toMatch(/^HTTP -?\d+(, code [\d, ]+)?$/);
  if (v.retryAfter !== undefined) expect(v.retryAfter >= 1 && v.retryAfter <= 3600).toBe(true);
  const text = JSON.stringify(v);
  for (const secret of [TOKEN, TOKEN.slice(5, 45), LEGACY, LEGACY.slice(0, 20)]) expect(text).not.toContain(secret);
  expect(text).not.toContain(MARK);
  expect(text).not.toContain('<');
}

function answering(reply: Reply): NonNullable<VerifyDeps['fetch']> {
  return async () => new Response(reply.body, { status: reply.status, headers: reply.headers });
}

afterEach(() => vi.useRealTimers());

describe(`${REPLIES.length} hostile replies`, () => {
  it.each(REPLIES)('%s: a defined verdict without the token', async (_name, reply) => {
    const before = Object.keys(Object.prototype).length;
    const user = await verifyToken({ token: TOKEN, format: classifyToken(TOKEN) }, { fetch: answering(reply), now: NOW });
    check(user);
    // The legacy path may ask twice (user, then account endpoint): both answers go through the same checks.
    const legacy = await verifyToken({ token: LEGACY, format: classifyToken(LEGACY), accountId: ACCOUNT }, { fetch: answering(reply), now: NOW });
    check(legacy);
    expect(Object.keys(Object.prototype).length).toBe(before);
  });

  it('a good reply still works (the checks above can pass for the right reason)', async () => {
    const v = await verifyToken({ token: TOKEN, format: classifyToken(TOKEN) }, { fetch: answering(ok({ id: 'x', status: 'active' })), now: NOW });
    check(v);
    expect(v.state).toBe('active');
  });

  it.each([
    ['network error that names the token', () => Promise.reject(new TypeError(`Failed to fetch ${TOKEN}`))],
    ['a thrown non-error', () => Promise.reject({ toString: () => { throw new Error(TOKEN); } })],
    ['a body that fails half way', async () => new Response(new ReadableStream({ start: (c) => c.error(new Error(TOKEN)) }), { status: 200 })],
    ['fetch that throws synchronously', () => { throw new Error(TOKEN); }],
  ])('%s: a defined verdict without the token', async (_name, fetch) => {
    const v = await verifyToken({ token: TOKEN, format: classifyToken(TOKEN) }, { fetch: fetch as VerifyDeps['fetch'], now: NOW });
    check(v);
    expect(v.state).toBe('offline');
  });

  it('no answer at all ends in "timeout" after 10 seconds', async () => {
    vi.useFakeTimers();
    const fetch: VerifyDeps['fetch'] = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException(TOKEN, 'AbortError'))));
    const pending = verifyToken({ token: TOKEN, format: classifyToken(TOKEN) }, { fetch, now: NOW });
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
    const v = await pending;
    check(v);
    expect(v.state).toBe('timeout');
  });

  it.each([0, -1, 1, 99, 100, 199, 300, 600, 999, 2 ** 31])('status %s straight into the verdict logic', (status) => {
    const headers = { get: () => null };
    for (const body of ['', '{}', JSON.stringify({ success: true, errors: [], result: { id: 'x', status: 'active' } }), html]) {
      check(verdictFromOutcome({ kind: 'reply', status, headers, body }, { endpoint: 'user', now: NOW() }));
    }
  });
});
