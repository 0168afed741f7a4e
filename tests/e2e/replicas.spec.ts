// Smoke tests of the replica pages themselves, at their real URLs: their own scripts work (rows
// are added and removed, menus open in a portal, steps change with pushState), they raise no
// errors, and our readers, bundled and run inside Chromium, read them as in the unit tests and
// fast (1000 rows). If a replica misbehaves, every test built on it is worthless.
import { build } from 'vite';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, newTab, test, type Dash } from './fixtures';

const ACCOUNT = '0123456789abcdef0123456789abcdef';
const CREATE = '/profile/api-tokens/create';

let bundle: Promise<string> | undefined;
/** lib/dashboard/read-page.ts as a script that sets window.__tlReaders. */
function readersScript(): Promise<string> {
  // Vite, not esbuild: the catalog uses import.meta.glob.
  bundle ??= build({
    configFile: false, logLevel: 'silent', root: new URL('../..', import.meta.url).pathname,
    build: { write: false, minify: false, lib: { entry: 'lib/dashboard/read-page.ts', formats: ['iife'], name: '__tlReaders', fileName: 'readers' } },
  }).then((out) => {
    const result = Array.isArray(out) ? out[0] : out;
    if (!('output' in result)) throw new Error('vite build gave no output');
    return result.output[0].code;
  });
  return bundle;
}

interface Summary { step: string; rows: string[]; model?: unknown; templates: string[]; tokens: string[]; ms: number; walkMs: number }
async function readInPage(page: Page, runs = 1): Promise<Summary> {
  await page.addScriptTag({ content: await readersScript() });
  return page.evaluate((n) => {
    const w = window as unknown as { __tlReaders: { readPage(d: Document, u: string): any } };
    const times: number[] = [];
    const walks: number[] = [];
    let r: any;
    for (let i = 0; i < n; i++) {
      // Baseline on the same machine at the same moment: one walk over every node of the page.
      let t = performance.now();
      const walker = document.createTreeWalker(document.body, 5);
      let seen = 0;
      while (walker.nextNode()) seen += walker.currentNode.nodeType;
      walks.push(performance.now() - t + seen * 0);
      t = performance.now();
      r = w.__tlReaders.readPage(document, location.href);
      times.push(performance.now() - t);
    }
    const median = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
    return {
      step: r.step, model: r.model, ms: median(times), walkMs: median(walks),
      rows: r.rows.map((x: any) => x.grant.name), templates: r.templates.map((t: any) => t.name), tokens: r.tokens.map((t: any) => t.name),
    };
  }, runs);
}

/** Serves `file` at `path` and opens it, collecting the page's own errors from the start. */
async function open(context: BrowserContext, dash: Dash, path: string, file: string): Promise<{ page: Page; errors: string[] }> {
  const url = new URL(path, 'https://dash.cloudflare.com');
  dash.serve(url.pathname, file);
  const page = await newTab(context);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url.href);
  return { page, errors };
}

const permissionRows = (page: Page) => page.locator('section, div').filter({ has: page.getByRole('heading', { name: 'Permissions', exact: true }) }).last();

