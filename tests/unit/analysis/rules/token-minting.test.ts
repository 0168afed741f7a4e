import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenMinting } from '../../../../lib/analysis/rules/token-minting';
import { resolveGrants } from '../../../../lib/analysis/grants';
import { installCatalog } from '../../../../lib/catalog/catalog';
import { bundledCatalog } from '../../../../lib/catalog/bundled';
import { prepareLookups } from '../../../../lib/catalog/lookup';
import { ACCOUNTS_ALL, brief, model, run } from '../helpers';

const user = [{ type: 'user' as const, id: 'u1' }];

describe('token-minting', () => {
  it.each([
    ['API Tokens Edit alone', model([{ perms: ['API Tokens Write'], include: user }]), [['critical', 'r0-0']]],
    ['dashboard wording "API Tokens Edit"', model([{ perms: ['API Tokens Edit'], include: user }]), [['critical', 'r0-0']]],
    ['with API Tokens Read (same job)', model([{ perms: ['API Tokens Write', 'API Tokens Read'], include: user }]), [['critical', 'r0-0']]],
    ['Account API Tokens Edit', model([{ perms: ['Account API Tokens Write'], include: [ACCOUNTS_ALL] }]), [['critical', 'r0-0']]],
    ['with other permissions: louder, on the permissions section', model([
      { perms: ['API Tokens Write'], include: user }, { perms: ['DNS Read'] },
    ]), [['critical', 'permissions']]],
  ])('fires: %s', (_, m, expected) => {
    expect(brief(run(tokenMinting, 'token-minting', m))).toEqual(expected);
  });

  it.each([
    ['API Tokens Read only', model([{ perms: ['API Tokens Read'], include: user }])],
    ['Account API Tokens Read only', model([{ perms: ['Account API Tokens Read'], include: [ACCOUNTS_ALL] }])],
    ['other powerful groups', model([{ perms: ['DNS Write', 'Workers Scripts Write'] }])],
    ['minting only in a deny policy', model([{ perms: ['API Tokens Write'], include: user, effect: 'deny' }])],
    ['no permissions at all', model([])],
  ])('stays quiet: %s', (_, m) => {
    expect(run(tokenMinting, 'token-minting', m)).toEqual([]);
  });

  it('names the count of other permissions and says to split', () => {
    const [f] = run(tokenMinting, 'token-minting', model([
      { perms: ['API Tokens Write'], include: user }, { perms: ['DNS Read', 'Zone Read'] },
    ]));
    expect(f.title).toContain('2 other permissions');
    expect(f.fix).toMatch(/Split/);
  });

  it('asks only for the limits the token lacks', () => {
    const fixOf = (extra: object) => run(tokenMinting, 'token-minting', model([{ perms: ['API Tokens Write'], include: user }], extra))[0].fix;
    expect(fixOf({ ipFilter: { in: [], notIn: [] }, ttl: {} })).toMatch(/add an IP filter and an end date/);
    expect(fixOf({ ipFilter: { in: ['192.0.2.1'], notIn: [] }, ttl: {} })).toMatch(/add an end date\.$/);
    expect(fixOf({ ipFilter: { in: ['192.0.2.1'], notIn: [] }, ttl: { expiresOn: '2026-06-02T00:00:00Z' } })).toMatch(/already limit/);
  });

  it('an account minting group on all accounts reaches every account', () => {
    const [f] = run(tokenMinting, 'token-minting', model([{ perms: ['Account API Tokens Write'], include: [{ type: 'account', id: '*' }] }]));
    expect(f.why).toContain('in every account you can reach');
  });

  // A catalog that does not know the API Tokens groups (one installed from elsewhere, renamed
  // groups): a grant with only a name and no ID is still recognised by its name.
  describe('by name alone, when the catalog does not know the group', () => {
    beforeAll(() => {
      const renamed = [...bundledCatalog.name];
      const label = [...bundledCatalog.label];
      renamed.forEach((stored, i) => {
        if (/api tokens/i.test(stored)) [renamed[i], label[i]] = [`=Renamed Group ${i}`, `Renamed Group ${i}`];
      });
      installCatalog({ ...bundledCatalog, name: renamed, label });
    });
    afterAll(() => {
      installCatalog(bundledCatalog);
      prepareLookups();
    });

    it.each([
      ['API Tokens Write', user, [['critical', 'r0-0']]],
      ['API Tokens Edit', user, [['critical', 'r0-0']]],
      ['Account API Tokens Write', [ACCOUNTS_ALL], [['critical', 'r0-0']]],
      ['Account API Tokens Edit', [ACCOUNTS_ALL], [['critical', 'r0-0']]],
      ['  api tokens edit ', user, [['critical', 'r0-0']]],
      ['API Tokens Read', user, []],
      ['API Tokens Writer', user, []],
    ])('%j', (name, include, expected) => {
      const m = model([{ perms: [name], include }]);
      const [g] = resolveGrants(m);
      expect([g.id, g.info.known, g.info.id]).toEqual([undefined, false, undefined]);
      expect(brief(run(tokenMinting, 'token-minting', m))).toEqual(expected);
    });
  });
});
