// The options page: edits saved to storage.sync, bad stored values shown as defaults, open
// dashboard tabs applying a change live (no reload), and no axe violations in light or dark.
import { runAxe } from './axe';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, newTab, test } from './fixtures';
import { FORM_PATH, openReplica, summaryFindings } from './dashboard-helpers';
import { RULE_INFO } from '../../lib/settings/rule-info';

// The one extension API these steps call inside the options page (no @types/chrome in the project).
declare const chrome: {
  storage: { sync: { get(keys: null): Promise<Record<string, any>>; set(items: Record<string, unknown>): Promise<void> } };
};

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await newTab(context, `chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Token Lens options' })).toBeVisible();
  await expect(page.getByLabel('Days')).toBeVisible();
  return page;
}

const stored = (page: Page) => page.evaluate(() => chrome.storage.sync.get(null));
const codes = async (page: Page) => (await summaryFindings(page)).map((f) => f.code);

test('edits are saved to storage.sync as they are made', async ({ context, extensionId }) => {
  const page = await openOptions(context, extensionId);
  await page.getByRole('radio', { name: /^Strict/ }).check();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('checkbox', { name: 'No IP filter' }).uncheck();
  await page.getByRole('checkbox', { name: 'Duplicate permissions' }).uncheck();
  await page.getByLabel('Days').fill('30');
  await page.getByRole('radio', { name: /^Expanded/ }).check();
  await expect.poll(() => stored(page)).toEqual({
    options: { strictness: 'strict', maxLifetimeDays: 30, broadTokenGroups: 10, disabledRules: ['no-ip-filter', 'redundant-permission'], unusedDays: 90, neverUsedDays: 30 },
    display: { notes: 'expanded' },
  });
  // Typing something that is not a lifetime keeps it on screen, explains it and stores nothing.
  await page.getByLabel('Days').fill('two weeks');
  await expect(page.getByLabel('Days')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Use whole days only')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/Not saved/);
  await page.getByRole('checkbox', { name: 'No IP filter' }).check(); // other edits still save
  await expect.poll(async () => (await stored(page)).options.disabledRules).toEqual(['redundant-permission']);
  expect((await stored(page)).options.maxLifetimeDays).toBe(30);
  await expect(page.getByLabel('Days')).toHaveValue('two weeks');
  // After a reload the page shows what was stored.
  await page.reload();
  await expect(page.getByLabel('Days')).toHaveValue('30');
  await expect(page.getByRole('radio', { name: /^Strict/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Duplicate permissions' })).not.toBeChecked();
});

test('works from the keyboard alone', async ({ context, extensionId }) => {
  const page = await openOptions(context, extensionId);
  await page.keyboard.press('Tab'); // the checked strictness radio
  await expect(page.getByRole('radio', { name: /^Balanced/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Relaxed/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Days')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('60');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Can create tokens' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(async () => (await stored(page)).options).toMatchObject({ strictness: 'relaxed', maxLifetimeDays: 60, disabledRules: ['token-minting'] });
});

test('bad stored values are shown as the defaults', async ({ context, extensionId }) => {
  const page = await openOptions(context, extensionId);
  await page.evaluate(() => chrome.storage.sync.set({ options: { strictness: 'max', maxLifetimeDays: -4, disabledRules: 'all' }, display: { notes: 42 } }));
  await page.reload();
  await expect(page.getByLabel('Days')).toHaveValue('90');
  await expect(page.getByRole('radio', { name: /^Balanced/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Compact/ })).toBeChecked();
  // One box per rule the options page lists (an empty list would prove nothing), every one on.
  const boxes = page.getByRole('checkbox');
  await expect(boxes).toHaveCount(Object.keys(RULE_INFO).length);
  for (const box of await boxes.all()) await expect(box).toBeChecked();
});

test('a rule turned off disappears from an open dashboard tab without a reload', async ({ context, extensionId, dash }) => {
  const { page: form, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form.html');
  await expect.poll(() => codes(form)).toContain('no-ip-filter');
  const loaded = await form.evaluate(() => performance.timeOrigin);
  const options = await openOptions(context, extensionId);
  await options.getByRole('checkbox', { name: 'No IP filter' }).uncheck();
  await expect.poll(() => codes(form)).not.toContain('no-ip-filter');
  expect((await codes(form)).length).toBeGreaterThan(0);
  await options.getByRole('checkbox', { name: 'No IP filter' }).check();
  await expect.poll(() => codes(form)).toContain('no-ip-filter');
  expect(await form.evaluate(() => performance.timeOrigin)).toBe(loaded);
  expect(problems).toEqual([]);
});

test('the maximum lifetime applies live to a form with an end date', async ({ context, extensionId, dash }) => {
  // classic-form-v5.html ends on 12/31/2026: a month or so ahead of the test clock, far less than 90 days.
  const { page: form, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form-v5.html');
  await expect(form.locator('[data-token-lens="summary"]')).toHaveCount(1);
  await expect.poll(() => codes(form)).not.toContain('long-lived');
  const options = await openOptions(context, extensionId);
  await options.getByLabel('Days').fill('3');
  await expect.poll(() => codes(form)).toContain('long-lived');
  await options.getByLabel('Days').fill('3650');
  await expect.poll(() => codes(form)).not.toContain('long-lived');
  expect(problems).toEqual([]);
});

test('expanded notes open with their warnings in view, live', async ({ context, extensionId, dash }) => {
  const { page: form } = await openReplica({ context, dash }, FORM_PATH, 'classic-form.html');
  const open = () => form.evaluate(() =>
    [...document.querySelectorAll('[data-token-lens="permission"]')].map((h) => ({
      expanded: h.shadowRoot?.querySelector('button')?.getAttribute('aria-expanded'),
      findings: h.shadowRoot?.querySelectorAll('[data-token-lens="note-finding"]').length ?? 0,
    })));
  await expect.poll(async () => (await open()).length).toBeGreaterThan(0);
  expect((await open()).every((n) => n.expanded === 'false')).toBe(true);
  const options = await openOptions(context, extensionId);
  await options.getByRole('radio', { name: /^Expanded/ }).check();
  await expect.poll(async () => (await open()).filter((n) => n.expanded === 'true' && n.findings > 0).length).toBeGreaterThan(0);
  expect((await open()).every((n) => (n.expanded === 'true') === (n.findings > 0))).toBe(true);
  await options.getByRole('radio', { name: /^Compact/ }).check();
  await expect.poll(async () => (await open()).every((n) => n.expanded === 'false')).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the options page has no axe violations (${scheme})`, async ({ context, extensionId }) => {
    const page = await openOptions(context, extensionId);
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByLabel('Days').fill('0'); // the error state too
    await expect(page.getByText(/from 1 to 3650 days/)).toBeVisible();
    expect((await runAxe(page)).violations).toEqual([]);
  });
}
