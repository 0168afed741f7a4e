// Shared steps for the dashboard e2e specs: open a replica, collect page errors, and read what
// Token Lens rendered (hosts, shadow-root contents) without depending on its internals.
import type { BrowserContext, Page } from '@playwright/test';
import { runAxe } from './axe';
import { expect, type Dash } from './fixtures';

export const FORM_PATH = '/profile/api-tokens/create';
export const LIST_PATH = '/profile/api-tokens';
export const ACCOUNT_PATH = '/0123456789abcdef0123456789abcdef/api-tokens/create';
export const R2_PATH = '/0123456789abcdef0123456789abcdef/r2/api-tokens/create?type=account';

/** Catalog IDs of the groups the replicas show (reference permissions.json). */
export const ID = {
  workersScriptsEdit: 'e086da7e2179491d91ee5f35b3ca210a',
  dnsEdit: '4755a26eedb94da69e1066d98aa820be',
  dnsRead: '82e64a83756745bbbb1c9c2701bf816b',
  zoneRead: 'c8fed203ed3043cba015a93ad1616f1f',
  accountSettingsRead: 'c1fde68c7bcc44588cbb6ddbc16d6480',
  userDetailsRead: '8acbe5bb0d54464ab867149d7f7cf8ac',
  cachePurge: 'e17beae8b8cb423a99b1730f21238bed',
  tunnelEdit: 'c07321b023e944ff818fec44d8203567',
  pageRulesEdit: 'ed07f6c337da4195b4e72a1fb2c6bcae',
  zoneSettingsEdit: '3030687196b94b638145a3953da2b699',
} as const;

export interface Opened {
  page: Page;
  /** Uncaught page errors and our own warnings: both must stay empty. */
  problems: string[];
}

/** Opens a replica with listeners attached before the page loads, so no early error is missed. */
export async function openReplica(f: { context: BrowserContext; dash: Dash }, path: string, fixture?: string): Promise<Opened> {
  if (fixture) f.dash.serve(new URL(path, 'https://dash.cloudflare.com').pathname, fixture);
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => void (m.text().startsWith('[Token Lens]') && problems.push(`warning: ${m.text()}`)));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  };
  f.context.once('page', watch);
  const page = await f.dash.open(path);
  return { page, problems };
}

export interface NoteInfo {
  id: string | null;
  risk: string | null;
  /** The note's host follows its row directly (no orphan, no duplicate). */
  besideRow: boolean;
  label: string;
}

/** Every inline note, in page order, with where it sits. Rows are the elements before hosts. */
export function notes(page: Page): Promise<NoteInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-token-lens="permission"]')].map((h) => {
      // Beside a table row the host sits in a row of ours: that row follows the permission row.
      const own = h.parentElement?.parentElement;
      const prev = (own?.getAttribute('data-token-lens') === 'table-row' ? own : h).previousElementSibling;
      return {
        id: h.getAttribute('data-permission-id'),
        risk: h.getAttribute('data-risk'),
        besideRow: !!prev && !prev.hasAttribute('data-token-lens') && prev.querySelectorAll('[role="combobox"], [role="checkbox"], button').length > 0,
        label: h.shadowRoot?.querySelector('.label')?.textContent ?? '',
      };
    }),
  );
}

export function summaryFindings(page: Page): Promise<{ code: string; severity: string }[]> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-token-lens="summary"]');
    return [...(host?.shadowRoot?.querySelectorAll('[data-token-lens="finding"]') ?? [])].map((f) => ({
      code: f.getAttribute('data-code') ?? '',
      severity: f.getAttribute('data-severity') ?? '',
    }));
  });
}

/** All text and attributes Token Lens put into the page (hosts + shadow roots). */
export function renderedByUs(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-token-lens]')]
      .map((h) => `${h.outerHTML}\n${h.shadowRoot ? h.shadowRoot.innerHTML : ''}`)
      .join('\n'),
  );
}

export async function expectNoteCount(page: Page, n: number): Promise<void> {
  await expect(page.locator('[data-token-lens="permission"]')).toHaveCount(n);
}

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];
export function isSortedBySeverity(list: { severity: string }[]): boolean {
  return list.every((f, i) => i === 0 || SEVERITY_ORDER.indexOf(list[i - 1].severity) <= SEVERITY_ORDER.indexOf(f.severity));
}

/**
 * axe on what Token Lens added to a dashboard page: its hosts and their (open) shadow roots, not
 * the replica's own markup (a third of the time of a whole-page run). Returns the violations as
 * rule id and targets; fails when axe checked nothing of ours, so an empty list means something.
 */
export async function ourAxeViolations(page: Page): Promise<{ id: string; targets: unknown[] }[]> {
  const { violations, passed } = await runAxe(page, '[data-token-lens]');
  expect(passed, 'axe found none of our UI to check').toBeGreaterThan(0);
  return violations;
}
