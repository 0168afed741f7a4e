import { describe, expect, it } from 'vitest';
import { allGroups, lookupKey, lookupPermission } from '../../../lib/catalog';
import type { Scope } from '../../../lib/catalog';
import { hasRealId } from '../../../lib/catalog/lookup';

const DNS_WRITE = '4755a26eedb94da69e1066d98aa820be';
const LOGS_READ_ACCOUNT = '6a315a56f18441e59ed03352369ae956';
const LOGS_READ_ZONE = 'c4a30cd58c5d42619c86a3c36c441e2d';

describe('lookupPermission finds known groups', () => {
  it.each<[string, Scope | undefined, string]>([
    [DNS_WRITE, undefined, DNS_WRITE],
    [` ${DNS_WRITE.toUpperCase()} `, undefined, DNS_WRITE],
    ['DNS Write', undefined, DNS_WRITE],
    ['DNS Edit', undefined, DNS_WRITE],
    ['dns   edit', undefined, DNS_WRITE],
    ['DNS:Edit', undefined, DNS_WRITE],
    ['DNS: Write', undefined, DNS_WRITE],
    ['DNS Read', 'zone', '82e64a83756745bbbb1c9c2701bf816b'],
    ['Argo Tunnel Write', undefined, 'c07321b023e944ff818fec44d8203567'],
    ['Teams Report', undefined, 'efb81b5cd37d49f3be1da9363a6d7a19'],
    ['Cloudflare Pages Edit', undefined, '8d28297797f24fb8a0c332fe0866ec89'],
    ['Account Filter Lists Edit', undefined, '2edbf20661fd4661b0fe10e9e12f485c'],
    ['Logs Read', 'account', LOGS_READ_ACCOUNT],
    ['Logs Read', 'zone', LOGS_READ_ZONE],
    ['Logs:Edit', 'zone', '3e0b5820118e47f3922f7c989e673882'],
    ['Access: Apps and Policies Edit', 'zone', '959972745952452f8be2452be8cbb9f2'],
    ['Access: Apps and Policies Edit', 'account', '1e13c5124ca64b72b1969a67e8829049'],
    // API name at account scope, dashboard label at zone scope: the scope decides.
    ['Transform Rules Read', 'account', 'a9a99455bf3245f6a5a244f909d74830'],
    ['Transform Rules Read', 'zone', '211a4c0feb3e43b3a2d41f1443a433e7'],
    ['Zaraz Edit', undefined, '89d5bf002389496e9994b8c30608b5d0'],
    ['IP Prefixes: Edit', undefined, '92b8234e99f64e05bbbc59e1dc0f76b6'],
    ['Cache Purge', undefined, 'e17beae8b8cb423a99b1730f21238bed'],
    ['Page Shield Edit', 'zone', '6134079371904d8ebd77931c8ca07e50'],
    ['Page Shield Edit', 'account', '440e6958bcc947329f8d56328d7322ce'],
    // Labels reported after the 2026 dashboard changes (docs/dashboard.md §permission-group-keys).
    ['Argo Tunnel (Legacy) Edit', undefined, 'c07321b023e944ff818fec44d8203567'],
    // "Access: Apps" is a group of its own next to "Access: Apps and Policies" (2026 list of API
    // names; its own ID in a public token dump), not another name of it.
    ['Access: Apps Edit', 'account', 'ad7a6f88896d498f98eb30592abfbbf4'],
    ['Access: Apps Write', undefined, 'ad7a6f88896d498f98eb30592abfbbf4'],
    ['ad7a6f88896d498f98eb30592abfbbf4', undefined, 'ad7a6f88896d498f98eb30592abfbbf4'],
    ['Access: Keys Read', undefined, '0974adb35b73411a84ebcc8e91cc29eb'],
    // Browser Rendering is now Browser Run, same IDs.
    ['Browser Run Edit', undefined, 'adddda876faa4a0590f1b23a038976e4'],
    ['Browser Rendering Write', undefined, 'adddda876faa4a0590f1b23a038976e4'],
    ['Browser Run Read', 'account', '374b03fa229f4eb6b011bb1cd7f235ee'],
    // API names the docs page of 2025-08-22 gives to groups whose catalog name has no "Write".
    ['Account API Gateway Write', 'account', '5e5d3e8efeec49f3afb67bafecbcd511'],
    ['Domain API Gateway Write', 'zone', 'f0235726de25444a84f704b7c93afadf'],
    ['Domain Page Shield Write', 'zone', '6134079371904d8ebd77931c8ca07e50'],
    // Calls and Realtime are separate groups.
    ['Cloudflare Calls Read', undefined, '686ab9a8b3854f25a1474f302d14b68d'],
    // Only exists at zone scope: a wrong scope still finds the one group there is.
    ['Zone Read', 'account', 'c8fed203ed3043cba015a93ad1616f1f'],
  ])('%j (scope %s) -> %s', (query, scope, id) => {
    const info = lookupPermission(query, scope);
    expect(info.known).toBe(true);
    expect(info.id).toBe(id);
  });

  it('picks one of the two scopes, always the same, when no scope is given', () => {
    const first = lookupPermission('Logs Read');
    expect([LOGS_READ_ACCOUNT, LOGS_READ_ZONE]).toContain(first.id);
    expect(lookupPermission('logs read').id).toBe(first.id);
  });

  it.each<[string, Scope | undefined, Partial<Record<string, unknown>>]>([
    // The 2026 groups the catalog lacked: by API name and dashboard label, with their scope.
    ['Access: Apps Read', undefined, { scope: 'account', level: 'read', unconfirmed: true }],
    ['Access: Policies Edit', undefined, { name: 'Access: Policies Write', scope: 'account', risk: 'critical' }],
    ['Access: Organizations Revoke', 'account', { level: 'revoke', risk: 'low' }],
    ['Access: Users Read', undefined, { sensitive: 'personal-data' }],
    ['Email Routing Suppressions Write', undefined, { scope: 'account', level: 'write' }],
    ['Email Routing Account Rules Read', undefined, { level: 'read' }],
    ['Realtime Read', undefined, { label: 'Cloudflare Realtime Read', level: 'read' }],
    ['Cloudflare Realtime Edit', undefined, { name: 'Realtime Write', level: 'write' }],
    ['Workers KV Storage Metadata Read', undefined, { level: 'read', risk: 'low' }],
    ['Workers R2 Storage Metadata Read', undefined, { level: 'read' }],
    ['AI Search Edit', undefined, { name: 'AI Search Write' }],
    ['AI Search Run', undefined, { level: 'run' }],
    ['Websearch Run', undefined, { level: 'run' }],
    ['OAuth Client Write', undefined, { risk: 'high' }],
    ['Zone Custom Asset Edit', 'zone', { name: 'Zone Custom Asset Write', scope: 'zone' }],
    ['Account Custom Error Rules Write', undefined, { scope: 'account' }],
    ['Registrar Domains Admin', undefined, { level: 'admin', risk: 'critical' }],
    ['Field Extractors Read', undefined, { level: 'read' }],
    ['Fraud Events Write', undefined, { scope: 'zone' }],
    ['Flagship Read', undefined, { level: 'read' }],
    ['Flagship Evaluate', undefined, { level: 'run' }],
    ['Flagship App Bind', undefined, { level: 'bind', scope: 'account', scopeKey: 'com.cloudflare.api.account.flagship.app' }],
    ['Messaging Edit', undefined, { level: 'write' }],
    ['DLS: Edit', undefined, { name: 'DLS: Write' }],
    ['Cloudflare One Connector Monitoring: cloudflared', undefined, { level: 'other' }],
  ])('%j (scope %s) is a known 2026 group', (query, scope, facts) => {
    const info = lookupPermission(query, scope);
    expect(info.known).toBe(true);
    expect(info).toMatchObject(facts);
    // A group known by name only has a key of its own (8 zeros + 24 hex), which also finds it.
    if (!hasRealId(info.id)) expect(lookupPermission(info.id!)).toBe(info);
  });

  it('no longer treats "Access: Apps" and "Access: Policies" as other names of "Apps and Policies"', () => {
    const both = lookupPermission('Access: Apps and Policies Read', 'account');
    expect(both.id).toBe('7ea222f6d5064cfa89ea366d7c1fee89');
    expect(both.aliases).toEqual([]);
    for (const n of ['Access: Apps Read', 'Access: Policies Read', 'Access: Apps Revoke', 'Access: Policies Write']) {
      expect(lookupPermission(n, 'account').id, n).not.toBe(both.id);
    }
    expect(hasRealId(lookupPermission('Access: Apps Read').id)).toBe(false);
    expect(hasRealId(lookupPermission('Access: Apps Write').id)).toBe(true);
  });

  it('returns the entry with its facts', () => {
    const info = lookupPermission('DNS Edit');
    expect(info).toMatchObject({ name: 'DNS Write', label: 'DNS Edit', scope: 'zone', level: 'write', key: 'dns', keyType: 'edit' });
  });
});

