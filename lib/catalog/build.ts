// Builds and validates the catalog from the source files: data/groups.json (facts) + every
// data/texts-*.json (our words). Used by the tests and tools, not shipped in the content script
// (zod; the shipped catalog is data/compact.json, see compact.ts and catalog.ts).
import groupsJson from './data/groups.json';
import { GroupFactsSchema, PermissionGroupSchema, TextsSchema } from './schema';
import { genericTexts } from './unknown';
import type { PermissionGroup } from './types';

// A glob, not static imports, so a missing texts file (still being written) is no build error.
const textFiles = import.meta.glob<Record<string, unknown>>('./data/texts-*.json', { eager: true, import: 'default' });

export interface BuiltCatalog {
  entries: PermissionGroup[];
  /** Data errors (bad entries are dropped, so lookups fall back to the generic text). */
  problems: string[];
  /** Groups shown with generic text because no texts file has them. */
  withoutTexts: string[];
}

/** Pure: merges group facts with texts and validates every entry. */
export function buildCatalog(groups: readonly unknown[], texts: Readonly<Record<string, unknown>>): BuiltCatalog {
  const entries: PermissionGroup[] = [];
  const problems: string[] = [];
  const withoutTexts: string[] = [];
  const ids = new Set<string>();
  groups.forEach((raw, i) => {
    const facts = GroupFactsSchema.safeParse(raw);
    if (!facts.success) return void problems.push(`groups[${i}]: ${facts.error.issues[0]?.message}`);
    const g = facts.data;
    if (ids.has(g.id)) return void problems.push(`duplicate id ${g.id} (${g.name})`);
    ids.add(g.id);
    let words = genericTexts(g.name, g.level) as Record<string, unknown>;
    if (texts[g.id] === undefined) withoutTexts.push(g.id);
    else {
      const t = TextsSchema.safeParse(texts[g.id]);
      if (t.success) words = t.data;
      else problems.push(`texts for ${g.id} (${g.name}): ${t.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
    }
    const entry = PermissionGroupSchema.safeParse({ ...g, ...words });
    if (entry.success) entries.push(entry.data);
    else problems.push(`${g.id} (${g.name}): ${entry.error.issues[0]?.message}`);
  });
  for (const id of Object.keys(texts)) if (!ids.has(id)) problems.push(`texts for an id not in groups.json: ${id}`);
  return { entries, problems, withoutTexts };
}

/** All texts files merged; a later file never silently overrides an earlier one. */
export function mergeTexts(files: Readonly<Record<string, Record<string, unknown>>>): { texts: Record<string, unknown>; clashes: string[] } {
  const texts: Record<string, unknown> = {};
  const clashes: string[] = [];
  for (const [file, content] of Object.entries(files)) {
    for (const [id, value] of Object.entries(content)) {
      if (id in texts) clashes.push(`${id} in more than one texts file (${file})`);
      else texts[id] = value;
    }
  }
  return { texts, clashes };
}

/** The catalog as the source files make it, validated (problems listed, bad entries dropped). */
export function validatedCatalog(): BuiltCatalog {
  const merged = mergeTexts(textFiles);
  const built = buildCatalog(groupsJson, merged.texts);
  built.problems.push(...merged.clashes);
  return built;
}
