import { describe, expect, it } from 'vitest';
import { classifyToken } from '../../../lib/token/classify-token';
import { crc32Hex } from '../../../lib/token/crc32';
import { HIDDEN, hasSecret, hideSecrets } from '../../../lib/token/hide-secrets';
import type { TokenKind } from '../../../lib/token/token-kinds';

const BODY = 'ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq';
const USER = `cfut_${BODY}${crc32Hex(BODY)}`;
const ACCOUNT = `cfat_${BODY}${crc32Hex(BODY)}`;
const GLOBAL_NEW = `cfk_${BODY}${crc32Hex(BODY)}`;
const LEGACY = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T';
const LEGACY_NO_DIGIT = 'YQSnxWAQiiEhqMwZNnyQSFUdoqGIUAbrhTabcdef';
const GLOBAL_KEY = '0123456789abcdef0123456789abcdef01234';
const HEX32 = '01a7362d577a6c3019a474fd6f485823';
const ORIGIN_CA = `v1.0-${'a1'.repeat(12)}-${'b2'.repeat(73)}`;
const JWT = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOlsiYXBwIl0sImVtYWlsIjoibWVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJl';
const OAUTH = 'cfoat_abcDEF123456';
const BASE64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODk=';

describe('hideSecrets', () => {
  it.each<[string, string]>([
    ['user token', USER],
    ['account token', ACCOUNT],
    ['new Global API Key', GLOBAL_NEW],
    ['legacy 40-character token', LEGACY],
    ['legacy token without a digit', LEGACY_NO_DIGIT],
    ['37-hex Global API Key', GLOBAL_KEY],
    ['32-hex ID', HEX32],
    ['64-hex R2 secret', HEX32 + HEX32],
    ['Origin CA key', ORIGIN_CA],
    ['JWT', JWT],
    ['Wrangler OAuth token', OAUTH],
    ['a token cut short', USER.slice(0, 12)],
    ['a bare prefix', 'cfut_'],
    ['base64', BASE64],
  ])('hides a %s, alone and inside text', (_, secret) => {
    expect(hideSecrets(secret)).toBe(HIDDEN);
    const text = hideSecrets(`Your token: ${secret}. Copy it now ("${secret}")`);
    expect(text).toBe(`Your token: ${HIDDEN}. Copy it now ("${HIDDEN}")`);
    expect(hasSecret(secret)).toBe(true);
  });

  it('hides a token glued to other text, and one in a URL', () => {
    expect(hideSecrets(`Bearer${USER}`)).not.toContain(BODY.slice(0, 10));
    expect(hideSecrets(`https://example.com/x?token=${LEGACY}`)).not.toContain(LEGACY.slice(5, 15));
    expect(hideSecrets(`/${HEX32}/api-tokens`)).not.toContain(HEX32);
  });

  it.each([
    'Create Custom Token',
    'Continue to summary',
    'Permissions · Zone Resources · Client IP Address Filtering',
    'Workers Scripts:Edit, Account Settings:Read',
    'dash.cloudflare.com/profile/api-tokens/create',
    'All zones from an account',
    'Expires 2026-01-15 10:00 UTC',
    'staging.example.com',
    '← Edit token',
    'Berechtigungen bearbeiten: Benutzerdefiniertes Token erstellen',
    'カスタム トークンを作成する',
  ])('keeps ordinary text: %s', (text) => {
    expect(hideSecrets(text)).toBe(text);
    expect(hasSecret(text)).toBe(false);
  });

  it('hides everything classify-token.ts calls a secret or an ID', () => {
    const secretKinds = new Set<TokenKind>(['user-token', 'account-token', 'global-key', 'legacy-token', 'legacy-global-key', 'origin-ca-key', 'oauth-token', 'r2-secret', 'jwt', 'hex-id']);
    const samples = [USER, ACCOUNT, GLOBAL_NEW, LEGACY, LEGACY_NO_DIGIT, GLOBAL_KEY, HEX32, HEX32 + HEX32, ORIGIN_CA, JWT, OAUTH, `${GLOBAL_KEY}abcd`];
    for (const s of samples) {
      expect(secretKinds.has(classifyToken(s).kind), s).toBe(true);
      expect(hideSecrets(s), s).toBe(HIDDEN);
    }
  });
});
