// Cloudflare's answers, in the popup against the API stand-in: 7003 and other replies that are
// not about the token, the older token's retry after 403 / 10000, what "Works" leads to (the
// dashboard page, the token's own permissions), the texts of "Not sent" and the format box, and
// an answer for a token no longer in the field. Basic verdict states: popup.spec.ts.
import { runAxe } from './axe';
import { expect, test } from './fixtures';
import type { Reply } from './fake-cf-api';
import {
  ACCOUNT, ACCOUNT_DETAILS_PATH, ACCOUNT_PATH, ACCT, LEGACY, TOKEN_ID, USER, USER_DETAILS_PATH, USER_PATH, fail, ok, openPopup, pasteText, userToken, verifies, verify,
} from './popup-helpers';

const NO_ROUTE = { code: 7003, message: 'Could not route to /client/v4/accounts/x/tokens/verify, perhaps your object identifier is invalid?' };
const DNS_WRITE = '4755a26eedb94da69e1066d98aa820be';
const ZONE_READ = 'c8fed203ed3043cba015a93ad1616f1f';
const TOKENS_READ = '0cc3a61731504c89b99ec1be78b77aa0';

/** The token's own details, as GET …/tokens/{id} answers a token with API Tokens Read. */
const details = ok({
  id: TOKEN_ID,
  name: 'DNS for cert-manager',
  status: 'active',
  policies: [{
    id: 'p1',
    effect: 'allow',
    resources: { 'com.cloudflare.api.account.zone.*': '*' },
    permission_groups: [{ id: DNS_WRITE, name: 'DNS Write' }, { id: ZONE_READ, name: 'Zone Read' }],
  }, {
    id: 'p2',
    effect: 'allow',
    resources: { 'com.cloudflare.api.user.8f9e0a1b2c3d4e5f6a7b8c9d0e1f2a3b': '*' },
    permission_groups: [{ id: TOKENS_READ, name: 'API Tokens Read' }],
  }],
});

async function accountToken(page: import('@playwright/test').Page) {
  await page.getByLabel('API token').fill(ACCT);
  await page.getByLabel('Account ID').fill(ACCOUNT);
  await page.getByRole('button', { name: 'Verify' }).click();
}

test.describe('answers that are not about the token', () => {
  test('7003 on the account endpoint: the Account ID is wrong', async ({ context, extensionId, cfApi }) => {
    cfApi.answer(fail(404, NO_ROUTE));
    const page = await openPopup(context, extensionId);
    await accountToken(page);
    const verdict = page.getByTestId('verdict');
    await expect(verdict).toHaveAttribute('data-state', 'wrong-account');
    await expect(verdict).toContainText('Cloudflare found no account with this ID for this token: check the Account ID');
    await expect(verdict).toContainText('HTTP 404, code 7003');
    expect(cfApi.seen.map((s) => s.url)).toEqual([ACCOUNT_PATH]);
  });

  for (const [name, reply, state] of [
    ['7003 on the user endpoint is not "not accepted"', fail(404, NO_ROUTE), 'bad-reply'],
    ['400 / 7003 on the user endpoint is not "bad format"', fail(400, NO_ROUTE), 'bad-reply'],
    ['HTTP 405 is not "not accepted"', fail(405), 'bad-reply'],
    ['an error without a code is still read', fail(401, { message: 'Invalid API Token' }), 'invalid'],
  ] as Array<[string, Reply, string]>) {
    test(name, async ({ context, extensionId, cfApi }) => {
      cfApi.answer(reply);
      const page = await openPopup(context, extensionId);
      await verify(page, USER);
      await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', state);
    });
  }
});

test('an older token refused with 403 / 10000 is tried on the account endpoint (Account ID from a .env paste)', async ({ context, extensionId, cfApi }) => {
  cfApi.answer((req) => (req.url === USER_PATH ? fail(403, { code: 10000, message: 'Authentication error' }) : ok({ id: TOKEN_ID, status: 'active' })));
  const page = await openPopup(context, extensionId);
  await pasteText(page, `CLOUDFLARE_API_TOKEN=${LEGACY}\nCLOUDFLARE_ACCOUNT_ID=${ACCOUNT}`);
  await expect(page.getByLabel('Account ID')).toHaveValue(ACCOUNT);
  await page.getByRole('button', { name: 'Verify' }).click();
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-state', 'active');
  await expect(verdict).toContainText('account token in the older format');
  expect(verifies(cfApi.seen).map((s) => s.url)).toEqual([USER_PATH, ACCOUNT_PATH]);
});

