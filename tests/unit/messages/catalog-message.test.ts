import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../lib/catalog/bundled';
import { unpackCatalog } from '../../../lib/catalog/compact';
import { catalogRequest, isCatalogRequest, readCatalogReply } from '../../../lib/messages/catalog-message';
import { handleMessage } from '../../../lib/messages/handle-message';

describe('isCatalogRequest', () => {
  it.each([
    [catalogRequest(), true],
    [{ type: 'permission-catalog', extra: 1 }, true],
    [{ type: 'permission-details' }, false],
    [{}, false],
    [null, false],
    ['permission-catalog', false],
  ])('%j → %s', (message, ok) => expect(isCatalogRequest(message)).toBe(ok));
});

describe('the background answers a catalog request', () => {
  it('with the bundled catalog, which the content script accepts and unpacks to every group', async () => {
    const reply = await handleMessage(catalogRequest());
    // As it crosses to the content script: JSON-serialised.
    const read = readCatalogReply(JSON.parse(JSON.stringify(reply)));
    expect(read).not.toBeNull();
    expect(unpackCatalog(read!)).toEqual(unpackCatalog(bundledCatalog));
    expect(unpackCatalog(read!).length).toBe(bundledCatalog.name.length);
  });
});

describe('readCatalogReply', () => {
  const good = JSON.parse(JSON.stringify(bundledCatalog));
  const without = (k: string) => Object.fromEntries(Object.entries(good).filter(([key]) => key !== k));
  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'catalog'],
    ['an error reply', { error: 'no' }],
    ['no groups', { ...good, name: [], id: '' }],
    ['an id column one short', { ...good, id: good.id.slice(32) }],
    ['ids that are not hex', { ...good, id: 'z'.repeat(good.id.length) }],
    ['a risk column one short', { ...good, risk: good.risk.slice(1) }],
    ['a text that is a number', { ...good, short: [42, ...good.short.slice(1)] }],
    ['a missing column', without('label')],
    ['aliases as a list', { ...good, alias: [] }],
    ['an alias that is not text', { ...good, alias: { 0: [1] } }],
    ['review positions that are not integers', { ...good, review: ['1'] }],
  ])('rejects %s', (_, reply) => expect(readCatalogReply(reply)).toBeNull());

  it('accepts the catalog as sent', () => expect(readCatalogReply(good)).toBe(good));
});
