// The popup's answer after Verify: one state from a fixed list, a plain sentence, and the next step.
import type { DateNote } from './verdict-dates';
import type { Endpoint } from './verify-request';

export type VerdictState =
  | 'active'
  | 'disabled'
  | 'expired'
  | 'not-yet-valid'
  | 'invalid'
  | 'wrong-account'
  | 'ip-restricted'
  | 'bad-format'
  | 'rate-limited'
  | 'server-error'
  | 'bad-reply'
  | 'offline'
  | 'timeout'
  | 'not-sent';

export interface Verdict {
  state: VerdictState;
  /** A few words: the heading. */
  title: string;
  /** What happened, in one plain sentence. */
  message: string;
  /** What to do next. */
  next: string;
  /** The token's ID (not secret) when Cloudflare named it. */
  tokenId?: string;
  notBefore?: DateNote;
  expiresOn?: DateNote;
  /** Worth acting on even when the token works (no end date, ends soon). */
  warnings: string[];
  /** Extra facts about how it was checked (the legacy retry). */
  notes: string[];
  /** Seconds to wait before checking again (rate-limited). */
  retryAfter?: number;
  /** "HTTP 401, code 1000": numbers only, never the reply's own words. */
  detail?: string;
  httpStatus?: number;
  codes?: number[];
  endpoint?: Endpoint;
  /** The account of the account endpoint that answered (not secret). */
  accountId?: string;
  /** The token as it may be shown: "cfut_…abcd"; empty for an empty field. */
  masked?: string;
  /** Held back as not a Cloudflare token: the user may send it anyway. */
  canInsist?: boolean;
}

export const TITLES: Record<VerdictState, string> = {
  active: 'Works',
  disabled: 'Disabled',
  expired: 'Expired',
  'not-yet-valid': 'Not valid yet',
  invalid: 'Not accepted',
  'wrong-account': 'Account not found',
  'ip-restricted': 'Blocked from this address',
  'bad-format': 'Not a token value',
  'rate-limited': 'Too many checks',
  'server-error': 'Cloudflare had a problem',
  'bad-reply': 'Unexpected answer',
  offline: 'No connection',
  timeout: 'No answer in time',
  'not-sent': 'Not sent',
};

export function verdict(state: VerdictState, message: string, next: string, extra: Partial<Verdict> = {}): Verdict {
  return { state, title: TITLES[state], message, next, warnings: [], notes: [], ...extra };
}
