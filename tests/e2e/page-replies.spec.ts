// The tokens list rated from the dashboard's own replies (lib/page-replies): the replica loads its
// tokens by fetch or XHR, in one or several pages, and draws a table that summarises them ("+1 more",
// every status "Active"). Each row's badge must come from its token's exact data.
import { expect, newTab, test } from './fixtures';
import { expectNoteCount, FORM_PATH, LIST_PATH, notes, openReplica, summaryFindings } from './dashboard-helpers';
import { base64, dropPageRequests, NEW_GROUP, pageRecord, routeApi, T, tokenBadges } from './page-replies-helpers';

const FIXTURE = 'tokens-list-api.html';

for (const [via, pages] of [['fetch', 1], ['fetch-json', 3], ['xhr', 3], ['xhr-json', 1]] as const) {
  test(`tokens list from the list reply (${via}, ${pages} page${pages > 1 ? 's' : ''})`, async ({ context, dash, requestLog }) => {
    const served = await routeApi(context);
    const { page, problems } = await openReplica({ context, dash }, `${LIST_PATH}?via=${via}&pages=${pages}`, FIXTURE);
    await expect(page.locator('html[data-replica-done]')).toHaveCount(1);
    await expect(page.locator('[data-token-lens="token"][data-source="api"]')).toHaveCount(5);
    const badges = await tokenBadges(page);
    const by = Object.fromEntries(badges.map((b) => [b.id, b]));
    // The table shows "Zone:Read +1 more": the reply says it can also create tokens.
    expect(by[T.minting]).toMatchObject({ risk: 'critical', source: 'api' });
    expect(by[T.minting].codes).toContain('token-minting');
    expect(by[T.minting].codes).not.toContain('unshown');
    // The table says "Active": the reply says expired, and the badge says so first.
    expect(by[T.expired]).toMatchObject({ badge: 'Expired', risk: 'low' });
    expect(by[T.expired].codes[0]).toBe('token-expired');
    // Not used for 200 days / never used in 60 days (defaults 90 / 30).
    expect(by[T.stale].codes).toContain('unused-token');
    expect(by[T.never].codes).toContain('unused-token');
    expect(by[T.dns].codes).not.toContain('unused-token');
    // Matched by ID where the row links to its token, by name where it doesn't.
    expect(badges.map((b) => b.id)).toEqual([T.minting, T.dns, T.stale, T.expired, T.never]);

    // The page got every reply as served, byte for byte (or the same JSON, where it asked for JSON).
    const { received, requested } = await pageRecord(page);
    dropPageRequests(requestLog, requested);
    expect(received.length).toBe(served.length);
    for (const [i, r] of received.entries()) {
      const body = served[i].body;
      const expected = r.how === 'bytes' ? base64(body) : r.how === 'text' ? body : JSON.stringify(JSON.parse(body));
      expect(r.text, r.url).toBe(expected);
    }
    expect(problems).toEqual([]);
  });
}

test('a path prefix other than /api/v4 and an account list work the same', async ({ context, dash, requestLog }) => {
  await routeApi(context, { prefix: '/client/v4' });
  const path = '/0123456789abcdef0123456789abcdef/api-tokens';
  const { page, problems } = await openReplica({ context, dash }, `${path}?api=/client/v4`, FIXTURE);
  await expect(page.locator('html[data-replica-done]')).toHaveCount(1);
  await expect(page.locator('[data-token-lens="token"][data-source="api"]')).toHaveCount(5);
  dropPageRequests(requestLog, (await pageRecord(page)).requested);
  expect(problems).toEqual([]);
});

test('only the page owner\'s list counts; a reply that comes later still re-rates the rows', async ({ context, dash, requestLog }) => {
  await routeApi(context);
  // The static list (no script of its own asks the API): rows "Edit zone DNS" and "Legacy deploy"
  // share their names with tokens of the routed replies.
  const { page, problems } = await openReplica({ context, dash }, LIST_PATH, 'tokens-list.html');
  await expect(page.locator('[data-token-lens="token"]')).toHaveCount(4);
  const get = (path: string) => page.evaluate((p) => fetch(p).then((r) => r.text()), path);
  // An account's tokens are not the user's: nothing changes.
  await get('/api/v4/accounts/0123456789abcdef0123456789abcdef/tokens');
  await page.waitForTimeout(300);
  expect((await tokenBadges(page)).map((b) => b.source)).toEqual(['page', 'page', 'page', 'page']);
  // The user's list: the two rows it names are rated from it, the others stay as they were.
  await get('/api/v4/user/tokens');
  await expect(page.locator('[data-token-lens="token"][data-source="api"]')).toHaveCount(2);
  const badges = await tokenBadges(page);
  expect(badges.map((b) => [b.row, b.source, b.id])).toEqual([
    ['Edit zone DNS', 'api', T.dns],
    ['Create Additional Tokens', 'page', null],
    ['Read all resources', 'page', null],
    ['Legacy deploy', 'api', T.expired],
  ]);
  dropPageRequests(requestLog, ['GET /api/v4/accounts/0123456789abcdef0123456789abcdef/tokens', 'GET /api/v4/user/tokens']);
  expect(problems).toEqual([]);
});

