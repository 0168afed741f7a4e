// The format box's advice follows what happened (issue item 9).
import { describe, expect, it } from 'vitest';
import { classifyToken } from '../../../lib/token/classify-token';
import { formatAdvice, type AdviceContext } from '../../../lib/token/format-advice';

const USER = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const ACCT = 'cfat_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const LEGACY = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';
const before = (accountReady = false): AdviceContext => ({ accountReady, sent: false });
const after: AdviceContext = { accountReady: true, sent: true };

describe('formatAdvice', () => {
  it.each<[string, string, AdviceContext, RegExp]>([
    ['account token, no Account ID yet', ACCT, before(), /^Enter the ID of the account/],
    ['account token, Account ID filled in', ACCT, before(true), /^Click Verify .* account below/],
    ['account token, verified', ACCT, after, /^Checked: Cloudflare’s answer is below\.$/],
    ['user token, before', USER, before(), /^Click Verify/],
    ['user token, verified', USER, after, /^Checked:/],
    ['older token: roll it, before and after', LEGACY, after, /^Roll it/],
    ['unknown, sent as it is', 'odd-value', after, /^Sent as it is:/],
    ['JWT, sent anyway', JWT, after, /^Sent anyway, as you asked:/],
    ['JWT, before', JWT, before(), /^Paste the API token itself/],
    ['Global API Key: never sent, advice stays', '0123456789abcdef0123456789abcdef01234', after, /scoped API token/],
  ])('%s', (_name, value, ctx, advice) => {
    const text = formatAdvice(classifyToken(value), ctx);
    expect(text).toMatch(advice);
    if (ctx.sent || ctx.accountReady) expect(text).not.toMatch(/Enter the ID of the account/);
  });
});
