import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { RULES } from '../../../lib/analysis/rules';
import { rankOf } from '../../../lib/analysis/severity';
import { summarize } from '../../../lib/analysis/summarize';
import type { Finding, Rule } from '../../../lib/analysis/types';
import type { TokenModel } from '../../../lib/policy/model';
import { parseApiToken } from '../../../lib/policy/parse-api-token';
import { parseDeepLink } from '../../../lib/policy/parse-deep-link';
import { dnsAllZonesBare, mintingToken, workersEnvelope } from '../policy/api-fixtures';

const NOW = new Date('2026-02-01T00:00:00Z');
const parsed = (json: unknown): TokenModel => {
  const r = parseApiToken(json);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const codes = (fs: Finding[]) => fs.map((f) => f.code);
const find = (fs: Finding[], code: string) => fs.find((f) => f.code === code);
const tunnelLink = `https://dash.cloudflare.com/profile/api-tokens?permissionGroupKeys=${encodeURIComponent(
  '[{"key":"zone","type":"read"},{"key":"dns","type":"edit"},{"key":"argotunnel","type":"edit"}]')}&name=Tunnel&accountId=*&zoneId=all`;

describe('analyze: whole tokens', () => {
  it('Workers deploy token with IP filter and a 68-day end date: only the account-zones note', () => {
    const fs = analyze(parsed(workersEnvelope), {}, NOW);
    expect(find(fs, 'all-zones')?.severity).toBe('medium');
    for (const quiet of ['no-ip-filter', 'no-expiry', 'long-lived', 'all-accounts', 'token-minting', 'unknown-permission']) {
      expect(codes(fs)).not.toContain(quiet);
    }
  });

  it('DNS on all zones minus one, no end date', () => {
    const fs = analyze(parsed(dnsAllZonesBare), {}, NOW);
    expect(find(fs, 'all-zones')).toMatchObject({ severity: 'high' });
    expect(find(fs, 'all-zones')?.why).toContain('1 zone excluded');
    expect(find(fs, 'no-expiry')).toMatchObject({ severity: 'medium', target: { kind: 'section', section: 'ttl' } });
    expect(codes(fs)).not.toContain('no-ip-filter');
  });

  it('token-creating token: minting comes first and drives the verdict', () => {
    const fs = analyze(parsed(mintingToken), {}, NOW);
    expect(fs[0]).toMatchObject({ code: 'token-minting', severity: 'critical', target: { kind: 'permission', ref: 'p0-g0' } });
    expect(codes(fs)).toEqual(expect.arrayContaining(['no-ip-filter', 'no-expiry']));
    expect(summarize(fs)).toMatchObject({ level: 'critical', verdict: 'Can create new tokens: treat it like the password to your account.' });
  });

  it('deep link: all accounts and all zones with Edit; dates and IP filter unknown, so not reported', () => {
    const r = parseDeepLink(tunnelLink);
    const fs = r.ok ? analyze(r.value, {}, NOW) : [];
    expect(find(fs, 'all-zones')?.severity).toBe('high');
    expect(find(fs, 'all-accounts')?.severity).toBe('high');
    expect(codes(fs)).not.toContain('no-expiry');
    expect(codes(fs)).not.toContain('no-ip-filter');
  });

  // Realistic tokens we had not tried (a blind probe, 2026-11-29).
  it('an account token with user-level groups: they grant nothing there, so only that is said', () => {
    const model: TokenModel = {
      source: 'account-builder', owner: 'account',
      ipFilter: { in: ['192.0.2.0/24'], notIn: [] }, ttl: { expiresOn: '2026-03-01T00:00:00Z' },
      policies: [{ effect: 'allow', include: [{ type: 'account', id: 'a1' }], exclude: [],
        permissions: [{ ref: 'g1', name: 'User Details Read', scope: 'user' }, { ref: 'g2', name: 'API Tokens Edit', scope: 'user' }, { ref: 'g3', name: 'Memberships Read', scope: 'user' }] }],
    };
    const fs = analyze(model, {}, NOW);
    expect([...new Set(codes(fs))]).toEqual(['account-token-incompatible']);
    expect(summarize(fs).level).toBe('medium');
  });

  it('"1 zone excluded" counts only zones taken back from the groups that reach every zone', () => {
    const model = (denied: string): TokenModel => ({
      source: 'other', owner: 'user', ttl: {}, ipFilter: { in: [], notIn: [] },
      policies: [
        { effect: 'allow', include: [{ type: 'zone', id: '*' }], exclude: [], permissions: [{ ref: 'a', name: 'DNS Edit', scope: 'zone' }] },
        { effect: 'deny', include: [{ type: 'zone', id: 'z2' }], exclude: [], permissions: [{ ref: 'd', name: denied, scope: 'zone' }] },
      ],
    });
    expect(find(analyze(model('DNS Edit'), {}, NOW), 'all-zones')?.why).toContain('1 zone excluded');
    expect(find(analyze(model('Zone Settings Edit'), {}, NOW), 'all-zones')?.why).not.toContain('excluded');
  });

  it('an unknown Edit group alone is not "nothing risky"', () => {
    const model: TokenModel = { source: 'classic-form', owner: 'user', ttl: { expiresOn: '2026-03-01T00:00:00Z' }, ipFilter: { in: ['192.0.2.1'], notIn: [] },
      policies: [{ effect: 'allow', include: [{ type: 'account', id: 'a1' }], exclude: [], permissions: [{ ref: 'x', name: 'Quantum Widgets Edit', scope: 'account' }] }] };
    expect(summarize(analyze(model, {}, NOW))).toMatchObject({ level: 'medium', verdict: expect.not.stringMatching(/nothing risky/i) });
  });

  it('sorts by severity', () => {
    const fs = analyze(parsed(mintingToken), {}, NOW);
    expect(fs.map((f) => rankOf(f.severity))).toEqual([...fs.map((f) => rankOf(f.severity))].sort((a, b) => a - b));
  });
});

describe('analyze: options', () => {
  it('disabled rules are not run', () => {
    const fs = analyze(parsed(mintingToken), { disabledRules: ['token-minting', 'no-expiry'] }, NOW);
    expect(codes(fs)).not.toContain('token-minting');
    expect(codes(fs)).not.toContain('no-expiry');
    expect(codes(fs)).toContain('no-ip-filter');
  });

  it('relaxed drops low and info findings; strict raises low ones', () => {
    const m = parsed({ policies: [{ effect: 'allow', resources: { 'com.cloudflare.api.account.zone.z1': '*' }, permission_groups: [{ name: 'Zone Read' }, { name: 'Mystery Read' }] }] });
    expect(find(analyze(m, {}, NOW), 'no-expiry')?.severity).toBe('low');
    expect(find(analyze(m, { strictness: 'strict' }, NOW), 'no-expiry')?.severity).toBe('medium');
    expect(analyze(m, { strictness: 'relaxed' }, NOW)).toEqual([]);
  });

  it('bad option values fall back to defaults', () => {
    const m = parsed({ ...mintingToken, expires_on: '2026-06-01T00:00:00Z' });
    const junk = { maxLifetimeDays: -5, strictness: 'loud' } as unknown as Record<string, never>;
    expect(codes(analyze(m, junk, NOW))).toContain('long-lived');
  });
});

describe('analyze: never throws', () => {
  const original = { ...RULES };
  afterEach(() => Object.assign(RULES as Record<string, Rule>, original));

  it.each([
    ['null', null], ['a string', 'token'], ['no policies', { source: 'api' }], ['policies of junk', { source: 'api', policies: [1, 2] }],
  ])('returns [] for a model that is not one: %s', (_, m) => {
    expect(analyze(m as unknown as TokenModel)).toEqual([]);
  });

  it('skips a rule that throws and keeps the others', () => {
    (RULES as Record<string, Rule>)['token-minting'] = () => { throw new Error('boom'); };
    const fs = analyze(parsed(mintingToken), {}, NOW);
    expect(codes(fs)).not.toContain('token-minting');
    expect(codes(fs)).toContain('no-expiry');
  });

  it('drops malformed findings', () => {
    (RULES as Record<string, Rule>)['no-expiry'] = () => [
      { code: 'no-expiry', severity: 'loud', title: 'x', why: 'y', fix: 'z', docs: 'https://d', target: { kind: 'section', section: 'ttl' } } as unknown as Finding,
      { code: 'other', severity: 'low', title: 'x', why: 'y', fix: 'z', docs: 'https://d', target: { kind: 'section', section: 'ttl' } },
      { code: 'no-expiry', severity: 'low', title: '', why: 'y', fix: 'z', docs: 'https://d', target: { kind: 'section', section: 'ttl' } },
      { code: 'no-expiry', severity: 'low', title: 'x', why: 'y', fix: 'z', docs: 'https://d', target: { kind: 'section', section: 'nowhere' } } as unknown as Finding,
    ];
    expect(codes(analyze(parsed(mintingToken), {}, NOW))).not.toContain('no-expiry');
  });

  it('an invalid clock falls back to the time now', () => {
    const m = parsed(workersEnvelope); // ends 68 days after NOW: what the clock says matters
    const yearsBefore = new Date('2023-06-01T00:00:00Z');
    // The clock matters for this token: two years earlier, its end date is far off.
    expect(codes(analyze(m, {}, yearsBefore))).not.toEqual(codes(analyze(m, {}, NOW)));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (const now of [NOW, yearsBefore]) {
        vi.setSystemTime(now);
        expect(analyze(m, {}, new Date('nope'))).toEqual(analyze(m, {}, now));
      }
    } finally {
      vi.useRealTimers();
    }
  });
});
