// The allow-list: only the listed fields of a token or permission group are ever copied.
import { describe, expect, it } from 'vitest';
import { checkMessage, isHello, messageFor, REPLIES_TAG } from '../../../lib/page-replies/message';
import { pickGroup, pickToken } from '../../../lib/page-replies/pick';
import { workersEnvelope } from '../policy/api-fixtures';

const SECRET = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const T = 'ed17574386854bf78a67040be0a770b0';
const full = workersEnvelope.result;

describe('pickToken', () => {
  it('keeps exactly the listed fields of a real-shaped token', () => {
    const picked = pickToken(full)!;
    expect(Object.keys(picked).sort()).toEqual(['condition', 'expires_on', 'id', 'issued_on', 'last_used_on', 'modified_on', 'name', 'not_before', 'policies', 'status']);
    expect(Object.keys(picked.policies![0]).sort()).toEqual(['effect', 'permission_groups', 'resources']); // no policy id
    expect(picked.policies![1].resources).toEqual({ 'com.cloudflare.api.account.01a7362d577a6c3019a474fd6f485823': { 'com.cloudflare.api.account.zone.*': '*' } });
    expect(picked.condition).toEqual({ request_ip: { in: ['192.0.2.0/24', '2001:db8::/48'], not_in: ['192.0.2.99/32'] } });
  });

  it('drops the secret value, meta, and any other field, wherever it is', () => {
    const hostile = {
      ...full,
      value: SECRET,
      secret: SECRET,
      policies: [{
        ...full.policies[0],
        value: SECRET,
        permission_groups: [{ id: 'e086da7e2179491d91ee5f35b3ca210a', name: 'Workers Scripts Write', meta: { key: 'k', value: SECRET } }],
        resources: { 'com.cloudflare.api.account.*': SECRET, value: '*', [SECRET]: '*' },
      }],
      condition: { request_ip: { in: ['192.0.2.0/24'], value: SECRET } },
    };
    const picked = JSON.stringify(pickToken(hostile));
    expect(picked).not.toContain(SECRET);
    expect(picked).not.toContain('value');
    expect(picked).not.toContain('meta');
    expect(picked).not.toContain('secret');
  });

  it('ignores inherited fields', () => {
    const proto = { value: SECRET, name: SECRET };
    const o = Object.assign(Object.create(proto), { id: T });
    expect(pickToken(o)).toEqual({ id: T });
  });

  it.each([
    ['no id', { name: 'x' }],
    ['an id with a slash', { id: 'a/b' }],
    ['a secret as the id', { id: SECRET }],
    ['a list', [full]],
    ['text', 'x'],
    ['null', null],
  ])('no token: %s', (_, raw) => {
    expect(pickToken(raw)).toBeUndefined();
  });

  it.each([
    ['a name of 201 characters', { name: 'n'.repeat(201) }, 'name'],
    ['an unknown status', { status: 'paused' }, 'status'],
    ['a date that is no date', { last_used_on: 'yesterday' }, 'last_used_on'],
    ['a date that is a number', { issued_on: 1700000000 }, 'issued_on'],
  ])('drops a malformed field: %s', (_, extra, field) => {
    expect(pickToken({ id: T, ...extra })).not.toHaveProperty(field);
  });

  it.each([
    ['a policy without effect', { policies: [{ permission_groups: [], resources: {} }] }],
    ['a group with neither id nor name', { policies: [{ effect: 'allow', permission_groups: [{}], resources: {} }] }],
    ['an unreadable IP filter', { policies: [], condition: { request_ip: { in: ['not an ip!'] } } }],
    ['an IP filter that is not an object', { policies: [], condition: { request_ip: 'x' } }],
  ])('no policies when one part is unreadable (the token is then rated from its row): %s', (_, extra) => {
    const picked = pickToken({ id: T, ...extra })!;
    expect(picked.id).toBe(T);
    expect(picked.policies).toBeUndefined();
  });

  it('an empty condition means no IP filter', () => {
    expect(pickToken({ id: T, policies: [], condition: {} })).toEqual({ id: T, policies: [], condition: { request_ip: {} } });
  });
});

