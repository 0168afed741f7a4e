import { describe, expect, it } from 'vitest';
import { redundantPermission } from '../../../../lib/analysis/rules/redundant-permission';
import { brief, model, run, zone } from '../helpers';

describe('redundant-permission', () => {
  it.each([
    ['Read and Edit in one policy', model([{ perms: ['DNS Read', 'DNS Write'] }]), [['low', 'r0-0']]],
    ['Edit first, dashboard wording', model([{ perms: ['Zone Settings Edit', 'Zone Settings Read'] }]), [['low', 'r0-1']]],
    ['two policies on the same zones', model([{ perms: ['DNS Write'] }, { perms: ['DNS Read'] }]), [['low', 'r1-0']]],
    ['two pairs', model([{ perms: ['DNS Read', 'DNS Write', 'Zone Settings Read', 'Zone Settings Write'] }]), [['low', 'r0-0'], ['low', 'r0-2']]],
  ])('fires: %s', (_, m, expected) => {
    expect(brief(run(redundantPermission, 'redundant-permission', m))).toEqual(expected);
  });

  it.each([
    ['Edit alone', model([{ perms: ['DNS Write'] }])],
    ['Read and Edit of different groups', model([{ perms: ['DNS Read', 'Zone Settings Write'] }])],
    ['Read and Edit on different zones', model([{ perms: ['DNS Write'], include: [zone('z1')] }, { perms: ['DNS Read'], include: [zone('z2')] }])],
    ['the Read is in a deny policy', model([{ perms: ['DNS Write'] }, { perms: ['DNS Read'], effect: 'deny' }])],
    // Revoke is not Edit: a job that lists before it revokes needs the Read group too.
    ['Access Revoke and Read (account)', model([{ perms: ['Access: Apps and Policies Revoke', 'Access: Apps and Policies Read'], include: [{ type: 'account', id: 'a1' }] }])],
    ['Access Revoke and Read (zone)', model([{ perms: ['Access: Apps and Policies Revoke', 'Access: Apps and Policies Read'] }])],
    ['Organizations Revoke and Read', model([{ perms: ['Access: Organizations, Identity Providers, and Groups Revoke', 'Access: Organizations, Identity Providers, and Groups Read'], include: [{ type: 'account', id: 'a1' }] }])],
    ['2026 Access Revoke and Read', model([{ perms: ['Access: Apps Revoke', 'Access: Apps Read', 'Access: Organizations Revoke', 'Access: Organizations Read'], include: [{ type: 'account', id: 'a1' }] }])],
    // No Cloudflare page says an Admin group includes Read.
    ['Zaraz Admin and Read', model([{ perms: ['Zaraz Admin', 'Zaraz Read'] }])],
    ['Registrar Domains Admin and Read', model([{ perms: ['Registrar Domains Admin', 'Registrar Domains Read'], include: [{ type: 'account', id: 'a1' }] }])],
    ['AI Search Run and Read', model([{ perms: ['AI Search Run', 'AI Search Read'], include: [{ type: 'account', id: 'a1' }] }])],
  ])('stays quiet: %s', (_, m) => {
    expect(run(redundantPermission, 'redundant-permission', m)).toEqual([]);
  });

  it('says why, with the documented meaning of Edit', () => {
    const [f] = run(redundantPermission, 'redundant-permission', model([{ perms: ['DNS Read', 'DNS Write'] }]));
    expect(f.why).toMatch(/create, read, update, delete and list/);
    expect(f.docs).toBe('https://developers.cloudflare.com/fundamentals/api/get-started/create-token/');
  });

  it('still pairs an Edit group whose name has no "Write" (Access: Apps Write and its Read)', () => {
    const found = run(redundantPermission, 'redundant-permission', model([{ perms: ['Access: Apps Read', 'Access: Apps Edit'], include: [{ type: 'account', id: 'a1' }] }]));
    expect(brief(found)).toEqual([['low', 'r0-0']]);
  });
});
