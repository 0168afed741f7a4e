// One paste, read whole: capped, cleaned, its Account ID and hint noted (issue items 4, 6, 7).
import { describe, expect, it } from 'vitest';
import { MAX_PASTE } from '../../../lib/token/cap-paste';
import { readPaste } from '../../../lib/token/read-paste';

const USER = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const LEGACY = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T';
const ID = '01a7362d577a6c3019a474fd6f485823';

describe('readPaste', () => {
  it.each([
    ['a token', USER, { value: USER, removed: [], cutFrom: null, accountId: null }],
    ['a .env file', `CLOUDFLARE_API_TOKEN=${LEGACY}\nCLOUDFLARE_ACCOUNT_ID=${ID}`, { value: LEGACY, cutFrom: null, accountId: ID }],
    ['an Access secret header', `CF-Access-Client-Secret: ${'a'.repeat(64)}`, { value: 'a'.repeat(64), hint: 'access-client-secret' }],
  ])('%s', (_name, raw, expected) => {
    expect(readPaste(raw)).toMatchObject(expected);
  });

  it('a 5 MB paste is cut, the token at its start still found, fast', () => {
    const raw = `CLOUDFLARE_API_TOKEN=${USER}\n${'log line\n'.repeat(600_000)}`;
    const start = performance.now();
    const reading = readPaste(raw);
    expect(performance.now() - start).toBeLessThan(200);
    expect(reading).toMatchObject({ value: USER, cutFrom: raw.length });
  });

  it('a 5 MB paste with nothing useful keeps at most the cap', () => {
    const reading = readPaste('x'.repeat(5_000_000));
    expect(reading.value.length).toBeLessThanOrEqual(MAX_PASTE);
    expect(reading.cutFrom).toBe(5_000_000);
  });
});
