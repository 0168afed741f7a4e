// What people paste, in the popup against the API stand-in: focus on open, an email with a token,
// tokens inside commands and .env files (the Account ID filled from them), a dashboard address
// in the Account ID field, things that are not Cloudflare tokens ("Verify anyway"), and a 5 MB
// paste. Verdicts: popup.spec.ts, popup-answers.spec.ts; the form: popup-form.spec.ts.
import { expect, test } from './fixtures';
import { ACCOUNT, ACCOUNT_PATH, ACCT, LEGACY, USER, USER_PATH, openPopup, pasteText, verifies } from './popup-helpers';

const JWT = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOlsiYXBwIl0sImVtYWlsIjoibWVAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJl';

test('first use: the token field has focus on open, so a paste lands at once', async ({ context, extensionId, cfApi }) => {
  const page = await openPopup(context, extensionId);
  const field = page.getByLabel('API token');
  await expect(field).toBeFocused();
  await pasteText(page, `  ${USER}\n`);
  await expect(field).toHaveValue(USER);
  await expect(page.getByTestId('format')).toHaveAttribute('data-kind', 'user-token');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
  expect(verifies(cfApi.seen)).toEqual([expect.objectContaining({ url: USER_PATH, authorization: `Bearer ${USER}` })]);
});

test('copied from a page with Ctrl+C and pasted with Ctrl+V: the real clipboard, trimmed and checked', async ({ context, extensionId, cfApi, dash }) => {
  // The user copies the token, with the spaces and line break around it, from a page.
  dash.serve('/notes', `<!doctype html><title>Notes</title><pre id="t">  ${USER}\n</pre>`, { raw: true });
  const notes = await dash.open('/notes');
  await notes.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('t')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await notes.keyboard.press('Control+C');
  const page = await openPopup(context, extensionId);
  const field = page.getByLabel('API token');
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+V');
  await expect(field).toHaveValue(USER);
  await expect(page.getByTestId('format')).toHaveAttribute('data-kind', 'user-token');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
  expect(verifies(cfApi.seen)).toEqual([expect.objectContaining({ url: USER_PATH, authorization: `Bearer ${USER}` })]);
});

test.describe('an email and a token are not a Global API Key', () => {
  for (const [name, paste, token, kind] of [
    ['email:user token', `me@example.com:${USER}`, USER, 'user-token'],
    ['email,user token', `me@example.com,${USER}`, USER, 'user-token'],
    ['email:older token', `me@example.com:${LEGACY}`, LEGACY, 'legacy-token'],
  ]) {
    test(`${name}: the token is checked and sent`, async ({ context, extensionId, cfApi }) => {
      const page = await openPopup(context, extensionId);
      await pasteText(page, paste);
      await expect(page.getByLabel('API token')).toHaveValue(token);
      await expect(page.getByTestId('format')).toHaveAttribute('data-kind', kind);
      await expect(page.getByTestId('format')).toContainText('removed an email address in front');
      await page.getByRole('button', { name: 'Verify' }).click();
      await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
      expect(verifies(cfApi.seen)).toEqual([expect.objectContaining({ url: USER_PATH, authorization: `Bearer ${token}` })]);
    });
  }
});

test.describe('tokens out of commands and files', () => {
  for (const [name, paste] of [
    ['a command line', `CLOUDFLARE_API_TOKEN=${LEGACY} npx wrangler deploy`],
    ['docker run -e', `docker run -e CLOUDFLARE_API_TOKEN=${LEGACY} cloudflare/cloudflared:latest tunnel run`],
  ]) {
    test(`an older-format token in ${name} is taken out and sent`, async ({ context, extensionId, cfApi }) => {
      const page = await openPopup(context, extensionId);
      await pasteText(page, paste);
      await expect(page.getByLabel('API token')).toHaveValue(LEGACY);
      await expect(page.getByTestId('format')).toHaveAttribute('data-kind', 'legacy-token');
      await expect(page.getByTestId('format')).toContainText('the command or file around it');
      await page.getByRole('button', { name: 'Verify' }).click();
      await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
      expect(verifies(cfApi.seen)).toEqual([expect.objectContaining({ url: USER_PATH, authorization: `Bearer ${LEGACY}` })]);
    });
  }

  test('a .env paste of several lines fills the Account ID field too', async ({ context, extensionId, cfApi }) => {
    const page = await openPopup(context, extensionId);
    await pasteText(page, `# production\nCLOUDFLARE_API_TOKEN=${ACCT}\nCLOUDFLARE_ACCOUNT_ID=${ACCOUNT}\n`);
    await expect(page.getByLabel('API token')).toHaveValue(ACCT);
    await expect(page.getByLabel('Account ID')).toHaveValue(ACCOUNT);
    await expect(page.getByText('Taken from the pasted text.')).toBeVisible();
    await expect(page.getByTestId('format')).not.toContainText('Enter the ID of the account');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
    expect(verifies(cfApi.seen)).toEqual([expect.objectContaining({ url: ACCOUNT_PATH, authorization: `Bearer ${ACCT}` })]);
  });
});

