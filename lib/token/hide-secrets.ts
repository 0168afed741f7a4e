// Hides whatever in a text could be a Cloudflare secret, for text that leaves the page (the page
// outline, lib/dashboard/outline.ts). The shapes are the ones classify-token.ts tells apart
// (docs/cloudflare-tokens.md §token-formats) - cf…_ tokens and keys, 40-character tokens, 37-45 hex Global API
// Keys, v1.0- Origin CA keys, JWTs, 64-hex R2 secrets, 32-hex IDs - found anywhere in a text and
// on the generous side: any long run with digits in it, or a long random-looking word, goes too.
// It does not import classify-token.ts: the content script carries this, and not its texts.
export const HIDDEN = '[hidden]';

/** A prefixed token or key (cfut_, cfat_, cfk_, cfoat_ and any like them), whole or cut. */
const PREFIXED = /cf[a-z]{1,5}_[A-Za-z0-9_-]*/gi;
/** Runs of the characters tokens, keys, base64 and JWTs are made of. */
const RUN = /[A-Za-z0-9_+/=.-]{20,}/g;
/** The legacy 40-character token (classify-token.ts: `legacy-token`). */
const LEGACY = /^[A-Za-z0-9_-]{40}$/;
/** An Origin CA key, a JWT. */
const WHOLE = /^v1\.0-|^eyJ[A-Za-z0-9_-]+\./;

/** A run of 20 or more characters that could be (part of) a secret. */
function secretRun(run: string): boolean {
  if (LEGACY.test(run) || WHOLE.test(run)) return true;
  for (const part of run.split(/[/.]/)) {
    if (part.length < 16) continue;
    // Hex IDs and keys, base64, tokens: random text of this length nearly always holds a digit.
    if (part.length >= 20 && /\d/.test(part)) return true;
    // A long mixed-case word with no digit (1 random 40-character token in 900 has none).
    if (part.split(/[-_+=]/).some((w) => w.length >= 16 && /[A-Z]/.test(w.slice(1)) && /[a-z]/.test(w))) return true;
  }
  return false;
}

/** `text` with each thing that could be a token or key replaced by HIDDEN. */
export function hideSecrets(text: string): string {
  return text.replace(PREFIXED, HIDDEN).replace(RUN, (run) => {
    // A sentence's full stop, a path's slashes around it: kept.
    const [, before, core, after] = /^([./]*)(.*?)([./]*)$/s.exec(run)!;
    return secretRun(core) ? `${before}${HIDDEN}${after}` : run;
  });
}

/** Whether hideSecrets would hide anything in `text`. */
export function hasSecret(text: string): boolean {
  return hideSecrets(text) !== text;
}
