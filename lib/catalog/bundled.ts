// The catalog data bundled into this build and installed at once. Imported (for its effect) by
// index.ts: whatever uses lib/catalog gets the data. Content-script code imports lookup.ts
// instead, so the data stays out of its bundle (tests/e2e/audit.spec.ts checks).
import compactJson from './data/compact.json';
import { installCatalog } from './catalog';
import type { CompactCatalog } from './compact';

export const bundledCatalog = compactJson as CompactCatalog;
installCatalog(bundledCatalog);
