// The demo: the built extension on the bundled replica pages with the local API stand-in.
// With a display it opens a window to explore; without one it saves screenshots and prints
// their paths. Run through `npm run demo`.
import { test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILT_EXTENSION, fixtureHtml, launchWithExtension } from '../e2e/fixtures';
import { startFakeCfApi } from '../e2e/fake-cf-api';

const ACCOUNT = '0123456789abcdef0123456789abcdef';
const PAGES: Record<string, string> = {
  '/profile/api-tokens': 'flow.html',
  '/profile/api-tokens/create': 'classic-form.html',
  [`/${ACCOUNT}/api-tokens/create`]: 'account-builder.html',
};
const SAMPLE_TOKEN = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const headed = process.env.DEMO_HEADED === '1';
const outDir = resolve(process.env.DEMO_OUT ?? 'demo-output');

test('Token Lens demo', async () => {
  const api = await startFakeCfApi();
  const context = await launchWithExtension(BUILT_EXTENSION, api.port, !headed);
  await context.route('https://dash.cloudflare.com/**', (route) => {
    const file = PAGES[new URL(route.request().url()).pathname];
    return file
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixtureHtml(file) })
      : route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not part of the demo</h1>' });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup.html`;

  const form = await context.newPage();
  await form.setViewportSize({ width: 1280, height: 1100 });
  await form.goto('https://dash.cloudflare.com/profile/api-tokens/create');
  await form.locator('[data-token-lens="summary"]').first().waitFor();

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(popupUrl);
  await popup.getByLabel('API token').fill(SAMPLE_TOKEN);
  await popup.getByRole('button', { name: 'Verify' }).click();
  await popup.getByTestId('verdict').waitFor();

  if (headed) {
    const flow = await context.newPage();
    await flow.goto('https://dash.cloudflare.com/profile/api-tokens');
    await (await context.newPage()).goto(`https://dash.cloudflare.com/${ACCOUNT}/api-tokens/create`);
    await flow.bringToFront();
    console.log('Demo running: explore the tabs, close the browser window to end.');
    await new Promise<void>((done) => context.on('close', () => done()));
  } else {
    mkdirSync(outDir, { recursive: true });
    const shots = {
      form: resolve(outDir, 'dashboard-form.png'),
      popup: resolve(outDir, 'popup.png'),
    };
    await form.screenshot({ path: shots.form, fullPage: true });
    await popup.screenshot({ path: shots.popup });
    console.log(`Screenshots:\n  ${shots.form}\n  ${shots.popup}`);
    await context.close();
  }
  await api.close();
});