describe('lookupPermission describes unknown groups without throwing', () => {
  it.each<[unknown, string, string]>([
    ['Quantum Widgets Edit', 'write', 'medium'],
    ['Quantum Widgets Write', 'write', 'medium'],
    ['Quantum Widgets Read', 'read', 'low'],
    ['Quantum Widgets Revoke', 'revoke', 'medium'],
    ['Quantum Widgets', 'other', 'medium'],
    ['ffffffffffffffffffffffffffffffff', 'other', 'medium'],
    ['', 'other', 'medium'],
    [undefined, 'other', 'medium'],
  ])('%j -> level %s, risk %s', (query, level, risk) => {
    const info = lookupPermission(query as string);
    expect(info.known).toBe(false);
    expect(info.level).toBe(level);
    expect(info.risk).toBe(risk);
    expect(info.short.length).toBeGreaterThan(0);
    expect(info.riskReason).toMatch(/no description/);
  });

  it('keeps the scope and names the product in the text', () => {
    const info = lookupPermission('Quantum Widgets Edit', 'zone');
    expect(info).toMatchObject({ known: false, scope: 'zone', label: 'Quantum Widgets Edit' });
    expect(info.short).toContain('Quantum Widgets');
  });
});

describe('lookupKey follows the deep-link rule', () => {
  it.each<[string, string, string | undefined]>([
    ['dns', 'edit', DNS_WRITE],
    ['dns', 'write', DNS_WRITE],
    ['DNS', ' Read ', '82e64a83756745bbbb1c9c2701bf816b'],
    ['zone', 'read', 'c8fed203ed3043cba015a93ad1616f1f'],
    ['account_settings', 'edit', '1af1fa2adc104452b74a9a3364202f20'],
    ['workers_scripts', 'edit', 'e086da7e2179491d91ee5f35b3ca210a'],
    ['cache', 'purge', 'e17beae8b8cb423a99b1730f21238bed'],
    ['logs', 'read', LOGS_READ_ZONE],
    ['account_logs', 'edit', '96163bd1b0784f62b3e44ed8c2ab1eb6'],
    ['access', 'edit', '1e13c5124ca64b72b1969a67e8829049'],
    ['zone_access', 'edit', '959972745952452f8be2452be8cbb9f2'],
    ['access_acct', 'revoke', '7121a0c7e9ed46e3829f9cca2bb572aa'],
    ['page', 'read', 'e247aedd66bd41cc9193af0213416666'],
    ['argotunnel', 'edit', 'c07321b023e944ff818fec44d8203567'],
    ['fbm', 'admin', '8e6ed1ef6e864ad0ae477ceffa5aa5eb'],
    ['zaraz', 'edit', 'cdeb15b336e640a2965df8c65052f1e0'],
    ['mcp_portals', 'edit', 'db3d398df73946acb755c05b69edfc30'],
    ['dns', 'purge', undefined],
    ['zone_dns', 'edit', undefined],
    ['nonsense', 'read', undefined],
  ])('%s/%s -> %s', (key, type, id) => {
    expect(lookupKey(key, type)?.id).toBe(id);
  });
});

