// Pure logic behind `npm run catalog:refresh` and `scripts/catalog-seed.mjs`.
// Plain JS with JSDoc because Node 20 cannot run .ts; unit-tested from tests/unit/catalog.

/**
 * @typedef {'account' | 'zone' | 'user' | 'r2_bucket'} Scope
 * @typedef {{ id: string, name: string, label: string, scope: Scope, level: string, aliases: string[],
 *   key?: string, keyType?: string, review?: boolean }} Group
 * @typedef {{ id: string, name: string, scopes: string[], label?: string }} ApiGroup
 * @typedef {{ groups: Group[], added: Group[], renamed: { id: string, from: string, to: string }[],
 *   keysFilled: { id: string, key: string, keyType: string }[], unchanged: number, skipped: string[],
 *   missing: number }} MergeResult
 */

const SCOPES = /** @type {Record<string, Scope>} */ ({
  'com.cloudflare.api.account': 'account',
  'com.cloudflare.api.account.zone': 'zone',
  'com.cloudflare.api.user': 'user',
  'com.cloudflare.edge.r2.bucket': 'r2_bucket',
});

const LEVEL_BY_WORD = /** @type {Record<string, string>} */ ({
  read: 'read', report: 'read', write: 'write', edit: 'write', revoke: 'revoke',
  run: 'run', purge: 'purge', admin: 'admin', bind: 'bind',
});

/**
 * Deep-link key from an API `label`: the label minus its level suffix (docs/dashboard.md §permission-group-keys).
 * `_write` is linked as type "edit". Labels without a known suffix give no key.
 * @param {string} label
 * @returns {{ key: string, keyType: string } | undefined}
 */
export function keyFromLabel(label) {
  const m = /^([a-z0-9_]+?)_(read|write|revoke|purge|run|admin|report)$/.exec(label);
  if (!m) return undefined;
  return { key: m[1], keyType: m[2] === 'write' ? 'edit' : m[2] };
}

/** @param {string[]} scopes @returns {Scope | undefined} */
export function scopeFromApi(scopes) {
  for (const s of scopes) if (SCOPES[s]) return SCOPES[s];
  return undefined;
}

/** Level from the name's last word, else the label suffix, else "other". @param {string} name @param {string} [label] */
export function levelFromName(name, label) {
  const word = name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  if (LEVEL_BY_WORD[word]) return LEVEL_BY_WORD[word];
  const suffix = label?.split('_').pop() ?? '';
  return LEVEL_BY_WORD[suffix] ?? 'other';
}

/** The dashboard says "Edit" where the API says "Write". @param {string} name */
export function labelFromName(name) {
  return name.replace(/ Write$/, ' Edit');
}

/**
 * Validates a saved permission_groups reply: `{ result: [...] }` or a bare array.
 * @param {unknown} json
 * @returns {{ ok: true, items: ApiGroup[] } | { ok: false, error: string }}
 */
export function parseReply(json) {
  const obj = /** @type {any} */ (json);
  if (obj && !Array.isArray(obj) && obj.success === false) {
    return { ok: false, error: `the saved reply is an error reply: ${JSON.stringify(obj.errors ?? []).slice(0, 200)}` };
  }
  const list = Array.isArray(obj) ? obj : obj?.result;
  if (!Array.isArray(list)) return { ok: false, error: 'expected {"result": [...]} or an array of permission groups' };
  if (list.length === 0) return { ok: false, error: 'the reply lists no permission groups' };
  const problems = [];
  list.forEach((it, i) => {
    if (!it || typeof it !== 'object') problems.push(`item ${i}: not an object`);
    else if (typeof it.id !== 'string' || !/^[0-9a-f]{32}$/.test(it.id)) problems.push(`item ${i}: id must be 32 hex characters`);
    else if (typeof it.name !== 'string' || !it.name.trim()) problems.push(`item ${i} (${it.id}): missing name`);
    else if (!Array.isArray(it.scopes) || !it.scopes.every((s) => typeof s === 'string')) problems.push(`item ${i} (${it.id}): scopes must be a list of strings`);
    else if (it.label !== undefined && it.label !== null && typeof it.label !== 'string') problems.push(`item ${i} (${it.id}): label must be text`);
  });
  if (problems.length) return { ok: false, error: `${problems.length} bad item(s): ${problems.slice(0, 5).join('; ')}` };
  return { ok: true, items: list.map((it) => ({ id: it.id, name: it.name.trim(), scopes: it.scopes, label: it.label ?? undefined })) };
}

/**
 * Merges API items into our groups. Never deletes: a reply from one endpoint lists only part of
 * the catalog, so groups it lacks are only counted (`missing`). Texts live elsewhere and are untouched.
 * @param {Group[]} groups
 * @param {ApiGroup[]} items
 * @returns {MergeResult}
 */
export function mergeGroups(groups, items) {
  const out = groups.map((g) => ({ ...g, aliases: [...g.aliases] }));
  const byId = new Map(out.map((g) => [g.id, g]));
  /** @type {MergeResult} */
  const result = { groups: out, added: [], renamed: [], keysFilled: [], unchanged: 0, skipped: [], missing: 0 };
  const seen = new Set();
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const keyed = item.label ? keyFromLabel(item.label) : undefined;
    const old = byId.get(item.id);
    if (old) {
      let changed = false;
      if (old.name !== item.name) {
        result.renamed.push({ id: item.id, from: old.name, to: item.name });
        // Old names stay findable: pages and saved tokens may still show them.
        for (const prev of [old.name, old.label]) if (!old.aliases.includes(prev)) old.aliases.push(prev);
        old.name = item.name;
        old.label = labelFromName(item.name);
        old.aliases = old.aliases.filter((a) => a !== old.name && a !== old.label);
        changed = true;
      }
      if (keyed && (old.key !== keyed.key || old.keyType !== keyed.keyType)) {
        Object.assign(old, keyed);
        result.keysFilled.push({ id: item.id, ...keyed });
        changed = true;
      }
      if (!changed) result.unchanged += 1;
      continue;
    }
    const scope = scopeFromApi(item.scopes);
    if (!scope) {
      result.skipped.push(`${item.name} (${item.id}): unknown scope ${item.scopes.join(', ') || '(none)'}`);
      continue;
    }
    /** @type {Group} */
    const group = { id: item.id, name: item.name, label: labelFromName(item.name), scope,
      level: levelFromName(item.name, item.label), aliases: [], ...(keyed ?? {}), review: true };
    out.push(group);
    byId.set(group.id, group);
    result.added.push(group);
  }
  result.missing = out.filter((g) => !seen.has(g.id)).length;
  return result;
}

/** Human-readable summary of a merge. @param {MergeResult} r @returns {string} */
export function formatReport(r) {
  const lines = [
    `added: ${r.added.length}, renamed: ${r.renamed.length}, keys filled: ${r.keysFilled.length}, ` +
      `unchanged: ${r.unchanged}, skipped: ${r.skipped.length}, in catalog but not in reply: ${r.missing}`,
  ];
  for (const g of r.added) lines.push(`  + ${g.name} [${g.scope}, ${g.level}] ${g.id} (review: generic text)`);
  for (const x of r.renamed) lines.push(`  ~ ${x.from} -> ${x.to} ${x.id}`);
  for (const k of r.keysFilled) lines.push(`  key ${k.key}/${k.keyType} ${k.id}`);
  for (const s of r.skipped) lines.push(`  ! skipped ${s}`);
  return lines.join('\n');
}
