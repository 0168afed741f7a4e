// The content script's build leaves the 311 IDs out of the catalog (catalog.ts, size budget) and
// names each group by its position instead. Loaded here the way that build loads it (WXT's
// ENTRYPOINT = 'dashboard'), it must know the same groups, resolve the same names, keys and
// references, and make the analyzer find exactly what it finds with the IDs.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { SHIPS_IDS, allGroups, lookupKey, lookupPermission } from '../../../lib/catalog';
import type { Scope } from '../../../lib/catalog/types';
import type { TokenModel } from '../../../lib/policy/model';
import { parseDeepLink } from '../../../lib/policy/parse-deep-link';

type Catalog = typeof import('../../../lib/catalog');
let content: Catalog;
let contentAnalyze: typeof analyze;
let contentDeepLink: typeof parseDeepLink;

beforeAll(async () => {
  vi.stubEnv('ENTRYPOINT', 'dashboard');
  vi.resetModules();
  content = await import('../../../lib/catalog');
  contentAnalyze = (await import('../../../lib/analysis/analyze')).analyze;
  contentDeepLink = (await import('../../../lib/policy/parse-deep-link')).parseDeepLink;
});
afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const NOW = new Date('2026-06-01T12:00:00Z');
const DASH = 'https://dash.cloudflare.com/profile/api-tokens';
const ref = (position: number) => `#${position}`;
/** A content-script answer with the ID put back, to compare with the full catalog's. */
const withId = <T extends { id?: string }>(info: T): T => {
  const position = info.id?.startsWith('#') ? Number(info.id.slice(1)) : -1;
  return position >= 0 ? { ...info, id: allGroups()[position].id } : info;
};

describe('the content script catalog', () => {
  it('ships no IDs; the others do', () => {
    expect(SHIPS_IDS).toBe(true);
    expect(content.SHIPS_IDS).toBe(false);
    expect(content.allGroups().filter((g) => /^[0-9a-f]{32}$/.test(g.id))).toEqual([]);
  });

  it('has every group, the same but for the reference in place of the ID', () => {
    expect(content.allGroups()).toEqual(allGroups().map((g, i) => ({ ...g, id: ref(i) })));
  });

  it('resolves every name, label and alias at every scope to the same group', () => {
    const scopes: (Scope | undefined)[] = [undefined, 'account', 'zone', 'user', 'r2_bucket'];
    for (const g of allGroups()) {
      for (const query of [g.name, g.label, ...g.aliases]) {
        for (const scope of scopes) expect(withId(content.lookupPermission(query, scope)), `${query} ${scope}`).toEqual(lookupPermission(query, scope));
      }
    }
  });

  it('resolves references and deep-link keys; every build resolves references', () => {
    allGroups().forEach((g, i) => {
      expect(withId(content.lookupPermission(ref(i))), g.name).toEqual(lookupPermission(g.id));
      expect(lookupPermission(ref(i)), g.name).toEqual(lookupPermission(g.id));
      if (g.key && g.keyType) expect(withId(content.lookupKey(g.key, g.keyType)!), g.name).toEqual(lookupKey(g.key, g.keyType));
    });
    expect(content.lookupPermission(ref(allGroups().length)).known).toBe(false);
  });
});

describe('the analyzer with the content script catalog', () => {
  const allZones = (name: string, scope?: Scope): TokenModel => ({
    source: 'classic-form',
    policies: [{ effect: 'allow', permissions: [{ ref: 'r0', name, ...(scope ? { scope } : {}) }], include: [{ type: 'zone', id: '*' }], exclude: [] }],
  });

  it('finds the same things for every group named as the dashboard names it', () => {
    let found = 0;
    for (const g of allGroups()) {
      const m = allZones(g.label, g.scope);
      const findings = analyze(m, {}, NOW);
      found += findings.length;
      expect(contentAnalyze(m, {}, NOW), g.label).toEqual(findings);
    }
    expect(found).toBeGreaterThan(200);
  });

  it('finds the same things for every group at once (same-group and read-variant checks compare identities)', () => {
    const every: TokenModel = {
      source: 'classic-form',
      policies: [{ effect: 'allow', include: [{ type: 'zone', id: '*' }], exclude: [],
        permissions: allGroups().map((g, i) => ({ ref: `r${i}`, name: g.label, scope: g.scope })) }],
    };
    const findings = analyze(every, {}, NOW);
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThan(5);
    expect(contentAnalyze(every, {}, NOW)).toEqual(findings);
  });

  it('finds the same things for every deep-link key, including groups that share a label with another', () => {
    const keyed = allGroups().filter((g) => g.key && g.keyType);
    expect(keyed.length).toBeGreaterThan(100);
    for (const g of keyed) {
      const url = `${DASH}?permissionGroupKeys=${encodeURIComponent(JSON.stringify([{ key: g.key, type: g.keyType }, { key: 'zone', type: 'read' }]))}&zoneId=all`;
      const full = parseDeepLink(url);
      const mine = contentDeepLink(url);
      if (!full.ok || !mine.ok) throw new Error(`${g.name}: ${JSON.stringify([full, mine])}`);
      expect(mine.value.policies[0].permissions[0].id, g.name).toMatch(/^#\d+$/);
      const findings = analyze(full.value, {}, NOW);
      expect(findings.length, g.name).toBeGreaterThan(0);
      expect(contentAnalyze(mine.value, {}, NOW), g.name).toEqual(findings);
    }
  });
});
