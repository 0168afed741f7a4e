// From what came back (a reply, a network failure, or nothing in time) to a Verdict. Pure: the
// clock is passed in. Status codes and error codes from
// docs/cloudflare-tokens.md §verify-failure-replies,
// docs/cloudflare-tokens.md §user-and-account-endpoints, docs/cloudflare-tokens.md §rate-limits.
import { fromRefusal } from './refusal';
import { errorCodes, fromLocation, readEnvelope, readVerifyResult } from './reply-schema';
import { describeDate, parseUtc, retryAfterSeconds, seconds } from './verdict-dates';
import { verdict, type Verdict } from './verdict';
import type { Endpoint } from './verify-request';

export type Outcome =
  | { kind: 'reply'; status: number; headers: { get(name: string): string | null }; body: string }
  | { kind: 'network-error' }
  | { kind: 'timeout' };

export interface ReplyContext {
  endpoint: Endpoint;
  now: Date;
}

const SOON_DAYS = 7;
const TOKEN_ID = /^[0-9A-Za-z]{1,32}$/;
/** Going over the limit blocks calls for 5 minutes (docs/cloudflare-tokens.md §rate-limits): the wait when the reply names none. */
const DEFAULT_WAIT = 300;

export function verdictFromOutcome(outcome: Outcome, ctx: ReplyContext): Verdict {
  if (outcome.kind === 'network-error') {
    return verdict('offline', 'The request did not reach Cloudflare: there is no connection, or something on the way blocked it.',
      'Check your connection and try again. In Firefox, also check that Token Lens may reach api.cloudflare.com (Add-ons, Token Lens, Permissions).');
  }
  if (outcome.kind === 'timeout') {
    return verdict('timeout', 'Cloudflare did not answer within 10 seconds.', 'Try again in a moment; the connection may be slow.');
  }
  const { status, headers } = outcome;
  // Dates are judged by Cloudflare's clock when the reply says what it is: a wrong clock here
  // must not call a token Cloudflare calls active "expired".
  const server = parseUtc(headers.get('date') ?? '');
  if (!Number.isNaN(server)) ctx = { ...ctx, now: new Date(server) };
  const extra = { endpoint: ctx.endpoint, detail: `HTTP ${status}`, httpStatus: status };
  if (status === 429) {
    const named = retryAfterSeconds(headers.get('retry-after'), ctx.now) ?? retryAfterSeconds(headers.get('x-ratelimit-reset'), ctx.now);
    const wait = Math.min(3600, Math.max(1, named ?? DEFAULT_WAIT));
    return verdict('rate-limited', 'Cloudflare asks to slow down: too many requests came from your account or address.', `Wait ${seconds(wait)}; Verify is off until then.`, { ...extra, retryAfter: wait });
  }
  if (headers.get('cf-mitigated') === 'challenge') {
    return verdict('server-error', 'A Cloudflare bot check stopped the request before the API saw it, so the token was not checked.', 'Try again in a few minutes, from another network if it keeps happening.', extra);
  }
  if (status >= 500) {
    return verdict('server-error', 'Cloudflare answered with an error of its own, so the token was not checked.', 'Try again in a few minutes; if it keeps failing, look at cloudflarestatus.com.', extra);
  }
  let json: unknown;
  try {
    json = JSON.parse(outcome.body);
  } catch {
    return badReply('it was not JSON', extra);
  }
  const envelope = readEnvelope(json);
  if (!envelope) return badReply('it had the wrong shape', extra);
  const codes = errorCodes(envelope);
  const detail = codes.length ? `HTTP ${status}, code ${codes.join(', ')}` : `HTTP ${status}`;
  if (status >= 200 && status < 300 && envelope.success) return fromResult(envelope.result, ctx, { ...extra, detail, codes });
  return fromRefusal(status, codes, fromLocation(envelope), ctx.endpoint, { ...extra, detail, codes });
}

function badReply(why: string, extra: Partial<Verdict>): Verdict {
  return verdict('bad-reply', `The answer was not what Cloudflare's API sends (${why}), so Token Lens cannot tell whether the token works.`, 'Try again; if this keeps happening, a proxy or filter may be changing the traffic.', extra);
}

function fromResult(result: unknown, ctx: ReplyContext, extra: Partial<Verdict>): Verdict {
  const parsed = readVerifyResult(result);
  if (!parsed) return badReply('it had the wrong shape', extra);
  const { id = '', status, not_before, expires_on } = parsed;
  const notBefore = not_before ? describeDate(not_before, ctx.now) : undefined;
  const expiresOn = expires_on ? describeDate(expires_on, ctx.now) : undefined;
  if (notBefore === null || expiresOn === null) return badReply('a date could not be read', extra);
  // Shown only when shaped like a token ID (at most 32 letters and digits,
  // docs/cloudflare-tokens.md §verify-success-reply): a reply that puts the token itself, or
  // markup, in `id` must not get it onto the screen (found by fuzzing).
  const facts = { ...extra, ...(TOKEN_ID.test(id) && { tokenId: id }), notBefore, expiresOn };
  const startsLater = notBefore && parseUtc(notBefore.iso) > ctx.now.getTime();
  const ended = expiresOn && parseUtc(expiresOn.iso) <= ctx.now.getTime();
  if (status === 'disabled') {
    return verdict('disabled', 'Cloudflare knows this token, but it has been switched off.', 'If it should work, set it back to active in the dashboard; if not, delete it.', facts);
  }
  if (status === 'expired' || ended) {
    const message = ended ? 'This token has passed its end date, so it no longer works.' : 'Cloudflare reports this token as expired, so it no longer works.';
    return verdict('expired', message, 'Create a new token, or give this one a later end date in the dashboard.', facts);
  }
  if (startsLater) {
    return verdict('not-yet-valid', `This token starts working on ${notBefore.date} (${notBefore.relative}).`, 'Wait until then, or change its start date in the dashboard.', facts);
  }
  const warnings: string[] = [];
  if (!expiresOn) warnings.push('It never expires: give it an end date so that a leaked copy stops working on its own.');
  else if (expiresOn.days < SOON_DAYS) warnings.push(`It stops working ${expiresOn.relative}: replace it or move its end date before then.`);
  return verdict('active', 'Cloudflare accepts this token: it works right now.', 'See what it may do on the API Tokens page of the dashboard.', { ...facts, warnings });
}
