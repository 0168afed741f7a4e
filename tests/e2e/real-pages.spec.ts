// Render checks of the pages built from the real component libraries (tests/fixtures/real: Kumo 2.14,
// react-select 5.10, React 19), served at their real URLs with the extension loaded: each renders its
// main controls with the expected state, its own interactions work, and it raises no error. No Token
// Lens assertion here: if one of these pages breaks, every reader test built on it is worthless.
// Needs `npm run fixtures:real` (npm run test:e2e runs it).
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, type Dash } from './fixtures';

const ACCOUNT_PATH = '/0123456789abcdef0123456789abcdef/api-tokens/create';
const FORM_PATH = '/profile/api-tokens/create';
const LIST_PATH = '/profile/api-tokens';

/** Opens `real/<file>` at `path`, collecting the page's own errors (uncaught, or console errors of its scripts) from the start. */
async function openReal(f: { context: BrowserContext; dash: Dash }, path: string, file: string): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => void (m.type() === 'error' && m.location().url.startsWith('https://dash.cloudflare.com/') && errors.push(`console: ${m.text()}`)));
  };
  f.context.on('page', watch);
  const page = await f.dash.open(path, `real/${file}`);
  f.context.off('page', watch);
  await expect(page.locator('#root > *')).not.toHaveCount(0);
  return { page, errors };
}

/** The <li> of a permission group (exact name) in the account builder. */
const row = (scope: Page | ReturnType<Page['locator']>, name: string) =>
  scope.getByRole('listitem').filter({ has: scope.getByText(name, { exact: true }) });

