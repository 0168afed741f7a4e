// What the content script keeps of the dashboard's own replies (checked messages only), in
// memory, for this tab's life: tokens by owner (the user, or one account) and ID, and the live
// permission groups. Never written to storage. Pure: no DOM, no extension API.
import type { RepliesMessage } from './message';
import type { PickedGroup, PickedToken } from './pick';

/** Tokens of the page's owner as the dashboard's replies described them. */
export interface PageTokens {
  /** A list reply for this owner was seen (else only tokens opened one by one). */
  listed: boolean;
  byId: ReadonlyMap<string, PickedToken>;
  /** Changes whenever a token of this owner does (for memos). */
  version: number;
}

export interface ReplyStore {
  /** Takes a checked message in; true when anything changed. */
  add(message: RepliesMessage): boolean;
  /** The tokens of the owner a dashboard URL belongs to (/profile/… the user, /<account>/… that account). */
  tokensFor(url: string): PageTokens | null;
  /** The token a URL opens for editing (…/api-tokens/<id>/edit), when a reply described it. */
  editedToken(url: string): PickedToken | undefined;
  /** Live permission groups by ID. */
  groups(): ReadonlyMap<string, PickedGroup>;
  /** Changes whenever anything does. */
  version(): number;
}

const MAX_OWNERS = 20;
const MAX_TOKENS = 2000;
const MAX_GROUPS = 5000;

interface Owner {
  listed: boolean;
  byId: Map<string, PickedToken>;
  version: number;
}

/** The owner key of a message: "user" or "account:<id>". */
const ownerOf = (m: { owner: 'user' | 'account'; accountId?: string }) => (m.owner === 'user' ? 'user' : `account:${(m.accountId ?? '').toLowerCase()}`);

/** The owner and, on an edit page, the token of a dashboard URL. */
export function pageOwner(url: string): { owner: string; editing?: string } | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /^\/(profile|[0-9a-f]{32})\/api-tokens(?:\/([A-Za-z0-9]{1,64})\/edit)?\/?$/i.exec(path);
  if (!m) return null;
  const owner = m[1].toLowerCase() === 'profile' ? 'user' : `account:${m[1].toLowerCase()}`;
  return m[2] ? { owner, editing: m[2] } : { owner };
}

/** A newer reply about a token replaces it; a list item without policies keeps those a details reply gave for the same version. */
function merge(old: PickedToken | undefined, next: PickedToken): PickedToken {
  if (!old || next.policies || !old.policies || old.modified_on !== next.modified_on) return next;
  return { ...next, policies: old.policies, ...(old.condition ? { condition: old.condition } : {}) };
}

export function createReplyStore(): ReplyStore {
  const owners = new Map<string, Owner>();
  const groups = new Map<string, PickedGroup>();
  let version = 0;
  const ownerFor = (key: string): Owner | undefined => {
    let o = owners.get(key);
    if (!o) {
      if (owners.size >= MAX_OWNERS) return undefined;
      owners.set(key, (o = { listed: false, byId: new Map(), version: 0 }));
    }
    return o;
  };
  const put = (o: Owner, t: PickedToken) => {
    if (!o.byId.has(t.id) && o.byId.size >= MAX_TOKENS) return false;
    const next = merge(o.byId.get(t.id), t);
    if (JSON.stringify(o.byId.get(t.id)) === JSON.stringify(next)) return false;
    o.byId.set(t.id, next);
    return true;
  };
  return {
    add(m) {
      let changed = false;
      if (m.kind === 'groups') {
        for (const g of m.groups) {
          if (!groups.has(g.id) && groups.size >= MAX_GROUPS) break;
          const old = groups.get(g.id);
          if (old && old.name === g.name && old.scopes.join() === g.scopes.join()) continue;
          groups.set(g.id, g);
          changed = true;
        }
      } else {
        const o = ownerFor(ownerOf(m));
        if (!o) return false;
        if (m.kind === 'list') {
          if (!o.listed) changed = o.listed = true;
          for (const t of m.tokens) changed = put(o, t) || changed;
        } else {
          changed = put(o, m.token);
        }
        if (changed) o.version++;
      }
      if (changed) version++;
      return changed;
    },
    tokensFor(url) {
      const page = pageOwner(url);
      const o = page && owners.get(page.owner);
      return o ? { listed: o.listed, byId: o.byId, version: o.version } : null;
    },
    editedToken(url) {
      const page = pageOwner(url);
      return page?.editing ? owners.get(page.owner)?.byId.get(page.editing) : undefined;
    },
    groups: () => groups,
    version: () => version,
  };
}
