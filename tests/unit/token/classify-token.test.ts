import { describe, expect, it } from 'vitest';
import { classifyToken } from '../../../lib/token/classify-token';
import { crc32Hex } from '../../../lib/token/crc32';
import type { ChecksumState, SendDecision, TokenKind } from '../../../lib/token/token-kinds';

const BODY = 'ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq';
const ZERO = 'Example2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'; // checksum 0f604dde: leading zero
const withSum = (prefix: string, body: string) => `${prefix}${body}${crc32Hex(body)}`;
const LEGACY = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T';
const HEX37 = '0123456789abcdef0123456789abcdef01234';
const HEX32 = '01a7362d577a6c3019a474fd6f485823';
const ORIGIN_CA = `v1.0-${'a'.repeat(24)}-${'b'.repeat(146)}`;

type Row = [string, string, TokenKind, ChecksumState, SendDecision];
const JWT = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOlsiYXBwIl0sImVtYWlsIjoibWVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJl';
const HEX64 = HEX32 + HEX32;

describe('classifyToken', () => {
  it.each<Row>([
    ['empty', '', 'empty', 'none', 'no'],
    // The reference's vectors (docs/cloudflare-tokens.md §checksum), written out so they don't
    // depend on crc32.ts.
    ['user token, trufflehog vector', `cfut_${BODY}8573bbfe`, 'user-token', 'valid', 'yes'],
    ['account token, trufflehog vector', `cfat_${BODY}8573bbfe`, 'account-token', 'valid', 'yes'],
    ['user token with a leading-zero checksum', `cfut_${ZERO}0f604dde`, 'user-token', 'valid', 'yes'],
    ['leading zero dropped is invalid', `cfut_${ZERO}f604dde`, 'user-token', 'invalid', 'no'],
    ['one character changed', `cfut_${BODY.replace('Z', 'Y')}8573bbfe`, 'user-token', 'invalid', 'no'],
    ['checksum changed', `cfut_${BODY}8573bbff`, 'user-token', 'invalid', 'no'],
    ['checksum in capitals', `cfut_${BODY}8573BBFE`, 'user-token', 'invalid', 'no'],
    ['cut short', `cfut_${BODY}8573b`, 'user-token', 'invalid', 'no'],
    ['only the prefix', 'cfut_', 'user-token', 'invalid', 'no'],
    ['dash in the body', `cfat_${BODY.slice(0, 39)}-8573bbfe`, 'account-token', 'invalid', 'no'],
    ['Global API Key, valid', `cfk_${BODY}8573bbfe`, 'global-key', 'valid', 'no'],
    ['Global API Key, invalid', `cfk_${BODY}00000000`, 'global-key', 'invalid', 'no'],
    ['built account token', withSum('cfat_', 'abcdefghijABCDEFGHIJ0123456789klmnopqrst'), 'account-token', 'valid', 'yes'],
    ['legacy token', LEGACY, 'legacy-token', 'none', 'yes'],
    ['legacy token with underscore', '8M7wS6hCpXVc-DoRnPPY_UuWPMQbqFhHP2cA_yk-', 'legacy-token', 'none', 'yes'],
    ['legacy token, 39 chars', LEGACY.slice(1), 'unknown', 'none', 'after-note'],
    ['legacy Global API Key, 37 hex', HEX37, 'legacy-global-key', 'none', 'no'],
    ['legacy Global API Key, 40 hex', `${HEX37}567`, 'legacy-global-key', 'none', 'no'],
    ['legacy Global API Key, 45 hex', `${HEX37}56789abc`, 'legacy-global-key', 'none', 'no'],
    ['email:key', `me@example.com:${HEX37}`, 'legacy-global-key', 'none', 'no'],
    ['email and key on two lines, joined by cleanPaste', `me@example.com ${HEX37}`, 'legacy-global-key', 'none', 'no'],
    ['email:cfk_ key', `me@example.com:cfk_${BODY}8573bbfe`, 'global-key', 'valid', 'no'],
    ['email:cfk_ key, bad checksum', `me@example.com:cfk_${BODY}8573bbf0`, 'global-key', 'invalid', 'no'],
    ['Origin CA key', ORIGIN_CA, 'origin-ca-key', 'none', 'no'],
    ['Wrangler OAuth token', 'cfoat_abc.DEF-123_xyz', 'oauth-token', 'none', 'no'],
    ['32 hex ID', HEX32, 'hex-id', 'none', 'no'],
    ['32 hex ID in capitals', HEX32.toUpperCase(), 'hex-id', 'none', 'no'],
    ['64 hex R2 secret', HEX32 + HEX32, 'r2-secret', 'none', 'no'],
    ['unknown word', 'hello-token', 'unknown', 'none', 'after-note'],
    ['unknown with spaces', 'two words', 'unknown', 'none', 'after-note'],
    ['non-ASCII never sent', 'tök\u00e9n', 'unknown', 'none', 'no'],
    ['control character never sent', 'abc\tdef', 'unknown', 'none', 'no'],
    ['far too long never sent', 'a'.repeat(600), 'unknown', 'none', 'no'],
    ['prefix in capitals is not ours', `CFUT_${BODY}8573bbfe`, 'unknown', 'none', 'after-note'],
  ])('%s', (_name, value, kind, checksum, send) => {
    expect(classifyToken(value)).toMatchObject({ kind, checksum, send });
  });

  // Not a Cloudflare token: named, held back on Verify, sent only on "Verify anyway" (insist).
  it.each<[string, string, 'access-client-secret' | undefined, TokenKind, SendDecision]>([
    ['a JWT', JWT, undefined, 'jwt', 'insist'],
    ['a JWT with no signature', `${JWT.split('.').slice(0, 2).join('.')}.`, undefined, 'jwt', 'insist'],
    ['a JWT too long for a header', `${JWT}${'a'.repeat(600)}`, undefined, 'jwt', 'no'],
    ['a tunnel token (base64 JSON, no dots) is not a JWT', 'eyJhIjoiMDFhNzM2MmQ1NzdhNmMzMDE5YTQ3NGZkNmY0ODU4MjMifQ', undefined, 'unknown', 'after-note'],
    ['an Access client ID', `${HEX32}.access`, undefined, 'access-client-id', 'insist'],
    ['an Access client ID in capitals is not one', `${HEX32.toUpperCase()}.access`, undefined, 'unknown', 'after-note'],
    ['an Access client secret, named in the paste', HEX64, 'access-client-secret', 'access-client-secret', 'insist'],
    ['64 hex with no name stays an R2 secret', HEX64, undefined, 'r2-secret', 'no'],
    ['the hint changes nothing for a token', LEGACY, 'access-client-secret', 'legacy-token', 'yes'],
    ['a wrangler command', 'npx wrangler deploy', undefined, 'command', 'insist'],
    ['a curl command with a variable for the token', 'curl -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" https://api.cloudflare.com/client/v4/user/tokens/verify', undefined, 'command', 'insist'],
    ['docker run naming the variable only', 'docker run -e CLOUDFLARE_API_TOKEN cloudflare/cloudflared tunnel run', undefined, 'command', 'insist'],
    ['a command after a prompt and a setting', '$ CLOUDFLARE_ACCOUNT_ID=abc npx wrangler whoami', undefined, 'command', 'insist'],
    ['a program by its path', './node_modules/.bin/wrangler deploy', undefined, 'command', 'insist'],
    ['a command name alone is no command line', 'wrangler', undefined, 'unknown', 'after-note'],
    ['words that are no command', 'my token please', undefined, 'unknown', 'after-note'],
    ['a command holding a Global API Key is the key (never sent)', `curl -H "X-Auth-Key: ${HEX37}" https://api.cloudflare.com/client/v4/user`, undefined, 'legacy-global-key', 'no'],
  ])('%s', (_name, value, hint, kind, send) => {
    expect(classifyToken(value, hint)).toMatchObject({ kind, send });
  });

  it('flags only the legacy token format', () => {
    expect(classifyToken(LEGACY).flagged).toBe(true);
    expect(classifyToken(LEGACY).explanation).toMatch(/leak scanners/);
    expect(classifyToken(LEGACY).advice).toMatch(/Roll it/);
    for (const v of ['', `cfut_${BODY}8573bbfe`, HEX37, HEX32, 'x']) expect(classifyToken(v).flagged).toBe(false);
  });

  it.each([
    [`cfut_${BODY}8573bbff`, /mistyped or cut short/],
    [`cfut_${BODY}8573b`, /mistyped or cut short/],
    [`cfk_${BODY}8573bbfe`, /full power/],
    [HEX37, /full power/],
    [`me@example.com:${HEX37}`, /email address/],
    [HEX32, /not a secret/],
    ['hello-token', /sent to Cloudflare as it is/],
    [JWT, /signed login or session token[\s\S]*not a Cloudflare API token/],
    [`${HEX32}.access`, /client ID of an Access service token/],
    ['npx wrangler deploy', /command line with no token/],
    [HEX64, /R2 secret access key \(or the client secret of an Access service token\)/],
  ])('explains %s', (value, text) => {
    const f = classifyToken(value);
    expect(`${f.explanation} ${f.advice}`).toMatch(text);
  });

  it('has one sentence of explanation and one of advice for every kind', () => {
    const samples = ['', `cfut_${BODY}8573bbfe`, `cfat_${BODY}8573bbfe`, `cfk_${BODY}8573bbfe`, LEGACY, HEX37, ORIGIN_CA, 'cfoat_x', HEX32, HEX32 + HEX32, 'what', JWT, `${HEX32}.access`, 'npx wrangler deploy'];
    const kinds = new Set([...samples.map((s) => classifyToken(s).kind), classifyToken(HEX64, 'access-client-secret').kind]);
    expect(kinds.size).toBe(15);
    for (const f of [...samples.map((s) => classifyToken(s)), classifyToken(HEX64, 'access-client-secret')]) {
      const { explanation, advice } = f;
      for (const text of [explanation, advice]) {
        expect(text).toMatch(/^[A-Z0-9].*[.]$/);
        expect(text.split(/[.!?] [A-Z]/)).toHaveLength(1);
      }
    }
  });

  it('never repeats the value in its texts', () => {
    const value = `cfut_${BODY}8573bbff`;
    const f = classifyToken(value);
    expect(JSON.stringify(f)).not.toContain(BODY);
  });
});
