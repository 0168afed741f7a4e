// Every rule is one descriptor (lib/analysis/rule.ts): complete, codes unique, and every list of
// rules (the analyzer's table, the options page's checks, SARIF's rule texts) made from them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { DOCS } from '../../../lib/analysis/docs';
import type { Place, RuleDescriptor } from '../../../lib/analysis/rule';
import { RULE_CODES, RULE_DESCRIPTORS, RULES } from '../../../lib/analysis/rules';
import { noExpiry } from '../../../lib/analysis/rules/no-expiry';
import { SEVERITIES, atLeast } from '../../../lib/analysis/severity';
import { EASE, TIGHTEN } from '../../../lib/analysis/strictness';
import { summarize } from '../../../lib/analysis/summarize';
import { DEFAULT_OPTIONS, type Finding } from '../../../lib/analysis/types';
import { RULE_INFO } from '../../../lib/settings/rule-info';
import { ACCOUNTS_ALL, input, model, NOW, ZONES_ALL } from './helpers';

const PLACES: readonly Place[] = ['permission', 'permissions', 'account-resources', 'zone-resources', 'ip-filter', 'ttl', 'token'];
const FIELDS = ['code', 'title', 'checks', 'severity', 'option', 'docs', 'places', 'check', 'verdict', 'strictness'];
const unique = <T>(xs: readonly T[]) => new Set(xs).size === xs.length;

