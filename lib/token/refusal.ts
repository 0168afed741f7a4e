// A reply that is not a token's result, read into a Verdict
// (docs/cloudflare-tokens.md §verify-failure-replies,
// docs/cloudflare-tokens.md §user-and-account-endpoints). Only what is about the token makes it
// "not accepted": a 401, a 403, code 1000. A request Cloudflare could not route (7003, a 404 or 405
// with no token code) says nothing about the token, except on the account endpoint, where 7003
// means the Account ID names no account.
import { verdict, type Verdict } from './verdict';
import type { Endpoint } from './verify-request';

/** "Could not route to …, perhaps your object identifier is invalid?" */
const NOT_ROUTED = 7003;
/** No Authorization header arrived (1001, or 9106 on other endpoints). */
const NO_HEADER = [1001, 9106];
/** The token is known but not allowed: "Invalid access token" / "Authentication error". */
const NOT_ALLOWED = [9109, 10000];

const USER_NEXT = 'If it is an account token, check it as one with its Account ID; otherwise copy it again, or create a new one.';

export function fromRefusal(status: number, codes: number[], location: boolean, endpoint: Endpoint, extra: Partial<Verdict>): Verdict {
  if (location) {
    return verdict('ip-restricted', 'The token is real, but it only works from certain IP addresses, and this connection is not one of them.', 'Use it from an allowed address, or change its IP filter in the dashboard.', extra);
  }
  if (codes.includes(NOT_ROUTED) && !codes.includes(1000)) {
    if (endpoint === 'account') {
      return verdict('wrong-account', 'Cloudflare found no account with this ID for this token: check the Account ID.', 'Copy the Account ID again: it is the 32-character code right after dash.cloudflare.com/ when the account is open in the dashboard.', extra);
    }
    return notAboutToken(extra);
  }
  if (codes.some((c) => NO_HEADER.includes(c))) {
    return verdict('bad-format', 'Cloudflare did not receive the token: something between this browser and Cloudflare (a proxy, or another extension) removed it from the request.', 'Try again without that proxy, or with other extensions paused.', extra);
  }
  if (status === 403 || codes.some((c) => NOT_ALLOWED.includes(c))) {
    const next = endpoint === 'account' ? 'Check the Account ID: the token may belong to another account.' : USER_NEXT;
    return verdict('invalid', 'Cloudflare refused this token for this check: it may belong to another account, or not be allowed here.', next, extra);
  }
  const malformed = codes.some((c) => c >= 6000 && c < 6200);
  if (!codes.includes(1000) && (malformed || status === 400)) {
    return verdict('bad-format', 'Cloudflare says this value is not shaped like a token, so it could not even look it up.', 'Copy the token again, with no spaces or extra text around it.', extra);
  }
  if (status === 401 || codes.includes(1000)) {
    const next = endpoint === 'account' ? 'Check the Account ID; otherwise copy the token again, or create a new one.' : USER_NEXT;
    return verdict('invalid', 'Cloudflare does not accept this token: it is mistyped, was deleted or rolled, or belongs to the other kind of check.', next, extra);
  }
  if (status < 400) {
    return verdict('bad-reply', `The answer was not what Cloudflare's API sends (HTTP ${status} without a result), so Token Lens cannot tell whether the token works.`, 'Try again; if this keeps happening, a proxy or filter may be changing the traffic.', extra);
  }
  // 404, 405, 409, 418...: nothing here is about the token.
  return notAboutToken(extra);
}

function notAboutToken(extra: Partial<Verdict>): Verdict {
  return verdict('bad-reply', 'Cloudflare could not handle the request itself, before looking at the token, so Token Lens cannot tell whether the token works.', 'Try again; if this keeps happening, a proxy or filter may be changing the traffic.', extra);
}
