// The annotations follow the page: script edits, the dashboard's own buttons and re-renders,
// with no duplicates, no orphans and no page errors.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FORM_PATH, ID, expectNoteCount, notes, openReplica } from './dashboard-helpers';

type Replica = {
  addRow(scope: string, group: string, level: string): number;
  removeRow(i: number): number;
  setLevel(i: number, level: string): void;
  relabel(i: number, group: string): void;
  remount(): void;
  churn(n: number, ms: number): Promise<number>;
  rows(): number;
};
const replica = <T>(page: Page, fn: (r: Replica) => T | Promise<T>) =>
  page.evaluate(`(${fn.toString()})(window.__replica)`) as Promise<T>;

/** Every row has exactly one note right after it, and every note follows a row. */
async function expectOneNotePerRow(page: Page): Promise<void> {
  const rows = await replica(page, (r) => r.rows());
  await expectNoteCount(page, rows);
  expect((await notes(page)).every((n) => n.besideRow)).toBe(true);
}

test('edits by script: added, relabelled, re-levelled and removed rows', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form-live.html');
  await expectNoteCount(page, 4);
  expect((await notes(page))[0]).toMatchObject({ id: ID.dnsRead, risk: 'low' });
  // Tag the first host: an in-place update keeps the element.
  await page.evaluate(() => document.querySelector('[data-token-lens="permission"]')!.setAttribute('data-test-tag', 'first'));

  await replica(page, (r) => r.setLevel(0, 'Edit'));
  await expect(page.locator('[data-test-tag="first"]')).toHaveAttribute('data-permission-id', ID.dnsEdit);
  await expect(page.locator('[data-test-tag="first"]')).toHaveAttribute('data-risk', 'critical');

  await replica(page, (r) => r.relabel(1, 'Zone Settings'));
  await replica(page, (r) => r.setLevel(1, 'Edit'));
  await expect(page.locator('[data-token-lens="permission"]').nth(1)).toHaveAttribute('data-permission-id', ID.zoneSettingsEdit);

  await replica(page, (r) => r.addRow('Zone', 'Page Rules', 'Edit'));
  await expectNoteCount(page, 5);
  expect((await notes(page))[4]).toMatchObject({ id: ID.pageRulesEdit, besideRow: true });

  await replica(page, (r) => r.removeRow(2));
  await expectOneNotePerRow(page);
  await expect(page.locator('[data-token-lens="permission"]')).toHaveCount(4);
  expect(problems).toEqual([]);
});

test('a React-style remount of every row: notes follow, none left behind', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form-live.html');
  await expectNoteCount(page, 4);
  await replica(page, (r) => r.remount());
  await expectOneNotePerRow(page);
  await replica(page, (r) => r.remount());
  await replica(page, (r) => r.remount());
  await expectOneNotePerRow(page);
  expect(problems).toEqual([]);
});

test('rows moved by the page (React reorder): each note moves back beside its row', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form-live.html');
  await expectNoteCount(page, 4);
  const before = (await notes(page)).map((n) => n.id);
  await page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-rp="perm-row"]')];
    rows[0].parentNode!.insertBefore(rows[2], rows[0]); // the note of row 2 stays behind
  });
  await expect.poll(async () => (await notes(page)).map((n) => n.id)).toEqual([before[2], before[0], before[1], before[3]]);
  expect((await notes(page)).every((n) => n.besideRow)).toBe(true);
  expect(problems).toEqual([]);
});

test('rapid churn: the final notes match the final rows', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form-live.html');
  await expectNoteCount(page, 4);
  await replica(page, (r) => r.churn(24, 15));
  await expectOneNotePerRow(page);
  await expect(page.locator('[data-token-lens="summary"]')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test("the dashboard's own controls still work, and the ✕ stays beside its level dropdown", async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form-live.html');
  await expectNoteCount(page, 4);
  // ✕ offset from the level dropdown with our UI, then with our hosts taken out (same frame).
  const offsets = await page.evaluate(() => {
    const measure = () =>
      [...document.querySelectorAll('button[aria-label="Remove"]')].slice(0, 4).map((x) => {
        const level = x.previousElementSibling!.getBoundingClientRect();
        const b = x.getBoundingClientRect();
        return [Math.round(b.left - level.right), Math.round(b.top - level.top)];
      });
    const withUs = measure();
    const hosts = [...document.querySelectorAll('[data-token-lens]')].map((h) => [h, h.parentNode, h.nextSibling] as const);
    hosts.forEach(([h]) => h.remove());
    const without = measure();
    hosts.forEach(([h, parent, next]) => parent!.insertBefore(h, next));
    return { withUs, without };
  });
  expect(offsets.withUs).toEqual(offsets.without);

  const rows = page.locator('[data-rp="perm-row"]'); // the replica's own hook, test-side only
  await rows.nth(3).getByRole('button', { name: 'Remove' }).click();
  await expect(rows).toHaveCount(3);
  await expectOneNotePerRow(page);

  await page.getByRole('button', { name: '+ Add more' }).first().click();
  await expect(rows).toHaveCount(4);
  // The new row is empty until a group is picked (the readers may skip it); then it gets its note.
  await replica(page, (r) => {
    r.relabel(3, 'DNS');
    r.setLevel(3, 'Read');
  });
  await expectOneNotePerRow(page);
  expect((await notes(page))[3]).toMatchObject({ id: ID.dnsRead, risk: 'low' });

  // Opening a note works by keyboard and changes nothing in the form.
  const toggle = page.locator('[data-token-lens="permission"]').first().getByRole('button');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('[data-token-lens="permission"]').first()).toContainText('DNS');
  await expect(rows).toHaveCount(4);
  expect(problems).toEqual([]);
});

test('a note opened fetches the long text from the background', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form.html');
  await expectNoteCount(page, 3);
  const note = page.locator('[data-token-lens="permission"]').nth(1); // DNS Edit
  await note.getByRole('button').click();
  await expect(note.locator('.more')).toContainText(/DNS records/);
  await expect(note.locator('.more')).not.toContainText('Loading');
  await expect(note.locator('[data-token-lens="note-finding"]').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('a newly added empty row gets its note at once: nothing chosen yet', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, FORM_PATH, 'classic-form-live.html');
  await expectNoteCount(page, 4);
  await page.getByRole('button', { name: '+ Add more' }).first().click();
  await expect(page.locator('[data-rp="perm-row"]')).toHaveCount(5); // the replica's own hook, test-side only
  await expectOneNotePerRow(page);
  expect((await notes(page))[4]).toMatchObject({ id: 'unknown', risk: 'unknown', label: 'No permission chosen yet', besideRow: true });
  // Picking a group and a level turns the same note into that group's.
  await replica(page, (r) => {
    r.relabel(4, 'DNS');
    r.setLevel(4, 'Edit');
  });
  await expect(page.locator('[data-token-lens="permission"]').nth(4)).toHaveAttribute('data-permission-id', ID.dnsEdit);
  await expectOneNotePerRow(page);
  expect(problems).toEqual([]);
});
