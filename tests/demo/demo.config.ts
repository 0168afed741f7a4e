// Config for `npm run demo` (scripts/demo.mjs): not part of the test suite.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: 'demo.spec.ts',
  workers: 1,
  timeout: 0,
  reporter: [['list']],
});
