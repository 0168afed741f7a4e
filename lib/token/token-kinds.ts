// The kinds of thing the popup recognises in a paste, and what each check can say.
export type TokenKind =
  | 'user-token'
  | 'account-token'
  | 'global-key'
  | 'legacy-token'
  | 'legacy-global-key'
  | 'origin-ca-key'
  | 'oauth-token'
  | 'hex-id'
  | 'r2-secret'
  | 'jwt'
  | 'access-client-id'
  | 'access-client-secret'
  | 'command'
  | 'unknown'
  | 'empty';

/** `none` for every kind without check digits. */
export type ChecksumState = 'valid' | 'invalid' | 'none';

/**
 * `after-note`: we can't tell what it is; sending it is the user's call once they have read the note.
 * `insist`: we can tell it is something else (a JWT, an Access service token, a command): Verify
 * holds it back, and only "Verify anyway" sends it.
 */
export type SendDecision = 'yes' | 'after-note' | 'insist' | 'no';

/** What the paste said around the value that the value alone can't: a header or setting name. */
export type PasteHint = 'access-client-secret';

export interface TokenFormat {
  kind: TokenKind;
  checksum: ChecksumState;
  send: SendDecision;
  /** The older token format that leak scanners can't recognise: worth rolling. */
  flagged: boolean;
  /** One sentence: what this is. */
  explanation: string;
  /** One sentence: what to do. */
  advice: string;
}

/** Short names for headings and the format box. */
export const KIND_LABEL: Record<TokenKind, string> = {
  'user-token': 'User API token',
  'account-token': 'Account API token',
  'global-key': 'Global API Key',
  'legacy-token': 'API token, older format',
  'legacy-global-key': 'Global API Key, older format',
  'origin-ca-key': 'Origin CA key',
  'oauth-token': 'Wrangler login token',
  'hex-id': 'An ID, not a secret',
  'r2-secret': 'R2 secret access key',
  jwt: 'JSON Web Token (JWT)',
  'access-client-id': 'Access service token, client ID',
  'access-client-secret': 'Access service token, client secret',
  command: 'A command without a token',
  unknown: 'Not recognised',
  empty: 'Nothing pasted',
};
