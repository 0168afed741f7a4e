#!/usr/bin/env node
// `token-lens` (package.json "bin"): starts the built CLI, .output/cli/token-lens.mjs (or the
// one in TOKEN_LENS_OUT). The source is lib/cli/; `npm run build:cli` (or `npm run build`) builds it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = resolve(root, process.env.TOKEN_LENS_OUT || '.output', 'cli', 'token-lens.mjs');
if (!existsSync(built)) {
  process.stderr.write('token-lens: the command line is not built yet: run npm run build first (or npm run build:cli)\n');
  process.exit(2);
}
await import(pathToFileURL(built).href);
