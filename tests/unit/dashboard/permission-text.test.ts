import { describe, expect, it } from 'vitest';
import { permissionNames, resourceOf, scopeFor, withLevel } from '../../../lib/dashboard/permission-text';

describe('permissionNames', () => {
  it.each<[string, string[]]>([
    ['DNS:Edit', ['DNS Edit']],
    ['DNS:Edit, Zone:Read', ['DNS Edit', 'Zone Read']],
    ['Zone:Read,DNS:Edit', ['Zone Read', 'DNS Edit']],
    ['Access: Apps and Policies:Edit', ['Access: Apps and Policies Edit']],
    ['Cloudflare One Connector: cloudflared:Write, Zone:Read', ['Cloudflare One Connector: cloudflared Write', 'Zone Read']],
    ['Load Balancing: Monitors and Pools:Edit', ['Load Balancing: Monitors and Pools Edit']],
    ['Cache Purge:Purge', ['Cache Purge']],
    ['Zaraz:Admin, Cache Purge:Read', ['Zaraz Admin', 'Cache Purge Read']],
    ['  DNS : Edit ', ['DNS Edit']],
    ['', []],
    ['DNS', []],
    ['Edit:', []],
  ])('%j', (text, names) => expect(permissionNames(text)).toEqual(names));
});

describe('withLevel', () => {
  it.each<[string, string, string]>([
    ['DNS', 'Edit', 'DNS Edit'],
    [' DNS ', ' Read ', 'DNS Read'],
    ['Cache Purge', 'Purge', 'Cache Purge'],
    ['Cache Purge', 'purge', 'Cache Purge'],
    ['Zone', '', 'Zone'],
    ['', 'Edit', 'Edit'],
    ['Access: Apps and Policies', 'Edit', 'Access: Apps and Policies Edit'],
  ])('%j + %j', (group, level, name) => {
    expect(withLevel(group, level)).toBe(name);
    expect(withLevel(group, level)).toBe(name); // the memoised answer is the same
  });
});

describe('resourceOf', () => {
  it.each<[string, object | undefined, string | undefined]>([
    ['All zones', { type: 'zone', id: '*' }, 'zone'],
    ['all zones', { type: 'zone', id: '*' }, 'zone'],
    ['All accounts', { type: 'account', id: '*' }, 'account'],
    ['example.com', { type: 'zone', id: 'example.com', label: 'example.com' }, 'zone'],
    ['shop.example.co.uk', { type: 'zone', id: 'shop.example.co.uk', label: 'shop.example.co.uk' }, 'zone'],
    ['All zones from Example Account', { type: 'account-zones', accountId: 'Example Account', label: 'Example Account' }, 'zone'],
    ['Example Account', { type: 'account', id: 'Example Account', label: 'Example Account' }, 'account'],
    ["alex@example.com's Account", { type: 'account', id: "alex@example.com's Account", label: "alex@example.com's Account" }, 'account'],
    ['All users', { type: 'user', id: 'self', label: 'All users' }, 'user'],
    ['alex@example.com', { type: 'user', id: 'self', label: 'alex@example.com' }, 'user'],
    ['', undefined, undefined],
  ])('%j', (text, res, scope) => {
    const got = resourceOf(text);
    expect(got).toEqual(res);
    expect(got && scopeFor(got)).toBe(scope);
  });
});
