// Every section reference in the code names a heading of a file in docs/, so a maintainer can
// follow it. One format, and nothing else may use the section sign: `docs/<name>.md ` then the
// sign then the heading's anchor as GitHub makes it (lowercase, punctuation dropped, spaces as
// hyphens), e.g. "docs/dashboard.md" + sign + "summary-step". (This file spells the sign
// \u00a7 so it does not scan itself.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const DIRS = ['lib', 'components', 'entrypoints', 'scripts', 'tests'];
const TEXT = /\.(ts|tsx|mts|js|mjs|cjs|html|md|json|css)$/;
const SIGN = '\u00a7';
const REF = new RegExp(`docs/([a-z0-9-]+)\\.md ${SIGN}([a-z0-9]+(?:-[a-z0-9]+)*)`, 'g');

/** GitHub's anchor of a heading's text. */
export function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const out = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.add(anchorOf(m[1]));
  }
  return out;
}

const docs = new Map<string, Set<string> | null>();
function anchorsOfDoc(name: string): Set<string> | null {
  if (!docs.has(name)) {
    const path = join(ROOT, 'docs', `${name}.md`);
    docs.set(name, existsSync(path) ? anchorsOf(readFileSync(path, 'utf8')) : null);
  }
  return docs.get(name) ?? null;
}

/** What is wrong with the section references of one text: one line per problem. */
export function badRefs(text: string): string[] {
  const problems: string[] = [];
  const covered = new Set<number>();
  for (const m of text.matchAll(REF)) {
    covered.add((m.index ?? 0) + m[0].indexOf(SIGN));
    const anchors = anchorsOfDoc(m[1]);
    if (!anchors) problems.push(`${m[0]}: there is no docs/${m[1]}.md`);
    else if (!anchors.has(m[2])) problems.push(`${m[0]}: docs/${m[1]}.md has no heading with the anchor "${m[2]}"`);
  }
  for (let i = text.indexOf(SIGN); i !== -1; i = text.indexOf(SIGN, i + 1)) {
    if (!covered.has(i)) problems.push(`"${text.slice(Math.max(0, i - 30), i + 20).replace(/\s+/g, ' ')}": not "docs/<name>.md ${SIGN}<heading-anchor>"`);
  }
  return problems;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(path);
    return TEXT.test(e.name) ? [path] : [];
  });
}

describe('section references in the code name a heading in docs/', () => {
  it('makes anchors as GitHub does', () => {
    expect(anchorOf('Verify failure replies')).toBe('verify-failure-replies');
    expect(anchorOf('Custom-token form')).toBe('custom-token-form');
    expect(anchorOf('Where the API can be called from (2026)')).toBe('where-the-api-can-be-called-from-2026');
  });

  it('refuses made-up files and headings and every other use of the sign', () => {
    expect(badRefs(`see docs/dashboard.md ${SIGN}summary-step and docs/cloudflare-tokens.md ${SIGN}checksum.`)).toEqual([]);
    expect(badRefs(`docs/dashboard.md ${SIGN}no-such-heading`)).toEqual([expect.stringMatching(/has no heading with the anchor "no-such-heading"/)]);
    expect(badRefs(`docs/nowhere.md ${SIGN}routes`)).toEqual([expect.stringMatching(/there is no docs\/nowhere\.md/)]);
    expect(badRefs(`docs/dashboard.md ${SIGN}summary-step-extra`)).toHaveLength(1);
    for (const loose of [`dashboard.md ${SIGN}3.1`, `issue 6 ${SIGN}1`, `(${SIGN}2.5)`, `docs/dashboard.md ${SIGN}Summary-step`, `docs/dashboard.md${SIGN}routes`]) {
      expect(badRefs(loose), loose).toHaveLength(1);
    }
  });

  it('holds in lib/, components/, entrypoints/, scripts/ and tests/', () => {
    const all = DIRS.flatMap((d) => (existsSync(join(ROOT, d)) ? files(join(ROOT, d)) : []));
    expect(all.length).toBeGreaterThan(100);
    const bad = all.flatMap((f) => badRefs(readFileSync(f, 'utf8')).map((p) => `${relative(ROOT, f)}: ${p}`));
    expect(bad).toEqual([]);
  });
});
