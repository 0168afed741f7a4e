// Which verify endpoint a token goes to (docs/cloudflare-tokens.md §verify-requests,
// docs/cloudflare-tokens.md §user-and-account-endpoints): account tokens are checked against their
// account, everything else against the user endpoint first.
import type { TokenKind } from './token-kinds';

export const API_BASE = 'https://api.cloudflare.com/client/v4';

export type Endpoint = 'user' | 'account';

const ACCOUNT_ID = /^[0-9a-f]{32}$/;

/** Account IDs are 32 lowercase hex; we accept capitals and spaces around it and normalise. */
export function normalizeAccountId(text: string): string {
  return text.trim().toLowerCase();
}

export function isAccountId(text: string): boolean {
  return ACCOUNT_ID.test(normalizeAccountId(text));
}

/** `accountOwned`: the user said a legacy-format token belongs to an account. */
export function chooseEndpoint(kind: TokenKind, accountOwned = false): Endpoint {
  if (kind === 'account-token') return 'account';
  if (kind === 'legacy-token' && accountOwned) return 'account';
  return 'user';
}

export function verifyUrl(endpoint: Endpoint, accountId = ''): string {
  if (endpoint === 'user') return `${API_BASE}/user/tokens/verify`;
  // The ID goes into the path, so only a well-formed one is ever used.
  if (!isAccountId(accountId)) throw new Error('verifyUrl: the account ID must be 32 hex characters');
  return `${API_BASE}/accounts/${normalizeAccountId(accountId)}/tokens/verify`;
}

export interface VerifyRequest {
  url: string;
  init: RequestInit;
}

export function verifyRequest(token: string, endpoint: Endpoint, accountId?: string, signal?: AbortSignal): VerifyRequest {
  return {
    url: verifyUrl(endpoint, accountId),
    init: {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}` },
      // No cookies, no cache, no referrer: only the header we mean to send.
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal,
    },
  };
}