describe('lookups are fast', () => {
  it('answers 1000 mixed queries in well under 50 ms', () => {
    const queries = ['DNS Edit', 'Zone:Read', 'Logs Read', 'Unknown Thing Edit', DNS_WRITE];
    const start = performance.now();
    let known = 0;
    for (let i = 0; i < 1000; i++) if (lookupPermission(queries[i % queries.length], 'zone').known) known++;
    expect(performance.now() - start).toBeLessThan(50);
    expect(known).toBe(800);
  });
});

describe('every group is found by its own ID, label and name', () => {
  // The one same-scope clash: the older zone "Page Shield Write" has no label of its own in the
  // dashboard, and its name reads like Domain Page Shield's label "Page Shield Edit".
  const SHADOWED = ['87065285ab38463481e72815eefd18c3'];

  it('finds all 311 by ID', () => {
    expect(allGroups().filter((g) => lookupPermission(g.id).id !== g.id)).toEqual([]);
  });

  it.each(['label', 'name'] as const)('finds every group by %s and scope, except the known clash', (field) => {
    const misses = allGroups().filter((g) => lookupPermission(g[field], g.scope).id !== g.id).map((g) => g.id);
    expect(misses).toEqual(SHADOWED);
  });

  it('finds every alias', () => {
    const misses = allGroups().flatMap((g) => g.aliases.filter((a) => lookupPermission(a, g.scope).id !== g.id));
    expect(misses).toEqual([]);
  });
});