test.describe('account-builder.html (Kumo)', () => {
  test('renders policies, level controls of four kinds, expiration, IP filter', async ({ context, dash }) => {
    const { page, errors } = await openReal({ context, dash }, ACCOUNT_PATH, 'account-builder.html');
    await expect(page.getByRole('heading', { name: 'Create Custom Token', level: 1 })).toBeVisible();
    await expect(page.getByText('Token name', { exact: true })).toBeVisible();
    await expect(page.getByRole('textbox').first()).toHaveValue('brave-otter-4821');

    const scopes = page.getByRole('combobox', { name: 'Resources' });
    await expect(scopes).toHaveCount(2);
    await expect(scopes.nth(0)).toHaveText('Entire Account');
    await expect(scopes.nth(1)).toHaveText('All Domains');
    await expect(page.getByRole('searchbox', { name: 'Search for permission groups' })).toHaveCount(2);

    // Policy 1: a Kumo Table with Table.CheckCell, and Switches.
    await expect(page.getByRole('button', { name: /Account & Billing\s*1\/8/ })).toHaveAttribute('aria-expanded', 'true');
    const settings = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Account Settings', exact: true }) });
    await expect(settings.getByRole('checkbox')).toHaveCount(2);
    await expect(settings.getByRole('checkbox').first()).toBeChecked();
    await expect(settings.getByRole('checkbox').last()).not.toBeChecked();
    await expect(row(page, 'Workers Scripts').getByRole('switch', { name: 'Edit' })).toBeChecked();
    await expect(row(page, 'Workers Scripts').getByRole('switch', { name: 'Read' })).not.toBeChecked();

    // Policy 2: Checkboxes with labels; a collapsed category (Checkbox.Group) that holds Page Rules Edit.
    const dnsZones = page.getByRole('button', { name: /DNS & Zones\s*2\/12/ });
    await expect(dnsZones).toHaveAttribute('aria-expanded', 'true');
    await expect(row(page, 'DNS').getByRole('checkbox', { name: 'Edit' })).toBeChecked();
    await expect(row(page, 'Zone').getByRole('checkbox', { name: 'Read' })).toBeChecked();
    await expect(row(page, 'Zone').getByRole('checkbox', { name: 'Edit' })).not.toBeChecked();
    const rules = page.getByRole('button', { name: /Rules & Configuration\s*1\/8/ });
    await expect(rules).toHaveAttribute('aria-expanded', 'false');
    // Kept mounted while collapsed (Base UI's hidden panel): the checked row is in the DOM, not shown.
    const pageRules = page.getByRole('group', { name: 'Page Rules', includeHidden: true });
    await expect(pageRules).toBeHidden();
    await expect(pageRules.locator('[role=checkbox][aria-checked=true]')).toHaveText('');
    await expect(pageRules.locator('[role=checkbox]')).toHaveCount(2);
    await rules.click();
    await expect(rules).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('group', { name: 'Page Rules' }).getByRole('checkbox', { name: 'Edit' })).toBeVisible();

    // Checking a box moves its counter.
    await row(page, 'Zone Settings').getByRole('checkbox', { name: 'Read' }).click();
    await expect(page.getByRole('button', { name: /DNS & Zones\s*3\/12/ })).toBeVisible();

    await expect(page.getByRole('combobox', { name: 'Token expiration' })).toHaveText('Custom date');
    await expect(page.getByRole('button', { name: 'Dec 20, 2026' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Operator' })).toHaveText('Is in');
    await expect(page.getByText('192.0.2.0/24', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove 192.0.2.0/24' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Value' })).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Review token' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('search, Add policy, Specific Domains chips, the date popover', async ({ context, dash }) => {
    const { page, errors } = await openReal({ context, dash }, ACCOUNT_PATH, 'account-builder.html');
    const search = page.getByRole('searchbox', { name: 'Search for permission groups' }).nth(1);
    await search.fill('page');
    await expect(page.getByRole('group', { name: 'Page Rules' })).toBeVisible();
    await expect(row(page, 'DNS')).toHaveCount(0);
    await search.fill('');
    await expect(row(page, 'DNS')).toHaveCount(1);

    await page.getByRole('button', { name: 'Add policy' }).click();
    await expect(page.getByRole('combobox', { name: 'Resources' })).toHaveCount(3);

    // The scope Select's popup is a listbox in a portal at the end of <body>.
    await page.getByRole('combobox', { name: 'Resources' }).nth(1).click();
    await page.locator('body > [data-base-ui-portal]').getByRole('option', { name: 'Specific Domains' }).click();
    await expect(page.getByRole('combobox', { name: 'Resources' }).nth(1)).toHaveText('Specific Domains');
    await expect(page.getByRole('combobox', { name: 'Domains' })).toBeVisible();
    await expect(page.getByText('example.com', { exact: true })).toBeVisible();
    await expect(page.getByText('example.org', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Dec 20, 2026' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('grid', { name: 'December 2026' })).toBeVisible();
    await dialog.getByRole('button', { name: /December 24th, 2026/ }).click();
    await expect(page.getByRole('button', { name: 'Dec 24, 2026' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('?ttl=never&ip=none and ?zones=specific', async ({ context, dash }) => {
    let { page, errors } = await openReal({ context, dash }, `${ACCOUNT_PATH}?ttl=never&ip=none`, 'account-builder.html');
    await expect(page.getByRole('combobox', { name: 'Token expiration' })).toHaveText('Never');
    await expect(page.getByRole('button', { name: /, 2026$/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
    expect(errors).toEqual([]);

    ({ page, errors } = await openReal({ context, dash }, `${ACCOUNT_PATH}?zones=specific`, 'account-builder.html'));
    await expect(page.getByRole('combobox', { name: 'Resources' }).nth(1)).toHaveText('Specific Domains');
    await expect(page.getByRole('toolbar').getByText('example.com', { exact: true })).toBeVisible();
    await expect(page.getByRole('toolbar').getByText('example.org', { exact: true })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

/** Checks shared by the three classic pages: everything but the permission-group control and the dates. */
async function classicCommon(page: Page, wording: { add: string }) {
  await expect(page.getByRole('heading', { name: 'User API Tokens', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Create Custom Token' })).toBeVisible();
  for (const h of ['Permissions', 'Account Resources', 'Zone Resources', 'Client IP Address Filtering', 'TTL']) {
    await expect(page.getByRole('heading', { name: h, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('textbox', { name: 'Token name' })).toHaveValue('CI deploy');
  await expect(page.getByRole('button', { name: 'Remove', exact: true })).toHaveCount(4); // 3 rows + the IP row
  await expect(page.getByRole('button', { name: wording.add, exact: true })).toHaveCount(3);
  await expect(page.getByText('192.0.2.0/24', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue to summary' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
}

test.describe('classic-form-kumo-select.html', () => {
  test('renders three Kumo Selects per row, resources, IP chip, date range; a pick changes a value', async ({ context, dash }) => {
    const { page, errors } = await openReal({ context, dash }, FORM_PATH, 'classic-form-kumo-select.html');
    await classicCommon(page, { add: 'Add more' });
    await expect(page.getByRole('combobox', { name: 'Permission scope' })).toHaveText(['Account', 'Zone', 'Zone']);
    await expect(page.getByRole('combobox', { name: 'Permission group' })).toHaveText(['Workers Scripts', 'DNS', 'Zone']);
    await expect(page.getByRole('combobox', { name: 'Permission level' })).toHaveText(['Edit', 'Edit', 'Read']);
    await expect(page.getByRole('combobox', { name: 'Accounts' })).toHaveText('All accounts');
    await expect(page.getByRole('combobox', { name: 'Zones' })).toHaveText('All zones');
    await expect(page.getByRole('combobox', { name: 'Operator' })).toHaveText('Is in');
    await expect(page.getByRole('button', { name: 'Dec 10, 2026 → Dec 20, 2026' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Permission level' }).nth(2).click();
    await page.getByRole('listbox').getByRole('option', { name: 'Edit' }).click();
    await expect(page.getByRole('combobox', { name: 'Permission level' })).toHaveText(['Edit', 'Edit', 'Edit']);
    await page.getByRole('button', { name: 'Add more' }).first().click();
    await expect(page.getByRole('combobox', { name: 'Permission scope' })).toHaveText(['Account', 'Zone', 'Zone', 'Select...']);
    await page.getByRole('button', { name: 'Remove', exact: true }).first().click();
    await expect(page.getByRole('combobox', { name: 'Permission group' })).toHaveText(['DNS', 'Zone', 'Select...']);
    await expect(page.getByRole('heading', { name: 'Account Resources' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('?rows=empty&ip=none&ttl=none', async ({ context, dash }) => {
    const { page, errors } = await openReal({ context, dash }, `${FORM_PATH}?rows=empty&ip=none&ttl=none`, 'classic-form-kumo-select.html');
    await expect(page.getByRole('combobox', { name: /^Permission / })).toHaveText(['Select...', 'Select...', 'Select...']);
    await expect(page.getByRole('heading', { name: 'Zone Resources' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Operator' })).toHaveText('Select item...');
    await expect(page.getByRole('button', { name: /^Remove \d/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Start Date → End Date' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('classic-form-kumo-combobox.html', () => {
  test('the permission group is a typed combobox input: type, filter, pick', async ({ context, dash }) => {
    const { page, errors } = await openReal({ context, dash }, FORM_PATH, 'classic-form-kumo-combobox.html');
    await classicCommon(page, { add: 'Add more' });
    const groups = page.getByRole('combobox', { name: 'Permission group' });
    await expect(groups).toHaveCount(3);
    await expect(groups.nth(0)).toHaveValue('Workers Scripts');
    await expect(groups.nth(1)).toHaveValue('DNS');
    await expect(groups.nth(2)).toHaveValue('Zone');
    await expect(page.getByRole('button', { name: 'Show options' })).toHaveCount(3);
    await expect(page.getByRole('combobox', { name: 'Permission level' })).toHaveText(['Edit', 'Edit', 'Read']);

    await groups.nth(0).fill('tail');
    await expect(page.getByRole('option')).toHaveText(['Workers Tail']);
    await page.getByRole('option', { name: 'Workers Tail' }).click();
    await expect(groups.nth(0)).toHaveValue('Workers Tail');
    await expect(page.getByRole('combobox', { name: 'Permission level' }).first()).toHaveText('Select...');
    expect(errors).toEqual([]);
  });
});

test.describe('classic-form-react-select.html', () => {
  test('renders react-select dropdowns, a creatable multi with the IP, native dates; a menu pick works', async ({ context, dash }) => {
    const { page, errors } = await openReal({ context, dash }, FORM_PATH, 'classic-form-react-select.html');
    await classicCommon(page, { add: '+ Add more' });
    const permissions = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Permissions' }) });
    await expect(permissions.getByRole('combobox')).toHaveCount(9);
    for (const text of ['Account', 'Workers Scripts', 'DNS', 'Read']) await expect(permissions.getByText(text, { exact: true })).toBeVisible();
    await expect(page.getByText('All accounts', { exact: true })).toBeVisible();
    await expect(page.getByText('All zones', { exact: true })).toBeVisible();
    await expect(page.getByText('Is in', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove 192.0.2.0/24' })).toBeVisible();
    await expect(page.getByLabel('Start Date')).toHaveValue('2026-12-10');
    await expect(page.getByLabel('End Date')).toHaveValue('2026-12-20');

    // Row 3's level: react-select opens its menu on mousedown of the control, in place (no portal).
    await permissions.getByText('Read', { exact: true }).click();
    await page.getByRole('option', { name: 'Edit' }).click();
    await expect(permissions.getByText('Read', { exact: true })).toHaveCount(0);
    await expect(permissions.getByText('Edit', { exact: true })).toHaveCount(3);
    expect(errors).toEqual([]);
  });
});

test.describe('tokens-list.html (Kumo Table + DropdownMenu)', () => {
  test('renders the table; Actions opens a menu in a portal; ?menu=2 starts with it open', async ({ context, dash }) => {
    let { page, errors } = await openReal({ context, dash }, LIST_PATH, 'tokens-list.html');
    await expect(page.getByRole('heading', { name: 'User API Tokens', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create Token' })).toBeVisible();
    await expect(page.getByRole('columnheader')).toContainText(['Token name', 'Permissions', 'Resources', 'Status', 'Actions']);
    await expect(page.locator('tbody').getByRole('row')).toHaveCount(5);
    // Token Lens may add its own notes to the rows: only what the page itself shows is checked.
    const ci = page.getByRole('row').filter({ hasText: 'CI deploy' });
    await expect(ci.getByRole('cell').nth(1)).toContainText('Workers Scripts:Edit, DNS:Edit +2 more');
    await expect(ci.getByText('Active', { exact: true })).toBeVisible();
    // The page's own status (our badge of that row says "Expired" too: it has a data-risk).
    await expect(page.getByText('Expired', { exact: true }).and(page.locator(':not([data-risk])'))).toBeVisible();
    const actions = page.getByRole('button', { name: 'Actions' });
    await expect(actions).toHaveCount(5);
    await actions.nth(1).click();
    const menu = page.locator('body > [data-base-ui-portal]').getByRole('menu');
    await expect(menu.getByRole('menuitem')).toHaveText(['Edit', 'Roll', 'Delete']);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    expect(errors).toEqual([]);

    ({ page, errors } = await openReal({ context, dash }, `${LIST_PATH}?menu=2`, 'tokens-list.html'));
    await expect(page.getByRole('menu')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Actions' }).nth(1)).toHaveAttribute('aria-expanded', 'true');
    expect(errors).toEqual([]);
  });
});
