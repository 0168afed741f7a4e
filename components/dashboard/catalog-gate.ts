// The content script's permission catalog: asked from the background the first time a token page
// is seen (lib/messages/catalog-message.ts), installed, then the runtime is asked to look again.
// Until then a token page counts as not ready: nothing is read or drawn. A failed request (e.g.
// the extension being reloaded) is reported and tried again at the next look.
import { catalogInstalled, installCatalog } from '../../lib/catalog/catalog';
import type { CompactCatalog } from '../../lib/catalog/compact';
import { catalogRequest, readCatalogReply } from '../../lib/messages/catalog-message';

export interface CatalogGateDeps {
  send(message: unknown): Promise<unknown>;
  /** Called once the catalog is in, to run a pass. */
  onReady(): void;
  report(stage: string, error: unknown): void;
  install?(catalog: CompactCatalog): void;
  installed?(): boolean;
}

/** `ready()`: whether lookups can answer now; when not, starts the one request (if none is out). */
export function createCatalogGate(d: CatalogGateDeps): { ready(): boolean } {
  const install = d.install ?? installCatalog;
  let state: 'idle' | 'asking' | 'ready' = (d.installed ?? catalogInstalled)() ? 'ready' : 'idle';
  const ask = () => {
    state = 'asking';
    d.send(catalogRequest())
      .then((reply) => {
        const catalog = readCatalogReply(reply);
        if (!catalog) throw new TypeError('no catalog in the reply');
        install(catalog);
        state = 'ready';
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
