import { describe, expect, it } from 'vitest';
import { apiTokensPage } from '../../../lib/token/dashboard-link';

const ID = '01a7362d577a6c3019a474fd6f485823';

describe('apiTokensPage', () => {
  it.each<[string, 'user' | 'account' | undefined, string | undefined, string]>([
    ['user endpoint', 'user', undefined, 'https://dash.cloudflare.com/profile/api-tokens'],
    ['user endpoint ignores an account', 'user', ID, 'https://dash.cloudflare.com/profile/api-tokens'],
    ['account endpoint', 'account', ID, `https://dash.cloudflare.com/${ID}/api-tokens`],
    ['account endpoint, ID in capitals', 'account', ID.toUpperCase(), `https://dash.cloudflare.com/${ID}/api-tokens`],
    ['account endpoint with no usable ID', 'account', '../x', 'https://dash.cloudflare.com/profile/api-tokens'],
    ['no endpoint', undefined, undefined, 'https://dash.cloudflare.com/profile/api-tokens'],
  ])('%s', (_name, endpoint, account, url) => {
    expect(apiTokensPage(endpoint, account)).toBe(url);
  });
});
