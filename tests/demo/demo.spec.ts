// The demo: the built extension on the bundled replica pages with the local API stand-in.
// With a display it opens a window to explore; without one it saves the README's screenshots
// (DEMO_OUT, default demo-output/) and prints their paths. Run through `npm run demo`.
import { test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { STORE_EXTENSION, fixtureHtml, launchWithExtension } from '../e2e/fixtures';
import { DETAILS_PATH, startFakeCfApi } from '../e2e/fake-cf-api';

const ACCOUNT = '0123456789abcdef0123456789abcdef';
/** Replica per dashboard path; `?demo=` picks another step of the same URL. */
const PAGES: Record<string, string> = {
  '/profile/api-tokens': 'flow.html',
  '/profile/api-tokens/create': 'classic-form.html',
  '/profile/api-tokens/create?demo=summary': 'classic-summary.html',
  '/profile/api-tokens/create?demo=templates': 'template-picker.html',
  // The builder and a classic form as Cloudflare's own components render them (tests/fixtures/real).
  [`/${ACCOUNT}/api-tokens/create`]: 'real/account-builder.html',
  '/profile/api-tokens/create?demo=kumo': 'real/classic-form-kumo-combobox.html',
};
const FORM = 'https://dash.cloudflare.com/profile/api-tokens/create';
/** A legacy (pre-2026 format) token: the popup flags its format, then Cloudflare accepts it. */
const SAMPLE_TOKEN = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T';
const DAY = 86_400_000;
const headed = process.env.DEMO_HEADED === '1';
const outDir = resolve(process.env.DEMO_OUT ?? 'demo-output');
// The replica's cookie banner is fixed over the page; it is not what the pictures are about.
const NO_BANNER = '#onetrust-banner-sdk { display: none !important; }';

async function dashPage(context: BrowserContext, url: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  await page.locator('[data-token-lens]').first().waitFor();
  await page.addStyleTag({ content: NO_BANNER });
  return page;
}

/** No focus ring in the pictures. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

async function popupPage(context: BrowserContext, url: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  return page;
}

test('Token Lens demo', async () => {
  test.setTimeout(headed ? 0 : 120_000);
  const api = await startFakeCfApi();
  const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString().replace(/\.\d+Z$/, 'Z');
  const token = { id: 'ed17574386854bf78a67040be0a770b0', status: 'active', not_before: iso(-40), expires_on: iso(50) };
  // After "Works" the popup asks for the token's own details: this one may read them (API Tokens Read).
  const details = {
    ...token,
    name: 'cert-manager DNS-01',
    policies: [{
      id: 'p1', effect: 'allow',
      resources: { 'com.cloudflare.api.account.zone.023e105f4ecef8ad9ca31a8372d0c353': '*' },
      permission_groups: [{ id: '4755a26eedb94da69e1066d98aa820be', name: 'DNS Write' }, { id: 'c8fed203ed3043cba015a93ad1616f1f', name: 'Zone Read' }],
    }],
    condition: { request_ip: { in: ['192.0.2.0/24'], not_in: [] } },
  };
  api.answer((req) => ({
    status: 200,
    body: {
      success: true, errors: [], messages: [{ code: 10000, message: 'This API Token is valid and active', type: null }],
      result: DETAILS_PATH.test(req.url) ? details : token,
    },
  }));
  const context = await launchWithExtension(STORE_EXTENSION, api.port, !headed);
  await context.route('https://dash.cloudflare.com/**', (route) => {
    const url = new URL(route.request().url());
    const demo = url.searchParams.get('demo');
    const file = PAGES[url.pathname + (demo ? `?demo=${demo}` : '')];
    return file
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixtureHtml(file) })
      : route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not part of the demo</h1>' });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;

  if (headed) {
    const flow = await context.newPage();
    await flow.goto('https://dash.cloudflare.com/profile/api-tokens');
    await (await context.newPage()).goto(FORM);
    await (await context.newPage()).goto(`https://dash.cloudflare.com/${ACCOUNT}/api-tokens/create`);
    await (await context.newPage()).goto(`${base}/popup.html`);
    await flow.bringToFront();
    console.log('Demo running: explore the tabs (the popup is open as a tab), close the browser window to end.');
    await new Promise<void>((done) => context.on('close', () => done()));
    await api.close();
    return;
  }

  mkdirSync(outDir, { recursive: true });
  const saved: string[] = [];
  const save = async (name: string, shoot: (path: string) => Promise<unknown>) => {
    const path = resolve(outDir, name);
    await shoot(path);
    saved.push(path);
  };

  for (const scheme of ['light', 'dark'] as const) {
    const form = await dashPage(context, FORM, scheme);
    await form.locator('[data-token-lens="summary"]').waitFor();
    // The DNS note opened, with its long text (sent by the background on demand).
    const dns = form.locator('[data-token-lens="permission"]').nth(1);
    await dns.getByRole('button').click();
    await dns.locator('.more').filter({ hasNotText: 'Loading' }).waitFor();
    await save(`dashboard-form-${scheme}.png`, (path) => form.locator('main').screenshot({ path }));
  }
  const summary = await dashPage(context, `${FORM}?demo=summary`);
  await summary.locator('[data-token-lens="summary"]').waitFor();
  await save('dashboard-summary.png', (path) => summary.locator('main').screenshot({ path }));
  const templates = await dashPage(context, `${FORM}?demo=templates`);
  await save('dashboard-templates.png', (path) => templates.locator('main').screenshot({ path }));
  // Tall windows: notes out of view are not painted (content-visibility), and these pages are long.
  const builder = await dashPage(context, `https://dash.cloudflare.com/${ACCOUNT}/api-tokens/create`);
  await builder.setViewportSize({ width: 1280, height: 3600 });
  await builder.locator('[data-token-lens="summary"]').waitFor();
  await save('account-builder.png', (path) => builder.locator('main').screenshot({ path }));
  const kumo = await dashPage(context, `${FORM}?demo=kumo`);
  await kumo.setViewportSize({ width: 1280, height: 2200 });
  await kumo.locator('[data-token-lens="summary"]').waitFor();
  await save('dashboard-form-kumo.png', (path) => kumo.locator('main').screenshot({ path }));

  for (const scheme of ['light', 'dark'] as const) {
    const popup = await popupPage(context, `${base}/popup.html`, scheme);
    await popup.getByLabel('API token').fill(SAMPLE_TOKEN);
    await popup.getByRole('button', { name: 'Verify' }).click();
    await popup.locator('[data-testid="verdict"][data-state="active"]').waitFor();
    await popup.locator('[data-testid="permissions-box"][data-status="ready"]').waitFor();
    await blur(popup);
    await save(`popup-${scheme}.png`, (path) => popup.screenshot({ path, fullPage: true }));
  }
  const recipes = await popupPage(context, `${base}/popup.html`);
  await recipes.getByRole('button', { name: 'Create a least-privilege token' }).click();
  await recipes.getByLabel('What is the token for?').selectOption('cert-manager');
  await recipes.getByTestId('recipe-findings').waitFor();
  await blur(recipes);
  await save('popup-recipes.png', (path) => recipes.screenshot({ path, fullPage: true }));
  const options = await popupPage(context, `${base}/options.html`);
  await options.setViewportSize({ width: 720, height: 900 });
  await options.getByRole('radio', { name: /Balanced/ }).waitFor();
  // A window tall enough for the whole page: the sticky "Restore defaults" bar sits at the end, as
  // a person sees it after scrolling down (a full-page capture would freeze it mid-page).
  const height = await options.evaluate(() => document.documentElement.scrollHeight);
  await options.setViewportSize({ width: 720, height });
  await save('options.png', (path) => options.screenshot({ path }));

  console.log(`Screenshots:\n  ${saved.join('\n  ')}`);
  await context.close();
  await api.close();
});
