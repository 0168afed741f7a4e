import { describe, expect, it } from 'vitest';
import { lookupKey } from '../../../lib/catalog';
import { recipes, recipeFindings, recommendedChoice, RecipeSchema } from './imports';
import type { Recipe } from '../../../lib/recipes';

const critical = (r: Recipe) => recipeFindings(r, recommendedChoice(r)).filter((f) => f.severity === 'critical');

describe('recipes data', () => {
  it('has a recipe for every job the issue names, each valid and unique', () => {
    expect(recipes.length).toBe(15);
    expect(new Set(recipes.map((r) => r.id)).size).toBe(recipes.length);
    for (const r of recipes) expect(RecipeSchema.safeParse(r).success, r.id).toBe(true);
  });

  // The data is checked here, not at load (lib/recipes/index.ts): the check must be able to fail.
  it.each<[string, (r: Recipe) => unknown]>([
    ['no permissions', (r) => ({ ...r, permissions: [] })],
    ['a key in capitals', (r) => ({ ...r, permissions: [{ ...r.permissions[0], key: 'DNS' }] })],
    ['an unknown type', (r) => ({ ...r, permissions: [{ ...r.permissions[0], type: 'write' }] })],
    ['a short reason', (r) => ({ ...r, permissions: [{ ...r.permissions[0], reason: 'needed' }] })],
    ['docs over http', (r) => ({ ...r, docs: 'http://cert-manager.io/docs/' })],
    ['docs not a URL', (r) => ({ ...r, docs: 'cert-manager docs' })],
    ['an unknown group', (r) => ({ ...r, group: 'misc' })],
    ['an id with spaces', (r) => ({ ...r, id: 'cert manager' })],
    ['no token name', (r) => { const { tokenName: _n, ...rest } = r; return rest; }],
  ])('the schema refuses a recipe with %s', (_name, spoil) => {
    const good = recipes[0];
    expect(RecipeSchema.safeParse(good).success).toBe(true);
    expect(RecipeSchema.safeParse(spoil(good)).success).toBe(false);
  });

  it.each(recipes.map((r) => [r.id, r] as const))('%s: every key resolves in the catalog', (_id, r) => {
    for (const p of r.permissions) expect(lookupKey(p.key, p.type), `${p.key}/${p.type}`).toBeDefined();
  });

  it.each(recipes.map((r) => [r.id, r] as const))('%s: no critical finding unless criticalBecause says why', (_id, r) => {
    expect(critical(r).length > 0).toBe(Boolean(r.criticalBecause));
  });

  it.each(recipes.map((r) => [r.id, r] as const))('%s: zone advice matches its permissions', (_id, r) => {
    const zoneKeys = r.permissions.filter((p) => lookupKey(p.key, p.type)?.scope === 'zone');
    expect(r.zone === 'none').toBe(zoneKeys.length === 0);
  });

  it('the critical check can fail: DNS Edit on all zones of a user token is critical', () => {
    const dns = recipes.find((r) => r.id === 'ddns')!;
    const everywhere: Recipe = { ...dns, zone: 'all', owner: 'user' };
    expect(critical(everywhere).map((f) => f.code)).toEqual(['critical-permission']);
  });

  it('cites the tools\' own pages for the DNS-01 clients', () => {
    const docs = Object.fromEntries(recipes.map((r) => [r.id, r.docs]));
    expect(docs['cert-manager']).toBe('https://cert-manager.io/docs/configuration/acme/dns01/cloudflare/');
    expect(docs.caddy).toContain('github.com/caddy-dns/cloudflare');
    expect(docs.lego).toContain('go-acme.github.io/lego');
  });
});
