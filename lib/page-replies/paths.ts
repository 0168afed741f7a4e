// Which of the dashboard's own GET replies hold token data (dashboard.md "Same-origin JSON the
// pages use"): the path tail decides, whatever prefix comes before it (/api/v4, /client/v4…).
// Pure, and safe in the page's world: it only uses regular expressions made at load time.

/** What a reply holds: a list of tokens, one token's details, or the permission groups. */
export type ReplyKind =
  | { kind: 'list'; owner: 'user' | 'account'; accountId?: string }
  | { kind: 'token'; owner: 'user' | 'account'; accountId?: string; tokenId: string }
  | { kind: 'groups'; owner: 'user' | 'account'; accountId?: string };

/**
 * Token and account IDs: 32 hex in practice; any letters and digits up to 64 are taken, with at
 * least one digit, so endpoint words (verify, permission_groups, a roll's …/value) never pass for IDs.
 */
const ID = '((?=[A-Za-z]*[0-9])[A-Za-z0-9]{1,64})';
const GROUPS = new RegExp(`/(?:user|accounts/${ID})/tokens/permission_groups/?$`);
const USER = new RegExp(`/user/tokens(?:/${ID})?/?$`);
const ACCOUNT = new RegExp(`/accounts/${ID}/tokens(?:/${ID})?/?$`);

/** The reply kind for a URL path (no query, no origin), or null for anything else. */
export function matchReplyPath(path: string): ReplyKind | null {
  if (typeof path !== 'string' || path.length > 512) return null;
  let m = GROUPS.exec(path);
  if (m) return m[1] ? { kind: 'groups', owner: 'account', accountId: m[1] } : { kind: 'groups', owner: 'user' };
  m = USER.exec(path);
  if (m) {
    return m[1] ? { kind: 'token', owner: 'user', tokenId: m[1] } : { kind: 'list', owner: 'user' };
  }
  m = ACCOUNT.exec(path);
  if (m) {
    return m[2] ? { kind: 'token', owner: 'account', accountId: m[1], tokenId: m[2] } : { kind: 'list', owner: 'account', accountId: m[1] };
  }
  return null;
}

/**
 * The reply kind of a request the page made: only a GET to the page's own origin whose path
 * matches. `url` may be relative (resolved against `base`, the page's URL). Never throws.
 */
export function replyKindOf(method: unknown, url: string, base: string, URLCtor: typeof URL = URL): ReplyKind | null {
  if (typeof method === 'string' ? method.toUpperCase() !== 'GET' : method !== undefined && method !== null) return null;
  try {
    const u = new URLCtor(url, base);
    if (u.origin !== new URLCtor(base).origin) return null;
    return matchReplyPath(u.pathname);
  } catch {
    return null;
  }
}
