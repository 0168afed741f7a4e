// Reads data/compact.json (written by scripts/catalog-compact.mjs) back into catalog entries.
// No zod here on purpose: this runs in the content script (size budget). The data is checked
// at test time instead (tests/unit/catalog/compact.test.ts: schemas + up to date with the sources).
import { dashboardLabel, genericTexts } from './unknown';
import type { KeyType, Level, PermissionGroup, Risk, Scope, ScopeKey } from './types';

export interface CompactCatalog {
  /** The 32-hex IDs, joined. */
  id: string;
  /** Without the level's word ("DNS" at level write is "DNS Write"), or whole after '='. */
  name: string[];
  /** '' = the name with a final "Write" said as "Edit". */
  label: string[];
  /** One character per group; 'f' is account scope narrowed to Flagship apps (scopeKey). */
  scope: string;
  level: string;
  alias: Record<string, string[]>;
  /** '=' = the name's stem in snake case ("Zone Settings" -> zone_settings); '' = none. */
  key: string[];
  keyType: string;
  short: string[];
  risk: string;
  /** Filled for critical groups only ('' otherwise): the rest come lazily (reasons.ts). */
  reason: string[];
  sensitive: string;
  review: number[];
  /** Indexes of groups seen only in public code (absent in older files). */
  unconfirmed?: number[];
}

// Same orders as the maps in scripts/catalog-compact.mjs: one character per value. The name and
// key shorthands ('=') are explained there (packName, derivedKey).
const decoder = <T extends string>(pairs: Record<string, T>) => (c: string): T | undefined => pairs[c];
const scopeOf = decoder<Scope>({ a: 'account', z: 'zone', u: 'user', r: 'r2_bucket', f: 'account' });
const scopeKeyOf = decoder<ScopeKey>({ f: 'com.cloudflare.api.account.flagship.app' });
const levelOf = decoder<Level>({ r: 'read', w: 'write', v: 'revoke', n: 'run', p: 'purge', a: 'admin', b: 'bind', o: 'other' });
const keyTypeOf = decoder<KeyType>({ r: 'read', e: 'edit', v: 'revoke', n: 'run', p: 'purge', a: 'admin', t: 'report' });
const riskOf = decoder<Risk>({ c: 'critical', h: 'high', m: 'medium', l: 'low' });
const sensitiveOf = decoder<NonNullable<PermissionGroup['sensitive']>>({ l: 'logs', p: 'personal-data', s: 'secrets', c: 'security-config' });

/** The entries, in the order of groups.json. Optional fields are absent (not undefined) when unset. */
export function unpackCatalog(c: CompactCatalog): PermissionGroup[] {
  const review = new Set(c.review);
  const unconfirmed = new Set(c.unconfirmed ?? []);
  return c.name.map((stored, i) => {
    const level = levelOf(c.level[i]) as Level;
    const whole = stored.startsWith('=');
    const stem = whole ? stored.slice(1) : stored;
    const name = whole ? stem : `${stem} ${level[0].toUpperCase()}${level.slice(1)}`;
    const risk = riskOf(c.risk[i]);
    // A group no texts file covers yet gets the generic words, as buildCatalog gives it.
    const words = c.short[i] && risk ? { short: c.short[i], risk, riskReason: c.reason[i] } : genericTexts(name, level);
    const g: PermissionGroup = {
      id: c.id.slice(i * 32, i * 32 + 32),
      name,
      label: c.label[i] || dashboardLabel(name),
      scope: scopeOf(c.scope[i]) as Scope,
      ...(scopeKeyOf(c.scope[i]) ? { scopeKey: scopeKeyOf(c.scope[i]) } : {}),
      level,
      aliases: c.alias[i] ? [...c.alias[i]] : [],
      ...words,
    };
    const keyType = keyTypeOf(c.keyType[i]);
    const key = c.key[i] === '=' ? stem.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') : c.key[i];
    if (key) g.key = key;
    if (keyType) g.keyType = keyType;
    const sensitive = risk ? sensitiveOf(c.sensitive[i]) : undefined;
    if (sensitive) g.sensitive = sensitive;
    if (review.has(i)) g.review = true;
    if (unconfirmed.has(i)) g.unconfirmed = true;
    return g;
  });
}
