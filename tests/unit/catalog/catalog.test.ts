import { describe, expect, it, vi } from 'vitest';
import { allGroups } from '../../../lib/catalog';
import { buildCatalog, validatedCatalog } from '../../../lib/catalog/build';
import { permissionDetails } from '../../../lib/catalog/details';
import { hasRealId } from '../../../lib/catalog/lookup';
import groups from '../../../lib/catalog/data/groups.json';

const RISKS = ['critical', 'high', 'medium', 'low'];
const catalog = validatedCatalog();

describe('the shipped catalog', () => {
  it('has all 397 groups with unique IDs (the 311 of the reference + 86 added in 2026)', () => {
    expect(groups).toHaveLength(397);
    expect(allGroups()).toHaveLength(397);
    expect(new Set(allGroups().map((g) => g.id)).size).toBe(397);
  });

  it('keys a group without a known ID by 8 zeros + 24 hex, and marks the unconfirmed ones', () => {
    const noId = allGroups().filter((g) => !hasRealId(g.id));
    expect(noId.length).toBeGreaterThan(70);
    for (const g of noId) expect(g.id, g.name).toMatch(/^0{8}[0-9a-f]{24}$/);
    // Real IDs are random UUIDs (version 4), which never start with 8 zeros in practice.
    for (const g of allGroups().filter((x) => hasRealId(x.id))) expect(g.id[12], g.name).toBe('4');
    // Every unconfirmed group says where its name comes from, in its risk reason.
    const unconfirmed = catalog.entries.filter((g) => g.unconfirmed);
    expect(unconfirmed).toHaveLength(79);
    for (const g of unconfirmed) expect(g.riskReason, g.name).toMatch(/Source: .*unconfirmed/);
  });

  it('has no data problems', () => {
    expect(catalog.problems).toEqual([]);
  });

  it('has our texts for every group not flagged for review', () => {
    const needed = allGroups().filter((g) => !g.review).map((g) => g.id);
    expect(catalog.withoutTexts.filter((id) => needed.includes(id))).toEqual([]);
  });

  it('has non-empty texts and a valid risk everywhere', () => {
    for (const g of catalog.entries) {
      expect(g.short.trim().length, g.name).toBeGreaterThan(0);
      expect(g.short.length, g.name).toBeLessThanOrEqual(110);
      expect(g.riskReason.trim().length, g.name).toBeGreaterThan(0);
      expect(RISKS, g.name).toContain(g.risk);
      if (g.sensitive) expect(g.level, g.name).toBe('read');
    }
  });

  it('has a long explanation for every group', () => {
    const missing = allGroups().filter((g) => !g.review && !permissionDetails(g.id)).map((g) => g.name);
    expect(missing).toEqual([]);
  });

  it('never gives two groups the same deep-link key and type', () => {
    const seen = new Map<string, string>();
    for (const g of allGroups()) {
      if (!g.key) continue;
      const k = `${g.key}/${g.keyType}`;
      expect(seen.get(k), `${k}: ${g.name}`).toBeUndefined();
      seen.set(k, g.name);
    }
    expect(seen.size).toBeGreaterThan(150);
  });
});

describe('buildCatalog checks its input', () => {
  const facts = { id: 'a'.repeat(32), name: 'Thing Read', label: 'Thing Read', scope: 'zone', level: 'read', aliases: [] };
  const words = { short: 'See things', risk: 'low', riskReason: 'Only reads things.' };

  it.each<[string, unknown[], Record<string, unknown>, RegExp | null]>([
    ['valid entry', [facts], { [facts.id]: words }, null],
    ['duplicate id', [facts, facts], { [facts.id]: words }, /duplicate id/],
    ['bad id', [{ ...facts, id: 'xyz' }], {}, /32 lowercase hex/],
    ['bad scope', [{ ...facts, scope: 'planet' }], {}, /./],
    ['bad risk', [facts], { [facts.id]: { ...words, risk: 'severe' } }, /risk/],
    ['empty short', [facts], { [facts.id]: { ...words, short: '' } }, /short/],
    ['short too long', [facts], { [facts.id]: { ...words, short: 'x'.repeat(111) } }, /short/],
    ['sensitive on a write group', [{ ...facts, level: 'write' }], { [facts.id]: { ...words, sensitive: 'logs' } }, /only for read/],
    ['key without type', [{ ...facts, key: 'thing' }], { [facts.id]: words }, /go together/],
    ['texts for a stranger', [facts], { [facts.id]: words, ['b'.repeat(32)]: words }, /not in groups/],
  ])('%s', (_name, input, texts, problem) => {
    const built = buildCatalog(input, texts);
    if (problem) expect(built.problems.join('\n')).toMatch(problem);
    else expect(built.problems).toEqual([]);
  });

  it('gives a group without texts the generic text and lists it', () => {
    const built = buildCatalog([{ ...facts, level: 'write', name: 'Thing Write' }], {});
    expect(built.withoutTexts).toEqual([facts.id]);
    expect(built.entries[0]).toMatchObject({ risk: 'medium' });
    expect(built.entries[0].riskReason).toMatch(/no description/);
  });
});

describe('the catalog holder', () => {
  it('throws, rather than answer from an empty catalog, before one is installed; lookups follow an install', async () => {
    vi.resetModules();
    const fresh = await import('../../../lib/catalog/catalog');
    const lookup = await import('../../../lib/catalog/lookup');
    const { packCatalog } = await import('../../../scripts/catalog-compact.mjs' as string);
    expect(fresh.catalogInstalled()).toBe(false);
    expect(() => fresh.allGroups()).toThrow(/no permission catalog/);
    expect(() => lookup.lookupPermission('DNS Edit')).toThrow(/no permission catalog/);
    const group = { id: 'a'.repeat(32), name: 'Foo Write', label: 'Foo Edit', scope: 'zone', level: 'write', aliases: [], key: 'foo', keyType: 'edit' };
    fresh.installCatalog(packCatalog([group], { [group.id]: { short: 'Change foo', risk: 'high', riskReason: 'Why.' } }));
    expect(fresh.catalogInstalled()).toBe(true);
    expect(lookup.lookupPermission('Foo Edit')).toMatchObject({ known: true, id: group.id, short: 'Change foo' });
    expect(lookup.lookupKey('foo', 'edit')).toMatchObject({ id: group.id });
    expect(lookup.lookupPermission('DNS Edit').known).toBe(false);
    // The analyzer's memo of answers follows a new install too.
    const { resolveGrants } = await import('../../../lib/analysis/grants');
    const model = { policies: [{ effect: 'allow' as const, permissions: [{ ref: 'r1', name: 'Foo Edit' }], include: [], exclude: [] }] };
    expect(resolveGrants(model as never)[0].info).toMatchObject({ known: true, id: group.id });
    const other = { ...group, id: 'b'.repeat(32), name: 'Bar Write', label: 'Bar Edit', key: 'bar' };
    fresh.installCatalog(packCatalog([other], { [other.id]: { short: 'Change bar', risk: 'low', riskReason: 'Why.' } }));
    expect(resolveGrants(model as never)[0].info.known).toBe(false);
  });
});
