import { describe, expect, it } from 'vitest';
import { matchReplyPath, replyKindOf } from '../../../lib/page-replies/paths';

const A = '0123456789abcdef0123456789abcdef';
const T = 'ed17574386854bf78a67040be0a770b0';

describe('matchReplyPath', () => {
  it.each([
    ['/api/v4/user/tokens', { kind: 'list', owner: 'user' }],
    ['/api/v4/user/tokens/', { kind: 'list', owner: 'user' }],
    ['/client/v4/user/tokens', { kind: 'list', owner: 'user' }],
    ['/user/tokens', { kind: 'list', owner: 'user' }],
    [`/api/v4/user/tokens/${T}`, { kind: 'token', owner: 'user', tokenId: T }],
    [`/api/v4/accounts/${A}/tokens`, { kind: 'list', owner: 'account', accountId: A }],
    [`/api/v4/accounts/${A}/tokens/${T}`, { kind: 'token', owner: 'account', accountId: A, tokenId: T }],
    ['/api/v4/user/tokens/permission_groups', { kind: 'groups', owner: 'user' }],
    [`/api/v4/accounts/${A}/tokens/permission_groups`, { kind: 'groups', owner: 'account', accountId: A }],
  ])('%s', (path, kind) => {
    expect(matchReplyPath(path)).toEqual(kind);
  });

  it.each([
    '/api/v4/user/tokens/verify',
    `/api/v4/accounts/${A}/tokens/verify`,
    `/api/v4/user/tokens/${T}/value`, // roll: the reply is the secret
    `/api/v4/accounts/${A}/tokens/${T}/value`,
    '/api/v4/user',
    '/api/v4/user/tokensx',
    '/api/v4/user/tokens/a/b',
    `/api/v4/accounts/${A}`,
    '/api/v4/zones',
    '/profile/api-tokens',
    `/api/v4/user/tokens/${'a'.repeat(65)}`,
    `/api/v4/user/tokens/${T}.json`,
    '/api/v4/user/tokens/abcdef', // no digit: an endpoint word, not an ID
    '',
  ])('not a token reply: %s', (path) => {
    expect(matchReplyPath(path)).toBeNull();
  });
});

describe('replyKindOf', () => {
  const base = 'https://dash.cloudflare.com/profile/api-tokens';
  it.each([
    ['GET', '/api/v4/user/tokens', 'list'],
    ['get', '/api/v4/user/tokens?page=2&per_page=20', 'list'],
    [undefined, '/api/v4/user/tokens', 'list'], // fetch's default method
    ['GET', 'https://dash.cloudflare.com/api/v4/user/tokens#x', 'list'],
    ['GET', 'api/v4/user/tokens', 'list'], // relative: /profile/api/v4/user/tokens, any prefix
  ])('%s %s', (method, url, kind) => {
    expect(replyKindOf(method, url, base)?.kind).toBe(kind);
  });

  it.each([
    ['POST', '/api/v4/user/tokens'],
    ['PUT', `/api/v4/user/tokens/${T}`],
    ['PATCH', `/api/v4/user/tokens/${T}`],
    ['DELETE', `/api/v4/user/tokens/${T}`],
    ['HEAD', '/api/v4/user/tokens'],
    [42, '/api/v4/user/tokens'],
    ['GET', 'https://api.cloudflare.com/client/v4/user/tokens'], // another origin
    ['GET', 'https://evil.example/api/v4/user/tokens'],
    ['GET', 'http://[::1'], // not a URL
  ])('never read: %s %s', (method, url) => {
    expect(replyKindOf(method, url, base)).toBeNull();
  });
});
