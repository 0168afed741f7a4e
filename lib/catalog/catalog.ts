// The catalog in use. It is installed, not imported: the popup, the background and the tests
// bundle data/compact.json (bundled.ts, pulled in by index.ts); the content script gets the same
// data from the background when it first sees a token page (components/dashboard/catalog-gate.ts),
// so pages that are not token pages never load it (size budget, issue 6, part 1).
import { unpackCatalog, type CompactCatalog } from './compact';
import type { PermissionGroup } from './types';

let entries: readonly PermissionGroup[] | null = null;
let version = 0;

/** Makes `compact` the catalog every lookup answers from. */
export function installCatalog(compact: CompactCatalog): void {
  entries = unpackCatalog(compact);
  version++;
}

export function catalogInstalled(): boolean {
  return entries !== null;
}

/** Counts installs, so indexes built from the catalog know when to build again. */
export function catalogVersion(): number {
  return version;
}

/** Every known group, in the order of groups.json. Throws when no catalog is installed: a silent
 * empty catalog would rate every permission as unknown. */
export function allGroups(): readonly PermissionGroup[] {
  if (!entries) throw new Error('Token Lens: no permission catalog installed');
  return entries;
}
