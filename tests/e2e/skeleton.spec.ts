import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_EXTENSION, expect, newTab, test } from './fixtures';

const TOKEN = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';

test('the background service worker of the built extension starts', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(context.serviceWorkers().map((w) => w.url())).toContain(`chrome-extension://${extensionId}/background.js`);
});

test('the content script runs on a dashboard page at its real URL', async ({ dash }) => {
  dash.serve('/profile/api-tokens', '<!doctype html><h1>User API Tokens</h1>', { raw: true });
  const page = await dash.open('/profile/api-tokens');
  await expect(page.locator('html')).toHaveAttribute('data-token-lens-loaded', '');
});

test('the popup opens and its request reaches the API stand-in', async ({ context, extensionId, cfApi }) => {
  const page = await newTab(context);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByLabel('API token').fill(TOKEN);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
  expect(cfApi.seen.filter((s) => s.url.endsWith('/verify'))).toEqual([
    expect.objectContaining({ method: 'GET', url: '/client/v4/user/tokens/verify', authorization: `Bearer ${TOKEN}` }),
  ]);
});

test.describe('without the api.cloudflare.com host permission', () => {
  const dir = mkdtempSync(join(tmpdir(), 'token-lens-nohost-'));
  test.use({ extensionPath: dir });
  test.beforeAll(() => {
    cpSync(BUILT_EXTENSION, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    delete manifest.host_permissions;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the popup request fails, so the harness cannot hide a missing permission', async ({ context, extensionId, cfApi }) => {
    const page = await newTab(context);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'offline');
    expect(cfApi.seen.filter((s) => s.method === 'GET')).toEqual([]);
  });
});
