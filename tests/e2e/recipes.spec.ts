// The popup's "Create a least-privilege token" view: pick a recipe, choose token type and zones,
// see permissions and findings, open the pre-filled dashboard link in a new tab.
import { expect, newTab, test } from './fixtures';
import { allStorage, openPopup } from './popup-helpers';

function keysOf(url: string): unknown {
  return JSON.parse(new URL(url).searchParams.get('permissionGroupKeys') ?? 'null');
}

test('Verify stays the default view; the link opens the recipe view and back', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  await expect(page.getByTestId('recipes')).toHaveCount(0);
  await page.getByRole('button', { name: 'Create a least-privilege token' }).click();
  await expect(page.getByRole('heading', { name: 'Create a least-privilege token' })).toBeVisible();
  await expect(page.getByLabel('API token')).toHaveCount(0);
  await page.getByRole('button', { name: 'Verify a token', exact: true }).click();
  await expect(page.getByLabel('API token')).toBeVisible();
});

test('the recipe view\'s code and style are fetched when it opens, not with the popup', async ({ context, extensionId }) => {
  const page = await newTab(context);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByLabel('API token')).toBeVisible();
  const first = fetched.splice(0);
  expect(first.filter((p) => /^\/chunks\/popup-.*\.js$/.test(p))).toHaveLength(1);
  await page.getByRole('button', { name: 'Create a least-privilege token' }).click();
  const list = page.getByLabel('What is the token for?');
  await expect(list).toBeVisible();
  const opened = fetched.splice(0);
  expect(opened.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(0);
  expect(opened.filter((p) => p.endsWith('.css'))).toHaveLength(1);
  expect(opened.filter((p) => first.includes(p))).toEqual([]);
  // The view's own style (recipes.css, in the fetched CSS) is applied.
  await expect(list).toHaveCSS('border-radius', '6px');
  // Back and open again: nothing is fetched a second time.
  await page.getByRole('button', { name: 'Verify a token', exact: true }).click();
  await page.getByRole('button', { name: 'Create a least-privilege token' }).click();
  await expect(list).toBeVisible();
  expect(fetched).toEqual([]);
});

test('cert-manager: account token by default, permissions with reasons, findings, dashboard link', async ({ context, extensionId, dash, cfApi }) => {
  dash.serve('/', '<!doctype html><h1>Dashboard</h1>', { raw: true });
  dash.serve('/profile/api-tokens', '<!doctype html><h1>User API Tokens</h1>', { raw: true });
  const page = await openPopup(context, extensionId);
  await page.getByRole('button', { name: 'Create a least-privilege token' }).click();
  await page.getByLabel('What is the token for?').selectOption('cert-manager');
  const recipe = page.getByTestId('recipe');
  await expect(recipe).toHaveAttribute('data-recipe', 'cert-manager');
  await expect(page.getByRole('radio', { name: /Account token \(recommended\)/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /One zone \(recommended\)/ })).toBeChecked();
  const perms = page.getByTestId('recipe-permissions').locator('li');
  await expect(perms).toHaveCount(2);
  await expect(perms.nth(0)).toContainText('Zone Read');
  await expect(perms.nth(1)).toContainText('DNS Edit');
  await expect(perms.nth(1)).toContainText('_acme-challenge');
  await expect(recipe.getByRole('link', { name: /cert-manager's documentation/ })).toHaveAttribute('href', 'https://cert-manager.io/docs/configuration/acme/dns01/cloudflare/');
  // One zone: DNS Edit is flagged high, not critical.
  await expect(page.getByTestId('recipe-findings').locator('[data-severity="critical"]')).toHaveCount(0);
  await expect(page.locator('[data-code="critical-permission"]')).toHaveAttribute('data-severity', 'high');

  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open the pre-filled form' }).click()]);
  await tab.waitForURL(/dash\.cloudflare\.com/);
  const url = new URL(tab.url());
  expect(url.pathname).toBe('/');
  expect(url.searchParams.get('to')).toBe('/:account/api-tokens');
  expect(url.searchParams.get('name')).toBe('cert-manager DNS-01');
  expect(keysOf(url.href)).toEqual([{ key: 'zone', type: 'read' }, { key: 'dns', type: 'edit' }]);

  // User token on all zones: the link changes form, and DNS Edit everywhere becomes critical.
  await page.getByRole('radio', { name: /User token/ }).check();
  await page.getByRole('radio', { name: /All zones/ }).check();
  await expect(page.locator('[data-code="critical-permission"]')).toHaveAttribute('data-severity', 'critical');
  const [userTab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open the pre-filled form' }).click()]);
  await userTab.waitForURL(/dash\.cloudflare\.com/);
  const user = new URL(userTab.url());
  expect(user.pathname).toBe('/profile/api-tokens');
  expect(user.searchParams.get('accountId')).toBe('*');
  expect(user.searchParams.get('zoneId')).toBe('all');
  expect(keysOf(user.href)).toEqual([{ key: 'zone', type: 'read' }, { key: 'dns', type: 'edit' }]);
  expect(cfApi.seen).toEqual([]);
  expect(await allStorage(page)).not.toContain('cert-manager');
});

test('a recipe without zone permissions hides the zone choice', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  await page.getByRole('button', { name: 'Create a least-privilege token' }).click();
  await page.getByLabel('What is the token for?').selectOption('pages-deploy');
  await expect(page.getByTestId('recipe-permissions').locator('li')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Zones' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Token type' })).toBeVisible();
});

test('popup.html?view=recipes opens straight on the recipe list', async ({ context, extensionId }) => {
  const page = await newTab(context, `chrome-extension://${extensionId}/popup.html?view=recipes`);
  await expect(page.getByTestId('recipes')).toBeVisible();
  await expect(page.getByLabel('What is the token for?').locator('option')).toHaveCount(16);
});

test('the template picker gets a "Least-privilege recipes" entry that opens the recipe view', async ({ context, extensionId, dash }) => {
  const page = await dash.open('/profile/api-tokens/create', 'template-picker.html');
  const templates = page.getByRole('button', { name: 'Use template' });
  const entry = page.getByRole('button', { name: 'Least-privilege recipes: open in Token Lens' });
  await expect(entry).toBeVisible();
  await expect(templates).toHaveCount(11);
  // It sits after the last template, inside the templates section; the dashboard's rows stay as they were.
  const last = await page.locator('token-lens[data-token-lens="recipes-entry"]').evaluate((el) => {
    let prev = el.previousElementSibling;
    while (prev?.tagName === 'TOKEN-LENS') prev = prev.previousElementSibling; // skip our own notes
    return prev?.textContent;
  });
  expect(last).toContain('Read all resources');
  const [tab] = await Promise.all([context.waitForEvent('page'), entry.click()]);
  await expect(tab).toHaveURL(`chrome-extension://${extensionId}/popup.html?view=recipes`);
  await expect(tab.getByTestId('recipes')).toBeVisible();
  await expect(templates).toHaveCount(11);
});
