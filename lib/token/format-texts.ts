// What the format check tells the user, per kind: one sentence of what it is, one of what to do.
// Our own words; facts from docs/cloudflare-tokens.md §token-formats and
// docs/cloudflare-tokens.md §limits-and-good-practice.
import type { TokenFormat, TokenKind } from './token-kinds';

type Texts = Pick<TokenFormat, 'explanation' | 'advice'>;

const NOT_SENT = 'It cannot be checked here, so Token Lens does not send it';
const PASTE_TOKEN = 'Paste the API token itself, the secret shown once when it was created or rolled';

export const FIXED: Record<Exclude<TokenKind, 'user-token' | 'account-token' | 'global-key' | 'legacy-global-key' | 'unknown'>, Texts> = {
  empty: {
    explanation: 'Nothing pasted yet.',
    advice: 'Paste an API token to check its format and whether it works.',
  },
  'legacy-token': {
    explanation: 'An API token in the format used before 2026, which leak scanners cannot recognise, so a leaked copy may go unnoticed.',
    advice: 'Roll it in the dashboard: it keeps its permissions and gets the new cfut_/cfat_ format.',
  },
  'origin-ca-key': {
    explanation: 'An Origin CA key, an older key for making origin certificates that Cloudflare stops accepting on 30 September 2026.',
    advice: `${NOT_SENT}; move to an API token with SSL and Certificates Edit.`,
  },
  'oauth-token': {
    explanation: 'A Wrangler login (OAuth) token, not an API token.',
    advice: `${NOT_SENT}; run "wrangler whoami" to see which account it is for.`,
  },
  'hex-id': {
    explanation: '32 hex characters is an ID (of an account, a zone, a token or an R2 access key), not a secret.',
    advice: 'Paste the token value instead: the long secret shown once when the token was created or rolled.',
  },
  'r2-secret': {
    explanation: '64 hex characters is most likely an R2 secret access key (or the client secret of an Access service token), not an API token.',
    advice: `${NOT_SENT}; test an R2 key with an S3 client against your R2 endpoint.`,
  },
  jwt: {
    explanation: 'A signed login or session token, such as an Access application token: not a Cloudflare API token.',
    advice: `${PASTE_TOKEN}; Verify does not send a JWT.`,
  },
  'access-client-id': {
    explanation: 'The client ID of an Access service token, which opens an application behind Access together with its client secret, not the Cloudflare API.',
    advice: `${PASTE_TOKEN}; Verify does not send an Access service token.`,
  },
  'access-client-secret': {
    explanation: 'The client secret of an Access service token, which opens an application behind Access together with its client ID, not the Cloudflare API.',
    advice: `${PASTE_TOKEN}; Verify does not send an Access service token.`,
  },
  command: {
    explanation: 'A command line with no token value in it: a variable name or a reference is not the token.',
    advice: `${PASTE_TOKEN}, or the command with the token written out; Verify does not send a command.`,
  },
};

const SCANNABLE_NAME = { 'user-token': 'a user API token', 'account-token': 'an account API token', 'global-key': 'a Global API Key' } as const;
export type Scannable = keyof typeof SCANNABLE_NAME;

const GLOBAL_KEY_ADVICE = `${NOT_SENT}; use a scoped API token instead, and change the key if it may have leaked.`;

export function scannableTexts(kind: Scannable, problem: 'none' | 'mismatch' | 'shape', length: number, withEmail = false): Texts {
  if (kind === 'global-key') return globalKeyTexts(withEmail, problem !== 'none');
  const name = SCANNABLE_NAME[kind];
  if (problem === 'shape') {
    const what = length === 53
      ? 'has characters that don\'t belong (only letters and digits, and lowercase hex in the last 8)'
      : `has ${length} characters instead of 53`;
    return {
      explanation: `This starts like ${name} but ${what}, so it was mistyped or cut short.`,
      advice: 'Copy it again from where you stored it: Token Lens does not send a token that fails this check.',
    };
  }
  if (problem === 'mismatch') {
    return {
      explanation: `This looks like ${name}, but its last 8 characters do not match the rest, so it was mistyped or cut short.`,
      advice: 'Copy it again from where you stored it: Token Lens does not send a token that fails this check.',
    };
  }
  return {
    explanation: `${name[0].toUpperCase()}${name.slice(1)} in the current format, and its check digits match.`,
    advice: kind === 'account-token'
      ? 'Enter the ID of the account it belongs to, then click Verify.'
      : 'Click Verify to ask Cloudflare whether it works.',
  };
}

export function globalKeyTexts(withEmail: boolean, mismatch = false): Texts {
  const what = withEmail ? 'An email address with a Global API Key' : 'A Global API Key';
  // The cfk_ checksum is assumed, not seen on a real key (docs/cloudflare-tokens.md §checksum), so
  // a mismatch is a "may be".
  const doubt = mismatch ? ' (its last 8 characters do not match the rest, so it may be mistyped or cut short)' : '';
  return {
    explanation: `${what}${doubt}: not a token, it carries the full power of your user on every account.`,
    advice: GLOBAL_KEY_ADVICE,
  };
}

export function unknownTexts(reason: 'shape' | 'spaces' | 'characters' | 'length' | 'reference'): Texts {
  if (reason === 'reference') {
    return {
      explanation: 'This is a reference to a stored secret (a variable or a CI secret), not the token itself.',
      advice: 'Paste the token value instead: where it is stored, or in the dashboard if you can roll it.',
    };
  }
  const explanation = {
    shape: 'This does not look like any Cloudflare credential Token Lens knows.',
    spaces: 'This contains spaces, so it is probably not a single token.',
    characters: 'This contains characters that never appear in a token.',
    length: 'This is far too long to be a token.',
  }[reason];
  const sendable = reason === 'shape' || reason === 'spaces';
  return {
    explanation,
    advice: sendable
      ? 'You can still click Verify: it is sent to Cloudflare as it is, and Cloudflare\u2019s answer is shown.'
      : 'Token Lens does not send it; copy the token again.',
  };
}
