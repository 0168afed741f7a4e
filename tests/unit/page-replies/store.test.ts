import { describe, expect, it } from 'vitest';
import { REPLIES_TAG, type RepliesMessage } from '../../../lib/page-replies/message';
import type { PickedToken } from '../../../lib/page-replies/pick';
import { createReplyStore, pageOwner } from '../../../lib/page-replies/store';

const A = '0123456789abcdef0123456789abcdef';
const T1 = 'a'.repeat(32);
const T2 = 'b'.repeat(32);
const tok = (id: string, extra: Partial<PickedToken> = {}): PickedToken => ({ id, name: `t-${id.slice(0, 2)}`, ...extra });
const list = (tokens: PickedToken[], owner: 'user' | 'account' = 'user'): RepliesMessage =>
  ({ source: REPLIES_TAG, kind: 'list', owner, ...(owner === 'account' ? { accountId: A } : {}), tokens });
const one = (token: PickedToken): RepliesMessage => ({ source: REPLIES_TAG, kind: 'token', owner: 'user', token });

describe('pageOwner', () => {
  it.each([
    ['https://dash.cloudflare.com/profile/api-tokens', { owner: 'user' }],
    [`https://dash.cloudflare.com/profile/api-tokens/${T1}/edit`, { owner: 'user', editing: T1 }],
    [`https://dash.cloudflare.com/${A}/api-tokens`, { owner: `account:${A}` }],
    [`https://dash.cloudflare.com/${A.toUpperCase()}/api-tokens/`, { owner: `account:${A}` }],
    [`https://dash.cloudflare.com/${A}/api-tokens/${T2}/edit`, { owner: `account:${A}`, editing: T2 }],
    [`https://dash.cloudflare.com/${A}/r2/api-tokens`, null], // R2's own tokens page is left alone
    ['https://dash.cloudflare.com/profile/api-tokens/create', null],
    ['https://dash.cloudflare.com/profile', null],
    ['not a url', null],
  ])('%s', (url, expected) => {
    expect(pageOwner(url)).toEqual(expected);
  });
});

describe('reply store', () => {
  it('keeps tokens per owner; a list marks the owner listed', () => {
    const s = createReplyStore();
    expect(s.tokensFor('https://dash.cloudflare.com/profile/api-tokens')).toBeNull();
    expect(s.add(list([tok(T1)]))).toBe(true);
    expect(s.add(list([tok(T2)], 'account'))).toBe(true);
    const user = s.tokensFor('https://dash.cloudflare.com/profile/api-tokens')!;
    expect([user.listed, [...user.byId.keys()]]).toEqual([true, [T1]]);
    expect([...s.tokensFor(`https://dash.cloudflare.com/${A}/api-tokens`)!.byId.keys()]).toEqual([T2]);
  });

  it('pages of a list add up; the same reply again changes nothing', () => {
    const s = createReplyStore();
    s.add(list([tok(T1)]));
    s.add(list([tok(T2)]));
    const v = s.version();
    expect(s.add(list([tok(T2)]))).toBe(false);
    expect(s.version()).toBe(v);
    expect(s.tokensFor('https://dash.cloudflare.com/profile/api-tokens')!.byId.size).toBe(2);
  });

  it('a details reply alone: known by ID, not listed; it is the token being edited', () => {
    const s = createReplyStore();
    s.add(one(tok(T1, { policies: [] })));
    expect(s.tokensFor('https://dash.cloudflare.com/profile/api-tokens')!.listed).toBe(false);
    expect(s.editedToken(`https://dash.cloudflare.com/profile/api-tokens/${T1}/edit`)?.id).toBe(T1);
    expect(s.editedToken(`https://dash.cloudflare.com/profile/api-tokens/${T2}/edit`)).toBeUndefined();
    expect(s.editedToken('https://dash.cloudflare.com/profile/api-tokens')).toBeUndefined();
  });

  it('a list item without policies keeps those of the same version from a details reply', () => {
    const s = createReplyStore();
    const policies = [{ effect: 'allow' as const, permission_groups: [{ id: 'g' }], resources: {} }];
    s.add(one(tok(T1, { modified_on: '2026-01-01T00:00:00Z', policies })));
    s.add(list([tok(T1, { modified_on: '2026-01-01T00:00:00Z' })]));
    expect(s.tokensFor('https://dash.cloudflare.com/profile/api-tokens')!.byId.get(T1)?.policies).toEqual(policies);
    s.add(list([tok(T1, { modified_on: '2026-02-01T00:00:00Z' })]));
    expect(s.tokensFor('https://dash.cloudflare.com/profile/api-tokens')!.byId.get(T1)?.policies).toBeUndefined();
  });

  it('keeps permission groups by ID', () => {
    const s = createReplyStore();
    const g = { id: 'g1', name: 'New Thing Edit', scopes: ['com.cloudflare.api.account'] };
    expect(s.add({ source: REPLIES_TAG, kind: 'groups', owner: 'user', groups: [g] })).toBe(true);
    expect(s.add({ source: REPLIES_TAG, kind: 'groups', owner: 'user', groups: [g] })).toBe(false);
    expect(s.groups().get('g1')).toEqual(g);
  });
});
