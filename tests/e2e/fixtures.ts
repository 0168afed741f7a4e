// Playwright fixtures: Chromium with the *built* extension, replica dashboard pages served at
// their real https://dash.cloudflare.com/... URLs, and a local HTTPS stand-in for
// api.cloudflare.com reached through host-resolver rules. No other host resolves.
import { test as base, chromium, expect, type BrowserContext, type CDPSession, type Page, type Request } from '@playwright/test';
import type { EventEmitter } from 'node:events';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startFakeCfApi, type FakeCfApi } from './fake-cf-api';

const OUT = process.env.TOKEN_LENS_OUT || fileURLToPath(new URL('../../.output', import.meta.url));
/** The test build (`npm run build:test`): the store build plus the hooks tests need (lib/build/test-build.ts). */
export const BUILT_EXTENSION = `${OUT}/chrome-mv3-test`;
/** The store build (`npm run build`): what users install. */
export const STORE_EXTENSION = `${OUT}/chrome-mv3`;
const FIXTURES = new URL('../fixtures/dashboard/', import.meta.url);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Pages built from the real component libraries (tests/fixtures/real, `npm run fixtures:real`). */
const REAL_FIXTURES = new URL('../fixtures/real/dist/', import.meta.url);

/** A replica's HTML: `name` in tests/fixtures/dashboard, or `real/<name>.html` built into tests/fixtures/real/dist. */
export function fixtureHtml(name: string): string {
  if (name.startsWith('real/')) {
    const file = new URL(name.slice('real/'.length), REAL_FIXTURES);
    if (!existsSync(file)) {
      throw new Error(`${fileURLToPath(file)} does not exist: run \`npm run fixtures:real\` to build the pages of tests/fixtures/real (npm run test:e2e does it).`);
    }
    return readFileSync(file, 'utf8');
  }
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
  /** The same requests with their origin; checked by `context` when the test ends. */
  requestLog: LoggedRequest[];
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
      // One process for the replica page and what it embeds: the pages are same-site anyway, and
      // the suite is CPU-bound (10-16% less CPU on a mixed subset of the specs).
      '--disable-site-isolation-trials',
    ],
  });
}

/** One request seen in a test's browser context: what asked for it, and where it went. */
export interface LoggedRequest {
  url: string;
  from: 'service-worker' | 'extension-page' | 'page' | 'unknown';
  navigation: boolean;
}

const API_PREFIX = 'https://api.cloudflare.com/client/v4/';

function describe(request: Request): LoggedRequest {
  const url = request.url();
  const navigation = request.isNavigationRequest();
  if (request.serviceWorker()) return { url, from: 'service-worker', navigation };
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    // Navigations that come before their frame exists have none.
  }
  const from = frameUrl.startsWith('chrome-extension://') ? 'extension-page' : frameUrl ? 'page' : 'unknown';
  return { url, from, navigation };
}

/**
 * The security promise (issue 6, part 2): the extension talks to api.cloudflare.com/client/v4 and
 * nothing else. Replica pages are opened by the tests at dash.cloudflare.com (served by `dash`);
 * the extension's own files, data: and blob: URLs never leave the browser. Anything else that
 * shows up - from the service worker, the popup, or a content script on a dashboard page - is a
 * leak, whoever's code asked for it.
 */
export function unexpectedRequest(r: LoggedRequest): boolean {
  if (r.url.startsWith(API_PREFIX)) return false;
  if (/^(data|blob|chrome-extension):/.test(r.url) || r.url === 'about:blank') return false;
  if (r.navigation && r.url.startsWith('https://dash.cloudflare.com/')) return false;
  return true;
}

/** One browser per worker and extension build, shared by its tests (a launch costs about 1.5 s). */
interface Browsers {
  get(extensionPath: string): Promise<BrowserContext>;
}

/** Events tests listen to on the context: the listeners a test added go when it ends. */
const TEST_EVENTS = ['request', 'console', 'weberror', 'page', 'serviceworker', 'close'] as const;
type Listeners = Map<string, Function[]>;
// At run time a context or page is a Node EventEmitter; its type leaves `listeners` out.
const emitter = (target: BrowserContext | Page) => target as unknown as EventEmitter;
const listenersOf = (target: BrowserContext | Page, events: readonly string[] = TEST_EVENTS): Listeners =>
  new Map(events.map((e) => [e, emitter(target).listeners(e)]));
