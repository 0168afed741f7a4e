import { describe, expect, it } from 'vitest';
import { broadToken } from '../../../../lib/analysis/rules/broad-token';
import { allGroups } from '../../../../lib/catalog';
import { ACCOUNTS_ALL, ZONES_ALL, brief, model, run } from '../helpers';

// Names that exist at one scope only, so each row is a distinct group without giving a scope.
const unique = (name: string) => allGroups().filter((g) => g.name === name).length === 1;
const reads = (scope: string, n: number) =>
  allGroups().filter((g) => g.scope === scope && g.level === 'read' && unique(g.name)).slice(0, n).map((g) => g.name);
const writes = (n: number) => allGroups().filter((g) => g.scope === 'zone' && g.level === 'write').slice(0, n).map((g) => g.name);

describe('broad-token', () => {
  it.each([
    ['11 groups with the default 10', model([{ perms: writes(11) }]), {}],
    ['6 groups with a limit of 5', model([{ perms: writes(6) }]), { broadTokenGroups: 5 }],
    ['"Read all resources" shape below the count', model([
      { perms: reads('account', 6), include: [ACCOUNTS_ALL] }, { perms: reads('zone', 4), include: [ZONES_ALL] },
    ]), { broadTokenGroups: 50 }],
  ])('fires: %s', (_, m, options) => {
    expect(brief(run(broadToken, 'broad-token', m, options))).toEqual([['medium', 'permissions']]);
  });

  it.each([
    ['10 groups', model([{ perms: writes(10) }]), {}],
    ['the same group in many rows', model([{ perms: Array(12).fill('DNS Read') }]), {}],
    ['many reads, but on chosen zones only', model([{ perms: reads('zone', 10) }]), {}],
    ['read-all shape with one write group is not "read all"', model([
      { perms: [...reads('account', 5), 'Workers KV Storage Write'], include: [ACCOUNTS_ALL] }, { perms: reads('zone', 4), include: [ZONES_ALL] },
    ]), { broadTokenGroups: 50 }],
    ['deny policies do not count', model([{ perms: writes(11), effect: 'deny' }]), {}],
  ])('stays quiet: %s', (_, m, options) => {
    expect(run(broadToken, 'broad-token', m, options)).toEqual([]);
  });

  it('names the read-all shape', () => {
    const [f] = run(broadToken, 'broad-token', model([
      { perms: reads('account', 10), include: [ACCOUNTS_ALL] }, { perms: reads('zone', 10), include: [ZONES_ALL] },
    ]));
    expect(f.title).toMatch(/Reads everything/);
  });
});
