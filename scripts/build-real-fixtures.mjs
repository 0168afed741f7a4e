// Builds the test pages made from the real component libraries (tests/fixtures/real/src/<name>.tsx:
// @cloudflare/kumo, react-select, React 19) into one self-contained file each,
// tests/fixtures/real/dist/<name>.html: the JS bundle (an IIFE) and the CSS (Kumo's compiled
// kumo-standalone.css + src/shared/page.css) inlined, nothing else to fetch.
//
// Vite's JS API, production mode, offline; all pages are built at the same time. A page is skipped
// when its HTML is newer than every input AND the inputs' fingerprint (contents of src/, this
// script, the Kumo CSS, the versions of the libraries) is the one it was built from, kept in
// dist/.<name>.stamp: an edited source, a new library version or a changed build always rebuilds.
//
//   node scripts/build-real-fixtures.mjs            build what is stale
//   node scripts/build-real-fixtures.mjs --force    rebuild everything
//   node scripts/build-real-fixtures.mjs NAME...    only these pages (stale or not with --force)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, ROOT, SRC, realPages } from './lib/real-fixtures.mjs';

const KUMO_CSS = `${ROOT}node_modules/@cloudflare/kumo/dist/styles/kumo-standalone.css`;
const PAGE_CSS = `${SRC}shared/page.css`;
/** Libraries whose version goes into the fingerprint (npm gives installed files old mtimes). */
const LIBS = ['@cloudflare/kumo', '@base-ui/react', 'react', 'react-dom', 'react-select', '@phosphor-icons/react', 'react-day-picker', 'vite', 'rolldown'];

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

function inputs() {
  const files = [...filesUnder(SRC), fileURLToPath(import.meta.url), `${ROOT}scripts/lib/real-fixtures.mjs`, KUMO_CSS];
  const hash = createHash('sha256');
  let newest = statSync(SRC).mtimeMs; // a deleted or renamed source changes the directory
  for (const f of files) {
    hash.update(`${f.slice(ROOT.length)}\0`).update(readFileSync(f)).update('\0');
    newest = Math.max(newest, statSync(f).mtimeMs);
  }
  for (const lib of LIBS) {
    const pkg = `${ROOT}node_modules/${lib}/package.json`;
    hash.update(`${lib}@${existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).version : 'missing'}\n`);
  }
  return { fingerprint: hash.digest('hex'), newest };
}

const escapeScript = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const escapeStyle = (css) => css.replace(/<\/(style)/gi, '<\\/$1');

function html(page, js, css) {
  return `<!doctype html>
<html lang="en">
<!--
Built by scripts/build-real-fixtures.mjs from tests/fixtures/real/src/${page.name}.tsx: do not edit, edit the source.
Served at: ${page.url}
Real @cloudflare/kumo / react-select components; layout and labels guessed (see the source's header and README.md).
-->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<style>${escapeStyle(css)}</style>
</head>
<body>
<div id="root"></div>
<script>${escapeScript(js)}</script>
</body>
</html>
`;
}

async function buildPage(vite, page) {
  const out = await vite.build({
    configFile: false,
    envDir: false,
    root: SRC,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    // The pages declare React's JSX runtime with a pragma; this is the same for files without one.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: { dedupe: ['react', 'react-dom'] },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {
        input: page.entry,
        output: { format: 'iife', codeSplitting: false },
        // react-select's emotion and a few libraries say "use client": meaningless here.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  });
  const result = Array.isArray(out) ? out[0] : out;
  if (!('output' in result)) throw new Error(`${page.name}: vite gave no output`);
  const chunks = result.output.filter((o) => o.type === 'chunk');
  const stray = result.output.filter((o) => o.type === 'asset');
  if (chunks.length !== 1 || stray.length) {
    throw new Error(`${page.name}: expected one JS chunk and no asset, got ${result.output.map((o) => o.fileName).join(', ')}`);
  }
  return chunks[0].code;
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const only = args.filter((a) => !a.startsWith('--'));
  const pages = realPages().filter((p) => !only.length || only.includes(p.name));
  if (only.length && pages.length !== only.length) throw new Error(`unknown page in: ${only.join(', ')} (pages: ${realPages().map((p) => p.name).join(', ')})`);

  const started = performance.now();
  const { fingerprint, newest } = inputs();
  mkdirSync(DIST, { recursive: true });
  const stale = pages.filter((p) => {
    if (force) return true;
    const file = `${DIST}${p.name}.html`;
    const stamp = `${DIST}.${p.name}.stamp`;
    if (!existsSync(file) || !existsSync(stamp)) return true;
    return statSync(file).mtimeMs < newest || readFileSync(stamp, 'utf8').trim() !== fingerprint;
  });
  if (!stale.length) {
    console.log(`fixtures:real: ${pages.length} pages up to date (${DIST.slice(ROOT.length)})`);
    return;
  }

  const vite = await import('vite');
  const css = `${readFileSync(KUMO_CSS, 'utf8')}\n${readFileSync(PAGE_CSS, 'utf8')}`;
  const built = await Promise.all(stale.map(async (p) => [p, await buildPage(vite, p)]));
  for (const [p, js] of built) {
    const file = `${DIST}${p.name}.html`;
    writeFileSync(file, html(p, js, css));
    writeFileSync(`${DIST}.${p.name}.stamp`, `${fingerprint}\n`);
    console.log(`  ${file.slice(ROOT.length)}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
  }
  console.log(`fixtures:real: built ${built.length} of ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((e) => {
  console.error(`fixtures:real: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
