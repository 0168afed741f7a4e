// Security audit of the observer in the page's world (lib/page-replies/observe.ts, entrypoint
// page-replies.content.ts): each promise it makes, proven on the built files and in Chromium.
//   1. The page gets its own Response / XHR, untouched; wrappers keep name, length and print exactly
//      as the originals (Function.prototype.toString, wrapped to print them, looks untouched too).
//   2. Request headers and bodies are never read; replies to POST / PUT are never read; no `value`
//      ever leaves the page's world (an allow-list).
//   3. Only the listed fields reach our content script, which checks them again and keeps them in
//      memory only: the secret of a create or roll reply reaches neither our world, nor storage,
//      nor the DOM, nor the console.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BUILT_EXTENSION, expect, test } from './fixtures';
import { LIST_PATH, openReplica } from './dashboard-helpers';
import { base64, dropPageRequests, isolatedWorldMessages, pageRecord, ROLLED, routeApi, SECRET, T, tokenBadges } from './page-replies-helpers';

const OUT = join(BUILT_EXTENSION, '..');
const FILE = 'content-scripts/page-replies.js';
const FIXTURE = 'tokens-list-api.html';

function built(target: string, file: string): string {
  const path = join(OUT, target, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: build ${target} first`);
  return readFileSync(path, 'utf8');
}

for (const target of ['chrome-mv3', 'chrome-mv3-test', 'firefox-mv2']) {
  test.describe(`${target}: the observer's built file`, () => {
    test('is the only page-world script: dash.cloudflare.com, top frame, document_start', () => {
      const scripts = (JSON.parse(built(target, 'manifest.json')).content_scripts as Array<Record<string, unknown>>).filter((s) => s.world === 'MAIN');
      expect(scripts).toEqual([{ matches: ['https://dash.cloudflare.com/*'], run_at: 'document_start', js: [FILE], world: 'MAIN' }]);
    });

    test('makes no request, reads no header or body, names no `value`, reaches no extension API', () => {
      // WXT's start-up logger is the only console use (it prints a crash, never reply data); the
      // store build has none.
      const text = built(target, FILE).replace(/\(\.\.\.(\w+)\)=>\w+\(console\.(debug|log|warn|error),\.\.\.\1\)/g, '');
      const banned: Array<[string, RegExp]> = [
        ['a request of its own', /(^|[^\w$.])fetch\s*\(|new\s+XMLHttpRequest|\bsendBeacon\b|\bWebSocket\b|\bEventSource\b|\bimport\s*\(/],
        ['request headers or bodies', /\bheaders\b|\bbody\b|setRequestHeader|\.send\b|getAllResponseHeaders|getResponseHeader/],
        ['the secret field', /\bvalue\b/],
        ['an extension API or storage', /\bchrome\b|\bbrowser\b|\bstorage\b|localStorage|sessionStorage|indexedDB|\bcookie\b/],
        ['the console', /\bconsole\b/],
        ['HTML or code from strings', /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function/],
      ];
      for (const [what, re] of banned) expect(re.exec(text)?.[0], what).toBeUndefined();
      if (target === 'chrome-mv3') expect(built(target, FILE)).not.toMatch(/\bconsole\b/);
    });

    test('leaves no global variable in the page', () => {
      expect(built(target, FILE)).toMatch(/^\(function\s*\(\)\s*\{/);
    });
  });
}

/** What a fresh window's own functions look like: an about:blank frame (no content script runs there). */
async function wrappers(page: Page) {
  return page.evaluate(() => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const pristine = frame.contentWindow as Window & typeof globalThis;
    const str = (f: unknown) => Function.prototype.toString.call(f);
    const desc = (o: object, k: string) => {
      const d = Object.getOwnPropertyDescriptor(o, k)!;
      return [d.writable, d.enumerable, d.configurable, typeof d.value];
    };
    const out = {
      fetch: [fetch.name, fetch.length, str(fetch), desc(window, 'fetch'), fetch === window.fetch],
      pristineFetch: [pristine.fetch.name, pristine.fetch.length, str(pristine.fetch), desc(pristine, 'fetch'), true],
      open: [XMLHttpRequest.prototype.open.name, XMLHttpRequest.prototype.open.length, str(XMLHttpRequest.prototype.open), desc(XMLHttpRequest.prototype, 'open')],
      pristineOpen: [pristine.XMLHttpRequest.prototype.open.name, pristine.XMLHttpRequest.prototype.open.length, str(pristine.XMLHttpRequest.prototype.open), desc(pristine.XMLHttpRequest.prototype, 'open')],
      // Every way a page prints them: toString() of their own, String(), and the fresh window's toString on its own functions.
      printed: [fetch.toString(), String(fetch), XMLHttpRequest.prototype.open.toString(), `${XMLHttpRequest.prototype.open}`],
      pristinePrinted: [pristine.Function.prototype.toString.call(pristine.fetch), pristine.Function.prototype.toString.call(pristine.XMLHttpRequest.prototype.open)],
      // Function.prototype.toString is wrapped too (it prints the wrappers): it must look untouched itself.
      toString: [Function.prototype.toString.name, Function.prototype.toString.length, str(Function.prototype.toString), Function.prototype.toString.toString(), desc(Function.prototype, 'toString')],
      pristineToString: [pristine.Function.prototype.toString.name, pristine.Function.prototype.toString.length, pristine.Function.prototype.toString.call(pristine.Function.prototype.toString), desc(pristine.Function.prototype, 'toString')],
      // Its errors are the original's.
      thrown: [null, {}, 1].map((v) => { try { return str(v); } catch (e) { return (e as Error).constructor.name; } }),
      // Not wrapped at all: these print their own name.
      untouched: [
        XMLHttpRequest.prototype.send, XMLHttpRequest.prototype.setRequestHeader, Response.prototype.clone, Response.prototype.json,
        Response.prototype.text, Response.prototype.arrayBuffer, window.postMessage, EventTarget.prototype.addEventListener, JSON.parse, Promise.prototype.then,
      ].map(str),
    };
    frame.remove();
    return out;
  });
}

test('1. the page\'s fetch and XHR.open keep their name, length, property and exact native-code toString; nothing else is wrapped but Function.prototype.toString (to print them)', async ({ context, dash }) => {
  const { page, problems } = await openReplica({ context, dash }, LIST_PATH, 'tokens-list.html');
  const w = await wrappers(page);
  expect(w.fetch.slice(0, 2)).toEqual(w.pristineFetch.slice(0, 2));
  expect(w.fetch[3]).toEqual(w.pristineFetch[3]);
  expect(w.open.slice(0, 2)).toEqual(w.pristineOpen.slice(0, 2));
  expect(w.open[3]).toEqual(w.pristineOpen[3]);
  // Printed exactly as unwrapped, name included (a bare Proxy prints "function () { [native code] }").
  expect(w.pristinePrinted).toEqual(['function fetch() { [native code] }', 'function open() { [native code] }']);
  expect([w.fetch[2], w.open[2]]).toEqual(['function fetch() { [native code] }', 'function open() { [native code] }']);
  expect([w.pristineFetch[2], w.pristineOpen[2]]).toEqual(w.pristinePrinted);
  expect(w.printed).toEqual([w.pristinePrinted[0], w.pristinePrinted[0], w.pristinePrinted[1], w.pristinePrinted[1]]);
  expect(w.toString.slice(0, 3)).toEqual(w.pristineToString.slice(0, 3));
  expect(w.toString[2]).toBe('function toString() { [native code] }');
  expect(w.toString[3]).toBe(w.toString[2]);
  expect(w.toString[4]).toEqual(w.pristineToString[3]);
  expect(w.thrown).toEqual(['TypeError', 'TypeError', 'TypeError']);
  for (const s of w.untouched) expect(s).toMatch(/^function (send|setRequestHeader|clone|json|text|arrayBuffer|postMessage|addEventListener|parse|then)\(\) \{\s*\[native code\]\s*\}$/);
  expect(problems).toEqual([]);
});

test('2. request headers and bodies are never read: the page\'s init object sees the same reads as with a fresh fetch, bar `method`', async ({ context, dash, requestLog }) => {
  await routeApi(context);
  const { page } = await openReplica({ context, dash }, LIST_PATH, 'tokens-list.html');
  const reads = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const pristine = (frame.contentWindow as Window & typeof globalThis).fetch;
    const logged = async (f: typeof fetch, method: string) => {
      const log: string[] = [];
      const init = new Proxy({ method, headers: { 'x-page': 'secret header' }, ...(method === 'GET' ? {} : { body: '{"secret":"body"}' }) }, {
        get(t, k, r) {
          log.push(String(k));
          return Reflect.get(t, k, r);
        },
      });
      await (await f('/api/v4/user/tokens', init)).text();
      return log;
    };
    const out = {
      get: [await logged(fetch, 'GET'), await logged(pristine, 'GET')],
      post: [await logged(fetch, 'POST'), await logged(pristine, 'POST')],
    };
    frame.remove();
    return out;
  });
  const without = (list: string[], key: string) => {
    const i = list.lastIndexOf(key);
    return i < 0 ? list : [...list.slice(0, i), ...list.slice(i + 1)];
  };
  // Ours reads `method` once more than the browser does, and nothing else.
  expect(without(reads.get[0], 'method')).toEqual(reads.get[1]);
  expect(without(reads.post[0], 'method')).toEqual(reads.post[1]);
  expect(reads.get[1]).toContain('headers'); // the browser itself reads them: the check can see reads
  dropPageRequests(requestLog, ['GET /api/v4/user/tokens', 'GET /api/v4/user/tokens', 'POST /api/v4/user/tokens', 'POST /api/v4/user/tokens']);
});

