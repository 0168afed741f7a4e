// Builds the command line (`token-lens audit`, lib/cli/main.ts) into one ES module for Node 20:
// ${TOKEN_LENS_OUT:-.output}/cli/token-lens.mjs, with the permission catalog (JSON) bundled in and
// nothing left to import but node: built-ins. `npm run build:cli`; `npm run build` runs it after wxt.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = resolve(root, process.env.TOKEN_LENS_OUT || '.output', 'cli');

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: resolve(root, 'lib/cli/main.ts'),
    target: 'node20',
    outDir: out,
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'token-lens.mjs' } },
  },
  // Everything into the one file: the CLI runs from it alone, without node_modules.
  ssr: { target: 'node', noExternal: true },
});
