// The popup against the local API stand-in: every verdict state, what is never sent, the legacy
// retry, the Account ID pre-fill, and the token kept out of storage, console and URLs.
// Form details, keyboard and axe: popup-form.spec.ts; screenshots: popup-screenshots.spec.ts.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_EXTENSION, expect, newTab, test } from './fixtures';
import { defaultAnswer, type Reply } from './fake-cf-api';
import {
  ACCOUNT, ACCOUNT_DETAILS_PATH, ACCOUNT_PATH, ACCT, LEGACY, TOKEN_ID, USER, USER_DETAILS_PATH, USER_PATH, allStorage, daysFromNow, fail, ok, openPopup, popupBesideDashboard,
  userToken, verifies, verify,
} from './popup-helpers';

const cases: Array<[string, Reply, string, RegExp]> = [
  ['active, no dates', ok({ id: TOKEN_ID, status: 'active' }), 'active', /Never[\s\S]*never expires/],
  ['active with dates', ok({ id: TOKEN_ID, status: 'active', not_before: daysFromNow(-10), expires_on: daysFromNow(30) }), 'active', /Valid from.*10 days ago[\s\S]*in 30 days/],
  ['disabled', ok({ id: TOKEN_ID, status: 'disabled' }), 'disabled', /switched off/],
  ['expired', ok({ id: TOKEN_ID, status: 'expired', expires_on: daysFromNow(-3) }), 'expired', /passed its end date/],
  ['not yet valid', ok({ id: TOKEN_ID, status: 'active', not_before: daysFromNow(5) }), 'not-yet-valid', /in 5 days/],
  ['invalid 401 / 1000', fail(401, { code: 1000, message: 'Invalid API Token' }), 'invalid', /HTTP 401, code 1000/],
  ['ip-restricted 403 / 9109', fail(403, { code: 9109, message: 'Cannot use the access token from location: 192.0.2.1' }), 'ip-restricted', /certain IP addresses/],
  ['bad-format 400 / 6003 + 6111', fail(400, { code: 6003, message: 'Invalid request headers', error_chain: [{ code: 6111, message: 'Invalid format for Authorization header' }] }), 'bad-format', /code 6003, 6111/],
  ['server-error 503', { status: 503, body: '<html><h1>503 Service Unavailable</h1></html>' }, 'server-error', /HTTP 503/],
  ['bad-reply: HTML with 200', { status: 200, body: '<!doctype html><h1>Welcome</h1>' }, 'bad-reply', /not JSON/],
  ['bad-reply: JSON of the wrong shape', { status: 200, body: { ok: true, token: 'fine' } }, 'bad-reply', /wrong shape/],
  ['offline: the connection drops', { drop: true }, 'offline', /did not reach Cloudflare/],
];

for (const [name, reply, state, text] of cases) {
  test(`verdict: ${name}`, async ({ context, extensionId, cfApi }) => {
    cfApi.answer(reply);
    const page = await openPopup(context, extensionId);
    await verify(page, USER);
    const verdict = page.getByTestId('verdict');
    await expect(verdict).toHaveAttribute('data-state', state);
    await expect(verdict).toContainText(text);
    await expect(verdict).toContainText('cfut_\u2026bbfe');
    await expect(verdict).not.toContainText(USER);
    expect(cfApi.seen.filter((s) => s.method === 'GET').map((s) => s.url)).toContain(USER_PATH);
  });
}

test('verdict: rate-limited keeps Verify off until retry-after has passed', async ({ context, extensionId, cfApi }) => {
  cfApi.answer({ ...fail(429, { code: 971, message: 'Please wait and consider throttling your request speed' }), headers: { 'retry-after': '3' } });
  const page = await openPopup(context, extensionId);
  await verify(page, USER);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'rate-limited');
  await expect(page.getByTestId('verdict')).toContainText(/Wait [1-3] seconds?;/);
  const button = page.getByRole('button', { name: 'Verify' });
  await expect(button).toBeDisabled();
  await page.getByLabel('API token').press('Enter');
  await page.waitForTimeout(300);
  expect(cfApi.seen).toHaveLength(1);
  cfApi.answer(ok({ id: TOKEN_ID, status: 'active' }));
  await expect(button).toBeEnabled({ timeout: 5000 });
  await button.click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
  expect(verifies(cfApi.seen)).toHaveLength(2);
});

test('verdict: a reply that stalls past 10 s is a timeout', async ({ context, extensionId, cfApi }) => {
  cfApi.answer({ ...ok({ id: TOKEN_ID, status: 'active' }), delay: 11_000 });
  // The popup's clock is Playwright's: its 10 s wait passes without the test waiting for it.
  const page = await newTab(context);
  await page.clock.install();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await verify(page, USER);
  await expect(page.getByText('Asking Cloudflare')).toBeVisible();
  await page.clock.runFor(9_000);
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await page.clock.runFor(1_500);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'timeout');
});

