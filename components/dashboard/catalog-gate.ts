// The content script's permission catalog: asked from the background the first time a token page
// is seen (lib/messages/catalog-message.ts), installed, then the runtime is asked to look again.
// Until then a token page counts as not ready: nothing is read or drawn. A failed request (e.g.
// the extension being reloaded) is reported and tried again at the next look.
import { catalogInstalled, installCatalog } from '../../lib/catalog/catalog';
import { prepareLookups } from '../../lib/catalog/lookup';
import type { CompactCatalog } from '../../lib/catalog/compact';
import { catalogRequest, readCatalogReply } from '../../lib/messages/catalog-message';
import { TEST_BUILD } from '../../lib/build/test-build';

export const CATALOG_MEASURE = 'token-lens-catalog';

export interface CatalogGateDeps {
  send(message: unknown): Promise<unknown>;
  /** Called once the catalog is in, to run a pass. */
  onReady(): void;
  report(stage: string, error: unknown): void;
  install?(catalog: CompactCatalog): void;
  installed?(): boolean;
}

/** The round trip, as a User Timing entry for the benchmark (token-lens-catalog). */
function measureSince(start: number): void {
  if (!TEST_BUILD) return;
  try {
    performance.measure(CATALOG_MEASURE, { start, end: performance.now() });
  } catch {
    // User Timing is optional.
  }
}

/** `ready()`: whether lookups can answer now; when not, starts the one request (if none is out). */
export function createCatalogGate(d: CatalogGateDeps): { ready(): boolean } {
  // Indexed at once, as part of the load: the first pass should not pay for it.
  const install = d.install ?? ((c: CompactCatalog) => (installCatalog(c), prepareLookups()));
  let state: 'idle' | 'asking' | 'ready' = (d.installed ?? catalogInstalled)() ? 'ready' : 'idle';
  const ask = () => {
    state = 'asking';
    const start = performance.now();
    // A promise either way: Chrome throws at once when the extension was reloaded under the page.
    new Promise<unknown>((resolve) => resolve(d.send(catalogRequest())))
      .then((reply) => {
        const catalog = readCatalogReply(reply);
        if (!catalog) throw new TypeError('no catalog in the reply');
        install(catalog);
        state = 'ready';
        measureSince(start);
        d.onReady();
      })
      .catch((e: unknown) => {
        state = 'idle';
        d.report('catalog', e);
      });
  };
  return {
    ready() {
      if (state === 'idle') ask();
      return state === 'ready';
    },
  };
}
