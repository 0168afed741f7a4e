// The permission catalog's shape. Data lives in lib/catalog/data/; lookups in lib/catalog/lookup.ts.

/** Where a permission group applies (the API's `scopes[]`, shortened). */
export type Scope = 'account' | 'zone' | 'user' | 'r2_bucket';
/** The access level a group grants. "write" is what the dashboard labels "Edit". */
export type Level = 'read' | 'write' | 'revoke' | 'run' | 'purge' | 'admin' | 'bind' | 'other';
export type Risk = 'critical' | 'high' | 'medium' | 'low';
/** A deep link's `permissionGroupKeys[].type`: the label suffix, with `_write` linked as "edit". */
export type KeyType = 'read' | 'edit' | 'revoke' | 'run' | 'purge' | 'admin' | 'report';

/** One permission group as the catalog knows it. */
export interface PermissionGroup {
  /** 32-hex permission-group ID: the stable key (names drift, IDs don't). */
  id: string;
  /** API name, e.g. "DNS Write". */
  name: string;
  /** Dashboard label, e.g. "DNS Edit". */
  label: string;
  scope: Scope;
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