test('classic form: add row, ✕ removes, a menu changes a value, summary and back with pushState', async ({ context, dash }) => {
  const { page, errors } = await open(context, dash, CREATE, 'classic-form.html');
  const removes = page.getByRole('button', { name: 'Remove', exact: true });
  await expect(removes).toHaveCount(4); // 3 permission rows + the IP filter row
  await permissionRows(page).getByRole('button', { name: '+ Add more' }).click();
  await expect(removes).toHaveCount(5);
  await removes.nth(3).click();
  await expect(removes).toHaveCount(4);

  // Row 2's group dropdown: menus open on mousedown and render at the end of <body>.
  const dnsInput = page.getByRole('combobox').nth(5); // Quick search, then 3 per row
  await dnsInput.locator('xpath=..').dispatchEvent('mousedown');
  const option = page.locator('body > [data-rp="portal"] [role="option"]', { hasText: 'Zone Settings' });
  await option.click();
  await expect(page.getByText('Zone Settings', { exact: true })).toBeVisible();
  expect(await readInPage(page).then((r) => r.rows)).toEqual(['Workers Scripts Edit', 'Zone Settings Edit', 'Zone Read']);

  const before = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Continue to summary' }).click();
  await expect(page.getByRole('heading', { name: 'CI deploy API token summary' })).toBeVisible();
  await expect(page.getByText('All zones - Zone Settings:Edit, Zone:Read')).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  expect((await readInPage(page)).step).toBe('classic-summary');

  await page.getByRole('link', { name: '← Edit token' }).click();
  await expect(page.getByRole('heading', { name: 'Create Custom Token' })).toBeVisible();
  await expect(page.getByText('Zone Settings', { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'CI deploy API token summary' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('classic form v5: menu in a portal, Write wording, add row', async ({ context, dash }) => {
  const { page, errors } = await open(context, dash, CREATE, 'classic-form-v5.html');
  await expect(page.locator('body > .css-menu-portal [role="listbox"]')).toBeVisible();
  const level = page.getByRole('combobox').nth(6); // row 2 level (after Quick search)
  await level.locator('xpath=../../..').dispatchEvent('mousedown');
  await page.locator('body > [data-rp="portal"] [role="option"]', { hasText: 'Write' }).click();
  expect((await readInPage(page)).rows).toEqual(['DNS Write', 'Zone Write', 'Account Settings Read', 'User Details Read', 'Cache Purge']);
  await permissionRows(page).getByRole('button', { name: '+ Add more' }).click();
  await expect(page.getByRole('button', { name: '✕' })).toHaveCount(5 + 2 + 2 + 1);
  expect(errors).toEqual([]);
});

test('flow: list → picker → custom form → summary → created, and Use template', async ({ context, dash }) => {
  const { page, errors } = await open(context, dash, '/profile/api-tokens', 'flow.html');
  expect((await readInPage(page)).tokens).toEqual(['Edit zone DNS', 'Create Additional Tokens', 'Read all resources', 'Legacy deploy']);
  await page.getByRole('button', { name: 'Create Token' }).click();
  await expect(page).toHaveURL(`https://dash.cloudflare.com${CREATE}`);
  await expect(page.getByRole('heading', { name: 'API token templates' })).toBeVisible();
  expect((await readInPage(page)).templates).toHaveLength(11);

  await page.getByRole('button', { name: 'Get started' }).click();
  await expect(page.getByRole('heading', { name: 'Create Custom Token' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove' })).toHaveCount(2);
  await page.getByLabel('Token name').fill('My token');
  await page.getByRole('button', { name: 'Continue to summary' }).click();
  await expect(page.getByRole('heading', { name: 'My token API token summary' })).toBeVisible();
  await page.getByRole('button', { name: 'Create Token' }).click();
  await expect(page.getByRole('heading', { name: 'My token API token was successfully created' })).toBeVisible();
  expect((await readInPage(page)).step).toBe('token-created');

  await page.goBack();
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'API token templates' })).toBeVisible();
  await page.getByText('Edit zone DNS').locator('xpath=..').getByRole('button', { name: 'Use template' }).click();
  const reading = await readInPage(page);
  expect([reading.step, reading.rows]).toEqual(['classic-form', ['DNS Edit']]);
  expect(errors).toEqual([]);
});

test('tokens list: row menu, roll dialog with a new secret, Done', async ({ context, dash }) => {
  const { page, errors } = await open(context, dash, '/profile/api-tokens', 'tokens-list.html');
  await expect(page.getByRole('menu')).toHaveCount(1);
  await page.getByRole('button', { name: 'Actions' }).first().click();
  await expect(page.getByRole('menu')).toHaveCount(1);
  await page.getByRole('menuitem', { name: 'Roll' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('dialog')).toContainText('Token rolled successfully');
  expect((await readInPage(page)).step).toBe('token-created');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((await readInPage(page)).step).toBe('tokens-list');
  expect(errors).toEqual([]);
});

test('many rows: generated by the page, read in a few milliseconds', async ({ dash }) => {
  const page = await dash.open(CREATE, 'classic-form-many.html');
  await expect(page.getByRole('button', { name: 'Remove' })).toHaveCount(61);
  await page.goto(`https://dash.cloudflare.com${CREATE}?rows=1000`);
  await expect(page.getByRole('button', { name: 'Remove' })).toHaveCount(1001);
  const reading = await readInPage(page, 7);
  expect(reading.rows).toHaveLength(1000);
  console.log(`readPage on 1000 rows in Chromium: ${reading.ms.toFixed(1)} ms; one walk over the page: ${reading.walkMs.toFixed(1)} ms (medians of 7)`);
  // Relative to a full walk of the page, so a loaded CI machine doesn't fail it, but anything
  // per-row-quadratic (a document query per row) would be hundreds of walks.
  expect(reading.ms).toBeLessThan(40 * Math.max(reading.walkMs, 1));
});

test('live rows: window.__replica changes rows like React would', async ({ context, dash }) => {
  const { page, errors } = await open(context, dash, CREATE, 'classic-form-live.html');
  const rows = () => readInPage(page).then((r) => r.rows);
  expect(await rows()).toEqual(['DNS Read', 'Zone Read', 'Workers Scripts Edit', 'Account Settings Read']);
  await page.evaluate(() => {
    const r = (window as any).__replica;
    r.addRow('Zone', 'Page Rules', 'Edit');
    r.setLevel(0, 'Edit');
    r.relabel(1, 'Zone Settings');
    r.removeRow(3);
  });
  expect(await rows()).toEqual(['DNS Edit', 'Zone Settings Read', 'Workers Scripts Edit', 'Page Rules Edit']);
  const before = await page.locator('[data-rp="perm-row"]').first().elementHandle();
  await page.evaluate(() => (window as any).__replica.remount());
  expect(await before!.evaluate((el) => el.isConnected)).toBe(false);
  expect(await page.evaluate(() => (window as any).__replica.churn(8, 10))).toBe(4);
  expect(errors).toEqual([]);
});

test('account builder: checkboxes, counters, scope menu, add policy, review with pushState', async ({ context, dash }) => {
  const { page, errors } = await open(context, dash, `/${ACCOUNT}/api-tokens/create`, 'account-builder.html');
  // The cookie banner covers the footer buttons, as on the real dashboard: dismiss it first.
  await page.getByRole('button', { name: 'Accept All Cookies' }).click();
  await expect(page.getByRole('region', { name: 'Cookie banner' })).toHaveCount(0);
  const billing = page.getByRole('listitem').filter({ hasText: 'Billing' });
  await billing.getByRole('checkbox', { name: 'Read' }).click();
  await expect(billing.getByRole('checkbox', { name: 'Read' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('2/20')).toBeVisible();
  await page.getByRole('combobox').filter({ hasText: 'All Domains' }).click();
  await page.getByRole('option', { name: 'Specific Domains' }).click();
  await expect(page.getByRole('combobox').filter({ hasText: 'Specific Domains' })).toBeVisible();
  await page.getByRole('button', { name: '+ Add policy' }).click();
  await expect(page.getByText('Policy 3')).toBeVisible();
  const reading = await readInPage(page);
  expect(reading.step).toBe('account-builder');
  expect(reading.rows).toContain('Billing Read');

  await page.getByRole('button', { name: 'Review token' }).click();
  await expect(page.getByRole('heading', { name: 'Review token' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Review token' })).toBeVisible();
  expect(errors).toEqual([]);
});

// Native <select>s are read from the selected option: happy-dom gets selectedIndex wrong for
// parsed <option selected> markup, so this replica is checked in Chromium only.
test('native selects are read in Chromium', async ({ context, dash }) => {
  const { page, errors } = await open(context, dash, CREATE, 'classic-form-native.html');
  const r = await readInPage(page);
  expect(r.rows).toEqual(['Workers Scripts Edit', 'DNS Edit', 'Cache Purge', 'Zone Read']);
  expect(JSON.parse(JSON.stringify(r.model, (k, v) => (k === 'ref' ? undefined : v)))).toEqual({
    source: 'classic-form', owner: 'user', name: 'Native selects',
    policies: [
      { effect: 'allow', permissions: [{ name: 'Workers Scripts Edit', scope: 'account' }], include: [{ type: 'account', id: '*' }], exclude: [] },
      { effect: 'allow', permissions: [{ name: 'DNS Edit', scope: 'zone' }, { name: 'Cache Purge', scope: 'zone' }, { name: 'Zone Read', scope: 'zone' }],
        include: [{ type: 'zone', id: '*' }], exclude: [{ type: 'zone', id: 'staging.example.com', label: 'staging.example.com' }] },
    ],
  });
  expect(errors).toEqual([]);
});

test.describe('every replica loads without errors and reads as in the unit tests', () => {
  const cases: [string, string, string][] = [
    ['classic-form.html', CREATE, 'classic-form'],
    ['classic-form-v5.html', CREATE, 'classic-form'],
    ['classic-form-prefilled.html', `${CREATE}?permissionGroupKeys=%5B%7B%22key%22%3A%22zone%22%2C%22type%22%3A%22read%22%7D%2C%7B%22key%22%3A%22dns%22%2C%22type%22%3A%22edit%22%7D%2C%7B%22key%22%3A%22argotunnel%22%2C%22type%22%3A%22edit%22%7D%5D&accountId=*&zoneId=all`, 'classic-form'],
    ['classic-form-hostile.html', CREATE, 'classic-form'],
    ['classic-form-kumo.html', CREATE, 'classic-form'],
    ['classic-form-kumo-labelled.html', CREATE, 'classic-form'],
    ['classic-form-table.html', CREATE, 'classic-form'],
    ['classic-form-native.html', CREATE, 'classic-form'],
    ['template-form.html', CREATE, 'classic-form'],
    ['classic-summary.html', CREATE, 'classic-summary'],
    ['template-picker.html', CREATE, 'template-picker'],
    ['tokens-list.html', '/profile/api-tokens', 'tokens-list'],
    ['token-created.html', CREATE, 'token-created'],
    ['token-rolled.html', '/profile/api-tokens', 'token-created'],
    ['account-builder.html', `/${ACCOUNT}/api-tokens/create`, 'account-builder'],
    ['r2-api-tokens.html', `/${ACCOUNT}/r2/api-tokens/create?type=account`, 'none'],
  ];
  for (const [file, path, step] of cases) {
    test(`${file} at ${path.split('?')[0]}`, async ({ context, dash }) => {
      const { page, errors } = await open(context, dash, path, file);
      expect((await readInPage(page)).step).toBe(step);
      expect(await page.locator('img').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});