describe('rule descriptors', () => {
  it('lists rules', () => expect(RULE_DESCRIPTORS.length).toBeGreaterThan(10));

  it.each(RULE_DESCRIPTORS.map((d) => [d.code, d] as const))('%s is complete', (code, d) => {
    expect(Object.keys(d).sort()).toEqual([...FIELDS].sort());
    expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(d.title.length).toBeGreaterThan(3);
    expect(d.checks).toMatch(/^[A-Z].*\.$/);
    expect(d.checks).not.toContain('\n');
    expect(SEVERITIES).toContain(d.severity);
    // Stored settings name turned-off rules by code.
    expect(d.option.key).toBe(code);
    for (const k of d.option.tunedBy) expect(Object.keys(DEFAULT_OPTIONS)).toContain(k);
    expect(unique(d.option.tunedBy)).toBe(true);
    expect(d.docs.length).toBeGreaterThan(0);
    expect(unique(d.docs)).toBe(true);
    for (const page of d.docs) expect(DOCS[page]).toMatch(/^https:\/\/developers\.cloudflare\.com\//);
    expect(d.places.length).toBeGreaterThan(0);
    expect(unique(d.places)).toBe(true);
    for (const p of d.places) expect(PLACES).toContain(p);
    expect(typeof d.check).toBe('function');
    if (d.verdict !== null) expect(d.verdict).toMatch(/^[A-Z].*\.$/);
    expect(typeof d.strictness.tighten).toBe('boolean');
    expect(typeof d.strictness.ease).toBe('boolean');
  });

  it('strictness moves the findings it moved before the descriptors held it', () => {
    expect([...TIGHTEN].sort()).toEqual(['account-token-incompatible', 'all-zones', 'broad-token', 'long-lived', 'no-expiry', 'no-ip-filter', 'redundant-permission', 'sensitive-read', 'unused-token', 'write-access']);
    expect([...EASE].sort()).toEqual(['broad-token', 'long-lived', 'no-expiry', 'no-ip-filter', 'redundant-permission', 'sensitive-read', 'unused-token', 'write-access']);
  });

  it.each(RULE_DESCRIPTORS.map((d) => [d.code, d] as const))('the summary of a token whose worst finding is %s says its line (at info: unknown-permission has a line of its own above)', (code, d) => {
    const line = summarize([{ code, severity: 'info', title: 't', why: 'w', fix: 'f', target: { kind: 'token' } } as unknown as Finding]).verdict;
    expect(line.length).toBeGreaterThan(10);
    if (d.verdict) expect(line).toBe(d.verdict);
  });

  it('codes, titles and option keys are unique', () => {
    expect(unique(RULE_DESCRIPTORS.map((d) => d.code))).toBe(true);
    expect(unique(RULE_DESCRIPTORS.map((d) => d.title))).toBe(true);
    expect(unique(RULE_DESCRIPTORS.map((d) => d.option.key))).toBe(true);
  });

  it('the analyzer runs every descriptor, in their order, and nothing else', () => {
    expect(RULE_CODES).toEqual(RULE_DESCRIPTORS.map((d) => d.code));
    expect(Object.keys(RULES)).toEqual(RULE_CODES);
    // RULES is replaced by tests of analyze(); the unmodified table holds each descriptor's check.
    expect(RULE_DESCRIPTORS.find((d) => d.code === 'no-expiry')?.check).toBe(noExpiry);
  });

  it('the options page lists every rule once, with its descriptor\'s words', () => {
    expect(Object.keys(RULE_INFO)).toEqual(RULE_CODES);
    for (const d of RULE_DESCRIPTORS) expect(RULE_INFO[d.code]).toEqual({ name: d.title, checks: d.checks });
  });

  it('a descriptor that lacks a field does not compile', () => {
    // @ts-expect-error -- no `places`
    const broken = { code: 'x', title: 'X', checks: 'X.', severity: 'low', option: { key: 'x', tunedBy: [] }, docs: ['restrict'], check: () => [] } satisfies RuleDescriptor;
    expect(broken.code).toBe('x');
  });
});

describe('rule descriptors say what their checks do', () => {
  // Tokens that together set off every rule.
  const models = [
    model([{ perms: ['API Tokens Write'] }], { ttl: {}, ipFilter: { in: [], notIn: [] } }),
    model([{ perms: ['API Tokens Write', 'DNS Read'] }]),
    model([{ perms: ['DNS Write', 'DNS Read'], include: [ZONES_ALL] }], { ttl: { expiresOn: '2030-01-01T00:00:00Z' }, ipFilter: { in: ['0.0.0.0/0'], notIn: [] } }),
    model([{ perms: ['Account Settings Read', 'Zone Settings Write'], include: [ACCOUNTS_ALL] }], { ttl: {} }),
    model([{ perms: ['Logs Read', 'Zero Trust: PII Read', 'Secrets Store Read', 'Firewall Services Read'] }]),
    model([{ perms: ['Workers KV Storage Write', 'Cache Settings Write', 'Quantum Widgets Edit'] }]),
    model([{ perms: ['API Tokens Write', 'Page Rules Write'] }], { owner: 'account' }),
    model([{ perms: ['DNS Write'] }], { issuedOn: '2025-01-01T00:00:00Z', lastUsedOn: '2025-02-01T00:00:00Z' }),
    model([{ perms: ['DNS Read'] }], { issuedOn: '2025-01-01T00:00:00Z' }),
  ];

  it('each finding carries its code, links one of its pages, shows in one of its places, at most its severity', () => {
    const fired = new Set<string>();
    for (const m of models) {
      for (const d of RULE_DESCRIPTORS) {
        const found: Finding[] = d.check(input(m, { broadTokenGroups: 2 }, NOW));
        for (const f of found) {
          fired.add(d.code);
          expect(f.code).toBe(d.code);
          expect(d.docs.map((p) => DOCS[p])).toContain(f.docs);
          expect(d.places).toContain(f.target.kind === 'permission' ? 'permission' : f.target.section);
          expect(atLeast(d.severity, f.severity)).toBe(true);
        }
      }
    }
    expect([...fired].sort()).toEqual([...RULE_CODES].sort());
  });

  it('analyze() (balanced) never reports a rule above its severity', () => {
    for (const m of models) {
      for (const f of analyze(m, { broadTokenGroups: 2 }, NOW)) {
        const d = RULE_DESCRIPTORS.find((x) => x.code === f.code);
        expect(d && atLeast(d.severity, f.severity)).toBe(true);
      }
    }
  });
});
