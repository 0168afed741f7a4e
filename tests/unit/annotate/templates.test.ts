import { describe, expect, it } from 'vitest';
import type { PermissionGroup } from '../../../lib/catalog/types';
import { templateKey, templateModel } from '../../../lib/dashboard/annotate/templates';

const group = (name: string, scope: PermissionGroup['scope'], level: PermissionGroup['level']): PermissionGroup => ({
  id: name, name, label: name, scope, level, aliases: [], short: '', risk: 'low', riskReason: '',
});
const GROUPS = [group('DNS Read', 'zone', 'read'), group('DNS Write', 'zone', 'write'), group('Billing Read', 'account', 'read'), group('Memberships Read', 'user', 'read'), group('Bucket Read', 'r2_bucket', 'read')];
const groups = () => GROUPS;

function summary(name: string) {
  const model = templateModel(name, groups);
  return model?.policies.map((p) => [p.permissions.map((g) => `${g.scope}:${g.name}`).join(','), p.include.map((r) => `${r.type}:${'id' in r ? r.id : ''}`).join(',')]);
}

describe('templateKey', () => {
  it.each([
    ['Read all resources', 'read all resources'],
    ['  Workers AI (Beta) ', 'workers ai'],
    ['Edit   zone DNS', 'edit zone dns'],
  ])('%s', (name, key) => expect(templateKey(name)).toBe(key));
});

describe('templateModel', () => {
  it.each([
    ['Edit zone DNS', [['zone:DNS Write', 'zone:picked-zone']]],
    ['Create Additional Tokens', [['user:API Tokens Write', 'user:me']]],
    ['Read billing info', [['account:Billing Read', 'account:*']]],
    [
      'Read all resources',
      [['account:Billing Read', 'account:*'], ['zone:DNS Read', 'zone:*'], ['user:Memberships Read', 'user:me']],
    ],
    ['WordPress', [['account:Account Settings Read', 'account:*'], ['zone:Analytics Read,zone:Zone Read,zone:Zone Settings Write,zone:DNS Read,zone:Cache Purge', 'zone:*']]],
    ['Workers AI (Beta)', [['account:Workers AI Read,account:Workers AI Write', 'account:picked-account']]],
    ['A template Token Lens has never seen', undefined],
  ])('%s', (name, expected) => expect(summary(name)).toEqual(expected));

  it('gives every grant a distinct ref and marks the model as a recipe', () => {
    const model = templateModel('Edit Cloudflare Workers', groups)!;
    const refs = model.policies.flatMap((p) => p.permissions.map((g) => g.ref));
    expect(new Set(refs).size).toBe(8);
    expect(model.source).toBe('recipe');
  });
});
