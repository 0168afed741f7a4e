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
  });

  it.each([
    // name, level, key -> stored name, stored key
    ['Zone Settings Write', 'write', 'zone_settings', 'Zone Settings', '='],
    ['IP Prefixes: BGP On Demand Read', 'read', 'ip_prefix_bgp_on_demand', 'IP Prefixes: BGP On Demand', 'ip_prefix_bgp_on_demand'],
    ['Account: SSL and Certificates Write', 'write', 'account_ssl_and_certificates', 'Account: SSL and Certificates', '='],
    ['Cloudflare Tunnel Write', 'write', 'argotunnel', 'Cloudflare Tunnel', 'argotunnel'],
    ['Zaraz Edit', 'write', 'zaraz', '=Zaraz Edit', 'zaraz'],
    ['Realtime', 'other', undefined, '=Realtime', ''],
    ['Cache Purge', 'purge', 'cache', 'Cache', '='],
    ['Access: SCIM logs read', 'read', undefined, '=Access: SCIM logs read', ''],
  ])('stores %j (%s, key %s) as %j / %j and reads it back', (name, level, key, storedName, storedKey) => {
    const g = { id: 'd'.repeat(32), name, label: name, scope: 'zone', level, aliases: [], ...(key ? { key, keyType: 'read' } : {}) };
    const packed = packCatalog([g], { ['d'.repeat(32)]: { short: 'x', risk: 'low', riskReason: 'y' } });
    expect([packed.name[0], packed.key[0]]).toEqual([storedName, storedKey]);
    const [back] = unpackCatalog(packed);
    expect([back.name, back.key]).toEqual([name, key]);
  });

  it('keeps name-only keys, the Flagship app scope key and the unconfirmed mark', () => {
    const groups = [
      { id: `00000000${'1'.repeat(24)}`, name: 'Flagship App Write', label: 'Flagship App Edit', scope: 'account', scopeKey: 'com.cloudflare.api.account.flagship.app', level: 'write', aliases: [], unconfirmed: true },
      { id: 'f'.repeat(32), name: 'Qux Write', label: 'Qux Edit', scope: 'account', level: 'write', aliases: [] },
    ];
    const texts = {
      [groups[0].id]: { short: 'Change flags', risk: 'critical', riskReason: 'Flags matter. Source: a page, 2026.' },
      [groups[1].id]: { short: 'Change qux', risk: 'critical', riskReason: 'Qux matters.' },
    };
    const packed = packCatalog(groups, texts);
    expect(packed.scope).toBe('fa');
    const [flag, qux] = unpackCatalog(packed);
    expect(flag).toEqual({ ...groups[0], ...texts[groups[0].id] });
    expect(qux.riskReason).toBe('Qux matters.');
    expect('unconfirmed' in qux || 'scopeKey' in qux).toBe(false);
  });

  it('refuses a name the shorthand would misread', () => {
    expect(() => packCatalog([{ id: 'e'.repeat(32), name: '=Odd Read', label: 'Odd', scope: 'zone', level: 'read', aliases: [] }], {})).toThrow(/may not start/);
  });

  it('gives a group without texts the generic words, as the validating build does', () => {
    const groups = [{ id: 'c'.repeat(32), name: 'Baz Write', label: 'Baz Edit', scope: 'account', level: 'write', aliases: [] }];
    const [baz] = unpackCatalog(packCatalog(groups, {}));
    expect(baz.risk).toBe('medium');
    expect(baz.riskReason).toMatch(/no description/);
    expect(baz.short).toMatch(/Baz/);
  });
});
