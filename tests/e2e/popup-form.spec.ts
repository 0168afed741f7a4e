// The popup's form: paste clean-up, reveal and Clear, the Account ID field, keyboard use, and
// axe in light and dark. Verdict states and secrets are in popup.spec.ts.
import { runAxe } from './axe';
import { expect, test } from './fixtures';
import { ACCOUNT, ACCOUNT_PATH, ACCT, LEGACY, TOKEN_ID, USER, USER_PATH, daysFromNow, ok, openPopup, verifies, verify } from './popup-helpers';

test('format box: paste clean-up is explained, and Enter submits', async ({ context, extensionId, cfApi }) => {
  const page = await openPopup(context, extensionId);
  const field = page.getByLabel('API token');
  await field.fill(`  "Authorization: Bearer ${USER}"  `);
  await expect(field).toHaveValue(USER);
  const format = page.getByTestId('format');
  await expect(format).toHaveAttribute('data-kind', 'user-token');
  await expect(format).toHaveAttribute('data-checksum', 'valid');
  await expect(format).toContainText('removed spaces or line breaks at the ends, quotes around it, "Authorization: Bearer" in front');
  await field.press('Enter');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
  expect(verifies(cfApi.seen)).toEqual([expect.objectContaining({ url: USER_PATH, authorization: `Bearer ${USER}` })]);
});

test('reveal toggle and Clear: Clear forgets the token and the verdict', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  const field = page.getByLabel('API token');
  await verify(page, LEGACY);
  await expect(page.getByTestId('format')).toHaveAttribute('data-kind', 'legacy-token');
  await expect(page.getByTestId('format')).toContainText('Roll it');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
  await expect(field).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show token' }).click();
  await expect(field).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(field).toHaveValue('');
  await expect(field).toHaveAttribute('type', 'password');
  await expect(field).toBeFocused();
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.getByTestId('format')).toHaveAttribute('data-kind', 'empty');
});

test('account token: Account ID field, validated, account endpoint', async ({ context, extensionId, cfApi }) => {
  const page = await openPopup(context, extensionId);
  await expect(page.getByLabel('Account ID')).toHaveCount(0);
  await page.getByLabel('API token').fill(ACCT);
  const account = page.getByLabel('Account ID');
  await account.fill('not-an-id');
  await expect(account).toHaveAttribute('aria-invalid', 'true');
  await account.fill(ACCOUNT.toUpperCase());
  await expect(account).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
  expect(verifies(cfApi.seen)).toEqual([expect.objectContaining({ url: ACCOUNT_PATH, authorization: `Bearer ${ACCT}` })]);
});

test('legacy token marked account-owned goes to the account endpoint', async ({ context, extensionId, cfApi }) => {
  const page = await openPopup(context, extensionId);
  await page.getByLabel('API token').fill(LEGACY);
  await page.getByLabel('It is an account-owned token').check();
  await page.getByLabel('Account ID').fill(ACCOUNT);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
  expect(verifies(cfApi.seen).map((s) => s.url)).toEqual([ACCOUNT_PATH]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no violations, ${scheme}`, async ({ context, extensionId, cfApi }) => {
    cfApi.answer(ok({ id: TOKEN_ID, status: 'active', not_before: daysFromNow(-10), expires_on: daysFromNow(3) }));
    const page = await openPopup(context, extensionId);
    await page.emulateMedia({ colorScheme: scheme });
    expect((await runAxe(page)).violations).toEqual([]);
    await page.getByLabel('API token').fill(LEGACY);
    await page.getByLabel('It is an account-owned token').check();
    await page.getByLabel('Account ID').fill('nope');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'not-sent');
    expect((await runAxe(page)).violations).toEqual([]);
    await page.getByLabel('Account ID').fill(ACCOUNT);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
    expect((await runAxe(page)).violations).toEqual([]);
  });
}

test('keyboard only: the field has focus on open, then Tab reaches reveal, Verify, Clear in order', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  await expect(page.getByLabel('API token')).toBeFocused();
  await page.keyboard.type(USER);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show token' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Hide token' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Verify' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear' })).toBeFocused();
});
