// Config for `npm run bench` (scripts/bench.mjs): timings are noisy, so this is not part of the
// test suite; the script prints the figures and the verdict.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: process.env.PROFILE ? 'profile.spec.ts' : 'bench.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 300_000,
  outputDir: process.env.PW_OUTPUT || '/tmp/token-lens-bench-results',
  reporter: [['list']],
});
