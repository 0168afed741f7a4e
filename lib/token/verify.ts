// The one network call of the popup: GET .../tokens/verify with the token as a Bearer header,
// given up after 10 s. Held back when the offline check says no. A legacy token refused by the
// user endpoint is tried once on the account endpoint when the account is known (§2.4); that
// second answer is shown only when the account endpoint knows the token, else the first stands
// (the account ID may be one filled in from the open tab, not one the user gave).
import { maskToken } from './mask';
import type { TokenFormat } from './token-kinds';
import { verdict, type Verdict, type VerdictState } from './verdict';
import { verdictFromOutcome, type Outcome } from './verify-reply';
import { chooseEndpoint, isAccountId, normalizeAccountId, verifyRequest, type Endpoint } from './verify-request';

export const TIMEOUT_MS = 10_000;

export interface VerifyInput {
  /** Already cleaned (cleanPaste). */
  token: string;
  format: TokenFormat;
  accountId?: string;
  /** The user marked a legacy-format token as account-owned. */
  accountOwned?: boolean;
}

export interface VerifyDeps {
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  now?: () => Date;
}

export async function verifyToken(input: VerifyInput, deps: VerifyDeps = {}): Promise<Verdict> {
  const { token, format, accountOwned = false } = input;
  const accountId = normalizeAccountId(input.accountId ?? '');
  const masked = maskToken(token);
  if (format.send === 'no') return verdict('not-sent', format.explanation, format.advice, { masked });

  const endpoint = chooseEndpoint(format.kind, accountOwned);
  if (endpoint === 'account' && !isAccountId(accountId)) {
    return verdict(
      'not-sent',
      'An account token is checked against its account, and the Account ID is missing or not 32 hex characters.',
      'Enter the Account ID: the 32-character code right after dash.cloudflare.com/ in the dashboard\u2019s address.',
      { masked },
    );
  }

  const first = await checkOnce(token, endpoint, accountId, deps);
  const refused = first.state === 'invalid' && (first.httpStatus === 401 || first.codes?.includes(1000));
  if (format.kind !== 'legacy-token' || endpoint !== 'user' || !refused || !isAccountId(accountId)) return { ...first, masked };

  const second = await checkOnce(token, 'account', accountId, deps);
  if (KNOWN.has(second.state)) {
    const note = `The user check refused it, so it was checked once more as a token of account ${accountId}: it is an account token in the older format.`;
    return { ...second, masked, notes: [...second.notes, note] };
  }
  const note = `It was also checked as a token of account ${accountId}; that check ${second.state === 'invalid' || second.state === 'bad-format' ? 'did not accept it either' : 'gave no answer'}.`;
  return { ...first, masked, notes: [...first.notes, note] };
}

/** Answers that say the endpoint knows the token. */
const KNOWN = new Set<VerdictState>(['active', 'disabled', 'expired', 'not-yet-valid', 'ip-restricted']);

async function checkOnce(token: string, endpoint: Endpoint, accountId: string, deps: VerifyDeps): Promise<Verdict> {
  const doFetch = deps.fetch ?? ((url: string, init: RequestInit) => fetch(url, init));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let outcome: Outcome;
  try {
    const { url, init } = verifyRequest(token, endpoint, accountId, controller.signal);
    const res = await doFetch(url, init);
    // Reading the body counts towards the 10 s too: a reply can stall half way.
    const body = await res.text();
    outcome = { kind: 'reply', status: res.status, headers: res.headers, body };
  } catch {
    // The error itself is dropped on purpose: nothing about the request is logged anywhere.
    outcome = controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network-error' };
  } finally {
    clearTimeout(timer);
  }
  return verdictFromOutcome(outcome, { endpoint, now: (deps.now ?? (() => new Date()))() });
}
