// Real-shaped replies of GET /user/tokens/{id} (docs/cloudflare-tokens.md §token-model). IDs are real
// permission-group IDs; account, zone and token IDs are made up.
export const ACCOUNT = '01a7362d577a6c3019a474fd6f485823';
export const ZONE_A = '023e105f4ecef8ad9ca31a8372d0c353';
export const ZONE_B = '9a7806061c88ada191ed06f989cc3dac';

/** Envelope as the API sends it: Workers deploy token, nested account -> zones form. */
export const workersEnvelope = {
  success: true,
  errors: [],
  messages: [],
  result: {
    id: 'ed17574386854bf78a67040be0a770b0',
    name: 'Deploy worker (CI)',
    status: 'active',
    issued_on: '2026-01-10T15:21:09Z',
    modified_on: '2026-01-10T15:21:09Z',
    last_used_on: '2026-03-01T08:00:00Z',
    not_before: '2026-01-10T00:00:00Z',
    expires_on: '2026-04-10T00:00:00Z',
    policies: [
      {
        id: 'f267e341f3dd4697bd3b9f71dd96247f',
        effect: 'allow',
        resources: { [`com.cloudflare.api.account.${ACCOUNT}`]: '*' },
        permission_groups: [
          { id: 'e086da7e2179491d91ee5f35b3ca210a', name: 'Workers Scripts Write' },
          { id: 'f7f0eda5697f475c90846e879bab8666', name: 'Workers KV Storage Write' },
          { id: 'c1fde68c7bcc44588cbb6ddbc16d6480', name: 'Account Settings Read' },
        ],
      },
      {
        id: 'a3b7e6c1d2f84b0c9e1d2f3a4b5c6d7e',
        effect: 'allow',
        resources: { [`com.cloudflare.api.account.${ACCOUNT}`]: { 'com.cloudflare.api.account.zone.*': '*' } },
        permission_groups: [{ id: '28f4b596e7d643029c524985477ae49a', name: 'Workers Routes Write' }],
      },
    ],
    condition: { request_ip: { in: ['192.0.2.0/24', '2001:db8::/48'], not_in: ['192.0.2.99/32'] } },
  },
};

/** Bare object, older "request.ip" spelling, all zones minus one (deny), no dates. */
export const dnsAllZonesBare = {
  id: '4b1d7a4cbb8e4cba8d5bd9c8f4b5b1a0',
  name: 'cert-manager DNS-01',
  status: 'active',
  policies: [
    {
      id: '1c3e2a6e0c5f4d7a9b8e7f6d5c4b3a21',
      effect: 'allow',
      resources: { 'com.cloudflare.api.account.zone.*': '*' },
      permission_groups: [
        { id: '4755a26eedb94da69e1066d98aa820be', name: 'DNS Write' },
        { id: 'c8fed203ed3043cba015a93ad1616f1f', name: 'Zone Read' },
      ],
    },
    {
      id: '2d4f3b7f1d6a5e8bac9f8a7e6d5c4b32',
      effect: 'deny',
      resources: { [`com.cloudflare.api.account.zone.${ZONE_B}`]: '*' },
      permission_groups: [{ id: '4755a26eedb94da69e1066d98aa820be', name: 'DNS Write' }],
    },
  ],
  condition: { 'request.ip': { in: ['198.51.100.4'], not_in: [] } },
};

/** R2 bucket token: one bucket in the EU jurisdiction plus all buckets of the account (read). */
export const r2Token = {
  result: {
    id: '7d1a0f0b6d6a4c6e8d1b2c3d4e5f6a7b',
    name: 'R2 backups',
    status: 'active',
    expires_on: null,
    not_before: null,
    policies: [
      {
        id: 'b1', effect: 'allow',
        resources: { [`com.cloudflare.edge.r2.bucket.${ACCOUNT}_eu_backups-2026`]: '*' },
        permission_groups: [{ id: '2efd5506f9c8494dacb1fa10a3e7d5b6' }],
      },
      {
        id: 'b2', effect: 'allow',
        resources: { [`com.cloudflare.api.account.${ACCOUNT}`]: { 'com.cloudflare.edge.r2.bucket.*': '*' } },
        permission_groups: [{ id: '6a018a9f2fc74eb6b293b0c548f38b39' }],
      },
    ],
    condition: {},
  },
};

/** Token-creating token (the "Create Additional Tokens" template) on the user resource. */
export const mintingToken = {
  id: '9a1b2c3d4e5f40718293a4b5c6d7e8f9',
  name: 'Create Additional Tokens',
  status: 'active',
  policies: [{
    id: 'c1', effect: 'allow',
    resources: { 'com.cloudflare.api.user.8f9e0a1b2c3d4e5f6a7b8c9d0e1f2a3b': '*' },
    permission_groups: [{ id: '686d18d5ac6c441c867cbf6771e58a0a', name: 'API Tokens Write' }],
  }],
};
