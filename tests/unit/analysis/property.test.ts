// Property test: whatever the parsers can produce (and any model the schema allows) goes through
// analyze() without throwing and yields well-formed findings. Seeded, so a failure reproduces.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { RULE_CODES } from '../../../lib/analysis/rules';
import { SEVERITIES, rankOf } from '../../../lib/analysis/severity';
import { EASE } from '../../../lib/analysis/strictness';
import { summarize } from '../../../lib/analysis/summarize';
import type { AnalyzerOptions, Finding } from '../../../lib/analysis/types';
import { allGroups } from '../../../lib/catalog';
import { TokenModelSchema, type Resource, type TokenModel } from '../../../lib/policy/model';
import { parseApiToken } from '../../../lib/policy/parse-api-token';
import { parseDeepLink } from '../../../lib/policy/parse-deep-link';

/** mulberry32: tiny, fast, good enough to explore inputs. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const many = <T>(n: number, f: () => T): T[] => Array.from({ length: int(n + 1) }, f);
  return { next, int, pick, many, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof rng>;

const groups = allGroups();
const IDS = [...groups.map((g) => g.id), 'ffffffffffffffffffffffffffffffff', 'not-an-id'];
const NAMES = [...groups.flatMap((g) => [g.name, g.label]), 'Quantum Widgets Edit', 'API Tokens Edit', '', 'Logs Read'];
const KEYS = [...new Set(groups.flatMap((g) => (g.key ? [g.key] : []))), 'zone_dns', 'mcp_portals', 'fbm', 'nonsense'];
const TYPES = ['read', 'edit', 'write', 'purge', 'revoke', 'run', 'admin', 'report', 'zone', ''];
const HEX = '0123456789abcdef';
const hex = (r: Rng) => Array.from({ length: 32 }, () => r.pick([...HEX])).join('');
const CIDRS = ['192.0.2.0/24', '198.51.100.7', '0.0.0.0/0', '::/0', '2001:db8::/48', '10.0.0.0/8', '300.1.1.1', 'fe80::/129', 'x'];
const DATES = ['2026-01-01T00:00:00Z', '2026-02-15T00:00:00Z', '2027-06-01T00:00:00Z', '2030-01-01T00:00:00Z', '2025-01-01T00:00:00Z', null, '', 'soon'];
const NOW = new Date('2026-02-01T00:00:00Z');

function resourceKey(r: Rng): [string, unknown] {
  const acct = r.chance(0.3) ? '*' : hex(r);
  switch (r.int(7)) {
    case 0: return [`com.cloudflare.api.account.${acct}`, '*'];
    case 1: return [`com.cloudflare.api.account.zone.${r.chance(0.4) ? '*' : hex(r)}`, '*'];
    case 2: return [`com.cloudflare.api.account.${acct}`, { 'com.cloudflare.api.account.zone.*': '*' }];
    case 3: return [`com.cloudflare.api.account.${acct}`, { 'com.cloudflare.edge.r2.bucket.*': '*', [`com.cloudflare.api.account.zone.${hex(r)}`]: '*' }];
    case 4: return [`com.cloudflare.edge.r2.bucket.${hex(r)}_${r.pick(['default', 'eu'])}_b-${r.int(99)}`, '*'];
    case 5: return [`com.cloudflare.api.user.${hex(r)}`, '*'];
    default: return [r.pick(['com.cloudflare.api.weird', 'x', '']), r.pick(['*', 5, null, {}])];
  }
}

function apiJson(r: Rng): unknown {
  const token = {
    id: hex(r), name: r.chance(0.9) ? `token ${r.int(1000)}` : 7, status: 'active',
    policies: r.many(4, () => ({
      id: hex(r),
      effect: r.chance(0.95) ? r.pick(['allow', 'allow', 'deny']) : 'maybe',
      resources: Object.fromEntries(r.many(3, () => resourceKey(r))),
      permission_groups: r.many(12, () => (r.chance(0.5) ? { id: r.pick(IDS) } : { id: r.pick(IDS), name: r.pick(NAMES) })),
    })),
    ...(r.chance(0.7) ? { condition: { [r.pick(['request_ip', 'request.ip'])]: { in: r.many(2, () => r.pick(CIDRS)), not_in: r.many(1, () => r.pick(CIDRS)) } } } : {}),
    not_before: r.pick(DATES), expires_on: r.pick(DATES),
  };
  return r.chance(0.5) ? { success: true, errors: [], messages: [], result: token } : token;
}

function deepLink(r: Rng): string {
  const items = r.many(15, () => (r.chance(0.97) ? { key: r.pick(KEYS), type: r.pick(TYPES) } : r.pick([{ type: 'edit' }, 'dns', null])));
  const q = new URLSearchParams({ permissionGroupKeys: JSON.stringify(items) });
  if (r.chance(0.6)) q.set('accountId', r.pick(['*', hex(r)]));
  if (r.chance(0.6)) q.set('zoneId', r.pick(['all', hex(r)]));
  if (r.chance(0.8)) q.set('name', `link ${r.int(100)}`);
  return r.chance(0.5)
    ? `https://dash.cloudflare.com/profile/api-tokens?${q}`
    : `https://dash.cloudflare.com/?to=/:account/api-tokens&${q}`;
}

function resource(r: Rng): Resource {
  const id = () => (r.chance(0.3) ? '*' : hex(r));
  return r.pick<() => Resource>([
    () => ({ type: 'account', id: id() }), () => ({ type: 'zone', id: id() }), () => ({ type: 'account-zones', accountId: id() }),
    () => ({ type: 'user', id: hex(r) }), () => ({ type: 'r2-bucket', id: id(), accountId: hex(r) }), () => ({ type: 'other', key: 'x' }),
  ])();
}

function directModel(r: Rng): TokenModel {
  let n = 0;
  return {
    source: r.pick(['api', 'deep-link', 'classic-form', 'classic-summary', 'account-builder', 'recipe', 'other'] as const),
    ...(r.chance(0.5) ? { owner: r.pick(['user', 'account'] as const) } : {}),
    policies: r.many(4, () => ({
      effect: r.pick(['allow', 'allow', 'deny'] as const),
      permissions: r.many(14, () => ({
        ref: `g${n++}`, name: r.pick(NAMES),
        ...(r.chance(0.4) ? { id: r.pick(IDS) } : {}),
        ...(r.chance(0.3) ? { scope: r.pick(['account', 'zone', 'user', 'r2_bucket'] as const) } : {}),
      })),
      include: r.many(3, () => resource(r)),
      exclude: r.many(1, () => resource(r)),
    })),
    ...(r.chance(0.6) ? { ipFilter: { in: r.many(2, () => r.pick(CIDRS)), notIn: [] } } : {}),
    ...(r.chance(0.6) ? { ttl: { ...(r.chance(0.5) ? { expiresOn: r.pick(['2026-03-01T00:00:00Z', '2031-01-01T00:00:00Z', 'garbage']) } : {}) } } : {}),
  };
}

function options(r: Rng): Partial<AnalyzerOptions> {
  return {
    strictness: r.pick(['strict', 'balanced', 'relaxed'] as const),
    maxLifetimeDays: r.pick([1, 30, 90, 365]),
    broadTokenGroups: r.pick([1, 5, 10, 50]),
    disabledRules: RULE_CODES.filter(() => r.chance(0.1)),
  };
}

function junk(r: Rng, depth = 0): unknown {
  const leaf = () => r.pick<unknown>([null, undefined, 0, -1, 1e308, '', 'policies', '*', true, NaN, '{"policies":[]}']);
  if (depth > 3 || r.chance(0.3)) return leaf();
  if (r.chance(0.5)) return r.many(4, () => junk(r, depth + 1));
  const keys = ['policies', 'result', 'effect', 'resources', 'permission_groups', 'condition', 'request_ip', 'request.ip', 'in', 'id', 'name', 'expires_on'];
  return Object.fromEntries(r.many(5, () => [r.pick(keys), junk(r, depth + 1)]));
}

/** Every finding must be complete, point at something real, and respect the options. */
function checkFindings(model: TokenModel, opts: Partial<AnalyzerOptions>, fs: Finding[]): void {
  const refs = new Set(model.policies.flatMap((p) => p.permissions.map((g) => g.ref)));
  const ranks = fs.map((f) => rankOf(f.severity));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  for (const f of fs) {
    expect(RULE_CODES).toContain(f.code);
    expect(SEVERITIES).toContain(f.severity);
    expect(opts.disabledRules ?? []).not.toContain(f.code);
    // Relaxed drops low/info first; only EASE codes can then come down to low.
    if (opts.strictness === 'relaxed') expect(f.severity === 'info' || (f.severity === 'low' && !EASE.has(f.code))).toBe(false);
    for (const t of [f.title, f.why, f.fix]) expect(typeof t === 'string' && t.trim().length > 0).toBe(true);
    expect(f.docs).toMatch(/^https:\/\/developers\.cloudflare\.com\//);
    if (f.target.kind === 'permission') expect(refs.has(f.target.ref)).toBe(true);
    else expect(['permissions', 'account-resources', 'zone-resources', 'ip-filter', 'ttl', 'token']).toContain(f.target.section);
  }
  expect([...SEVERITIES, 'none']).toContain(summarize(fs).level);
}

describe('property: parsers -> analyze never throws and gives valid findings', () => {
  const r = rng(20260201);
  const counts = { api: 0, apiOk: 0, link: 0, linkOk: 0, direct: 0, junk: 0, findings: 0 };

  it('2,000 models from the API parser, the deep-link parser and the schema', () => {
    const each = (model: TokenModel) => {
      expect(TokenModelSchema.safeParse(model).success).toBe(true);
      const opts = options(r);
      const fs = analyze(model, opts, NOW);
      counts.findings += fs.length;
      checkFindings(model, opts, fs);
    };
    // Round-robin over the three sources until 2,000 models went through analyze().
    for (let i = 0; counts.apiOk + counts.linkOk + counts.direct < 2000 && i < 6000; i++) {
      if (i % 3 === 0) {
        counts.api++;
        const res = parseApiToken(apiJson(r));
        if (res.ok) { counts.apiOk++; each(res.value); } else expect(res.error).toMatch(/\.$/);
      } else if (i % 3 === 1) {
        counts.link++;
        const res = parseDeepLink(deepLink(r));
        if (res.ok) { counts.linkOk++; each(res.value); } else expect(res.error).toMatch(/\.$/);
      } else {
        counts.direct++;
        each(directModel(r));
      }
    }
    // The generators must really reach analyze(), or this test proves nothing.
    expect(counts.apiOk).toBeGreaterThan(200);
    expect(counts.linkOk).toBeGreaterThan(200);
    expect(counts.apiOk + counts.linkOk + counts.direct).toBe(2000);
    expect(counts.findings).toBeGreaterThan(2000);
  }, 60_000);

  it('1,000 random JSON values through parseApiToken: an answer, never an exception', () => {
    for (let i = 0; i < 1000; i++) {
      const res = parseApiToken(junk(r));
      counts.junk++;
      expect(typeof res.ok).toBe('boolean');
      if (res.ok) checkFindings(res.value, {}, analyze(res.value, {}, NOW));
      else expect(res.error.length).toBeGreaterThan(10);
    }
  }, 60_000);
});
