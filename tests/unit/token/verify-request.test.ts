import { describe, expect, it } from 'vitest';
import { chooseEndpoint, isAccountId, verifyRequest, verifyUrl } from '../../../lib/token/verify-request';
import type { TokenKind } from '../../../lib/token/token-kinds';

const ID = '01a7362d577a6c3019a474fd6f485823';

describe('isAccountId', () => {
  it.each([
    [ID, true], [ID.toUpperCase(), true], [` ${ID} `, true],
    ['', false], [ID.slice(1), false], [`${ID}0`, false], [`${ID.slice(1)}g`, false], [`${ID.slice(2)}/x`, false],
  ])('%s -> %s', (text, ok) => expect(isAccountId(text)).toBe(ok));
});

describe('chooseEndpoint', () => {
  it.each<[TokenKind, boolean, 'user' | 'account']>([
    ['user-token', false, 'user'],
    ['user-token', true, 'user'],
    ['account-token', false, 'account'],
    ['legacy-token', false, 'user'],
    ['legacy-token', true, 'account'],
    ['unknown', false, 'user'],
    ['unknown', true, 'user'],
  ])('%s (account-owned: %s) -> %s', (kind, owned, endpoint) => expect(chooseEndpoint(kind, owned)).toBe(endpoint));
});

describe('verifyUrl', () => {
  it.each([
    ['user', '', 'https://api.cloudflare.com/client/v4/user/tokens/verify'],
    ['user', ID, 'https://api.cloudflare.com/client/v4/user/tokens/verify'],
    ['account', ID, `https://api.cloudflare.com/client/v4/accounts/${ID}/tokens/verify`],
    ['account', ID.toUpperCase(), `https://api.cloudflare.com/client/v4/accounts/${ID}/tokens/verify`],
  ] as const)('%s %s', (endpoint, id, url) => expect(verifyUrl(endpoint, id)).toBe(url));

  it.each(['', 'abc', `${ID}/../../user`, `../${ID}`])('refuses account ID %j', (id) => {
    expect(() => verifyUrl('account', id)).toThrow(/32 hex/);
  });
});

describe('verifyRequest', () => {
  it('sends only the Bearer header, no cookies, no cache', () => {
    const { url, init } = verifyRequest('tok', 'user');
    expect(url).toBe('https://api.cloudflare.com/client/v4/user/tokens/verify');
    expect(init).toMatchObject({ method: 'GET', headers: { Authorization: 'Bearer tok' }, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
  });
});
