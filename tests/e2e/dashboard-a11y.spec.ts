// axe on annotated replicas: what Token Lens adds (hosts and their shadow roots) has no violation.
import { expect, test } from './fixtures';
import { FORM_PATH, LIST_PATH, expectNoteCount, openReplica, ourAxeViolations } from './dashboard-helpers';

const CASES = [
  { file: 'classic-form.html', path: FORM_PATH, ready: '[data-token-lens="summary"]' },
  { file: 'classic-summary.html', path: FORM_PATH, ready: '[data-token-lens="summary"]' },
  { file: 'template-picker.html', path: FORM_PATH, ready: '[data-token-lens="template"]' },
  { file: 'tokens-list.html', path: LIST_PATH, ready: '[data-token-lens="token"]' },
  { file: 'account-builder.html', path: '/0123456789abcdef0123456789abcdef/api-tokens/create', ready: '[data-token-lens="summary"]' },
];

for (const c of CASES) {
  test(`no axe violation in our UI on ${c.file} (light and dark, notes opened)`, async ({ context, dash }) => {
    const { page } = await openReplica({ context, dash }, c.path, c.file);
    await expect(page.locator(c.ready).first()).toBeVisible();
    const toggles = page.locator('[data-token-lens="permission"] button');
    // dispatchEvent: the replica's open dropdown menu may lie over a note's button.
    for (let i = 0; i < Math.min(await toggles.count(), 3); i++) await toggles.nth(i).dispatchEvent('click');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('[data-token-lens]').first()).toHaveAttribute('data-theme', scheme);
      expect(await ourAxeViolations(page), scheme).toEqual([]);
    }
  });
}

test('a keyboard user reaches and opens a note', async ({ context, dash }) => {
  const { page } = await openReplica({ context, dash }, FORM_PATH, 'classic-form.html');
  await expectNoteCount(page, 3);
  const toggle = page.locator('[data-token-lens="permission"]').first().getByRole('button', { name: /^Details for / });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});
