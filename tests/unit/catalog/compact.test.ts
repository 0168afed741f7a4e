import { describe, expect, it } from 'vitest';
import { allGroups } from '../../../lib/catalog';
import { validatedCatalog } from '../../../lib/catalog/build';
import { unpackCatalog, type CompactCatalog } from '../../../lib/catalog/compact';
import compact from '../../../lib/catalog/data/compact.json';
// @ts-expect-error plain .mjs script without types
import { packCatalog } from '../../../scripts/catalog-compact.mjs';

const STALE = 'lib/catalog/data/compact.json is stale: run `node scripts/catalog-compact.mjs`';

describe('the compact catalog the extension ships', () => {
  it('is the validated source catalog, entry for entry (up to date, passes the zod schemas)', () => {
    const source = validatedCatalog();
    expect(source.problems).toEqual([]);
    // Only critical groups keep their risk reason inline (the others come with the long text).
    const shipped = source.entries.map((g) => ({ ...g, riskReason: g.risk === 'critical' ? g.riskReason : '' }));
    expect(unpackCatalog(compact as CompactCatalog), STALE).toEqual(shipped);
    expect(allGroups()).toEqual(shipped);
  });

  it('round-trips facts and texts, leaving unset optional fields absent', () => {
    const groups = [
      { id: 'a'.repeat(32), name: 'Foo Write', label: 'Foo Edit', scope: 'zone', level: 'write', aliases: ['Old Foo Write'], key: 'foo', keyType: 'edit' },
      { id: 'b'.repeat(32), name: 'Bar Read', label: 'Bar Listing', scope: 'r2_bucket', level: 'read', aliases: [], review: true },
    ];
    const texts = {
      ['a'.repeat(32)]: { short: 'Change foo', risk: 'critical', riskReason: 'Foo matters.' },
      ['b'.repeat(32)]: { short: 'See bar', risk: 'low', riskReason: 'Only reads.', sensitive: 'logs' },
    };
    const [foo, bar] = unpackCatalog(packCatalog(groups, texts));
    expect(foo).toEqual({ ...groups[0], ...texts['a'.repeat(32)] });
    expect(bar).toEqual({ ...groups[1], ...texts['b'.repeat(32)], riskReason: '' });
    expect('sensitive' in foo).toBe(false);
    expect('key' in bar || 'keyType' in bar).toBe(false);
    // Without the id column (the content script's build) a group is named by its position.
    const { id: _ids, ...noIds } = packCatalog(groups, texts);
    expect(unpackCatalog(noIds)).toEqual([{ ...foo, id: '#0' }, { ...bar, id: '#1' }]);
  });

  it('gives a group without texts the generic words, as the validating build does', () => {
    const groups = [{ id: 'c'.repeat(32), name: 'Baz Write', label: 'Baz Edit', scope: 'account', level: 'write', aliases: [] }];
    const [baz] = unpackCatalog(packCatalog(groups, {}));
    expect(baz.risk).toBe('medium');
    expect(baz.riskReason).toMatch(/no description/);
    expect(baz.short).toMatch(/Baz/);
  });
});
