// Builders for analyzer tests. Risk levels and sensitivity the rules react to are pinned here,
// so rule tests don't change when the catalog's texts (written separately) are reviewed.
import { expect } from 'vitest';
import { resolveGrants } from '../../../lib/analysis/grants';
import { DEFAULT_OPTIONS, type AnalyzerOptions, type Finding, type ResolvedGrant, type Rule, type RuleInput } from '../../../lib/analysis/types';
import type { PermissionGroup, Risk } from '../../../lib/catalog/types';
import type { Policy, Resource, TokenModel } from '../../../lib/policy/model';

export const NOW = new Date('2026-06-01T12:00:00Z');

const PINNED: Record<string, { risk: Risk; sensitive?: PermissionGroup['sensitive'] }> = {
  'API Tokens Write': { risk: 'critical' },
  'Account API Tokens Write': { risk: 'critical' },
  'DNS Write': { risk: 'critical' },
  'Workers Scripts Write': { risk: 'critical' },
  'SSL and Certificates Write': { risk: 'critical' },
  'Zone Settings Write': { risk: 'high' },
  'Workers Routes Write': { risk: 'high' },
  'Workers KV Storage Write': { risk: 'medium' },
  'Cache Settings Write': { risk: 'medium' },
  'Trust and Safety Write': { risk: 'low' },
  'Zone Read': { risk: 'low' },
  'DNS Read': { risk: 'low' },
  'Zone Settings Read': { risk: 'low' },
  'Account Settings Read': { risk: 'low' },
  'Logs Read': { risk: 'medium', sensitive: 'logs' },
  'Zero Trust: PII Read': { risk: 'high', sensitive: 'personal-data' },
  'Secrets Store Read': { risk: 'medium', sensitive: 'secrets' },
  'Firewall Services Read': { risk: 'low', sensitive: 'security-config' },
};

export const ZONES_ALL: Resource = { type: 'zone', id: '*' };
export const ACCOUNTS_ALL: Resource = { type: 'account', id: '*' };
export const zone = (id = 'z1'): Resource => ({ type: 'zone', id });
export const account = (id = 'a1'): Resource => ({ type: 'account', id });
export const accountZones = (accountId = 'a1'): Resource => ({ type: 'account-zones', accountId });

interface PolicySpec { perms: string[]; include?: Resource[]; exclude?: Resource[]; effect?: 'allow' | 'deny' }

/** A model from short policy specs; grant refs are "r<policy>-<index>". */
export function model(specs: PolicySpec[], extra: Partial<TokenModel> = {}): TokenModel {
  const policies: Policy[] = specs.map((s, i) => ({
    effect: s.effect ?? 'allow',
    permissions: s.perms.map((name, j) => ({ ref: `r${i}-${j}`, name })),
    include: s.include ?? [zone()],
    exclude: s.exclude ?? [],
  }));
  return { source: 'api', policies, ...extra };
}

function pin(g: ResolvedGrant): ResolvedGrant {
  const p = g.info.known ? PINNED[g.info.name] : undefined;
  if (!p || !g.info.known) return g;
  const { sensitive, ...rest } = g.info;
  return { ...g, info: { ...rest, ...p } };
}

export function input(m: TokenModel, options: Partial<AnalyzerOptions> = {}, now = NOW): RuleInput {
  return { model: m, grants: resolveGrants(m).map(pin), options: { ...DEFAULT_OPTIONS, ...options }, now };
}

/** Runs one rule and checks every finding is complete and carries the rule's code. */
export function run(rule: Rule, code: string, m: TokenModel, options: Partial<AnalyzerOptions> = {}, now = NOW): Finding[] {
  const out = rule(input(m, options, now));
  for (const f of out) {
    expect(f.code).toBe(code);
    for (const text of [f.title, f.why, f.fix]) expect(text.trim().length).toBeGreaterThan(5);
    expect(f.docs).toMatch(/^https:\/\/developers\.cloudflare\.com\//);
  }
  return out;
}

/** [severity, target] pairs: a compact thing to compare in tables. */
export const brief = (fs: Finding[]) =>
  fs.map((f) => [f.severity, f.target.kind === 'permission' ? f.target.ref : f.target.section]);
