import { describe, expect, it, vi } from 'vitest';
import { bundledCatalog } from '../../../lib/catalog/bundled';
import { createCatalogGate } from '../../../components/dashboard/catalog-gate';
import { allGroups, catalogVersion, installCatalog } from '../../../lib/catalog/catalog';
import { lookupPermission, prepareLookups } from '../../../lib/catalog/lookup';

const flush = () => new Promise((r) => setTimeout(r, 0));

function gate(replies: Array<() => Promise<unknown>>, installed = false) {
  const calls = { send: 0, install: 0, ready: 0, reported: [] as string[] };
  const g = createCatalogGate({
    send: () => replies[Math.min(calls.send++, replies.length - 1)](),
    onReady: () => calls.ready++,
    report: (stage) => calls.reported.push(stage),
    install: () => calls.install++,
    installed: () => installed,
  });
  return { g, calls };
}

describe('createCatalogGate', () => {
  it('asks once, however often it is asked while the request is out, then says ready', async () => {
    const { g, calls } = gate([() => Promise.resolve(bundledCatalog)]);
    expect([g.ready(), g.ready(), g.ready()]).toEqual([false, false, false]);
    expect(calls.send).toBe(1);
    await flush();
    expect(calls).toMatchObject({ install: 1, ready: 1, reported: [] });
    expect(g.ready()).toBe(true);
    expect(calls.send).toBe(1);
  });

  it('is ready at once, asking nothing, when a catalog is already installed', () => {
    const { g, calls } = gate([() => Promise.resolve(bundledCatalog)], true);
    expect(g.ready()).toBe(true);
    expect(calls.send).toBe(0);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['the request fails (extension reloading)', () => Promise.reject(new Error('Extension context invalidated.'))],
    ['sending throws at once', () => { throw new Error('Extension context invalidated.'); }],
    ['the reply is not a catalog', () => Promise.resolve({ id: 'x' })],
    ['there is no reply', () => Promise.resolve(undefined)],
  ])('when %s: reports, installs nothing, and asks again at the next look', async (_, bad) => {
    const { g, calls } = gate([bad, () => Promise.resolve(bundledCatalog)]);
    expect(g.ready()).toBe(false);
    await flush();
    expect(calls).toMatchObject({ install: 0, ready: 0, reported: ['catalog'] });
    expect(g.ready()).toBe(false);
    await flush();
    expect(calls).toMatchObject({ send: 2, install: 1, ready: 1 });
    expect(g.ready()).toBe(true);
  });

  it('installs into the real catalog by default, and lookups answer from what it installed', async () => {
    // A catalog whose first group has another name: only an install makes lookups know it.
    const renamed = { ...bundledCatalog, name: ['Token Lens Test Group', ...bundledCatalog.name.slice(1)] };
    const renamedName = () => allGroups()[0].name;
    expect(renamedName()).not.toContain('Token Lens Test Group');
    const onReady = vi.fn();
    const before = catalogVersion();
    const g = createCatalogGate({ send: () => Promise.resolve(renamed), onReady, report: () => {}, installed: () => false });
    try {
      g.ready();
      await flush();
      expect(onReady).toHaveBeenCalledTimes(1);
      expect(catalogVersion()).toBe(before + 1);
      expect(renamedName()).toContain('Token Lens Test Group');
      expect(lookupPermission(renamedName())).toMatchObject({ known: true, id: allGroups()[0].id });
    } finally {
      installCatalog(bundledCatalog);
      prepareLookups();
    }
  });
});
