// Renders each built page of tests/fixtures/real/dist in Chromium, at its real URL, and writes the DOM
// React produced to tests/fixtures/real/snapshots/<name>.html (plus a few query-string variants,
// <name>--<variant>.html) for the happy-dom unit tests. <script> and <style> contents are emptied to
// keep the files small; the markup, text, ARIA and Kumo's own attributes are kept as rendered.
// The snapshots are committed: run this after changing a page (npm run fixtures:real:snapshots; it
// builds stale pages first).
//
// No network: the page is served through a route at its https://dash.cloudflare.com URL, every
// other request is aborted and fails the run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { DIST, ROOT, SNAPSHOTS, realPages } from './lib/real-fixtures.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Other initial states worth a snapshot: page name → variant slug → query string. */
const VARIANTS = {
  'account-builder': { 'ttl-never-ip-none': '?ttl=never&ip=none', 'zones-specific': '?zones=specific' },
  'classic-form-kumo-select': { 'rows-empty': '?rows=empty&ip=none&ttl=none' },
  'classic-form-kumo-combobox': { 'rows-empty': '?rows=empty&ip=none&ttl=none' },
  'classic-form-react-select': { 'rows-empty': '?rows=empty&ip=none&ttl=none' },
  'tokens-list': { 'menu-open': '?menu=2' },
};

const build = spawnSync(process.execPath, [`${ROOT}scripts/build-real-fixtures.mjs`], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND', '--disable-background-networking', '--disable-component-update'],
});
mkdirSync(SNAPSHOTS, { recursive: true });
const problems = [];
const written = [];
try {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
  for (const page of realPages()) {
    const body = readFileSync(`${DIST}${page.name}.html`, 'utf8');
    const pathname = new URL(page.url).pathname;
    for (const [slug, search] of [['', ''], ...Object.entries(VARIANTS[page.name] ?? {})]) {
      const url = new URL(page.url);
      url.search = search;
      const tab = await context.newPage();
      const label = `${page.name}${search}`;
      tab.on('pageerror', (e) => problems.push(`${label}: page error: ${e.message}`));
      tab.on('console', (m) => void (m.type() === 'error' && problems.push(`${label}: console error: ${m.text()}`)));
      await tab.route('**/*', (route) => {
        const u = new URL(route.request().url());
        if (u.origin === 'https://dash.cloudflare.com' && u.pathname === pathname) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
        problems.push(`${label}: asked for ${u.href}`);
        return route.abort();
      });
      await tab.goto(url.href);
      await tab.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
      // Two frames: effects and Base UI's post-mount attributes (hidden inputs, ids) are in place.
      await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));
      await tab.waitForTimeout(100);
      const markup = await tab.evaluate(() => {
        const root = document.documentElement.cloneNode(true);
        for (const el of root.querySelectorAll('script, style')) el.textContent = '';
        return root.outerHTML;
      });
      const file = `${page.name}${slug ? `--${slug}` : ''}.html`;
      writeFileSync(
        `${SNAPSHOTS}${file}`,
        `<!doctype html>\n<!-- Snapshot of tests/fixtures/real/dist/${page.name}.html rendered by Chromium at ${url.href} (scripts and styles emptied). Regenerate with npm run fixtures:real:snapshots. -->\n${markup}\n`,
      );
      written.push(file);
      await tab.close();
    }
  }
} finally {
  await browser.close();
}
for (const f of written) console.log(`  ${SNAPSHOTS.slice(ROOT.length)}${f}  ${(readFileSync(`${SNAPSHOTS}${f}`).length / 1024).toFixed(0)} KB`);
if (problems.length) {
  console.error(`fixtures:real:snapshots: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`fixtures:real:snapshots: wrote ${written.length} snapshots`);
