// The annotations follow client-side navigation: pushState, popstate and steps that replace the
// whole view, noticed promptly (not on WXT's once-a-second URL poll).
import { expect, test } from './fixtures';
import { FORM_PATH, LIST_PATH, expectNoteCount, openReplica, renderedByUs } from './dashboard-helpers';

test('client-side navigation through the whole flow, back and away', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, LIST_PATH, 'flow.html');
  await expect(page.locator('[data-token-lens="token"]')).toHaveCount(4);

  await page.getByRole('button', { name: 'Create Token' }).click(); // a link with role=button
  await expect(page.locator('[data-token-lens="template"]')).toHaveCount(11);
  await expect(page.locator('[data-token-lens="token"]')).toHaveCount(0);

  await page.locator('button', { hasText: 'Use template' }).first().click(); // Edit zone DNS
  await expectNoteCount(page, 1);
  await expect(page.locator('[data-token-lens="template"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Continue to summary' }).click();
  await expect(page.locator('[data-token-lens="summary"]')).toHaveCount(1);
  await expectNoteCount(page, 0);

  await page.getByRole('button', { name: 'Create Token' }).click();
  await expect(page.locator('[data-token-lens="reminder"]')).toHaveCount(1);
  await expect(page.locator('[data-token-lens="summary"]')).toHaveCount(0);
  const secret = await page.locator('input[readonly]').inputValue();
  expect(await renderedByUs(page)).not.toContain(secret);

  await page.goBack(); // popstate → summary again
  await expect(page.locator('[data-token-lens="summary"]')).toHaveCount(1);
  await expect(page.locator('[data-token-lens="reminder"]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('leaving for a non-token URL with pushState alone is noticed well within a second', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form.html');
  await expectNoteCount(page, 3);
  // No DOM change at all: only the URL moves (the Navigation API event must catch it).
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const done = () => !document.querySelector('[data-token-lens]') && resolve(performance.now() - start);
        new MutationObserver(done).observe(document.body, { childList: true, subtree: true });
        history.pushState({}, '', '/0123456789abcdef0123456789abcdef/r2/api-tokens');
        setTimeout(() => resolve(9999), 3000);
      }),
  );
  console.log(`navigation noticed and annotations removed in ${ms.toFixed(1)} ms`);
  expect(ms).toBeLessThan(250); // WXT's own poll would take up to 1000 ms
  await page.evaluate(() => history.pushState({}, '', '/profile/api-tokens/create'));
  await expectNoteCount(page, 3);
  expect(problems).toEqual([]);
});
