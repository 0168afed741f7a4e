// What the observer in the page's world posts to the content script of the same tab, and the
// content script's check of it. The page can post anything under our tag, so every message is
// checked and picked again (pick.ts) on arrival: only the listed fields of well-formed items
// pass. Hand-written checks, no zod (content-script size budget).
import type { ReplyKind } from './paths';
import { LIMITS, pickGroup, pickList, pickToken, resultOf, type PickedGroup, type PickedToken } from './pick';

/** The fixed tag of our messages (`source`), both ways. */
export const REPLIES_TAG = 'token-lens:page-replies';

/** Observer → content script: what one GET reply held (the listed fields only). */
export type RepliesMessage =
  | { source: typeof REPLIES_TAG; kind: 'list'; owner: 'user' | 'account'; accountId?: string; tokens: PickedToken[] }
  | { source: typeof REPLIES_TAG; kind: 'token'; owner: 'user' | 'account'; accountId?: string; token: PickedToken }
  | { source: typeof REPLIES_TAG; kind: 'groups'; owner: 'user' | 'account'; accountId?: string; groups: PickedGroup[] };

/** Content script → observer: "send again what you saw" (the content script starts later). */
export interface HelloMessage {
  source: typeof REPLIES_TAG;
  kind: 'hello';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ACCOUNT_RE = /^[A-Za-z0-9]{1,64}$/;

/** The message for a reply's parsed JSON, or undefined when its shape is not the expected one. */
export function messageFor(kind: ReplyKind, json: unknown): RepliesMessage | undefined {
  const result = resultOf(json);
  const base = { source: REPLIES_TAG, owner: kind.owner, ...(kind.accountId ? { accountId: kind.accountId } : {}) } as const;
  if (kind.kind === 'list') {
    const tokens = pickList(result, pickToken, LIMITS.tokens);
    return tokens ? { ...base, kind: 'list', tokens } : undefined;
  }
  if (kind.kind === 'token') {
    const token = pickToken(result);
    return token && token.id === kind.tokenId ? { ...base, kind: 'token', token } : undefined;
  }
  const groups = pickList(result, pickGroup, LIMITS.groups);
  return groups ? { ...base, kind: 'groups', groups } : undefined;
}

/** A posted message → a checked RepliesMessage (every field picked again), or undefined. */
export function checkMessage(data: unknown): RepliesMessage | undefined {
  if (!isObj(data) || data.source !== REPLIES_TAG) return undefined;
  const owner = data.owner;
  if (owner !== 'user' && owner !== 'account') return undefined;
  const accountId = data.accountId;
  if (accountId !== undefined && !(typeof accountId === 'string' && ACCOUNT_RE.test(accountId))) return undefined;
  if (owner === 'account' && accountId === undefined) return undefined;
  const base = { source: REPLIES_TAG, owner, ...(typeof accountId === 'string' ? { accountId } : {}) } as const;
  switch (data.kind) {
    case 'list': {
      const tokens = pickList(data.tokens, pickToken, LIMITS.tokens);
      return tokens ? { ...base, kind: 'list', tokens } : undefined;
    }
    case 'token': {
      const token = pickToken(data.token);
      return token ? { ...base, kind: 'token', token } : undefined;
    }
    case 'groups': {
      const groups = pickList(data.groups, pickGroup, LIMITS.groups);
      return groups ? { ...base, kind: 'groups', groups } : undefined;
    }
    default:
      return undefined;
  }
}

export function isHello(data: unknown): boolean {
  return isObj(data) && data.source === REPLIES_TAG && data.kind === 'hello';
}
