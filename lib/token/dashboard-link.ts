// Where a working token can be looked at and managed: the API Tokens page of the dashboard,
// the user's (profile) or the account's, whichever endpoint knew the token.
import { isAccountId, normalizeAccountId, type Endpoint } from './verify-request';

export function apiTokensPage(endpoint: Endpoint | undefined, accountId = ''): string {
  if (endpoint === 'account' && isAccountId(accountId)) return `https://dash.cloudflare.com/${normalizeAccountId(accountId)}/api-tokens`;
  return 'https://dash.cloudflare.com/profile/api-tokens';
}
