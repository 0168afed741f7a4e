// The format box's advice follows what happened: "Enter the ID of the account" only while it is
// missing, "Click Verify" only until Verify was clicked. What the format is never changes; what
// to do next does.
import type { TokenFormat } from './token-kinds';

export interface AdviceContext {
  /** The Account ID field holds a well-formed ID. */
  accountReady: boolean;
  /** Cloudflare answered the last Verify (it was sent, not held back). */
  sent: boolean;
}

const ANSWER_BELOW = 'Cloudflare\u2019s answer is below.';

export function formatAdvice(format: TokenFormat, ctx: AdviceContext): string {
  if (ctx.sent) {
    if (format.send === 'yes' && !format.flagged) return `Checked: ${ANSWER_BELOW}`;
    if (format.send === 'after-note') return `Sent as it is: ${ANSWER_BELOW}`;
    if (format.send === 'insist') return `Sent anyway, as you asked: ${ANSWER_BELOW}`;
    return format.advice; // the older format's "roll it" stays true after any answer
  }
  if (format.kind === 'account-token' && format.send === 'yes' && ctx.accountReady) {
    return 'Click Verify to ask Cloudflare whether it works in the account below.';
  }
  return format.advice;
}
