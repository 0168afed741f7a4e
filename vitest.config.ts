import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Two projects: pure logic runs in Node, tests that need a DOM are named *.dom.test.ts(x) and run
// in happy-dom. Neither isolates its files (one module graph per worker): a fresh graph per file
// tripled the pure tests' time and cost the DOM tests 35 s of 80. Tests must not lean on state
// another file left; they pass with the files in any order (--sequence.shuffle.files).
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
      { extends: true, test: { name: 'dom', environment: 'happy-dom', isolate: false, include: [dom] } },
    ],
    // .ci/run asks for a JSON report so it can print one "N passed, N failed" line.
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : undefined,
  },
});
