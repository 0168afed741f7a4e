// npm run bench (issue 6, part 1): build if needed, measure the built extension (test build) in Chromium
// (tests/bench/bench.spec.ts), add the bundle sizes, print a table and a verdict against the
// budgets; exit 1 when a budget is blown. TOKEN_LENS_OUT picks the build folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildIfStale } from './lib/build-if-stale.mjs';
import { gzipSync } from 'node:zlib';

const out = process.env.TOKEN_LENS_OUT || '.output';
// Sizes are the store build's (what users install); timings come from the test build, the same
// code plus the User Timing marks and the step attribute the measurements read.
const ext = join(out, 'chrome-mv3');
const manifest = join(ext, 'manifest.json');

buildIfStale(manifest);
buildIfStale(join(out, 'chrome-mv3-test', 'manifest.json'), 'test');

// Sizes: a page's first load is its own JS and CSS plus the chunks its HTML links and those
// chunks import statically; what they only import() (a view opened later) is counted apart.
const size = (files) => {
  const bufs = files.map((f) => readFileSync(join(ext, f)));
  return { raw: bufs.reduce((a, b) => a + b.length, 0), gzip: bufs.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0), files: files.length };
};
const pageFiles = (html) => [...readFileSync(join(ext, html), 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
/** Files a built JS file names: `static` = import … from "./x.js"; `all` adds import() targets and Vite's preload lists. */
function references(file) {
  if (!file.endsWith('.js')) return { static: [], all: [] };
  const text = readFileSync(join(ext, file), 'utf8');
  const resolve = (ref) => (ref.startsWith('./') || ref.startsWith('../') ? join(dirname(file), ref) : ref.replace(/^\//, ''));
  const grab = (re) => [...text.matchAll(re)].map((m) => resolve(m[1])).filter((f) => existsSync(join(ext, f)));
  const stat = grab(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g);
  return { static: stat, all: [...stat, ...grab(/["'`]((?:\.{1,2}\/|\/)?(?:[\w-]+\/)*[\w.-]+\.(?:js|css))["'`]/g)] };
}
function closure(start, edges) {
  const seen = new Set(start);
  for (const file of seen) for (const next of references(file)[edges]) seen.add(next);
  return [...seen];
}
function pageSizes(html) {
  const first = closure(pageFiles(html), 'static');
  const lazy = closure(first, 'all').filter((f) => !first.includes(f));
  return { first: size(first), lazy: size(lazy) };
}
const man = JSON.parse(readFileSync(manifest, 'utf8'));
const popup = pageSizes(man.action?.default_popup ?? 'popup.html');
const sizes = {
  content: size(man.content_scripts.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])),
  popup: popup.first,
  popupLazy: popup.lazy,
  background: size([man.background.service_worker]),
};

const json = join(tmpdir(), `token-lens-bench-${process.pid}.json`);
const run = spawnSync('npx', ['playwright', 'test', '-c', 'tests/bench/bench.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, TOKEN_LENS_OUT: out, BENCH_JSON: json },
});
if (run.status !== 0 || !existsSync(json)) {
  console.error('bench: the measurements failed');
  process.exit(run.status || 1);
}
const r = JSON.parse(readFileSync(json, 'utf8'));

const ms = (x) => `${x.toFixed(2)} ms`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const rows = [];
const line = (measure, value, budget, ok) => rows.push({ measure, value, budget: budget ?? '—', verdict: ok === undefined ? '' : ok ? 'ok' : 'OVER' });
for (const n of [10, 100, 1000]) {
  const x = r[`rows-${n}`];
  if (!x) continue; // not measured (BENCH_SIZES)
  const f = x.first;
  const budget = n === 100 ? 8 : n === 1000 ? 50 : undefined;
  line(`${n} rows annotated (work)`, `${ms(f.work)} (read ${f.read.toFixed(1)}, plan ${f.plan.toFixed(1)}, render ${f.render.toFixed(1)}; ${f.passes} task${f.passes === 1 ? "" : "s"})`,
    budget && `≤ ${budget} ms`, budget && f.work <= budget);
  line(`${n} rows: in DOM → all notes shown`, ms(f.wall), undefined, undefined);
  if (n === 1000) {
    // Long tasks, split by whose work they are (tests/bench/bench.spec.ts, timed()); worst runs.
    line('1000 rows: longest task of ours', `${ms(x.ours)} (one pass or slice of our script)`, 'no task > 50 ms', x.ours <= 50);
    line('1000 rows: page frame laying out its rows', `${ms(f.frame)} (ours in it: ${ms(x.inFrame)}; page alone: ${ms(r.baseline.longest)})`, undefined, undefined);
    line('1000 rows: frame after our notes go in', `${ms(f.after)} (any element above the rows: ${ms(r.baseline.shift)})`, undefined, undefined);
    line('1000 rows: longest task of all', ms(x.longest), undefined, undefined);
  }
  const c = x.change;
  line(`${n} rows: one row changed, first edit (work)`, `${ms(c.work)} (read ${c.read.toFixed(2)}, plan ${c.plan.toFixed(2)}, render ${c.render.toFixed(2)})`,
    n === 100 ? '≤ 1 ms' : undefined, n === 100 ? c.work <= 1 : undefined);
  const l = x.laterChanges;
  if (l) line(`${n} rows: the same row edited 4 more times (work)`, `${ms(l.work)} (read ${l.read.toFixed(2)}, plan ${l.plan.toFixed(2)}, render ${l.render.toFixed(2)})`, undefined, undefined);
}
if (r.onLoad) {
  line('1000 rows on the page at load: longest task of ours', `${ms(r.onLoad.ours)} (all our work: ${ms(r.onLoad.work)})`, 'no task > 50 ms', r.onLoad.ours <= 50);
}
if (r.catalog !== undefined) line('catalog from the background (first token page)', `${ms(r.catalog)} (once per page)`, undefined, undefined);
line('navigation noticed', ms(r.navigation), '≤ 100 ms', r.navigation <= 100);
line('popup first render', ms(r.popup), undefined, undefined);
line('popup: recipe view opened → list shown', `${ms(r.recipes)} (its code is fetched on open)`, undefined, undefined);
line('content script', `${kb(sizes.content.raw)} raw, ${kb(sizes.content.gzip)} gzip`, '≤ 35 KB gzip', sizes.content.gzip <= 35 * 1024);
line('popup, first load', `${kb(sizes.popup.raw)} raw, ${kb(sizes.popup.gzip)} gzip (${sizes.popup.files} files)`, '≤ 30 KB gzip', sizes.popup.gzip <= 30 * 1024);
line('popup, loaded when the recipe view opens', `${kb(sizes.popupLazy.raw)} raw, ${kb(sizes.popupLazy.gzip)} gzip (${sizes.popupLazy.files} files: recipes, catalog, analyzer)`, 'not budgeted', undefined);
line('background', `${kb(sizes.background.raw)} raw, ${kb(sizes.background.gzip)} gzip`, undefined, undefined);

const cols = ['measure', 'value', 'budget', 'verdict'];
const width = cols.map((c) => Math.max(c.length, ...rows.map((row) => String(row[c]).length)));
const fmt = (cells) => `| ${cells.map((c, i) => String(c).padEnd(width[i])).join(' | ')} |`;
console.log(`\nToken Lens bench (Chromium, built extension in ${ext}; medians of ${process.env.BENCH_RUNS || 7} runs)\n`);
console.log(fmt(cols));
console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(fmt(cols.map((c) => row[c])));
const blown = rows.filter((row) => row.verdict === 'OVER');
console.log(blown.length ? `\nVerdict: ${blown.length} budget(s) blown: ${blown.map((b) => b.measure).join('; ')}` : '\nVerdict: every budget met');
process.exit(blown.length ? 1 : 0);
