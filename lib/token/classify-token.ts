// Offline format check of a cleaned paste (docs/cloudflare-tokens.md §token-formats). Decides what the popup
// may send: never a Global API Key of either form, never a scannable token whose check digits fail,
// and what is plainly something else (a JWT, an Access service token, a command) only on insistence.
// An email in front of a user or account token was already taken away by cleanPaste.
import { crc32Hex } from './crc32';
import { FIXED, globalKeyTexts, scannableTexts, unknownTexts, type Scannable } from './format-texts';
import { commandWithoutToken, namedValue, type NotAToken } from './not-a-token';
import type { PasteHint, TokenFormat } from './token-kinds';

const PREFIX: Record<string, Scannable> = { cfut_: 'user-token', cfat_: 'account-token', cfk_: 'global-key' };
const SCANNABLE = /^(cfk_|cfut_|cfat_)(.*)$/s;
const BODY = /^([A-Za-z0-9]{40})([0-9a-f]{8})$/;
// An email, then a colon, comma or whitespace, then the key
// (docs/cloudflare-tokens.md §what-people-paste-by-mistake: "user@example.com:abc…" or two lines).
const EMAIL_PAIR = /^[^\s@:,;]+@[^\s@:,;]+\.[^\s@:,;]+[\s:,;]+(\S+)$/;
// Header values must be visible ASCII (and spaces); anything else makes fetch throw.
const HEADER_SAFE = /^[\x20-\x7e]*$/;
const MAX_LENGTH = 512;
/** A Global API Key's 37-45 hex characters standing alone somewhere in a longer paste. */
const KEY_INSIDE = /(?:^|[^0-9A-Za-z])[0-9a-f]{37,45}(?:$|[^0-9A-Za-z])/i;
/** A reference to a secret, not its value: `${{ secrets.X }}` (GitHub Actions), `$X`, `${X}`. */
const REFERENCE = /^(\$\{\{\s*[\w.-]+\s*\}\}|\$\{?[A-Za-z_]\w*\}?|%[A-Za-z_]\w*%)$/;

function format(kind: TokenFormat['kind'], texts: Pick<TokenFormat, 'explanation' | 'advice'>, extra: Partial<TokenFormat> = {}): TokenFormat {
  return { kind, checksum: 'none', send: 'no', flagged: false, ...texts, ...extra };
}

function scannable(prefix: string, rest: string, withEmail = false): TokenFormat {
  const kind = PREFIX[prefix];
  const m = BODY.exec(rest);
  const problem = !m ? 'shape' : crc32Hex(m[1]) === m[2] ? 'none' : 'mismatch';
  const send = kind !== 'global-key' && problem === 'none' ? 'yes' : 'no';
  const texts = scannableTexts(kind, problem, prefix.length + rest.length, withEmail);
  return format(kind, texts, { checksum: problem === 'none' ? 'valid' : 'invalid', send });
}

/** Not a Cloudflare token: named, and sent only when the user insists (and it fits a header). */
function notAToken(kind: NotAToken, value: string): TokenFormat {
  const fits = value.length <= MAX_LENGTH && HEADER_SAFE.test(value);
  return format(kind, FIXED[kind], { send: fits ? 'insist' : 'no' });
}

/** `hint`: what the paste said around the value (pasteHint), when the value alone can't tell. */
export function classifyToken(value: string, hint?: PasteHint): TokenFormat {
  if (value === '') return format('empty', FIXED.empty);

  // Bounded: EMAIL_PAIR backtracks quadratically on long dotted text (found by fuzzing), and a
  // real email with a key is far shorter; longer values are refused as too long below anyway.
  const pair = value.length <= MAX_LENGTH ? EMAIL_PAIR.exec(value) : null;
  if (pair) {
    const key = SCANNABLE.exec(pair[1]);
    if (key?.[1] === 'cfk_') return scannable(key[1], key[2], true);
    return format('legacy-global-key', globalKeyTexts(true));
  }

  const prefixed = SCANNABLE.exec(value);
  if (prefixed) return scannable(prefixed[1], prefixed[2]);
  if (value.startsWith('cfoat_')) return format('oauth-token', FIXED['oauth-token']);
  if (/^v1\.0-[0-9A-Za-z-]{20,}$/.test(value)) return format('origin-ca-key', FIXED['origin-ca-key']);
  const named = namedValue(value, hint);
  if (named) return notAToken(named, value);
  if (/^[0-9a-fA-F]{32}$/.test(value)) return format('hex-id', FIXED['hex-id']);
  if (/^[0-9a-fA-F]{64}$/.test(value)) return format('r2-secret', FIXED['r2-secret']);
  // Checked before legacy tokens: 40 lowercase hex is almost surely a key, hardly ever a random token.
  if (/^[0-9a-f]{37,45}$/i.test(value)) return format('legacy-global-key', globalKeyTexts(false));
  if (/^[A-Za-z0-9_-]{40}$/.test(value)) return format('legacy-token', FIXED['legacy-token'], { send: 'yes', flagged: true });

  if (!HEADER_SAFE.test(value)) return format('unknown', unknownTexts('characters'));
  if (value.length > MAX_LENGTH) return format('unknown', unknownTexts('length'));
  if (REFERENCE.test(value)) return format('unknown', unknownTexts('reference'));
  // Never sent, however it is dressed ("Global API Key: …", "email / key"):
  // docs/cloudflare-tokens.md §what-people-paste-by-mistake,
  // docs/cloudflare-tokens.md §verify-requests.
  if (KEY_INSIDE.test(value)) return format('legacy-global-key', globalKeyTexts(false));
  const command = commandWithoutToken(value);
  if (command) return notAToken(command, value);
  return format('unknown', unknownTexts(/\s/.test(value) ? 'spaces' : 'shape'), { send: 'after-note' });
}
