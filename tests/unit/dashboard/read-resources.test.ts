import { describe, expect, it } from 'vitest';
import { accountResources, zoneResources } from '../../../lib/dashboard/read-resources';

describe('zoneResources', () => {
  it.each<[string, string[], object]>([
    ['all zones (2 dropdowns)', ['Include', 'All zones'], { include: [{ type: 'zone', id: '*' }], exclude: [] }],
    ['all zones with an empty third', ['Include', 'All zones', ''], { include: [{ type: 'zone', id: '*' }], exclude: [] }],
    ['specific zone', ['Include', 'Specific zone', 'example.com'], { include: [{ type: 'zone', id: 'example.com', label: 'example.com' }], exclude: [] }],
    ['zones of an account', ['Include', 'All zones from an account', 'Example Account'], { include: [{ type: 'account-zones', accountId: 'Example Account', label: 'Example Account' }], exclude: [] }],
    ['include all, exclude one', ['Include', 'All zones', 'Exclude', 'Specific zone', 'staging.example.com'],
      { include: [{ type: 'zone', id: '*' }], exclude: [{ type: 'zone', id: 'staging.example.com', label: 'staging.example.com' }] }],
    ['zone not picked yet', ['Include', 'Specific zone', ''], { include: [], exclude: [] }],
    ['nothing chosen', ['', '', ''], { include: [], exclude: [] }],
    ['text before the first operator is ignored', ['example.com', 'Include', 'All zones'], { include: [{ type: 'zone', id: '*' }], exclude: [] }],
  ])('%s', (_, values, expected) => expect(zoneResources(values)).toEqual(expected));
});

describe('accountResources', () => {
  it.each<[string, string[], object]>([
    ['all accounts', ['Include', 'All accounts'], { include: [{ type: 'account', id: '*' }], exclude: [] }],
    ['one account', ['Include', 'Example Account'], { include: [{ type: 'account', id: 'Example Account', label: 'Example Account' }], exclude: [] }],
    ['three dropdowns', ['Include', 'Specific account', 'Example Account'], { include: [{ type: 'account', id: 'Example Account', label: 'Example Account' }], exclude: [] }],
    ['exclude one', ['Include', 'All accounts', 'Exclude', 'Old Account'], { include: [{ type: 'account', id: '*' }], exclude: [{ type: 'account', id: 'Old Account', label: 'Old Account' }] }],
    ['not chosen', ['Include', ''], { include: [], exclude: [] }],
  ])('%s', (_, values, expected) => expect(accountResources(values)).toEqual(expected));
});