test.describe('after "Works"', () => {
  test('a user token: its API Tokens page, and its permissions with the analyzer\'s findings', async ({ context, extensionId, cfApi, dash }) => {
    cfApi.answer((req) => (req.url === USER_DETAILS_PATH ? details : ok({ id: TOKEN_ID, status: 'active' })));
    const page = await openPopup(context, extensionId);
    await verify(page, USER);
    const verdict = page.getByTestId('verdict');
    await expect(verdict).toHaveAttribute('data-state', 'active');
    const list = page.getByTestId('permissions');
    await expect(list.locator('li')).toHaveCount(3);
    await expect(list.locator(`li[data-permission-id="${DNS_WRITE}"]`)).toContainText('DNS Edit');
    await expect(list.locator(`li[data-permission-id="${DNS_WRITE}"]`)).toContainText('All zones');
    await expect(list.locator(`li[data-permission-id="${ZONE_READ}"]`)).toContainText('Zone Read');
    await expect(list.locator(`li[data-permission-id="${TOKENS_READ}"]`)).toContainText('Your user');
    const findings = page.getByTestId('permission-findings');
    await expect(findings.locator('li[data-code="all-zones"]')).toHaveCount(1);
    await expect(findings.locator('li[data-code="no-expiry"]')).toHaveCount(1);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect((await runAxe(page)).violations, scheme).toEqual([]);
    }
    // Asked with the same token, of the user endpoint, and nowhere else (the fixture checks the rest).
    expect(cfApi.seen.map((s) => [s.url, s.authorization])).toEqual([[USER_PATH, `Bearer ${USER}`], [USER_DETAILS_PATH, `Bearer ${USER}`]]);

    const link = page.getByTestId('dashboard-link');
    await expect(link).toHaveAttribute('href', 'https://dash.cloudflare.com/profile/api-tokens');
    dash.serve('/profile/api-tokens', '<!doctype html><title>API Tokens</title><h1>API Tokens</h1>', { raw: true });
    const opened = context.waitForEvent('page');
    await link.click();
    await expect(await opened).toHaveURL('https://dash.cloudflare.com/profile/api-tokens');
  });

  test('an account token: the account\'s API Tokens page, and one line when it may not read its permissions', async ({ context, extensionId, cfApi }) => {
    const page = await openPopup(context, extensionId);
    await accountToken(page);
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
    await expect(page.getByTestId('dashboard-link')).toHaveAttribute('href', `https://dash.cloudflare.com/${ACCOUNT}/api-tokens`);
    const line = page.getByTestId('permissions-unavailable');
    await expect(line).toContainText("Its permissions can't be shown here");
    await expect(line).toContainText('Account API Tokens Read');
    await expect(line).toContainText('HTTP 403, code 9109');
    await expect(page.getByTestId('permissions')).toHaveCount(0);
    expect(cfApi.seen.map((s) => [s.url, s.authorization])).toEqual([[ACCOUNT_PATH, `Bearer ${ACCT}`], [ACCOUNT_DETAILS_PATH, `Bearer ${ACCT}`]]);
  });
});

test.describe('texts', () => {
  test('"Not sent" does not repeat the format box', async ({ context, extensionId }) => {
    const page = await openPopup(context, extensionId);
    await verify(page, '0123456789abcdef0123456789abcdef01234');
    const format = await page.getByTestId('format').locator('p').allInnerTexts();
    const verdict = page.getByTestId('verdict');
    await expect(verdict).toHaveAttribute('data-state', 'not-sent');
    const said = await verdict.innerText();
    for (const line of format.slice(0, 2)) expect(said).not.toContain(line);
  });

  test('an empty field shows no lone "…"', async ({ context, extensionId, cfApi }) => {
    const page = await openPopup(context, extensionId);
    await page.getByRole('button', { name: 'Verify' }).click();
    const verdict = page.getByTestId('verdict');
    await expect(verdict).toHaveAttribute('data-state', 'not-sent');
    await expect(verdict).toContainText('There is nothing to verify yet.');
    expect(await verdict.innerText()).not.toContain('\u2026');
    expect(cfApi.seen).toEqual([]);
  });

  test('the format box follows what happened: no "Enter the ID of the account" once it is verified', async ({ context, extensionId }) => {
    const page = await openPopup(context, extensionId);
    const format = page.getByTestId('format');
    await page.getByLabel('API token').fill(ACCT);
    await expect(format).toContainText('Enter the ID of the account');
    await page.getByLabel('Account ID').fill(ACCOUNT);
    await expect(format).not.toContainText('Enter the ID of the account');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
    await expect(format).toContainText('Checked: Cloudflare’s answer is below.');
    await expect(format).not.toContainText('Enter the ID of the account');
  });
});

test('an answer for a token that is no longer in the field is ignored', async ({ context, extensionId, cfApi }) => {
  const first = userToken(1);
  const second = userToken(2);
  cfApi.answer((req) => (req.authorization === `Bearer ${first}` ? { ...ok({ id: TOKEN_ID, status: 'active' }), delay: 1500 } : fail(401, { code: 1000, message: 'Invalid API Token' })));
  const page = await openPopup(context, extensionId);
  await verify(page, first);
  await expect(page.getByText('Asking Cloudflare')).toBeVisible();
  await page.getByLabel('API token').fill(second);
  // The first answer arrives while the second token is in the field: it is not shown.
  await expect.poll(() => cfApi.seen.length).toBe(1);
  await page.waitForTimeout(2000);
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.getByText('Asking Cloudflare')).toHaveCount(0);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'invalid');
  expect(cfApi.seen.map((s) => s.authorization)).toEqual([`Bearer ${first}`, `Bearer ${second}`]);
});
