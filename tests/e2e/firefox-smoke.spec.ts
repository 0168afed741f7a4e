// Content-script smoke test in Firefox ESR (issue 6 §4). Playwright cannot drive stock Firefox,
// so this spec drives it with puppeteer-core over WebDriver BiDi (toolchain.md §7): the built
// firefox-mv2 add-on is installed as a temporary add-on, the classic form replica is served at
// its real URL by request interception, and the notes must appear as in Chromium.
// A Playwright spec on purpose: CI's summary counts it with the other e2e tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { BUILT_EXTENSION, fixtureHtml } from './fixtures';
import { ID } from './dashboard-helpers';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON = join(BUILT_EXTENSION, '..', 'firefox-mv2');
const FORM_URL = 'https://dash.cloudflare.com/profile/api-tokens/create';

test.describe('Firefox ESR', () => {
  // npm test installs Firefox ESR first (scripts/check-browsers.mjs). Run alone without it, this
  // spec skips and says so; in CI a missing Firefox is a failure, never a silent skip.
  const missing = !existsSync(FIREFOX);
  if (missing && !process.env.CI) console.warn(`SKIPPED: the Firefox smoke test: ${FIREFOX} is missing (sudo apt-get install firefox-esr, or set FIREFOX_PATH)`);
  test.skip(missing && !process.env.CI, `${FIREFOX} is missing: install firefox-esr (apt) or set FIREFOX_PATH`);
  test.setTimeout(60_000);

  let browser: Browser | undefined;
  test.afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('the content script annotates the classic form with the right risks', async () => {
    expect(existsSync(FIREFOX), `${FIREFOX} is missing: install firefox-esr (apt) or set FIREFOX_PATH`).toBe(true);
    expect(existsSync(join(ADDON, 'manifest.json')), `${ADDON} is missing: run "wxt build -b firefox" first (npm run test:e2e does)`).toBe(true);
    const gecko = JSON.parse(readFileSync(join(ADDON, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // No Mozilla services: nothing here may reach the network.
      extraPrefsFirefox: { 'network.dns.disableIPv6': true, 'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false, 'extensions.update.enabled': false, 'app.update.enabled': false },
    });
    expect(await browser.installExtension(ADDON)).toBe(gecko);

    const page = await browser.newPage();
    const errors: string[] = [];
    const elsewhere: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      if (r.url().split('?')[0] === FORM_URL) return void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml('classic-form.html') });
      // The browser itself asks for the site's icon; everything else would come from the page or us.
      if (!r.url().startsWith('data:') && r.url() !== 'https://dash.cloudflare.com/favicon.ico') elsewhere.push(r.url());
      return void r.abort();
    });
    await page.goto(FORM_URL);

    await page.waitForSelector('[data-token-lens="permission"]', { timeout: 15_000 });
    // The three rows of classic-form.html get settled notes (same expectations as dashboard.spec.ts).
    await page.waitForFunction(() => document.querySelectorAll('[data-token-lens="permission"][data-risk]').length === 3, { timeout: 10_000 });
    const notes = await page.$$eval('[data-token-lens="permission"]', (hosts) =>
      hosts.map((h) => ({ id: h.getAttribute('data-permission-id'), risk: h.getAttribute('data-risk') })),
    );
    expect(notes).toEqual([
      { id: ID.workersScriptsEdit, risk: 'critical' },
      { id: ID.dnsEdit, risk: 'critical' },
      { id: ID.zoneRead, risk: 'low' },
    ]);
    expect(await page.$$eval('[data-token-lens="summary"]', (s) => s.length)).toBe(1);
    // Opening a note asks the background for the long text: runtime messaging works in Firefox
    // with the browser's own `browser` (the content script is built without the polyfill).
    await page.$eval('[data-token-lens="permission"]', (h) => (h.shadowRoot!.querySelector('.toggle') as HTMLButtonElement).click());
    await page.waitForFunction(() => {
      const long = document.querySelector('[data-token-lens="permission"]')?.shadowRoot?.querySelector('.long');
      return !!long && long.querySelectorAll('p').length > 0 && !long.querySelector('.muted');
    }, { timeout: 10_000 });
    expect(errors).toEqual([]);
    // The replica asks for nothing else, so anything here came from the content script.
    expect(elsewhere).toEqual([]);
  });
});
