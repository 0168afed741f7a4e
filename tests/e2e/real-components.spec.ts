// The extension on pages rendered by Cloudflare's real component library (Kumo 2.14 on Base UI,
// React 19) and by react-select 5 (tests/fixtures/real), on load and as a user changes them:
// a group typed and picked in a Combobox, an address chip removed and added, dates picked in a
// DatePicker, a level ticked, a policy's scope changed. Notes stay beside whole rows, and a part
// of the page that can't be read is said to be unread, never taken for empty.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ACCOUNT_PATH, FORM_PATH, ID, notes, openReplica, summaryFindings } from './dashboard-helpers';

/** Catalog ID of Page Rules Read (reference permissions.json). */
const PAGE_RULES_READ = 'b415b70a4fd1412886f164451f20405c';
const codes = async (page: Page) => (await summaryFindings(page)).map((f) => f.code);
const ids = async (page: Page) => (await notes(page)).map((n) => n.id);
const CLASSIC = ['classic-form-kumo-select', 'classic-form-kumo-combobox', 'classic-form-react-select'];

for (const name of CLASSIC) {
  test(`${name}: a note beside each whole row, the IP chip and the dates read`, async ({ context, dash }) => {
    const { page, problems } = await openReplica({ context, dash }, FORM_PATH, `real/${name}.html`);
    await expect.poll(() => ids(page)).toEqual([ID.workersScriptsEdit, ID.dnsEdit, ID.zoneRead]);
    expect((await notes(page)).every((n) => n.besideRow)).toBe(true);
    // Never inside a control group: no host has a dashboard control as an ancestor or sibling in a row.
    expect(await page.evaluate(() => [...document.querySelectorAll('[data-token-lens]')].filter((h) => h.parentElement?.closest('[role="group"],fieldset,label,[role="combobox"]')).length)).toBe(0);
    const found = await codes(page);
    expect(found).toEqual(expect.arrayContaining(['critical-permission', 'all-accounts', 'all-zones']));
    for (const absent of ['no-ip-filter', 'no-expiry', 'unread-field']) expect(found).not.toContain(absent);
    expect(problems).toEqual([]);
  });
}

test('Kumo Combobox: typing a group and picking it changes that row\'s note', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'real/classic-form-kumo-combobox.html');
  await expect.poll(() => ids(page)).toEqual([ID.workersScriptsEdit, ID.dnsEdit, ID.zoneRead]);
  const group = page.getByRole('combobox', { name: 'Permission group' }).nth(2);
  await group.fill('Page');
  await page.getByRole('option', { name: 'Page Rules' }).click();
  // A new group and no level yet: the note names the group, with no risk made up for it.
  await expect.poll(async () => (await notes(page))[2]).toMatchObject({ label: 'Page Rules', id: 'unknown' });
  await page.getByRole('combobox', { name: 'Permission level' }).nth(2).click();
  await page.getByRole('option', { name: 'Read' }).click();
  await expect.poll(() => ids(page)).toEqual([ID.workersScriptsEdit, ID.dnsEdit, PAGE_RULES_READ]);
  expect(problems).toEqual([]);
});

test('Kumo TagInput: removing the last address chip warns about no IP filter; adding one takes it back', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'real/classic-form-kumo-select.html');
  await expect.poll(() => codes(page)).toContain('all-zones');
  expect(await codes(page)).not.toContain('no-ip-filter');
  await page.getByRole('button', { name: 'Remove 192.0.2.0/24' }).click();
  await expect.poll(() => codes(page)).toContain('no-ip-filter');
  await page.getByRole('textbox', { name: 'Value' }).fill('198.51.100.0/24');
  await page.keyboard.press('Enter');
  await expect.poll(() => codes(page)).not.toContain('no-ip-filter');
  expect(problems).toEqual([]);
});

test('Kumo DatePicker: no dates picked is "never expires"; dates picked in the calendar end it', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, `${FORM_PATH}?ttl=none`, 'real/classic-form-kumo-select.html');
  await expect.poll(() => codes(page)).toContain('no-expiry');
  await page.getByRole('button', { name: 'Start Date → End Date' }).click();
  const calendar = page.getByRole('dialog');
  // While the popup is open Base UI marks the rest of the page aria-hidden: the notes stay.
  await expect.poll(() => ids(page)).toEqual([ID.workersScriptsEdit, ID.dnsEdit, ID.zoneRead]);
  await calendar.getByRole('button', { name: /December 10th, 2026/ }).click();
  await calendar.getByRole('button', { name: /December 20th, 2026/ }).click();
  await page.keyboard.press('Escape');
  await expect.poll(() => codes(page)).not.toContain('no-expiry');
  expect(await codes(page)).not.toContain('unread-field');
  expect(problems).toEqual([]);
});

test('a date shown in a form Token Lens can\'t read is unread, not "never expires"', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'real/classic-form-kumo-select.html');
  await expect.poll(() => codes(page)).toContain('all-zones');
  // As a German date would show: the page's own text changes, as React would render it.
  await page.getByRole('button', { name: /Dec 10, 2026/ }).evaluate((b) => {
    const span = [...b.querySelectorAll('span')].find((s) => s.textContent?.includes('→'))!;
    span.textContent = '10. Dez. 2026 → 20. Dez. 2026';
  });
  await expect.poll(() => summaryFindings(page)).toContainEqual({ code: 'unread-field', severity: 'info' });
  expect(await codes(page)).not.toContain('no-expiry');
  expect(problems).toEqual([]);
});

test('account builder: Checkbox, Checkbox.Group, Switch and Table.CheckCell levels; ticking one adds its note; a scope change to Specific Domains', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, ACCOUNT_PATH, 'real/account-builder.html');
  await expect.poll(async () => (await ids(page)).sort()).toEqual([ID.accountSettingsRead, ID.workersScriptsEdit, ID.dnsEdit, ID.zoneRead, ID.pageRulesEdit].sort());
  const found = await codes(page);
  for (const absent of ['no-ip-filter', 'no-expiry', 'unread-field', 'unknown-permission']) expect(found).not.toContain(absent);
  // Tick Zone Settings Edit in policy 2 (a Kumo Checkbox with its label).
  await page.getByRole('listitem').filter({ hasText: /^Zone Settings/ }).getByRole('checkbox', { name: 'Edit' }).click();
  await expect.poll(() => ids(page)).toContain(ID.zoneSettingsEdit);
  // Policy 2 to "Specific Domains": its zones are the picked ones, no longer every zone.
  await page.getByRole('combobox', { name: /Resources|Scope/i }).nth(1).click();
  await page.getByRole('option', { name: 'Specific Domains' }).click();
  await expect.poll(() => codes(page)).not.toContain('all-zones');
  expect(problems).toEqual([]);
});

test('tokens list as a Kumo Table: a badge per token', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, '/profile/api-tokens', 'real/tokens-list.html');
  await expect(page.locator('[data-token-lens="token"]')).toHaveCount(5);
  expect(problems).toEqual([]);
});
