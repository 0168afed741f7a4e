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
  | 'unknown'
  | 'empty';

/** `none` for every kind without check digits. */
export type ChecksumState = 'valid' | 'invalid' | 'none';

/** `after-note`: we can't tell what it is; sending it is the user's call once they have read the note. */
export type SendDecision = 'yes' | 'after-note' | 'no';

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
  unknown: 'Not recognised',
  empty: 'Nothing pasted',
};