/** Takes off every listener added since `before` was taken. */
function removeAdded(target: BrowserContext | Page, before: Listeners): void {
  for (const [event, kept] of before) {
    for (const l of emitter(target).listeners(event)) if (!kept.includes(l)) emitter(target).off(event, l as () => void);
  }
}

/** Page methods whose effect outlives a navigation: a tab a test changed with one is not handed out again. */
const LASTING = ['addInitScript', 'exposeFunction', 'exposeBinding', 'route', 'routeFromHAR', 'routeWebSocket', 'setExtraHTTPHeaders', 'emulateMedia', 'setViewportSize'] as const;

/**
 * The tab kept between tests, and what the test it was handed to did with it. `stale`: it still
 * shows the last test's document, with that document's scripts stopped (see setAside).
 */
interface Spare {
  page: Page;
  given: boolean;
  changed: boolean;
  stale: boolean;
  listeners: Listeners;
  cdp?: CDPSession;
}
const spares = new WeakMap<BrowserContext, Spare>();
const PAGE_EVENTS = ['console', 'pageerror', 'dialog', 'request', 'response', 'requestfinished', 'requestfailed', 'popup', 'load', 'domcontentloaded', 'framenavigated', 'close', 'worker', 'download', 'filechooser', 'crash'] as const;

function keepSpare(context: BrowserContext, page: Page): void {
  const spare: Spare = { page, given: false, changed: false, stale: false, listeners: listenersOf(page, PAGE_EVENTS) };
  const target = page as unknown as Record<string, unknown>;
  for (const name of LASTING) {
    const own = (target[name] as (...a: unknown[]) => unknown).bind(page);
    target[name] = (...args: unknown[]) => ((spare.changed = true), own(...args));
  }
  const clock = page.clock;
  Object.defineProperty(page, 'clock', { get: () => ((spare.changed = true), clock) });
  spares.set(context, spare);
}

/** The kept tab's own DevTools session: it holds the stopped-scripts state, so it lives as long as the tab. */
async function cdpOf(spare: Spare): Promise<CDPSession> {
  return (spare.cdp ??= await spare.page.context().newCDPSession(spare.page));
}

/**
 * A tab for a test's page, at `url` (else about:blank): the tab kept from the last test when it
 * is free, else a new one. Every navigation here costs about 0.1 s and 0.2 s of CPU, and a new
 * tab twice that, on a suite that is CPU-bound: so the kept tab goes straight from the last
 * test's document to this test's, its scripts stopped in between, its history then reset. Each
 * test still gets a new document, and a history of one entry.
 */
export async function newTab(context: BrowserContext, url = 'about:blank'): Promise<Page> {
  const spare = spares.get(context);
  if (!spare || spare.given || spare.page.isClosed()) return showIn(await context.newPage(), url);
  spare.given = true;
  const { page } = spare;
  if (!spare.stale) return showIn(page, url);
  const cdp = await cdpOf(spare);
  // By a blank document first when the test wants one, or when `url` is the same document with
  // another #fragment (that would not be a new document). Scripts stay stopped until the last
  // test's document is gone, except on the straight way: from there to this test's first
  // document's commit (tens of ms), a timer or reply of the last test's document may still run.
  if (url === 'about:blank' || new URL(url).href.split('#')[0] === page.url().split('#')[0]) await page.goto('about:blank');
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
  if (url !== 'about:blank') await page.goto(url);
  await cdp.send('Page.resetNavigationHistory');
  spare.stale = false;
  return page;
}

/** `page` showing `url`: navigated unless it is a blank tab asked to stay blank. */
async function showIn(page: Page, url: string): Promise<Page> {
  if (url !== 'about:blank' || page.url() !== 'about:blank') await page.goto(url);
  return page;
}

/**
 * The kept tab made ready for the next test, or false when it can't be: none of the last test's
 * listeners, and the scripts of its document stopped until newTab replaces that document.
 */
