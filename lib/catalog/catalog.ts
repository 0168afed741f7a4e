// The catalog as shipped: data/compact.json (generated from groups.json + texts-*.json by
// scripts/catalog-compact.mjs), unpacked once at module load. Validation happens at test time
// (build.ts + tests/unit/catalog/compact.test.ts), not here: zod stays out of the content script.
import { id, name, label, scope, level, alias, key, keyType, short, risk, reason, sensitive, review } from './data/compact.json';
import { unpackCatalog } from './compact';
import type { PermissionGroup } from './types';

// The content script ships no IDs (size budget, issue 6 §1: 311 random IDs are about 6.5 KB of its
// gzip). It reads names off the page and never meets an ID, so its groups carry their reference
// `#<position>` instead (compact.ts); the background resolves that to the ID when a note asks for
// its long text. WXT defines ENTRYPOINT per build, so the unused column is left out of the bundle.
// The popup, background, options page and tests get the IDs.
export const SHIPS_IDS = import.meta.env.ENTRYPOINT !== 'dashboard';

const entries: readonly PermissionGroup[] = unpackCatalog({
  ...(SHIPS_IDS ? { id } : {}),
  name, label, scope, level, alias, key, keyType, short, risk, reason, sensitive, review,
});

/** Every known group, in the order of groups.json. */
export function allGroups(): readonly PermissionGroup[] {
  return entries;
}
