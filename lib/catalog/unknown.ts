// Safe generic descriptions for groups we have no texts for: never an error, honest about
// what we don't know, rated from the level alone (anything that can change things is medium).
import type { Level, PermissionInfo, Risk, Scope } from './types';

const LEVEL_WORDS: Record<string, Level> = {
  read: 'read', view: 'read', list: 'read', report: 'read',
  write: 'write', edit: 'write', revoke: 'revoke', run: 'run', purge: 'purge', admin: 'admin', bind: 'bind',
};

/** Level from the last word of a name ("Foo Edit" -> write); "other" when there is none. */
export function levelFromName(name: string): Level {
  const last = name.trim().split(/[\s:]+/).pop()?.toLowerCase() ?? '';
  return LEVEL_WORDS[last] ?? 'other';
}

/** The product part of a name: "Foo Bar Edit" -> "Foo Bar". */
function productOf(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length > 1 && LEVEL_WORDS[words[words.length - 1].toLowerCase()]) words.pop();
  const product = words.join(' ').replace(/:$/, '').trim();
  return product || 'this product';
}

const SHORT: Record<Level, (p: string) => string> = {
  read: (p) => `See the settings and data of ${p}`,
  write: (p) => `Change the settings and data of ${p}`,
  admin: (p) => `Fully manage ${p}`,
  revoke: (p) => `Revoke access or sessions in ${p}`,
  run: (p) => `Run or use ${p}`,
  purge: (p) => `Purge data of ${p}`,
  bind: (p) => `Connect resources to ${p}`,
  other: (p) => `Use ${p} in a way Token Lens cannot tell`,
};

/** Generic texts from a name and level, for unknown groups and groups still without texts. */
export function genericTexts(name: string, level: Level): { short: string; risk: Risk; riskReason: string } {
  const product = productOf(name);
  const short = SHORT[level](product).slice(0, 110);
  if (level === 'read') {
    return { short, risk: 'low', riskReason: `Token Lens has no description of this group yet. It only reads, so it is rated low; check what ${product} holds before granting it.` };
  }
  return { short, risk: 'medium', riskReason: `Token Lens has no description of this group yet. It is not read-only, so it is rated medium until someone reviews what it can change.` };
}

/** The dashboard's label for an API name: a final "Write" is said "Edit" ("DNS Write" -> "DNS Edit"). */
export function dashboardLabel(name: string): string {
  return name.replace(/ Write$/i, ' Edit');
}

/** A `known: false` answer for a query (a name, label or ID) the catalog does not know. */
export function unknownInfo(query: string, scope?: Scope): PermissionInfo {
  const isId = /^[0-9a-f]{32}$/i.test(query.trim());
  const name = query.trim().replace(/\s+/g, ' ') || 'Unnamed permission';
  const level: Level = isId ? 'other' : levelFromName(name);
  const base = isId ? 'this permission group' : name;
  return {
    known: false,
    ...(isId ? { id: name.toLowerCase() } : {}),
    name,
    label: isId ? name : dashboardLabel(name),
    ...(scope ? { scope } : {}),
    level,
    aliases: [],
    ...genericTexts(base, level),
  };
}
