// lib/ is pure logic: it runs in Node (the CLI, these tests) as well as in the extension, so it
// imports no extension API and no UI library. The browser and Preact glue lives in components/
// and entrypoints/. Forbidden: wxt and wxt/*, @wxt-dev/*, #imports (WXT's auto-imports),
// webextension-polyfill (the browser API wxt/browser wraps), preact and preact/*.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const LIB = join(ROOT, 'lib');
const FORBIDDEN = /^(wxt|@wxt-dev|#imports|webextension-polyfill|preact)(\/|$)/;
// import … from 'x', import 'x', export … from 'x', import('x'), require('x').
const SPECIFIERS = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The forbidden modules a source text imports. */
export function forbiddenImports(source: string): string[] {
  return [...source.matchAll(SPECIFIERS)].map((m) => m[1] ?? m[2] ?? m[3]).filter((s) => FORBIDDEN.test(s));
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

describe('lib/ imports no extension API and no UI library', () => {
  it('finds every form of a forbidden import (and leaves the rest alone)', () => {
    const text = [
      "import { browser } from 'wxt/browser';",
      'import { useEffect } from "preact/hooks";',
      "export { h } from 'preact';",
      "import 'webextension-polyfill';",
      "const m = await import('#imports');",
      "const s = require('@wxt-dev/storage');",
      "import { x } from './wxt-like';",
      "import { y } from 'preactish';",
      "import type { Z } from '../catalog/types';",
    ].join('\n');
    expect(forbiddenImports(text)).toEqual(['wxt/browser', 'preact/hooks', 'preact', 'webextension-polyfill', '#imports', '@wxt-dev/storage']);
  });

  it('holds for every file under lib/', () => {
    const files = sources(LIB);
    expect(files.length).toBeGreaterThan(50);
    const bad = files.flatMap((f) => forbiddenImports(readFileSync(f, 'utf8')).map((s) => `${relative(ROOT, f)}: ${s}`));
    expect(bad).toEqual([]);
  });
});
