// Firefox ESR (issue 6, part 4, issue 15): the built firefox-mv2 add-on, installed as a temporary
// add-on in one Firefox shared by this file's tests (a launch costs about 5 s). Playwright cannot
// drive stock Firefox, so puppeteer-core drives it over WebDriver BiDi; the
// replica pages are served at their real URLs by request interception. A Playwright spec on
// purpose: CI's summary counts it with the other e2e tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { BUILT_EXTENSION, fixtureHtml } from './fixtures';
import { ID } from './dashboard-helpers';
import { T, tokens } from './page-replies-helpers';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON = join(BUILT_EXTENSION, '..', 'firefox-mv2');
const FORM_URL = 'https://dash.cloudflare.com/profile/api-tokens/create';
const LIST_URL = 'https://dash.cloudflare.com/profile/api-tokens';

/** A new tab whose requests `answer` serves; everything else is aborted and noted in `elsewhere`. */
async function openTab(browser: Browser, answer: (url: string) => { contentType: string; body: string } | undefined) {
  const page: Page = await browser.newPage();
  const errors: string[] = [];
  const elsewhere: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on('request', (r: HTTPRequest) => {
    const reply = answer(r.url().split('?')[0]);
    if (reply) return void r.respond({ status: 200, ...reply });
    // The browser itself asks for the site's icon; everything else would come from the page or us.
    if (!r.url().startsWith('data:') && r.url() !== 'https://dash.cloudflare.com/favicon.ico') elsewhere.push(r.url());
    return void r.abort();
  });
  return { page, errors, elsewhere };
}

const html = (body: string) => ({ contentType: 'text/html; charset=utf-8', body });

test.describe('Firefox ESR', () => {
  // npm test installs Firefox ESR first (scripts/check-browsers.mjs). Run alone without it, this
  // file skips and says so; in CI a missing Firefox is a failure, never a silent skip.
  const missing = !existsSync(FIREFOX);
  if (missing && !process.env.CI) console.warn(`SKIPPED: the Firefox tests: ${FIREFOX} is missing (sudo apt-get install firefox-esr, or set FIREFOX_PATH)`);
  test.skip(missing && !process.env.CI, `${FIREFOX} is missing: install firefox-esr (apt) or set FIREFOX_PATH`);
  test.describe.configure({ timeout: 60_000 });

  let browser: Browser;
  test.beforeAll(async () => {
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
  });
  test.afterAll(async () => {
    await browser?.close();
  });

  test('the content script annotates the classic form with the right risks', async () => {
    const { page, errors, elsewhere } = await openTab(browser, (url) => (url === FORM_URL ? html(fixtureHtml('classic-form.html')) : undefined));
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
    await page.close();
  });

  // The page-world observer (manifest `world: "MAIN"`, Firefox 128+): the replica list loads its
  // tokens by fetch and XHR, and the badges come from the replies, as in Chromium.
  for (const via of ['fetch', 'xhr']) {
    test(`the list is rated from its reply (${via}); the page gets the reply as served`, async () => {
      const body = `${JSON.stringify({ success: true, errors: [], messages: [], result: tokens() }, null, 1)}\n`;
      const { page, errors, elsewhere } = await openTab(browser, (url) => {
        if (url === LIST_URL) return html(fixtureHtml('tokens-list-api.html'));
        if (url === 'https://dash.cloudflare.com/api/v4/user/tokens') return { contentType: 'application/json', body };
        return undefined;
      });
      await page.goto(`${LIST_URL}?via=${via}`);
      await page.waitForFunction(() => document.querySelectorAll('[data-token-lens="token"][data-source="api"]').length === 5, { timeout: 15_000 });
      const badges = await page.$$eval('[data-token-lens="token"]', (hosts) => hosts.map((h) => [h.getAttribute('data-token-id'), h.getAttribute('data-risk')]));
      expect(badges).toContainEqual([T.minting, 'critical']);
      const received = await page.evaluate(() => (window as unknown as { __received: Array<{ text: string }> }).__received.map((r) => r.text));
      expect(received).toEqual([via === 'fetch' ? Buffer.from(body).toString('base64') : body]);
      expect(errors).toEqual([]);
      expect(elsewhere).toEqual([]);
      await page.close();
    });
  }
});