describe('pickGroup', () => {
  it.each([
    ['a real one', { id: '4755a26eedb94da69e1066d98aa820be', name: 'DNS Write', description: 'd', scopes: ['com.cloudflare.api.account.zone'], label: 'dns_write', category: 'dns_and_zones' },
      { id: '4755a26eedb94da69e1066d98aa820be', name: 'DNS Write', scopes: ['com.cloudflare.api.account.zone'] }],
    ['bad scopes dropped', { id: 'a1', name: 'X Read', scopes: ['com.cloudflare.api.account', 5, 'has space', 'value'] }, { id: 'a1', name: 'X Read', scopes: ['com.cloudflare.api.account'] }],
    ['no name', { id: 'a1', scopes: [] }, undefined],
    ['no scopes', { id: 'a1', name: 'X' }, undefined],
  ])('%s', (_, raw, expected) => {
    expect(pickGroup(raw)).toEqual(expected);
  });
});

describe('messageFor (the observer) and checkMessage (the content script)', () => {
  const list = { success: true, result: [full, { id: 'b'.repeat(32), name: 'Second', status: 'expired', value: SECRET }], result_info: { page: 1, total_pages: 1 } };

  it('a list reply → its tokens', () => {
    const m = messageFor({ kind: 'list', owner: 'user' }, list)!;
    expect(m).toMatchObject({ source: REPLIES_TAG, kind: 'list', owner: 'user' });
    expect(m.kind === 'list' && m.tokens.map((t) => t.id)).toEqual([T, 'b'.repeat(32)]);
    expect(JSON.stringify(m)).not.toContain(SECRET);
    expect(checkMessage(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });

  it('a details reply → its token, only when the ID is the one asked for', () => {
    expect(messageFor({ kind: 'token', owner: 'user', tokenId: T }, workersEnvelope)).toMatchObject({ kind: 'token', token: { id: T } });
    expect(messageFor({ kind: 'token', owner: 'user', tokenId: 'c'.repeat(32) }, workersEnvelope)).toBeUndefined();
  });

  it('a permission-groups reply → its groups', () => {
    const m = messageFor({ kind: 'groups', owner: 'account', accountId: 'a1' }, { success: true, result: [{ id: 'g1', name: 'New Thing Edit', scopes: ['com.cloudflare.api.account'] }, { junk: 1 }] });
    expect(m).toEqual({ source: REPLIES_TAG, kind: 'groups', owner: 'account', accountId: 'a1', groups: [{ id: 'g1', name: 'New Thing Edit', scopes: ['com.cloudflare.api.account'] }] });
  });

  it.each([
    ['an error envelope', { success: false, errors: [{ code: 9109 }] }],
    ['a result that is not a list', { success: true, result: full }],
    ['no envelope', [full]],
  ])('a list reply of the wrong shape → nothing: %s', (_, json) => {
    expect(messageFor({ kind: 'list', owner: 'user' }, json)).toBeUndefined();
  });

  it('the check picks again: extra fields the page adds never pass', () => {
    const posted = { source: REPLIES_TAG, kind: 'list', owner: 'user', extra: SECRET, tokens: [{ id: T, name: 'n', value: SECRET, policies: [] }] };
    const m = checkMessage(posted)!;
    expect(JSON.stringify(m)).not.toContain(SECRET);
    expect(m).toEqual({ source: REPLIES_TAG, kind: 'list', owner: 'user', tokens: [{ id: T, name: 'n', policies: [] }] });
  });

  it.each([
    ['another tag', { source: 'x', kind: 'list', owner: 'user', tokens: [] }],
    ['no owner', { source: REPLIES_TAG, kind: 'list', tokens: [] }],
    ['an account without its ID', { source: REPLIES_TAG, kind: 'list', owner: 'account', tokens: [] }],
    ['a bad account ID', { source: REPLIES_TAG, kind: 'list', owner: 'account', accountId: '../x', tokens: [] }],
    ['tokens that are not a list', { source: REPLIES_TAG, kind: 'list', owner: 'user', tokens: {} }],
    ['a token without ID', { source: REPLIES_TAG, kind: 'token', owner: 'user', token: { name: 'x' } }],
    ['an unknown kind', { source: REPLIES_TAG, kind: 'value', owner: 'user' }],
    ['a hello', { source: REPLIES_TAG, kind: 'hello' }],
    ['text', 'token-lens:page-replies'],
    ['null', null],
  ])('rejected: %s', (_, data) => {
    expect(checkMessage(data)).toBeUndefined();
  });

  it('isHello', () => {
    expect(isHello({ source: REPLIES_TAG, kind: 'hello' })).toBe(true);
    expect(isHello({ source: REPLIES_TAG, kind: 'list' })).toBe(false);
    expect(isHello('hello')).toBe(false);
  });
});
