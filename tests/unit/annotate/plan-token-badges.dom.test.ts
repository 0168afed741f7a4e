// Tokens-list badges from the dashboard's own reply (exact) or from the row (as before).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { DEFAULT_OPTIONS } from '../../../lib/analysis/types';
import { createTokenBadgePlanner, matchTokens } from '../../../lib/dashboard/annotate/plan-token-badges';
import type { TokenRowReading } from '../../../lib/dashboard/types';
import type { PickedToken } from '../../../lib/page-replies/pick';
import type { PageTokens } from '../../../lib/page-replies/store';
import type { TokenModel } from '../../../lib/policy/model';

const NOW = new Date('2026-06-01T12:00:00Z');
const ago = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString().replace('.000Z', 'Z');
const ID = { dnsWrite: '4755a26eedb94da69e1066d98aa820be', zoneRead: 'c8fed203ed3043cba015a93ad1616f1f', tokensWrite: '686d18d5ac6c441c867cbf6771e58a0a' };
const T = (n: number) => String(n).repeat(32).slice(0, 32);

/** A row showing only "Zone:Read" on one zone: harmless as far as the table can tell. */
function row(name: string, extra: Partial<TokenRowReading> = {}): TokenRowReading {
  const model: TokenModel = { name, owner: 'user', source: 'other', policies: [{ effect: 'allow', permissions: [{ ref: 'r', name: 'Zone Read', scope: 'zone' }], include: [{ type: 'zone', id: 'z1' }], exclude: [] }] };
  return { name, element: document.createElement('tr'), model, ...extra };
}
function token(id: string, name: string, groups: string[], extra: Partial<PickedToken> = {}): PickedToken {
  return {
    id, name, status: 'active', issued_on: ago(10), last_used_on: ago(1), expires_on: ago(-30),
    policies: [{ effect: 'allow', permission_groups: groups.map((g) => ({ id: g })), resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
    condition: { request_ip: { in: ['192.0.2.0/24'] } },
    ...extra,
  };
}
const api = (tokens: PickedToken[], listed = true): PageTokens => ({ listed, byId: new Map(tokens.map((t) => [t.id, t])), version: 1 });
const planner = (options = {}) => createTokenBadgePlanner({ analyze: (m) => analyze(m, { ...DEFAULT_OPTIONS, ...options }, NOW), now: () => NOW });

describe('matchTokens', () => {
  const a = token(T(1), 'Deploy', []);
  const b = token(T(2), 'Twin', []);
  const c = token(T(3), 'Twin', []);
  it.each([
    ['by the ID the row links to, even under another name', [row('Renamed', { id: T(1) })], api([a]), [T(1)]],
    ['by name', [row('Deploy')], api([a]), [T(1)]],
    ['by name, spaces and case aside', [row('  deploy ')], api([a]), [T(1)]],
    ['not by a name two tokens share', [row('Twin')], api([a, b, c]), [undefined]],
    ['by ID among twins', [row('Twin', { id: T(3) })], api([a, b, c]), [T(3)]],
    ['not by name without a list reply (only details seen)', [row('Deploy')], api([a], false), [undefined]],
    ['nothing without replies', [row('Deploy')], null, [undefined]],
    ['an unknown name', [row('Other')], api([a]), [undefined]],
  ])('%s', (_, rows, tokens, ids) => {
    expect(matchTokens(rows, tokens).map((t) => t?.id)).toEqual(ids);
  });
});

describe('token badges', () => {
  it('without a reply: from the row, marked "page"', () => {
    const [b] = planner()([row('Deploy')], null);
    expect(b).toMatchObject({ kind: 'token', source: 'page', risk: 'low' });
    expect(b.tokenId).toBeUndefined();
    expect(b.codes?.length).toBe(b.reasons.length);
  });

  it('with a reply: from the exact token, whatever the row shows ("api", its ID, its codes)', () => {
    const [b] = planner()([row('Deploy')], api([token(T(1), 'Deploy', [ID.tokensWrite])]));
    expect(b).toMatchObject({ kind: 'token', source: 'api', tokenId: T(1), risk: 'critical' });
    expect(b.codes).toContain('token-minting');
    expect(b.codes?.length).toBe(b.reasons.length);
  });

  it('the "+2 more" caveat goes: the reply has every permission', () => {
    const [page] = planner()([row('Deploy', { unshown: 2 })], null);
    const [exact] = planner()([row('Deploy', { unshown: 2 })], api([token(T(1), 'Deploy', [ID.zoneRead])]));
    expect(page.codes?.[0]).toBe('unshown');
    expect(exact.codes).not.toContain('unshown');
  });

  it.each([
    ['by status', { status: 'expired' as const }, 'Expired', 'token-expired'],
    ['by its end date', { expires_on: ago(3) }, 'Expired', 'token-expired'],
    ['disabled', { status: 'disabled' as const }, 'Disabled', 'token-disabled'],
  ])('an expired or disabled token says so first: %s', (_, extra, badge, code) => {
    const [b] = planner()([row('Deploy')], api([token(T(1), 'Deploy', [ID.dnsWrite], extra)]));
    expect(b).toMatchObject({ badge, risk: 'low' });
    expect(b.codes?.[0]).toBe(code);
    expect(b.reasons[0]).toMatch(new RegExp(`^${badge}`));
  });

  it('the row\'s own status (English) also says so without a reply', () => {
    const [b] = planner()([row('Deploy', { status: 'Expired' })], null);
    expect(b).toMatchObject({ badge: 'Expired', source: 'page' });
  });

  it.each([
    ['last used 200 days ago', { last_used_on: ago(200), issued_on: ago(400) }, {}, true],
    ['never used, made 60 days ago', { last_used_on: undefined, issued_on: ago(60) }, {}, true],
    ['used yesterday', {}, {}, false],
    ['last used 200 days ago, option 365', { last_used_on: ago(200), issued_on: ago(400) }, { unusedDays: 365 }, false],
    ['never used, made 60 days ago, option 90', { last_used_on: undefined, issued_on: ago(60) }, { neverUsedDays: 90 }, false],
  ])('unused tokens are named: %s', (_, extra, options, fires) => {
    const t = token(T(1), 'Deploy', [ID.zoneRead], extra);
    const [b] = planner(options)([row('Deploy')], api([t]));
    expect(b.codes?.includes('unused-token')).toBe(fires);
  });

  it('a token whose reply has no policies: rated from the row, still with its status and use', () => {
    const t = token(T(1), 'Deploy', [], { last_used_on: ago(300), issued_on: ago(400) });
    delete t.policies;
    const [b] = planner()([row('Deploy')], api([t]));
    expect(b).toMatchObject({ source: 'page', tokenId: T(1) });
    expect(b.codes).toContain('unused-token');
  });

  it('the signature changes with the source', () => {
    const p = planner();
    const r = row('Deploy');
    const [a] = p([r], null);
    const [b] = p([r], api([token(T(1), 'Deploy', [ID.zoneRead])]));
    expect(a.signature).not.toBe(b.signature);
  });
});
