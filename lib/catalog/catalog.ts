// The catalog as shipped: data/compact.json (generated from groups.json + texts-*.json by
// scripts/catalog-compact.mjs), unpacked once at module load. Validation happens at test time
// (build.ts + tests/unit/catalog/compact.test.ts), not here: zod stays out of the content script.
import compactJson from './data/compact.json';
import { unpackCatalog, type CompactCatalog } from './compact';
import type { PermissionGroup } from './types';

const entries: readonly PermissionGroup[] = unpackCatalog(compactJson as CompactCatalog);

/** Every known group, in the order of groups.json. */
export function allGroups(): readonly PermissionGroup[] {
  return entries;
}
