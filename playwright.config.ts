import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 2, // one browser per worker, shared by its tests (fixtures.ts)
  retries: 0, // a flaky test is a bug to fix, not to retry
  timeout: 30_000,
  outputDir: process.env.PW_OUTPUT || 'test-results',
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : [['list']],
  // Traces cost about a third of the suite's time: off unless asked for (PW_TRACE=retain-on-failure).
  use: { trace: (process.env.PW_TRACE as 'on' | 'retain-on-failure' | undefined) ?? 'off' },
});
