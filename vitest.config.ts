import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Two projects: pure logic runs in Node with one module graph per worker (no isolation: these
// tests hold no state between files, and a fresh graph per file tripled their time); tests that
// need a DOM are named *.dom.test.ts(x) and get a fresh happy-dom each (about 0.6 s a file).
const unit = 'tests/unit/**/*.test.{ts,tsx}';
const dom = 'tests/unit/**/*.dom.test.{ts,tsx}';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    setupFiles: ['tests/unit/setup.ts'],
    // Both cores: Vitest's default leaves one free.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'pure', environment: 'node', isolate: false, include: [unit], exclude: [dom] } },
      { extends: true, test: { name: 'dom', environment: 'happy-dom', include: [dom] } },
    ],
    // .ci/run asks for a JSON report so it can print one "N passed, N failed" line.
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : undefined,
  },
});
