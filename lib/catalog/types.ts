// The permission catalog's shape. Data lives in lib/catalog/data/; lookups in lib/catalog/lookup.ts.

/** Where a permission group applies (the API's `scopes[]`, shortened). */
export type Scope = 'account' | 'zone' | 'user' | 'r2_bucket';
/** Scope strings finer than `Scope` (the Scope type stays the four resource kinds a policy names). */
export type ScopeKey = 'com.cloudflare.api.account.flagship.app';
/** The access level a group grants. "write" is what the dashboard labels "Edit". */
export type Level = 'read' | 'write' | 'revoke' | 'run' | 'purge' | 'admin' | 'bind' | 'other';
export type Risk = 'critical' | 'high' | 'medium' | 'low';
/** A deep link's `permissionGroupKeys[].type`: the label suffix, with `_write` linked as "edit". */
export type KeyType = 'read' | 'edit' | 'revoke' | 'run' | 'purge' | 'admin' | 'report';

/** One permission group as the catalog knows it. */
export interface PermissionGroup {
  /**
   * 32-hex permission-group ID: the stable key (names drift, IDs don't). A group whose ID no
   * public source gives is keyed by 8 zeros + 24 hex of its scope and name (lookup.ts `hasRealId`):
   * never an ID Cloudflare sends (theirs are random UUIDs), so such a group resolves by name only.
   */
  id: string;
  /** API name, e.g. "DNS Write". */
  name: string;
  /** Dashboard label, e.g. "DNS Edit". */
  label: string;
  scope: Scope;
  /**
   * The API's own scope string, where it is narrower than `scope` says: the Flagship app groups
   * apply to `com.cloudflare.api.account.flagship.app` (per-app resources inside an account).
   */
  scopeKey?: ScopeKey;
  level: Level;
  /** Older or alternative names of the same ID. */
  aliases: string[];
  /** Deep-link key (`permissionGroupKeys[].key`), e.g. "dns", where known. */
  key?: string;
  /** The `type` that goes with `key` (not always the level: "Zaraz Admin" is zaraz/edit). */
  keyType?: KeyType;
  /** One line for the inline note, in our own words. */
  short: string;
  risk: Risk;
  /** Why it has that risk, in one or two sentences. */
  riskReason: string;
  /** For read groups: what sensitive data they expose (drives the `sensitive-read` rule). */
  sensitive?: 'logs' | 'personal-data' | 'secrets' | 'security-config';
  /** Added by catalog:refresh with generic text; a human should review it. */
  review?: boolean;
  /** Seen only in public code, not in Cloudflare's docs, API reference or changelog (its riskReason says so). */
  unconfirmed?: boolean;
}

/** What a lookup returns: a known group, or a safe generic description of an unknown one. */
export type PermissionInfo =
  | (PermissionGroup & { known: true })
  | {
      known: false;
      id?: string;
      name: string;
      label: string;
      scope?: Scope;
      level: Level;
      aliases: string[];
      short: string;
      /** Unknown groups are rated from their level alone. */
      risk: Risk;
      riskReason: string;
    };
