// node scripts/catalog-compact.mjs — writes lib/catalog/data/compact.json from groups.json and
// every texts-*.json. The extension ships this compact form instead of the source files, and the
// background sends it to the content script on token pages (columns instead of objects, no zod at
// run time, risk reasons of critical groups only; lib/catalog/reasons.ts serves the rest with the
// long texts). The source of truth stays
// groups.json + texts-*.json; tests/unit/catalog/compact.test.ts fails when this file is stale,
// and checks every entry against the zod schemas. catalog:refresh runs it after a change.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// One character per value: the order of each list is the format (lib/catalog/compact.ts reads it).
export const SCOPES = { account: 'a', zone: 'z', user: 'u', r2_bucket: 'r' };
/** Scope keys finer than the scope: stored in the scope column in place of the scope's letter. */
export const SCOPE_KEYS = { 'com.cloudflare.api.account.flagship.app': 'f' };
export const LEVELS = { read: 'r', write: 'w', revoke: 'v', run: 'n', purge: 'p', admin: 'a', bind: 'b', other: 'o' };
export const KEY_TYPES = { read: 'r', edit: 'e', revoke: 'v', run: 'n', purge: 'p', admin: 'a', report: 't' };
export const RISKS = { critical: 'c', high: 'h', medium: 'm', low: 'l' };
export const SENSITIVE = { logs: 'l', 'personal-data': 'p', secrets: 's', 'security-config': 'c' };

const code = (map, value) => (value === undefined ? '-' : map[value] ?? '?');

/** The label the dashboard shows when it is the API name with "Write" said as "Edit". */
export const derivedLabel = (name) => name.replace(/ Write$/, ' Edit');

// Names and keys repeat what other columns say (size: every token page receives this):
// - a name that ends with its level's word ("DNS Write" at level write) is stored without it
//   ("DNS"); any other name is stored whole after VERBATIM ("=Zaraz Edit", "=Realtime");
// - a key that is that stem in snake case ("Zone Settings" -> zone_settings) is stored as DERIVED.
export const VERBATIM = '=';
export const DERIVED = '=';
/** The word a name ends with at a level: the level capitalised ("Read"); none for "other". */
export const levelWord = (level) => (level === 'other' ? '' : level[0].toUpperCase() + level.slice(1));
export const derivedKey = (stem) => stem.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

export function packName(name, level) {
  const word = levelWord(level);
  return word && name.endsWith(` ${word}`) ? name.slice(0, -word.length - 1) : VERBATIM + name;
}

/** groups (facts) + texts by id -> the compact columns. Groups without texts are left out of texts columns as ''. */
export function packCatalog(groups, texts) {
  const out = { id: '', name: [], label: [], scope: '', level: '', alias: {}, key: [], keyType: '', short: [], risk: '', reason: [], sensitive: '', review: [], unconfirmed: [] };
  groups.forEach((g, i) => {
    const t = texts[g.id] ?? {};
    out.id += g.id;
    if (g.name.startsWith(VERBATIM)) throw new Error(`${g.id}: a name may not start with "${VERBATIM}"`);
    const name = packName(g.name, g.level);
    out.name.push(name);
    out.label.push(g.label === derivedLabel(g.name) ? '' : g.label);
    if (g.scopeKey && !(g.scopeKey in SCOPE_KEYS)) throw new Error(`${g.id}: unknown scopeKey ${g.scopeKey}`);
    out.scope += g.scopeKey ? SCOPE_KEYS[g.scopeKey] : code(SCOPES, g.scope);
    out.level += code(LEVELS, g.level);
    if (g.aliases?.length) out.alias[i] = g.aliases;
    const stem = name.startsWith(VERBATIM) ? name.slice(VERBATIM.length) : name;
    out.key.push(g.key && g.key === derivedKey(stem) ? DERIVED : g.key ?? '');
    out.keyType += code(KEY_TYPES, g.keyType);
    out.short.push(t.short ?? '');
    out.risk += code(RISKS, t.risk);
    // Only critical groups' reasons ship with the lookups (the critical-permission finding quotes
    // them); the others are sent by the background with the long text when a note is opened.
    out.reason.push(t.risk === 'critical' ? t.riskReason ?? '' : '');
    out.sensitive += code(SENSITIVE, t.sensitive);
    if (g.review) out.review.push(i);
    if (g.unconfirmed) out.unconfirmed.push(i);
  });
  return out;
}

export function readSources(dataDir) {
  const groups = JSON.parse(readFileSync(join(dataDir, 'groups.json'), 'utf8'));
  const texts = {};
  for (const f of readdirSync(dataDir).filter((f) => /^texts-.*\.json$/.test(f)).sort()) {
    for (const [id, value] of Object.entries(JSON.parse(readFileSync(join(dataDir, f), 'utf8')))) texts[id] ??= value;
  }
  return { groups, texts };
}

export function writeCompact(dataDir) {
  const { groups, texts } = readSources(dataDir);
  const target = join(dataDir, 'compact.json');
  writeFileSync(`${target}.tmp`, JSON.stringify(packCatalog(groups, texts)) + '\n');
  renameSync(`${target}.tmp`, target);
  return target;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dataDir = process.env.TOKEN_LENS_CATALOG_DATA ?? join(dirname(fileURLToPath(import.meta.url)), '../lib/catalog/data');
  console.log(`wrote ${writeCompact(dataDir)}`);
}
