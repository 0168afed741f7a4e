// Things people paste that are neither a Cloudflare API token nor a key the popup must hold back
// for good: a JWT, an Access service token's client ID or secret, a command line with no token in
// it. Each is named; Verify doesn't send it, "Verify anyway" does (send: 'insist'). The formats are
// general knowledge, not Cloudflare's documentation
// (docs/cloudflare-tokens.md §what-people-paste-by-mistake).
import { isCommandLine } from './command-line';
import type { PasteHint, TokenKind } from './token-kinds';

export type NotAToken = Extract<TokenKind, 'jwt' | 'access-client-id' | 'access-client-secret' | 'command'>;

/** header.payload.signature, each base64url; the header is JSON, so it starts with "eyJ" ('{"'). */
const JWT = /^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** The value of CF-Access-Client-Id. */
const ACCESS_ID = /^[0-9a-f]{32}\.access$/;
/** The value of CF-Access-Client-Secret: 64 hex, like an R2 secret; only its name tells them apart. */
const HEX64 = /^[0-9a-f]{64}$/i;

/** Checked on single values (no spaces) before the hex and token shapes. */
export function namedValue(value: string, hint?: PasteHint): NotAToken | null {
  if (JWT.test(value)) return 'jwt';
  if (ACCESS_ID.test(value)) return 'access-client-id';
  if (hint === 'access-client-secret' && HEX64.test(value)) return 'access-client-secret';
  return null;
}

/** Checked on what is left once nothing else matched. */
export function commandWithoutToken(value: string): NotAToken | null {
  return /\s/.test(value) && isCommandLine(value) ? 'command' : null;
}

/** The paste names an Access client secret (a header or a setting), so a 64-hex value is one. */
export function pasteHint(raw: string): PasteHint | undefined {
  return /cf[-_]access[-_]client[-_]secret/i.test(raw) ? 'access-client-secret' : undefined;
}
