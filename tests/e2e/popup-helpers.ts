// Shared steps for the popup specs: open popup.html, paste, verify, and build real-shaped replies.
import type { BrowserContext, Page } from '@playwright/test';
import { crc32Hex } from '../../lib/token/crc32';
import { expect, newTab, type Dash } from './fixtures';
import type { Reply, Seen } from './fake-cf-api';

// The few extension APIs these steps call inside the browser (no @types/chrome in the project).
interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
}
declare const chrome: {
  storage: { local: StorageArea; sync: StorageArea; session: StorageArea };
  tabs: { create(props: { url: string; active: boolean }): Promise<unknown> };
};

export const USER = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
export const ACCT = 'cfat_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
export const LEGACY = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T';
export const ACCOUNT = '01a7362d577a6c3019a474fd6f485823';
export const TOKEN_ID = 'ed17574386854bf78a67040be0a770b0';
export const USER_PATH = '/client/v4/user/tokens/verify';
export const ACCOUNT_PATH = `/client/v4/accounts/${ACCOUNT}/tokens/verify`;
/** After "Works" the popup asks for the token's own details (its permissions) with the same token. */
export const USER_DETAILS_PATH = `/client/v4/user/tokens/${TOKEN_ID}`;
export const ACCOUNT_DETAILS_PATH = `/client/v4/accounts/${ACCOUNT}/tokens/${TOKEN_ID}`;

/** Only the verify requests, for tests about those (a "Works" is followed by a details request). */
export const verifies = (seen: Seen[]): Seen[] => seen.filter((s) => s.url.endsWith('/tokens/verify'));
const DAY = 86_400_000;

/** A user token with a correct checksum, different for each n. */
export function userToken(n: number): string {
  const body = `TestToken${String(n).padStart(4, '0')}`.padEnd(40, 'x');
  return `cfut_${body}${crc32Hex(body)}`;
}

/** An RFC 3339 time `days` from now, an hour further out so "in N days" / "N days ago" is stable. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * DAY + Math.sign(days) * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
}

export function ok(result: Record<string, unknown>): Reply {
  return { status: 200, body: { success: true, errors: [], messages: [{ code: 10000, message: 'This API Token is valid and active', type: null }], result } };
}

export function fail(status: number, ...errors: Array<Record<string, unknown>>): Reply {
  return { status, body: { success: false, errors, messages: [], result: null } };
}

export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await newTab(context, `chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByLabel('API token')).toBeVisible();
  return page;
}

export async function verify(page: Page, token: string): Promise<void> {
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Verify' }).click();
}

/**
 * Pastes `text` into whatever has focus, as Ctrl+V does: a paste event carrying the text (the
 * system clipboard is not scripted). Nothing is clicked first, so this also shows where focus is.
 */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Every storage an extension page can reach, as one string to search. */
export async function allStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const areas = [chrome.storage.local, chrome.storage.sync, chrome.storage.session];
    const dumps = await Promise.all(areas.map((a) => a.get(null)));
    return JSON.stringify({ dumps, local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie });
  });
}

/**
 * Opens popup.html as a background tab beside a dashboard tab, so that the popup's "active tab
 * in the current window" is the dashboard page, as when the toolbar button is clicked there.
 */
export async function popupBesideDashboard(context: BrowserContext, extensionId: string, dash: Dash, path: string): Promise<Page> {
  dash.serve(path, '<!doctype html><title>Cloudflare</title><h1>Account home</h1>', { raw: true });
  await dash.open(path);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const opened = context.waitForEvent('page', (p) => p.url().endsWith('/popup.html'));
  await sw.evaluate((url) => chrome.tabs.create({ url, active: false }), `chrome-extension://${extensionId}/popup.html`);
  const page = await opened;
  await expect(page.getByLabel('API token')).toBeVisible();
  return page;
}
