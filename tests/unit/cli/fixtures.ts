// Inputs for the CLI tests, shaped like the official TypeScript SDK's types (cloudflare-typescript,
// src/resources/shared.ts: `Token`, `TokenPolicy`, `V4PagePaginationArray` with `result_info`
// { count, page, per_page, total_count }) and like `terraform show -json` of the Cloudflare
// provider v4 (`policy` blocks, ID lists, a resources map) and v5 (`policies`, `{ id }` objects,
// resources as a JSON string). Permission-group IDs are real; account, zone and token IDs made up.
export const NOW = new Date('2026-06-01T12:00:00Z');
export const ACCOUNT = '01a7362d577a6c3019a474fd6f485823';
export const ZONE = '023e105f4ecef8ad9ca31a8372d0c353';

export const PG = {
  apiTokensWrite: '686d18d5ac6c441c867cbf6771e58a0a',
  apiTokensRead: '0cc3a61731504c89b99ec1be78b77aa0',
  dnsWrite: '4755a26eedb94da69e1066d98aa820be',
  dnsRead: '82e64a83756745bbbb1c9c2701bf816b',
  zoneRead: 'c8fed203ed3043cba015a93ad1616f1f',
  workersScriptsWrite: 'e086da7e2179491d91ee5f35b3ca210a',
  accountSettingsRead: 'c1fde68c7bcc44588cbb6ddbc16d6480',
} as const;

/** Shared.Token: a narrow DNS token, IP filter and end date, used last week. */
export const narrowToken = {
  id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  name: 'external-dns (prod)',
  status: 'active',
  issued_on: '2026-01-10T15:21:09Z',
  modified_on: '2026-01-10T15:21:09Z',
  last_used_on: '2026-05-25T08:00:00Z',
  not_before: '2026-01-10T00:00:00Z',
  expires_on: '2026-07-01T00:00:00Z',
  policies: [{
    id: 'f267e341f3dd4697bd3b9f71dd96247f',
    effect: 'allow',
    permission_groups: [{ id: PG.dnsRead, name: 'DNS Read', meta: { key: 'key', value: 'value' } }, { id: PG.zoneRead, name: 'Zone Read' }],
    resources: { [`com.cloudflare.api.account.zone.${ZONE}`]: '*' },
  }],
  condition: { request_ip: { in: ['192.0.2.0/24'], not_in: [] } },
};

/** Can mint tokens, all accounts, no dates, no IP filter, never used since early 2025. */
export const mintingToken = {
  id: 'b1b2c3d4e5f60718293a4b5c6d7e8f90',
  name: 'old admin script',
  status: 'active',
  issued_on: '2025-01-02T00:00:00Z',
  modified_on: '2025-01-02T00:00:00Z',
  last_used_on: '2025-02-01T00:00:00Z',
  policies: [
    { id: 'p1', effect: 'allow', permission_groups: [{ id: PG.apiTokensWrite, name: 'API Tokens Write' }], resources: { 'com.cloudflare.api.user.7c5dae5552338874e5053f2534d2767a': '*' } },
    { id: 'p2', effect: 'allow', permission_groups: [{ id: PG.workersScriptsWrite }], resources: { 'com.cloudflare.api.account.*': '*' } },
  ],
};

