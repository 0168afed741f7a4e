// Saves the popup as it looks in light and dark (docs/screenshots), for the README and for review.
import { mkdirSync } from 'node:fs';
import { SCREENSHOTS, expect, test } from './fixtures';
import { LEGACY, TOKEN_ID, daysFromNow, ok, openPopup, verify } from './popup-helpers';


for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot: popup, ${scheme}`, async ({ context, extensionId, cfApi }) => {
    cfApi.answer(ok({ id: TOKEN_ID, status: 'active', not_before: daysFromNow(-40), expires_on: daysFromNow(50) }));
    const page = await openPopup(context, extensionId);
    await page.setViewportSize({ width: 360, height: 600 });
    await page.emulateMedia({ colorScheme: scheme });
    await verify(page, LEGACY);
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'active');
    await page.locator(':focus').blur();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}popup-${scheme}.png`, fullPage: true });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot: popup recipe view, ${scheme}`, async ({ context, extensionId }) => {
    const page = await openPopup(context, extensionId);
    await page.setViewportSize({ width: 360, height: 600 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: 'Create a least-privilege token' }).click();
    await page.getByLabel('What is the token for?').selectOption('cert-manager');
    await expect(page.getByTestId('recipe-findings')).toBeVisible();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}popup-recipes-${scheme}.png`, fullPage: true });
  });
}