test('the Account ID field takes a pasted dashboard address and keeps the ID', async ({ context, extensionId, cfApi }) => {
  const page = await openPopup(context, extensionId);
  await page.getByLabel('API token').fill(ACCT);
  const account = page.getByLabel('Account ID');
  await account.fill(`https://dash.cloudflare.com/${ACCOUNT}/workers-and-pages`);
  await expect(account).toHaveValue(ACCOUNT);
  await expect(account).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
  expect(verifies(cfApi.seen).map((s) => s.url)).toEqual([ACCOUNT_PATH]);
});

test.describe('not a Cloudflare token: not sent on Enter, sent on "Verify anyway"', () => {
  const cases: Array<[string, string, string, string, RegExp]> = [
    ['a JWT', JWT, 'jwt', JWT, /JSON Web Token/],
    ['an Access client ID', `CF-Access-Client-Id: ${ACCOUNT}.access`, 'access-client-id', `${ACCOUNT}.access`, /client ID of an Access service token/],
    ['an Access client secret', `CF-Access-Client-Secret: ${ACCOUNT}${ACCOUNT}`, 'access-client-secret', `${ACCOUNT}${ACCOUNT}`, /client secret of an Access service token/],
    ['a command line with no token', 'npx wrangler deploy --env production', 'command', 'npx wrangler deploy --env production', /command line with no token/],
  ];
  for (const [name, paste, kind, sent, text] of cases) {
    test(name, async ({ context, extensionId, cfApi }) => {
      const page = await openPopup(context, extensionId);
      await pasteText(page, paste);
      const format = page.getByTestId('format');
      await expect(format).toHaveAttribute('data-kind', kind);
      await expect(format).toContainText(text);
      await page.getByLabel('API token').press('Enter');
      const verdict = page.getByTestId('verdict');
      await expect(verdict).toHaveAttribute('data-state', 'not-sent');
      await page.waitForTimeout(200);
      expect(cfApi.seen).toEqual([]);
      // The user insists: it is sent as it is.
      await verdict.getByRole('button', { name: 'Verify anyway' }).click();
      await expect(verdict).toHaveAttribute('data-state', 'active');
      await expect(format).toContainText('Sent anyway, as you asked');
      expect(verifies(cfApi.seen)).toEqual([expect.objectContaining({ url: USER_PATH, authorization: `Bearer ${sent}` })]);
    });
  }
});

test('a 5 MB paste does not freeze the popup: the field is capped, and the user is told', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  // Made and pasted inside the page, so only the popup's own work is timed.
  const elapsed = await page.evaluate(async (token) => {
    const text = `CLOUDFLARE_API_TOKEN=${token}\n${'2026-12-01 12:00:00 INFO request served\n'.repeat(130_000)}`;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const start = performance.now();
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    while (!document.querySelector('[data-testid="paste-cut"]')) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  }, USER);
  expect(elapsed).toBeLessThan(1000);
  await expect(page.getByTestId('paste-cut')).toContainText('The paste had 5,200,075 characters: only the first 10,000 were kept.');
  const field = page.getByLabel('API token');
  await expect(field).toHaveValue(USER);
  // Still answering: typing works at once.
  const typed = Date.now();
  await field.fill('');
  await field.pressSequentially('abc');
  await expect(field).toHaveValue('abc');
  expect(Date.now() - typed).toBeLessThan(1000);
  await expect(page.getByTestId('paste-cut')).toHaveCount(0);
});
