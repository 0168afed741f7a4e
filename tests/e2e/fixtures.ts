// Playwright fixtures: Chromium with the *built* extension, replica dashboard pages served at
// their real https://dash.cloudflare.com/... URLs, and a local HTTPS stand-in for
// api.cloudflare.com reached through host-resolver rules. No other host resolves.
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startFakeCfApi, type FakeCfApi } from './fake-cf-api';

const OUT = process.env.TOKEN_LENS_OUT || fileURLToPath(new URL('../../.output', import.meta.url));
export const BUILT_EXTENSION = `${OUT}/chrome-mv3`;
const FIXTURES = new URL('../fixtures/dashboard/', import.meta.url);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function fixtureHtml(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export interface Dash {
  /** Serve a replica page (a file in tests/fixtures/dashboard, or raw HTML) for a dashboard path. */
  serve(path: string, fixture: string, opts?: { raw?: boolean }): void;
  /** Open `path` in a new tab, first serving `fixture` there when one is given. */
  open(path: string, fixture?: string): Promise<Page>;
}

interface TestFixtures {
  extensionPath: string;
  context: BrowserContext;
  extensionId: string;
  cfApi: FakeCfApi;
  dash: Dash;
  /** Every URL any page, frame or worker of the context asked for. */
  requests: string[];
}

export async function launchWithExtension(extensionPath: string, apiPort: number, headless = true): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      `--host-resolver-rules=MAP api.cloudflare.com 127.0.0.1:${apiPort}, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
      '--ignore-certificate-errors',
    ],
  });
}

export const test = base.extend<TestFixtures, { api: FakeCfApi }>({
  api: [
    async ({}, use) => {
      const api = await startFakeCfApi();
      await use(api);
      await api.close();
    },
    { scope: 'worker' },
  ],
  cfApi: async ({ api }, use) => {
    api.reset();
    await use(api);
    api.reset();
  },
  extensionPath: [BUILT_EXTENSION, { option: true }],
  context: async ({ extensionPath, cfApi }, use) => {
    const context = await launchWithExtension(extensionPath, cfApi.port);
    await use(context);
    await context.close();
  },
  requests: async ({ context }, use) => {
    const urls: string[] = [];
    context.on('request', (r) => urls.push(r.url()));
    await use(urls);
  },
  dash: async ({ context }, use) => {
    const pages = new Map<string, string>();
    await context.route('https://dash.cloudflare.com/**', (route) => {
      const url = new URL(route.request().url());
      const html = pages.get(url.pathname);
      if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title><h1>Not found</h1>' });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    const dash: Dash = {
      serve(path, fixture, opts) {
        pages.set(path, opts?.raw ? fixture : fixtureHtml(fixture));
      },
      async open(path, fixture) {
        const url = new URL(path, 'https://dash.cloudflare.com');
        if (fixture !== undefined) dash.serve(url.pathname, fixture);
        const page = await context.newPage();
        await page.goto(url.href);
        return page;
      },
    };
    await use(dash);
  },
  extensionId: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(sw.url()).host);
  },
});

export { expect };
