// Screenshots of the annotated replicas for the README (light, dark, summary step). They are
// also checks: the theme attribute must follow the page.
import { mkdirSync } from 'node:fs';
import { SCREENSHOTS, expect, test } from './fixtures';
import { FORM_PATH, expectNoteCount } from './dashboard-helpers';

const OUT = SCREENSHOTS;
mkdirSync(OUT, { recursive: true });
// The replica's cookie banner is fixed over the page; it is not what the pictures are about.
const NO_BANNER = '#onetrust-banner-sdk { display: none !important; }';

for (const scheme of ['light', 'dark'] as const) {
  test(`annotated form, ${scheme}`, async ({ context, dash }) => {
    dash.serve(FORM_PATH, 'classic-form.html');
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`https://dash.cloudflare.com${FORM_PATH}`);
    await expectNoteCount(page, 3);
    await page.addStyleTag({ content: NO_BANNER });
    await expect(page.locator('[data-token-lens="permission"]').first()).toHaveAttribute('data-theme', scheme);
    const dns = page.locator('[data-token-lens="permission"]').nth(1);
    await dns.getByRole('button').click();
    await expect(dns.locator('.more')).not.toContainText('Loading');
    await page.locator('main').screenshot({ path: `${OUT}dashboard-form-${scheme}.png` });
  });
}

test('annotated summary step', async ({ context, dash }) => {
  dash.serve(FORM_PATH, 'classic-summary.html');
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`https://dash.cloudflare.com${FORM_PATH}`);
  await expect(page.locator('[data-token-lens="summary"]')).toHaveCount(1);
  await page.addStyleTag({ content: NO_BANNER });
  await page.locator('main').screenshot({ path: `${OUT}dashboard-summary.png` });
});