async function setAside(spare: Spare): Promise<boolean> {
  const { page } = spare;
  if (page.isClosed() || spare.changed) return false;
  if (!spare.given) return true;
  removeAdded(page, spare.listeners);
  try {
    spare.stale = page.url() !== 'about:blank' || (await page.evaluate(() => history.length)) !== 1;
    if (spare.stale) await (await cdpOf(spare)).send('Emulation.setScriptExecutionDisabled', { value: true });
  } catch {
    return false;
  }
  spare.given = false;
  return true;
}

/**
 * Gives the shared context back clean: no page (but a blank one), route, listener, permission or
 * cookie of the last test, and the extension's storage empty (its options back to defaults), as in
 * a new profile.
 */
async function cleanUp(context: BrowserContext, before: Listeners): Promise<void> {
  removeAdded(context, before);
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  // One tab stays: a browser with no window has nowhere to open the tabs the extension opens. It is
  // the last test's tab when that can be set aside (see newTab), else a new blank one.
  const spare = spares.get(context);
  const kept = spare && (await setAside(spare)) ? spare.page : undefined;
  const blank = kept ?? (await context.newPage());
  if (!kept) keepSpare(context, blank);
  await Promise.all(context.pages().map((p) => p !== blank && p.close()));
  await context.clearCookies();
  await context.clearPermissions();
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', { clear(): Promise<void> }> } }).chrome;
    await Promise.all([c.storage.local.clear(), c.storage.sync.clear(), c.storage.session.clear()]);
  });
}

export const test = base.extend<TestFixtures, { api: FakeCfApi; browsers: Browsers }>({
  api: [
    async ({}, use) => {
      const api = await startFakeCfApi();
      await use(api);
      await api.close();
    },
    { scope: 'worker' },
  ],
  browsers: [
    async ({ api }, use) => {
      const open = new Map<string, Promise<BrowserContext>>();
      await use({
        get(path) {
          let context = open.get(path);
          if (!context) {
            // The window's first tab is the first test's blank tab.
            const launched = launchWithExtension(path, api.port).then(async (c) => (keepSpare(c, c.pages()[0] ?? (await c.newPage())), c));
            open.set(path, (context = launched));
          }
          return context;
        },
      });
      await Promise.all([...open.values()].map(async (c) => (await c).close()));
    },
    { scope: 'worker' },
  ],
  cfApi: async ({ api }, use) => {
    api.reset();
    await use(api);
    // Whatever reached the stand-in came from the extension: only the v4 API is allowed.
    const stray = api.seen.filter((s) => !s.url.startsWith('/client/v4/')).map((s) => `${s.method} ${s.url}`);
    api.reset();
    if (stray.length) throw new Error(`api.cloudflare.com was asked for paths outside /client/v4/: ${stray.join(', ')}`);
  },
  extensionPath: [BUILT_EXTENSION, { option: true }],
  requestLog: async ({}, use) => {
    await use([]);
  },
  context: async ({ extensionPath, browsers, cfApi, requestLog }, use, testInfo) => {
    // cfApi first: the stand-in is reset before the test and checked after it.
    void cfApi;
    const context = await browsers.get(extensionPath);
    const before = listenersOf(context);
    // Playwright 1.65 reports the MV3 service worker's requests here too (request.serviceWorker()).
    context.on('request', (r) => requestLog.push(describe(r)));
    try {
      await use(context);
    } finally {
      await cleanUp(context, before);
    }
    const bad = requestLog.filter(unexpectedRequest);
    // Optional: append the whole run's log to a file, to review what each test asked for.
    if (process.env.TOKEN_LENS_REQUEST_LOG) {
      appendFileSync(process.env.TOKEN_LENS_REQUEST_LOG, requestLog.map((r) => `${testInfo.title}\t${r.from}\t${r.navigation}\t${r.url}\n`).join(''));
    }
    if (bad.length) {
      throw new Error(`Requests outside api.cloudflare.com/client/v4:\n${bad.map((r) => `  ${r.from}${r.navigation ? ' (navigation)' : ''}: ${r.url}`).join('\n')}`);
    }
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
        return newTab(context, url.href);
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
