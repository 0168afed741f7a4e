// Recipes for deploys, cache, storage, analytics and Zero Trust. Each permission set comes from
// the `docs` page (the tool's own, or Cloudflare's page for that job; checked 2026-11).
import type { Recipe } from './schema';

const CI = 'It runs in CI, so an account token fits: Cloudflare recommends them for CI/CD, and they outlive staff changes.';

export const PLATFORM_RECIPES: Recipe[] = [
  {
    id: 'wrangler-deploy', title: 'wrangler deploy', job: 'Deploy a Worker from CI', group: 'workers',
    permissions: [
      { key: 'workers_scripts', type: 'edit', reason: 'Uploads the new Worker code and its settings.' },
      { key: 'workers_routes', type: 'edit', reason: 'Attaches the Worker to routes on your zone. Drop it if you only use workers.dev.' },
      { key: 'zone', type: 'read', reason: 'Finds the zone for the routes in your wrangler config. Drop it with the routes.' },
    ],
    docs: 'https://developers.cloudflare.com/workers/ci-cd/external-cicd/github-actions/',
    zone: 'one', zoneAdvice: 'Choose only the zone the Worker routes live on. Set CLOUDFLARE_ACCOUNT_ID so wrangler does not need to list accounts.',
    owner: 'account', ownerAdvice: CI, tokenName: 'wrangler deploy',
  },
  {
    id: 'pages-deploy', title: 'Pages deploy', job: 'Upload a Pages site from CI (wrangler pages deploy)', group: 'workers',
    permissions: [
      { key: 'page', type: 'edit', reason: 'Creates deployments of your Pages project (Cloudflare Pages, not Page Rules).' },
    ],
    docs: 'https://developers.cloudflare.com/pages/how-to/use-direct-upload-with-continuous-integration/',
    zone: 'none', zoneAdvice: 'No zone permission is needed: Pages projects belong to the account.',
    owner: 'account', ownerAdvice: CI, tokenName: 'Pages deploy',
  },
  {
    id: 'cache-purge', title: 'Cache purge', job: 'Purge the cache after a deploy', group: 'other',
    permissions: [
      { key: 'cache', type: 'purge', reason: 'Removes cached copies by URL, tag, host or everything; it changes no settings.' },
    ],
    docs: 'https://developers.cloudflare.com/api/resources/cache/methods/purge/',
    zone: 'one', zoneAdvice: 'Choose the zone you deploy to. Pass the zone ID to the purge step so no Zone Read is needed.',
    owner: 'account', ownerAdvice: CI, tokenName: 'Cache purge',
  },
  {
    id: 'r2-objects', title: 'R2 objects', job: 'Read and write objects in R2 buckets', group: 'storage',
    permissions: [
      { key: 'workers_r2', type: 'edit', reason: 'Reads and writes objects; on this form it also lets the token create and delete buckets.' },
    ],
    docs: 'https://developers.cloudflare.com/r2/api/tokens/',
    zone: 'none',
    zoneAdvice: 'For S3 clients, prefer a token made on the R2 page with Object Read & Write on the buckets you name: that bucket limit cannot be pre-filled here.',
    owner: 'account', ownerAdvice: 'Storage used by an app or CI: an account token keeps working when people change. Only Super Administrators can create R2 account tokens.',
    tokenName: 'R2 objects',
  },
  {
    id: 'analytics-read', title: 'Analytics (read)', job: 'Read traffic numbers through the GraphQL Analytics API', group: 'other',
    permissions: [
      { key: 'account_analytics', type: 'read', reason: 'Reads account-wide datasets (Workers, R2 and other account numbers).' },
      { key: 'analytics', type: 'read', reason: 'Reads the per-zone traffic datasets (requests, bandwidth, cache ratio).' },
    ],
    docs: 'https://developers.cloudflare.com/analytics/graphql-api/getting-started/authentication/api-token-auth/',
    zone: 'all', zoneAdvice: 'Read-only, so all zones is a reasonable choice for a dashboard; choose specific zones if it only reports on a few.',
    owner: 'account', ownerAdvice: 'A reporting job or dashboard: an account token does not depend on one person.',
    tokenName: 'Analytics read',
  },
  {
    id: 'tunnel', title: 'Cloudflare Tunnel', job: 'Create and configure tunnels and their DNS routes', group: 'zero-trust',
    permissions: [
      { key: 'argotunnel', type: 'edit', reason: 'Creates tunnels, changes their routing and reads their run tokens.' },
      { key: 'dns', type: 'edit', reason: 'Adds the CNAME record that sends a hostname into the tunnel.' },
    ],
    docs: 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/get-started/create-remote-tunnel-api/',
    zone: 'one', zoneAdvice: 'Choose only the zone whose hostnames go through the tunnel.',
    owner: 'account', ownerAdvice: 'Tunnels belong to the account; an account token suits automation that manages them.',
    tokenName: 'Tunnel management',
  },
  {
    id: 'access-apps', title: 'Access applications', job: 'Manage Zero Trust Access applications and their policies', group: 'zero-trust',
    permissions: [
      { key: 'access', type: 'edit', reason: 'Creates and changes Access applications and the policies that decide who gets in.' },
    ],
    docs: 'https://developers.cloudflare.com/api/resources/zero_trust/subresources/access/subresources/applications/methods/create/',
    zone: 'none', zoneAdvice: 'No zone permission is needed when applications are managed at account level.',
    owner: 'account', ownerAdvice: 'Usually Terraform or CI: an account token, limited to the one account it manages.',
    tokenName: 'Access applications',
  },
];
