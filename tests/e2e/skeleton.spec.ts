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
  const page = await newTab(context, `chrome-extension://${extensionId}/popup.html`);
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
    const page = await newTab(context, `chrome-extension://${extensionId}/popup.html`);
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'offline');
    expect(cfApi.seen.filter((s) => s.method === 'GET')).toEqual([]);
  });
});

// The tab kept between tests (fixtures.ts, newTab): the next test gets a new document in it, a
// history of one entry, none of the last test's listeners, and no script of the last document runs.
test.describe.serial('the tab kept between tests', () => {
  const heardByTheFirst: string[] = [];
  test('a test leaves its page behind: a listener, two history entries, a timer still to fire', async ({ dash }) => {
    dash.serve('/profile', '<!doctype html><h1>First</h1><script>setTimeout(() => console.log("left behind"), 700)</script>', { raw: true });
    const page = await dash.open('/profile');
    await page.evaluate(() => history.pushState({}, '', '/profile/second'));
    page.on('console', (m) => heardByTheFirst.push(m.text()));
    expect(await page.evaluate(() => history.length)).toBe(2);
  });
  test('the next test gets a new document, one history entry, and nothing of the last one runs', async ({ context, dash }) => {
    const heard: string[] = [];
    context.on('console', (m) => heard.push(m.text()));
    await new Promise((r) => setTimeout(r, 900)); // the last page's timer is due by now
    dash.serve('/profile', '<!doctype html><h1>Second</h1><script>console.log("second")</script>', { raw: true });
    const page = await dash.open('/profile');
    await expect(page.locator('h1')).toHaveText('Second');
    await expect.poll(() => heard).toEqual(['second']);
    expect(heardByTheFirst).toEqual([]);
    expect(await page.evaluate(() => history.length)).toBe(1);
  });
  test('a test that asks for a blank tab gets one, with one history entry', async ({ context }) => {
    const page = await newTab(context);
    expect(page.url()).toBe('about:blank');
    expect(await page.evaluate(() => history.length)).toBe(1);
  });
});