for (const via of ['fetch', 'xhr']) {
  test(`3. a create (POST) and a roll (PUT) reply's secret reaches neither our world, storage, the DOM nor the console (${via}); the page gets every byte`, async ({ context, dash, requestLog }) => {
    const served = await routeApi(context);
    const consoleText: string[] = [];
    context.on('console', (m) => consoleText.push(m.text()));
    const { page, problems } = await openReplica({ context, dash }, `${LIST_PATH}?via=${via}&groups=1&details=${T.dns}&create=1&pages=3`, FIXTURE);
    page.on('console', (m) => consoleText.push(m.text()));
    await expect(page.locator('html[data-replica-done]')).toHaveCount(1);
    await expect(page.locator('[data-token-lens="token"][data-source="api"]')).toHaveCount(5);
    expect(await page.evaluate(() => (window as unknown as { __secret: string }).__secret)).toBe(SECRET);

    // Everything the page asked for arrived as served, the secret replies included.
    const { received, requested } = await pageRecord(page);
    dropPageRequests(requestLog, requested);
    expect(received.map((r) => `${r.method} ${r.url}`)).toEqual(requested);
    expect(received.map((r) => r.text)).toEqual(served.map((s) => (via === 'fetch' ? base64(s.body) : s.body)));
    expect(served.filter((s) => s.body.includes(SECRET) || s.body.includes(ROLLED)).map((s) => s.method)).toEqual(['GET', 'GET', 'POST', 'PUT']);

    // Our world: every message it can get (the observer sends all it ever sent again on hello).
    const messages = await isolatedWorldMessages(page);
    const all = JSON.stringify(messages);
    expect(messages.map((m) => (m as { kind: string }).kind).sort()).toEqual(['groups', 'list', 'list', 'list', 'token']);
    for (const leak of [SECRET, ROLLED, T.created, 'Fresh token', '"value"', '"meta"', 'description']) expect(all, leak).not.toContain(leak);

    // Storage (every area), from the service worker.
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const stored = await sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', { get(k: null): Promise<unknown> }> } }).chrome;
      return JSON.stringify(await Promise.all([c.storage.local.get(null), c.storage.sync.get(null), c.storage.session.get(null)]));
    });
    // The DOM, our shadow roots included.
    const dom = await page.evaluate(() => [document.documentElement.outerHTML, ...[...document.querySelectorAll('[data-token-lens]')].map((h) => h.shadowRoot?.innerHTML ?? '')].join('\n'));
    for (const [where, text] of [['storage', stored], ['DOM', dom], ['console', consoleText.join('\n')]] as const) {
      expect(text, where).not.toContain(SECRET);
      expect(text, where).not.toContain(ROLLED);
    }
    // The create reply's name (the page's own script names it too, so only our hosts are looked at).
    const ours = await page.evaluate(() => [...document.querySelectorAll('[data-token-lens]')].map((h) => h.outerHTML + (h.shadowRoot?.innerHTML ?? '')).join('\n'));
    expect(ours).not.toContain('Fresh token');
    expect(ours).not.toContain(T.created);
    expect(problems).toEqual([]);
  });
}

