// The notices on token pages Token Lens can't read: "couldn't read this page" (any language) with
// its Copy page outline button, and the language notice (<html lang> not English). The English
// replicas get neither.
import { expect, test } from './fixtures';
import { FORM_PATH, openReplica, ourAxeViolations, renderedByUs } from './dashboard-helpers';

const DASH = 'https://dash.cloudflare.com';
// The shape of a user token (cfut_, 40 characters, 8 hex check digits); not a real one.
const BODY = 'ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq';
const SECRET = `cfut_${BODY}8573bbfe`;
const UNREADABLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API Tokens | Cloudflare</title></head>
<body><div id="app"><header><button type="button">Support</button></header><main>
<h1>A token page nobody has seen yet</h1>
<p>Your new token: ${SECRET}</p>
<div><label for="t">New token</label><input id="t" readonly value="${SECRET}"></div>
<div class="grid"><span>Something</span><button type="button">Do something</button></div>
</main></div></body></html>`;

const notice = (page: import('@playwright/test').Page) => page.locator('[data-token-lens="notice"]');

test('an unreadable token page: the notice after about 3 s, and an outline without the secret', async ({ context, dash }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: DASH });
  try {
    dash.serve(FORM_PATH, UNREADABLE, { raw: true });
    const { page, problems } = await openReplica({ context, dash }, FORM_PATH);
    await expect(page.locator('html')).toHaveAttribute('data-token-lens-loaded', '');
    const start = Date.now();
    await expect(notice(page)).toHaveCount(0);
    await expect(notice(page)).toHaveCount(1, { timeout: 8000 });
    expect(Date.now() - start).toBeGreaterThan(2000);
    await expect(notice(page)).toHaveAttribute('data-reason', 'unreadable');
    await expect(notice(page)).toContainText("couldn't read this page");
    // At the top of the page's main area, not inside a control; the page's focus untouched.
    expect(await page.evaluate(() => document.querySelector('main')?.firstElementChild?.getAttribute('data-token-lens'))).toBe('notice');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Nothing of ours shows the secret, and no note was made of the page.
    expect(await renderedByUs(page)).not.toContain(SECRET);
    await expect(page.locator('[data-token-lens="permission"], [data-token-lens="summary"]')).toHaveCount(0);

    const clicks: string[] = [];
    await page.exposeFunction('pageSawClick', (t: string) => clicks.push(t));
    await page.evaluate(() => document.addEventListener('click', (e) => (window as unknown as { pageSawClick(t: string): void }).pageSawClick((e.target as Element).localName)));
    // Keyboard reachable: focused and pressed, like a Tab user would.
    const button = notice(page).getByRole('button', { name: 'Copy page outline' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(notice(page).getByRole('status')).toContainText('Outline copied');
    const outline = await page.evaluate(() => navigator.clipboard.readText());
    expect(outline).toContain('h1 "A token page nobody has seen yet"');
    expect(outline).toContain('label "New token"');
    expect(outline).toContain('(value left out)');
    expect(outline).not.toContain('cfut_');
    expect(outline).not.toContain(BODY.slice(0, 12));
    expect(outline).not.toContain('Copy page outline');
    expect(outline.length).toBeLessThanOrEqual(20_000);
    expect(clicks).toEqual([]); // our click never reached the page
    expect(problems).toEqual([]);

    // Leaving the token page takes it away.
    await page.evaluate(() => history.pushState({}, '', '/profile'));
    await expect(notice(page)).toHaveCount(0);
  } finally {
    await context.clearPermissions();
  }
});

for (const [language, file] of [['German', 'classic-form-de.html'], ['Japanese', 'classic-form-ja.html']]) {
  test(`the dashboard in ${language}: the language notice, and no note or finding at all`, async ({ context, dash }) => {
    const { page, problems } = await openReplica({ context, dash }, FORM_PATH, file);
    await expect(notice(page)).toHaveCount(1, { timeout: 8000 });
    await expect(notice(page)).toHaveAttribute('data-reason', 'language');
    await expect(notice(page)).toContainText('need the dashboard in English');
    await expect(notice(page)).toContainText('least-privilege recipes');
    await expect(page.locator('[data-token-lens="finding"], [data-token-lens="permission"], [data-token-lens="summary"], [data-token-lens="section"]')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveAttribute('data-token-lens-step', /.*/);
    // No axe violation in the notice, light or dark.
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(notice(page)).toHaveAttribute('data-theme', scheme);
      expect(await ourAxeViolations(page), scheme).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}

test('an English replica gets its notes and no notice', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form.html');
  await expect(page.locator('[data-token-lens="permission"]')).toHaveCount(3);
  await page.waitForTimeout(3500);
  await expect(notice(page)).toHaveCount(0);
  expect(problems).toEqual([]);
});
