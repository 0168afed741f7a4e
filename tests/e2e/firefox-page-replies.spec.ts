// The page-world observer in Firefox ESR (manifest `world: "MAIN"`, Firefox 128+): the replica list
// loads its tokens by fetch and XHR, and the badges come from the replies, as in Chromium. Driven
// with puppeteer-core over WebDriver BiDi, like firefox-smoke.spec.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { BUILT_EXTENSION, fixtureHtml } from './fixtures';
import { T, tokens } from './page-replies-helpers';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON = join(BUILT_EXTENSION, '..', 'firefox-mv2');
const LIST = 'https://dash.cloudflare.com/profile/api-tokens';

test.describe('Firefox ESR: the dashboard\'s own replies', () => {
  const missing = !existsSync(FIREFOX);
  test.skip(missing && !process.env.CI, `${FIREFOX} is missing: install firefox-esr (apt) or set FIREFOX_PATH`);
  test.setTimeout(60_000);

  let browser: Browser | undefined;
  test.afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  for (const via of ['fetch', 'xhr']) {
    test(`the list is rated from its reply (${via}); the page gets the reply as served`, async () => {
      expect(existsSync(join(ADDON, 'manifest.json')), `${ADDON} is missing: run "wxt build -b firefox" first`).toBe(true);
      const gecko = JSON.parse(readFileSync(join(ADDON, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        extraPrefsFirefox: { 'network.dns.disableIPv6': true, 'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false, 'extensions.update.enabled': false, 'app.update.enabled': false },
      });
      expect(await browser.installExtension(ADDON)).toBe(gecko);
      const page = await browser.newPage();
      const errors: string[] = [];
      const elsewhere: string[] = [];
      const body = `${JSON.stringify({ success: true, errors: [], messages: [], result: tokens() }, null, 1)}\n`;
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        const url = r.url().split('?')[0];
        if (url === LIST) return void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml('tokens-list-api.html') });
        if (url === 'https://dash.cloudflare.com/api/v4/user/tokens') return void r.respond({ status: 200, contentType: 'application/json', body });
        if (!r.url().startsWith('data:') && r.url() !== 'https://dash.cloudflare.com/favicon.ico') elsewhere.push(r.url());
        return void r.abort();
      });
      await page.goto(`${LIST}?via=${via}`);
      await page.waitForFunction(() => document.querySelectorAll('[data-token-lens="token"][data-source="api"]').length === 5, { timeout: 15_000 });
      const badges = await page.$$eval('[data-token-lens="token"]', (hosts) => hosts.map((h) => [h.getAttribute('data-token-id'), h.getAttribute('data-risk')]));
      expect(badges).toContainEqual([T.minting, 'critical']);
      const received = await page.evaluate(() => (window as unknown as { __received: Array<{ text: string }> }).__received.map((r) => r.text));
      expect(received).toEqual([via === 'fetch' ? Buffer.from(body).toString('base64') : body]);
      expect(errors).toEqual([]);
      expect(elsewhere).toEqual([]);
    });
  }
});