test.describe('not sent', () => {
  for (const [name, value, kind, checksum] of [
    ['a mistyped scannable token', `${USER.slice(0, -1)}0`, 'user-token', 'invalid'],
    ['a Global API Key', `cfk_${USER.slice(5)}`, 'global-key', 'valid'],
    ['an email and a legacy Global API Key', 'me@example.com:0123456789abcdef0123456789abcdef01234', 'legacy-global-key', 'none'],
    ['an account token without its Account ID', ACCT, 'account-token', 'valid'],
  ]) {
    test(`holds back ${name}`, async ({ context, extensionId, cfApi }) => {
      const page = await openPopup(context, extensionId);
      await verify(page, value);
      await expect(page.getByTestId('format')).toHaveAttribute('data-kind', kind);
      await expect(page.getByTestId('format')).toHaveAttribute('data-checksum', checksum);
      await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'not-sent');
      expect(cfApi.seen).toEqual([]);
    });
  }
});

test('20 verifications: one verify request per click, and the token is in no storage, console or URL', async ({ context, extensionId, cfApi, requests }) => {
  const messages: string[] = [];
  context.on('console', (m) => messages.push(m.text()));
  context.on('weberror', (e) => messages.push(String(e.error())));
  const page = await openPopup(context, extensionId);
  page.on('console', (m) => messages.push(m.text()));
  const tokens: string[] = [];
  for (let i = 0; i < 20; i++) {
    const token = userToken(i);
    tokens.push(token);
    cfApi.answer(i % 2 ? fail(401, { code: 1000, message: 'Invalid API Token' }) : ok({ id: TOKEN_ID, status: 'active' }));
    await verify(page, token);
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', i % 2 ? 'invalid' : 'active');
    expect(verifies(cfApi.seen)).toHaveLength(i + 1);
    expect(verifies(cfApi.seen)[i]).toMatchObject({ method: 'GET', url: USER_PATH, authorization: `Bearer ${token}` });
    // "Works" is followed by one request for the token's own details, with the same token.
    if (i % 2 === 0) await expect(page.getByTestId('permissions-box')).not.toHaveAttribute('data-status', 'loading');
  }
  const details = cfApi.seen.filter((s) => !s.url.endsWith('/verify'));
  expect(details.map((s) => [s.url, s.authorization])).toEqual(tokens.filter((_, i) => i % 2 === 0).map((t) => [USER_DETAILS_PATH, `Bearer ${t}`]));
  const stored = await allStorage(page);
  const visible = await page.locator('body').innerText();
  for (const token of tokens) {
    const secret = token.slice(5, -4);
    expect(stored).not.toContain(secret);
    expect(messages.join('\n')).not.toContain(secret);
    expect(visible).not.toContain(secret);
    expect(page.url()).not.toContain(secret);
    for (const url of requests) expect(url).not.toContain(secret);
  }
  const outside = requests.filter((u) => !u.startsWith('chrome-extension://') && !u.startsWith('https://api.cloudflare.com/'));
  expect(outside).toEqual([]);
});

test.describe('with the active tab readable (what a toolbar click grants through activeTab)', () => {
  // A toolbar click cannot be scripted, so this copy of the build gets the host permission that
  // activeTab grants on click; the popup opens as a background tab next to the dashboard tab.
  const dir = mkdtempSync(join(tmpdir(), 'token-lens-activetab-'));
  test.use({ extensionPath: dir });
  test.beforeAll(() => {
    cpSync(BUILT_EXTENSION, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    manifest.host_permissions = [...manifest.host_permissions, 'https://dash.cloudflare.com/*'];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('Account ID is pre-filled from a dashboard tab', async ({ context, extensionId, dash }) => {
    const page = await popupBesideDashboard(context, extensionId, dash, `/${ACCOUNT}/api-tokens`);
    await page.getByLabel('API token').fill(ACCT);
    await expect(page.getByLabel('Account ID')).toHaveValue(ACCOUNT);
    await expect(page.getByText('Taken from the dashboard tab')).toBeVisible();
  });

  test('no pre-fill from a dashboard page without an account', async ({ context, extensionId, dash }) => {
    const page = await popupBesideDashboard(context, extensionId, dash, '/profile/api-tokens');
    await page.getByLabel('API token').fill(ACCT);
    await expect(page.getByLabel('Account ID')).toHaveValue('');
  });

  test('legacy token refused by the user endpoint is tried once on the account endpoint', async ({ context, extensionId, dash, cfApi }) => {
    // The user endpoint refuses it, the account endpoint knows it; its details: the default refusal.
    cfApi.answer((req) => (req.url === USER_PATH ? fail(401, { code: 1000, message: 'Invalid API Token' }) : req.url === ACCOUNT_PATH ? ok({ id: TOKEN_ID, status: 'active' }) : defaultAnswer(req)));
    const page = await popupBesideDashboard(context, extensionId, dash, `/${ACCOUNT}/home`);
    await verify(page, LEGACY);
    const verdict = page.getByTestId('verdict');
    await expect(verdict).toHaveAttribute('data-state', 'active');
    await expect(verdict).toContainText('account token in the older format');
    // Its permissions are asked of the account endpoint that knew it.
    await expect(page.getByTestId('permissions-unavailable')).toContainText('Account API Tokens Read');
    expect(cfApi.seen.map((s) => s.url)).toEqual([USER_PATH, ACCOUNT_PATH, ACCOUNT_DETAILS_PATH]);
  });
});
