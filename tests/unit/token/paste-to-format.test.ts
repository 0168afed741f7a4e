// Realistic pastes (a blind probe, 2026-11-29) through clean-up and the format check together:
// what the user is told, and whether it may be sent.
import { describe, expect, it } from 'vitest';
import { cleanPaste } from '../../../lib/token/clean-paste';
import { classifyToken } from '../../../lib/token/classify-token';
import { crc32Hex } from '../../../lib/token/crc32';
import { readPaste } from '../../../lib/token/read-paste';

const USER = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const LEGACY = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T';
const HEX37 = '0123456789abcdef0123456789abcdef01234';
const BODY = 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7dEf0h';

// [name, paste, kind, may be sent, value it becomes (when it is a token)]
type Row = [string, string, string, 'yes' | 'no' | 'after-note' | 'insist', string?];

describe('pastes as people make them', () => {
  it.each<Row>([
    ['a full stop after it (end of a sentence)', `${USER}.`, 'user-token', 'yes', USER],
    ['a comma after it', `${USER},`, 'user-token', 'yes', USER],
    ['a legacy token and a full stop', `${LEGACY}.`, 'legacy-token', 'yes', LEGACY],
    ['in a markdown code span inside a sentence', `Use \`${USER}\` for prod`, 'user-token', 'yes', USER],
    ['a fenced code block with an export line', '```bash\nexport CLOUDFLARE_API_TOKEN=' + USER + '\n```', 'user-token', 'yes', USER],
    ['a comment after it', `${USER} # prod`, 'user-token', 'yes', USER],
    ['a .env line with a comment', `CLOUDFLARE_API_TOKEN=${USER}  # prod`, 'user-token', 'yes', USER],
    ['a command line', `CLOUDFLARE_API_TOKEN=${USER} npx wrangler deploy`, 'user-token', 'yes', USER],
    ['a .env file of two lines', `CLOUDFLARE_API_TOKEN=${USER}\nCLOUDFLARE_ACCOUNT_ID=0123456789abcdef0123456789abcdef`, 'user-token', 'yes', USER],
    ['a zero-width space inside', `${USER.slice(0, 20)}\u200b${USER.slice(20)}`, 'user-token', 'yes', USER],
    ['a soft hyphen inside', `${USER.slice(0, 30)}\u00ad${USER.slice(30)}`, 'user-token', 'yes', USER],
    ['a byte-order mark in front', `\ufeff${USER}`, 'user-token', 'yes', USER],
    ['wrapped over two lines', `${USER.slice(0, 30)}\n${USER.slice(30)}`, 'user-token', 'yes', USER],
    ['the curl command with a legacy token', `curl "https://api.cloudflare.com/client/v4/user/tokens/verify" \\\n     -H "Authorization: Bearer ${LEGACY}"`, 'legacy-token', 'yes', LEGACY],
    ['in brackets', `(${USER})`, 'user-token', 'yes', USER],
    ['in angle brackets', `<${USER}>`, 'user-token', 'yes', USER],
    ['a JSON array element', `"${USER}",`, 'user-token', 'yes', USER],
    ['"token:" in prose', `token: ${USER}.`, 'user-token', 'yes', USER],
    ['German quotes', `\u201e${USER}\u201c`, 'user-token', 'yes', USER],
    ['French quotes', `\u00ab${USER}\u00bb`, 'user-token', 'yes', USER],
    ['Bearer and a semicolon', `Bearer ${LEGACY};`, 'legacy-token', 'yes', LEGACY],
    // Never sent, however dressed:
    ['a Global API Key and a full stop', `${HEX37}.`, 'legacy-global-key', 'no'],
    ['a Global API Key in capitals', HEX37.toUpperCase(), 'legacy-global-key', 'no'],
    ['an email and a key as a note', `Email: me@example.com\nGlobal API Key: ${HEX37}`, 'legacy-global-key', 'no'],
    ['an email / a key', `me@example.com / ${HEX37}`, 'legacy-global-key', 'no'],
    ['an X-Auth-Key header line', `X-Auth-Key: ${HEX37}`, 'legacy-global-key', 'no'],
    // Not a token at all:
    ['a GitHub Actions secret reference', '${{ secrets.CLOUDFLARE_API_TOKEN }}', 'unknown', 'no'],
    ['a YAML line with a secret reference', 'apiToken: ${{ secrets.CLOUDFLARE_API_TOKEN }}', 'unknown', 'no'],
    ['a shell variable', '$CLOUDFLARE_API_TOKEN', 'unknown', 'no'],
    ['two different tokens: neither is picked, nothing is sent', `${USER}\ncfat_${BODY}${crc32Hex(BODY)}`, 'user-token', 'no'],
    // An email with a token is not a Global API Key (issue item 3).
    ['email:user token', `me@example.com:${USER}`, 'user-token', 'yes', USER],
    ['email,user token', `me@example.com,${USER}`, 'user-token', 'yes', USER],
    ['email:older token', `me@example.com:${LEGACY}`, 'legacy-token', 'yes', LEGACY],
    ['email and a user token on two lines', `me@example.com\n${USER}`, 'user-token', 'yes', USER],
    ['email:Global API Key is still one', `me@example.com:${HEX37}`, 'legacy-global-key', 'no'],
    // Tokens out of commands and files (issue item 4).
    ['an older token set for one command', `CLOUDFLARE_API_TOKEN=${LEGACY} npx wrangler deploy`, 'legacy-token', 'yes', LEGACY],
    ['an older token in docker run', `docker run -e CLOUDFLARE_API_TOKEN=${LEGACY} cloudflare/cloudflared tunnel run`, 'legacy-token', 'yes', LEGACY],
    ['a .env file: older token and account', `CLOUDFLARE_API_TOKEN=${LEGACY}\nCLOUDFLARE_ACCOUNT_ID=0123456789abcdef0123456789abcdef\n`, 'legacy-token', 'yes', LEGACY],
    // Not a Cloudflare token (issue item 6): named, sent only when the user insists.
    ['a command with a variable for the token', 'CLOUDFLARE_API_TOKEN=$TOKEN npx wrangler deploy', 'command', 'insist'],
    ['a curl command with no token', 'curl https://api.cloudflare.com/client/v4/user/tokens/verify \\\n  -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"', 'command', 'insist'],
    ['an Access client ID header', 'CF-Access-Client-Id: 0123456789abcdef0123456789abcdef.access', 'access-client-id', 'insist'],
  ])('%s', (_, paste, kind, send, value) => {
    const cleaned = cleanPaste(paste);
    const f = classifyToken(cleaned.value);
    expect([f.kind, f.send]).toEqual([kind, send]);
    if (value) expect(cleaned.value).toBe(value);
  });

  it.each([
    ['a header', `CF-Access-Client-Secret: ${'ab'.repeat(32)}`],
    ['a setting', `CF_ACCESS_CLIENT_SECRET=${'ab'.repeat(32)}`],
  ])('an Access client secret named by %s is one (64 hex alone is not)', (_name, paste) => {
    const reading = readPaste(paste);
    expect(classifyToken(reading.value, reading.hint)).toMatchObject({ kind: 'access-client-secret', send: 'insist' });
    expect(classifyToken(reading.value)).toMatchObject({ kind: 'r2-secret', send: 'no' });
  });

  it('a URL is not cut at "https:" as if it were a setting name', () => {
    expect(cleanPaste(`https://example.com/hook?token=${USER}`).removed).not.toContain('a setting name in front (NAME=)');
  });

  it('says what is wrong with a 53-character value that fails the shape check', () => {
    const upper = `cfut_${BODY}${crc32Hex(BODY).toUpperCase()}`;
    const f = classifyToken(cleanPaste(upper).value);
    expect(f.explanation).not.toMatch(/53 characters instead of 53/);
    expect(f.explanation).toMatch(/characters that don't belong/);
    expect(classifyToken(USER.slice(0, -1)).explanation).toMatch(/52 characters instead of 53/);
  });
});