test('3. what the page posts under our tag is checked again: extra fields never pass, junk changes nothing', async ({ context, dash, requestLog }) => {
  await routeApi(context);
  const { page, problems } = await openReplica({ context, dash }, LIST_PATH, FIXTURE);
  await expect(page.locator('[data-token-lens="token"][data-source="api"]')).toHaveCount(5);
  const before = await tokenBadges(page);
  await page.evaluate(({ secret, id }) => {
    const tag = 'token-lens:page-replies';
    for (const junk of [
      { source: tag, kind: 'list', owner: 'user', tokens: 'x' },
      { source: tag, kind: 'list', owner: 'user', tokens: [{ id: '../x', value: secret }] },
      { source: tag, kind: 'token', owner: 'user', token: { id, name: 'Edit zone DNS', value: secret, status: 'active', policies: [{ effect: 'maybe' }] } },
      { source: tag, kind: 'groups', owner: 'user', groups: [{ id: 'g1', name: secret.slice(0, 5), scopes: 7 }] },
      { source: tag, kind: 'value', value: secret },
      'token-lens:page-replies',
      null,
    ]) postMessage(junk, location.origin);
  }, { secret: SECRET, id: T.dns });
  await page.waitForTimeout(300);
  // The one well-formed part (token T.dns without readable policies) may only make its row fall back to the table.
  const after = await tokenBadges(page);
  expect(after.filter((b) => b.id !== T.dns)).toEqual(before.filter((b) => b.id !== T.dns));
  const dom = await page.evaluate(() => [...document.querySelectorAll('[data-token-lens]')].map((h) => h.shadowRoot?.innerHTML ?? '').join('\n'));
  expect(dom).not.toContain(SECRET);
  dropPageRequests(requestLog, (await pageRecord(page)).requested);
  expect(problems).toEqual([]);
});
