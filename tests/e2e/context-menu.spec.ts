// "Verify Cloudflare token" on selected text. A native menu can't be clicked from Playwright, so
// the test calls the background's own click handler inside the service worker (the same function
// contextMenus.onClicked runs), then checks the page it opens.
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { allStorage, USER_PATH, USER, ok, TOKEN_ID, verifies } from './popup-helpers';

const worker = (context: BrowserContext): Worker => context.serviceWorkers()[0];

async function clickMenu(context: BrowserContext, selectionText: string, menuItemId = 'token-lens-verify-selection') {
  const opened = context.waitForEvent('page');
  await worker(context).evaluate(
    ([text, id]) => (globalThis as unknown as { tokenLensMenuClick(i: object): Promise<void> }).tokenLensMenuClick({ menuItemId: id, selectionText: text }),
    [selectionText, menuItemId] as const,
  );
  return opened;
}

test('the menu opens the verify view pre-filled and classified; nothing is sent until Verify', async ({ context, extensionId, cfApi, requests }) => {
  cfApi.answer(ok({ id: TOKEN_ID, status: 'active' }));
  const page = await clickMenu(context, `  Bearer ${USER}\n`);
  await expect(page).toHaveURL(`chrome-extension://${extensionId}/popup.html?from=selection`);
  await expect(page.getByLabel('API token')).toHaveValue(USER);
  await expect(page.getByTestId('format')).toHaveAttribute('data-kind', 'user-token');
  await expect(page.getByTestId('format')).toHaveAttribute('data-checksum', 'valid');
  await expect(page.getByTestId('format')).toContainText('removed');
  await page.waitForTimeout(300);
  expect(cfApi.seen).toEqual([]);
  await expect(page.getByTestId('verdict')).toHaveCount(0);

  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
  expect(verifies(cfApi.seen)).toEqual([expect.objectContaining({ url: USER_PATH, authorization: `Bearer ${USER}` })]);

  const secret = USER.slice(5, -4);
  expect(await allStorage(page)).not.toContain(secret);
  for (const url of requests) expect(url).not.toContain(secret);
});

test('the selection is handed over once: a reload of the page gets nothing', async ({ context }) => {
  const page = await clickMenu(context, USER);
  await expect(page.getByLabel('API token')).toHaveValue(USER);
  await page.reload();
  await expect(page.getByLabel('API token')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.getByLabel('API token')).toHaveValue('');
});

test('a click on another menu item opens nothing', async ({ context }) => {
  const before = context.pages().length;
  await worker(context).evaluate(() =>
    (globalThis as unknown as { tokenLensMenuClick(i: object): Promise<void> }).tokenLensMenuClick({ menuItemId: 'other', selectionText: 'x' }));
  await new Promise((r) => setTimeout(r, 300));
  expect(context.pages()).toHaveLength(before);
});

test('the menu is registered for selected text only, with the contextMenus permission and no host access', async ({ context }) => {
  const manifest = await worker(context).evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { permissions: string[]; host_permissions: string[] } } } }).chrome.runtime.getManifest());
  expect(manifest.permissions).toContain('contextMenus');
  expect(manifest.host_permissions).toEqual(['https://api.cloudflare.com/*']);
});
