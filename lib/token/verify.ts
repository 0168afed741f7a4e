// The popup's verify call: GET .../tokens/verify with the token as a Bearer header, given up after
// 10 s. Held back when the offline check says no, and when it says "not a Cloudflare token" unless
// the user insists. A legacy token refused by the user endpoint (401 / 1000, or 403 / 10000) is
// tried once on the account endpoint when the account is known
// (docs/cloudflare-tokens.md §user-and-account-endpoints); that second answer is shown only when
// the account endpoint knows the token, else the first stands (the account ID may be one filled in
// from the open tab or a paste, not one the user typed).
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
  /** "Verify anyway": send what the format check calls not a Cloudflare token. */
  insist?: boolean;
}

export interface VerifyDeps {
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  now?: () => Date;
}

export async function verifyToken(input: VerifyInput, deps: VerifyDeps = {}): Promise<Verdict> {
  const { token, format, accountOwned = false } = input;
  const accountId = normalizeAccountId(input.accountId ?? '');
  const masked = maskToken(token);
  // The format box above already says what it is and what to do: this box doesn't repeat it.
  if (format.kind === 'empty') return verdict('not-sent', 'There is nothing to verify yet.', 'Paste a token into the field above.', { masked });
  if (format.send === 'no') return verdict('not-sent', 'Nothing was sent to Cloudflare: the format check above says why.', 'Follow its advice, then click Verify again.', { masked });
  if (format.send === 'insist' && !input.insist) {
    return verdict('not-sent', 'Nothing was sent to Cloudflare: the format check above says this is not a Cloudflare API token.', 'If you are sure it is one, click Verify anyway.', { masked, canInsist: true });
  }

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
  if (format.kind !== 'legacy-token' || endpoint !== 'user' || !refusedByUser(first) || !isAccountId(accountId)) return { ...first, masked };

  const second = await checkOnce(token, 'account', accountId, deps);
  if (KNOWN.has(second.state)) {
    const note = `The user check refused it, so it was checked once more as a token of account ${accountId}: it is an account token in the older format.`;
    return { ...second, masked, notes: [...second.notes, note] };
  }
  const note = `It was also checked as a token of account ${accountId}; ${SECOND_SAID[second.state] ?? 'that check gave no answer'}.`;
  return { ...first, masked, notes: [...first.notes, note] };
}

/** The user endpoint does not know it (an account token there): 401 / 1000, or 403 / 10000 (docs/cloudflare-tokens.md §verify-failure-replies, docs/cloudflare-tokens.md §user-and-account-endpoints). */
function refusedByUser(v: Verdict): boolean {
  if (v.state !== 'invalid') return false;
  return v.httpStatus === 401 || Boolean(v.codes?.includes(1000)) || (v.httpStatus === 403 && Boolean(v.codes?.includes(10000)));
}

const SECOND_SAID: Partial<Record<VerdictState, string>> = {
  invalid: 'that check did not accept it either',
  'bad-format': 'that check did not accept it either',
  'wrong-account': 'Cloudflare found no account with this ID for it',
};

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
  const v = verdictFromOutcome(outcome, { endpoint, now: (deps.now ?? (() => new Date()))() });
  return endpoint === 'account' ? { ...v, accountId } : v;
}
