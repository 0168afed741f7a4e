// Times the built CLI end to end on a generated list of tokens (default 5,000, as List Tokens
// pages one after another): `npm run bench:cli [-- COUNT]`. Builds the CLI first (about 1 s, into
// TOKEN_LENS_OUT or .output), so that the figures are those of the current source, not of an old
// build. Prints the wall time of each run and the median per format; exits 1 when the text
// report's median is over the budget (2 s).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asPages, generateTokens } from './generate-tokens.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = resolve(root, process.env.TOKEN_LENS_OUT || '.output', 'cli', 'token-lens.mjs');
const count = Number(process.argv[2] ?? 5000);
const RUNS = 5;
const BUDGET_MS = 2000;

execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'token-lens-bench-'));
const input = join(dir, 'tokens.json');
writeFileSync(input, asPages(generateTokens(count)));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let over = false;
try {
  for (const format of ['text', 'json', 'sarif']) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [built, 'audit', input, '--format', format, '--fail-on', 'never'], { stdio: ['ignore', 'ignore', 'pipe'] });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
    }
    const m = median(times);
    console.log(`${count} tokens, --format ${format}: median ${m.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms)${m > BUDGET_MS ? ` over ${BUDGET_MS} ms` : ''}`);
    if (format === 'text' && m > BUDGET_MS) over = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (over) {
  console.error(`The text report took longer than ${BUDGET_MS} ms (median).`);
  process.exitCode = 1;
}
