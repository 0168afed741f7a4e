// Cloudflare's own pages, linked from findings ("learn more").
const BASE = 'https://developers.cloudflare.com/fundamentals/api';

export const DOCS = {
  createViaApi: `${BASE}/how-to/create-via-api/`,
  restrict: `${BASE}/how-to/restrict-tokens/`,
  permissions: `${BASE}/reference/permissions/`,
  createToken: `${BASE}/get-started/create-token/`,
  templates: `${BASE}/reference/template/`,
  accountTokens: `${BASE}/get-started/account-owned-tokens/#compatibility-matrix`,
} as const;