test('without a reply the table reading stays ("page")', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, LIST_PATH, 'tokens-list.html');
  await expect(page.locator('[data-token-lens="token"]')).toHaveCount(4);
  const badges = await tokenBadges(page);
  expect(badges.map((b) => b.source)).toEqual(['page', 'page', 'page', 'page']);
  expect(badges.every((b) => b.id === null && b.codes.length > 0)).toBe(true);
  // The table's own "Expired" (English) says so first too.
  expect(badges.find((b) => b.row === 'Legacy deploy')).toMatchObject({ badge: 'Expired' });
  expect(problems).toEqual([]);
});

test('the unused-token days come from the options', async ({ context, dash, requestLog, extensionId }) => {
  const options = await newTab(context, `chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Last use older than').fill('365');
  await options.getByLabel('Never used, made earlier than').fill('90');
  await expect(options.getByRole('status')).toHaveText('Saved');
  await routeApi(context);
  const { page } = await openReplica({ context, dash }, LIST_PATH, FIXTURE);
  await expect(page.locator('[data-token-lens="token"][data-source="api"]')).toHaveCount(5);
  const by = Object.fromEntries((await tokenBadges(page)).map((b) => [b.id, b]));
  expect(by[T.stale].codes).not.toContain('unused-token');
  expect(by[T.never].codes).not.toContain('unused-token');
  dropPageRequests(requestLog, (await pageRecord(page)).requested);
});

test('in another language the list is still rated, from the reply alone', async ({ context, dash, requestLog }) => {
  await routeApi(context);
  const { page, problems } = await openReplica({ context, dash }, `${LIST_PATH}?lang=de&via=xhr`, FIXTURE);
  await expect(page.locator('html[data-replica-done]')).toHaveCount(1);
  await expect(page.locator('[data-token-lens="token"][data-source="api"]')).toHaveCount(5);
  const by = Object.fromEntries((await tokenBadges(page)).map((b) => [b.id, b]));
  expect(by[T.minting]).toMatchObject({ risk: 'critical' });
  expect(by[T.expired]).toMatchObject({ badge: 'Expired' });
  dropPageRequests(requestLog, (await pageRecord(page)).requested);
  expect(problems).toEqual([]);
});

test('a token opened for editing starts from its details reply; the form\'s own rows take over once it shows some', async ({ context, dash, requestLog }) => {
  await routeApi(context);
  // The pre-filled form whose dropdowns look empty (docs/dashboard.md §pre-filled-links): nothing
  // readable in its rows.
  const path = `/profile/api-tokens/${T.minting}/edit`;
  const { page, problems } = await openReplica({ context, dash }, path, 'classic-form-prefilled.html');
  await expect(page.locator('[data-token-lens="summary"]')).toHaveCount(1);
  expect((await summaryFindings(page)).map((f) => f.code)).not.toContain('token-minting');
  // The page loads the token's details (as the edit page does).
  await page.evaluate((id) => fetch(`/api/v4/user/tokens/${id}`).then((r) => r.json()), T.minting);
  await expect.poll(async () => (await summaryFindings(page)).map((f) => f.code)).toContain('token-minting');
  // The user sets up a row of their own: the form counts now.
  await page.evaluate(() => (window as unknown as { __replica: { addRow(s: string, g: string, l: string): number } }).__replica.addRow('Zone', 'Zone', 'Read'));
  await expect.poll(async () => (await summaryFindings(page)).map((f) => f.code)).not.toContain('token-minting');
  dropPageRequests(requestLog, [`GET /api/v4/user/tokens/${T.minting}`]);
  expect(problems).toEqual([]);
});

test('live permission groups: a group the catalog lacks gets its real name, scope and a cautious risk, marked not reviewed', async ({ context, dash, requestLog }) => {
  await routeApi(context);
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form-live.html');
  await expectNoteCount(page, 4);
  await page.evaluate(() => (window as unknown as { __replica: { addRow(s: string, g: string, l: string): number } }).__replica.addRow('Account', 'Quantum Widgets', 'Edit'));
  await expectNoteCount(page, 5);
  expect((await notes(page))[4]).toMatchObject({ id: 'unknown', risk: 'unknown' });
  await page.evaluate(() => fetch('/api/v4/user/tokens/permission_groups').then((r) => r.text()));
  await expect.poll(async () => (await notes(page))[4]).toMatchObject({ id: NEW_GROUP, risk: 'medium', label: 'Quantum Widgets Edit' });
  const note = page.locator('[data-token-lens="permission"]').nth(4);
  await note.locator('button').first().click();
  await expect(note).toContainText('Not reviewed by Token Lens');
  dropPageRequests(requestLog, ['GET /api/v4/user/tokens/permission_groups']);
  expect(problems).toEqual([]);
});