/** Expired a month ago; DNS Write on all zones. */
export const expiredToken = {
  id: 'c1b2c3d4e5f60718293a4b5c6d7e8f90',
  name: 'cert-manager 2025',
  status: 'expired',
  issued_on: '2025-05-01T00:00:00Z',
  last_used_on: '2026-04-30T00:00:00Z',
  expires_on: '2026-05-01T00:00:00Z',
  policies: [{ id: 'p3', effect: 'allow', permission_groups: [{ id: PG.dnsWrite }], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
};

/** Disabled; never used, made two months ago. */
export const disabledToken = {
  id: 'd1b2c3d4e5f60718293a4b5c6d7e8f90',
  name: 'spare',
  status: 'disabled',
  issued_on: '2026-04-01T00:00:00Z',
  policies: [{ id: 'p4', effect: 'allow', permission_groups: [{ id: PG.accountSettingsRead }], resources: { [`com.cloudflare.api.account.${ACCOUNT}`]: '*' } }],
  condition: { request_ip: { in: ['198.51.100.7'] } },
  expires_on: '2026-09-01T00:00:00Z',
};

/** Active, narrow, never used and made 40 days ago: only `unused-token` and nothing high. */
export const neverUsedToken = {
  id: 'e1b2c3d4e5f60718293a4b5c6d7e8f90',
  name: 'new reader',
  status: 'active',
  issued_on: '2026-04-22T00:00:00Z',
  expires_on: '2026-07-22T00:00:00Z',
  policies: [{ id: 'p5', effect: 'allow', permission_groups: [{ id: PG.zoneRead }], resources: { [`com.cloudflare.api.account.zone.${ZONE}`]: '*' } }],
  condition: { request_ip: { in: ['203.0.113.0/24'], not_in: [] } },
};

export const envelope = (result: unknown) => ({ success: true, errors: [], messages: [], result });

/** V4PagePaginationArray<Token>: one page of a List Tokens reply. */
export const listPage = (result: unknown[], page: number, perPage: number, total: number) => ({
  ...envelope(result),
  result_info: { count: result.length, page, per_page: perPage, total_count: total },
});

/** Provider v4 state: `policy` blocks, permission groups as IDs, resources as a map, blocks as lists. */
export const terraformV4State = {
  format_version: '1.0',
  terraform_version: '1.5.7',
  values: {
    root_module: {
      resources: [
        {
          address: 'cloudflare_api_token.dns',
          mode: 'managed',
          type: 'cloudflare_api_token',
          name: 'dns',
          provider_name: 'registry.terraform.io/cloudflare/cloudflare',
          schema_version: 0,
          values: {
            id: 'f1b2c3d4e5f60718293a4b5c6d7e8f90',
            name: 'terraform dns',
            status: 'active',
            issued_on: '2026-03-01T00:00:00Z',
            modified_on: '2026-03-01T00:00:00Z',
            expires_on: '',
            not_before: '',
            value: 'SECRET-VALUE-NEVER-PRINTED-0123456789abcdef',
            policy: [{
              id: 'pol1',
              effect: 'allow',
              permission_groups: [PG.dnsWrite, PG.zoneRead],
              resources: { 'com.cloudflare.api.account.zone.*': '*' },
            }],
            condition: [{ request_ip: [{ in: ['192.0.2.1/32'], not_in: null }] }],
          },
          sensitive_values: { value: true },
        },
        { address: 'cloudflare_record.www', mode: 'managed', type: 'cloudflare_record', name: 'www', values: { name: 'www' } },
        { address: 'data.cloudflare_api_token_permission_groups.all', mode: 'data', type: 'cloudflare_api_token_permission_groups', name: 'all', values: {} },
      ],
    },
  },
};

/** Provider v5 plan: `policies`, `{ id }` groups, resources as JSON strings, an account token in a module. */
export const terraformV5Plan = {
  format_version: '1.2',
  terraform_version: '1.9.5',
  planned_values: {
    root_module: {
      resources: [{
        address: 'cloudflare_api_token.ci',
        mode: 'managed',
        type: 'cloudflare_api_token',
        name: 'ci',
        values: {
          name: 'ci deploy',
          expires_on: '2026-08-01T00:00:00Z',
          policies: [{
            effect: 'allow',
            permission_groups: [{ id: PG.workersScriptsWrite }, { id: PG.accountSettingsRead }],
            resources: JSON.stringify({ [`com.cloudflare.api.account.${ACCOUNT}`]: '*' }),
          }],
          condition: { request_ip: { in: ['192.0.2.0/24'], not_in: ['192.0.2.9/32'] } },
        },
      }],
      child_modules: [{
        address: 'module.dns',
        resources: [{
          address: 'module.dns.cloudflare_account_token.dns',
          mode: 'managed',
          type: 'cloudflare_account_token',
          name: 'dns',
          values: {
            account_id: ACCOUNT,
            name: 'account dns editor',
            policies: [{
              effect: 'allow',
              permission_groups: [{ id: PG.dnsWrite }],
              resources: JSON.stringify({ [`com.cloudflare.api.account.${ACCOUNT}`]: { 'com.cloudflare.api.account.zone.*': '*' } }),
            }],
          },
        }],
      }],
    },
  },
  resource_changes: [],
};

/** Provider v5 state with last use (early 5.x: resources still a map). */
export const terraformV5State = {
  format_version: '1.0',
  terraform_version: '1.9.5',
  values: {
    root_module: {
      resources: [{
        address: 'cloudflare_api_token.reader',
        mode: 'managed',
        type: 'cloudflare_api_token',
        name: 'reader',
        values: {
          id: '01b2c3d4e5f60718293a4b5c6d7e8f90',
          name: 'zone reader',
          status: 'active',
          issued_on: '2025-06-01T00:00:00Z',
          last_used_on: '2025-12-01T00:00:00Z',
          expires_on: '2026-12-01T00:00:00Z',
          value: 'SECRET-VALUE-NEVER-PRINTED-0123456789abcdef',
          policies: [{ id: 'p', effect: 'allow', permission_groups: [{ id: PG.zoneRead, meta: {} }], resources: { [`com.cloudflare.api.account.zone.${ZONE}`]: '*' } }],
          condition: { request_ip: { in: ['192.0.2.1/32'], not_in: null } },
        },
      }],
    },
  },
};
