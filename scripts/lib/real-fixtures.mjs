// The pages of tests/fixtures/real: one src/<name>.tsx each (shared code in src/shared/). Each page's
// header comment names its URL (`URL: https://dash.cloudflare.com/...`) and `Title:`; the build, the
// snapshot script and the README read them from there.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const REAL = `${ROOT}tests/fixtures/real/`;
export const SRC = `${REAL}src/`;
export const DIST = `${REAL}dist/`;
export const SNAPSHOTS = `${REAL}snapshots/`;

/** @returns {{ name: string, entry: string, url: string, title: string }[]} sorted by name */
export function realPages() {
  return readdirSync(SRC)
    .filter((f) => f.endsWith('.tsx'))
    .sort()
    .map((file) => {
      const entry = `${SRC}${file}`;
      const head = readFileSync(entry, 'utf8').slice(0, 4000);
      const url = /^URL:\s*(\S+)/m.exec(head)?.[1];
      const title = /^Title:\s*(.+)$/m.exec(head)?.[1]?.trim();
      if (!url || !title) throw new Error(`${file}: its header comment needs "URL: https://dash.cloudflare.com/..." and "Title: ..." lines`);
      return { name: file.replace(/\.tsx$/, ''), entry, url, title };
    });
}
