// The dashboard's own API replies for tokens-list-api.html, routed at dash.cloudflare.com/api/v4,
// and what the tests need to look at what reached our content script.
import type { BrowserContext, Page, Route } from '@playwright/test';
import type { LoggedRequest } from './fixtures';

export const SECRET = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
export const ROLLED = 'cfut_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2ae98c30';
export const ACCOUNT = '0123456789abcdef0123456789abcdef';
export const T = {
  minting: 'a1000000000000000000000000000001',
  dns: 'a2000000000000000000000000000002',
  stale: 'a3000000000000000000000000000003',
  expired: 'a4000000000000000000000000000004',
  never: 'a5000000000000000000000000000005',
  created: 'c0000000000000000000000000000000',
} as const;
export const NEW_GROUP = 'f00df00df00df00df00df00df00df00d';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ago = (days: number) => iso(Date.now() - days * DAY);

const zone = (id = '023e105f4ecef8ad9ca31a8372d0c353') => ({ [`com.cloudflare.api.account.zone.${id}`]: '*' });

/** Five tokens. The table only shows "<first group> +N more" and "Active" for each (see the replica). */
export function tokens() {
  return [
    {
      id: T.minting, name: 'Deploy worker (CI) – é🙂', status: 'active', issued_on: ago(40), modified_on: ago(40), last_used_on: ago(1),
      expires_on: ago(-30), not_before: ago(40),
      policies: [
        { id: 'p1', effect: 'allow', resources: zone(), permission_groups: [{ id: 'c8fed203ed3043cba015a93ad1616f1f', name: 'Zone Read', meta: { key: 'k', value: SECRET } }] },
        { id: 'p2', effect: 'allow', resources: { 'com.cloudflare.api.user.1234567890abcdef1234567890abcdef': '*' }, permission_groups: [{ id: '686d18d5ac6c441c867cbf6771e58a0a', name: 'API Tokens Write' }] },
      ],
      condition: { request_ip: { in: ['192.0.2.0/24'], not_in: [] } },
    },
    {
      id: T.dns, name: 'Edit zone DNS', status: 'active', issued_on: ago(20), modified_on: ago(20), last_used_on: ago(2), expires_on: ago(-20),
      policies: [{ id: 'p3', effect: 'allow', resources: zone(), permission_groups: [{ id: '82e64a83756745bbbb1c9c2701bf816b', name: 'DNS Read' }] }],
      condition: { request_ip: { in: ['192.0.2.0/24'] } },
    },
    {
      id: T.stale, name: 'Old backup', status: 'active', issued_on: ago(500), modified_on: ago(500), last_used_on: ago(200), expires_on: ago(-20),
      policies: [{ id: 'p4', effect: 'allow', resources: zone(), permission_groups: [{ id: 'c8fed203ed3043cba015a93ad1616f1f', name: 'Zone Read' }] }],
      condition: { request_ip: { in: ['192.0.2.0/24'] } },
    },
    {
      id: T.expired, name: 'Legacy deploy', status: 'expired', issued_on: ago(400), modified_on: ago(400), expires_on: ago(100),
      policies: [{ id: 'p5', effect: 'allow', resources: { [`com.cloudflare.api.account.${ACCOUNT}`]: '*' }, permission_groups: [{ id: 'e086da7e2179491d91ee5f35b3ca210a', name: 'Workers Scripts Write' }] }],
      condition: {},
    },
    {
      id: T.never, name: 'Never used', status: 'active', issued_on: ago(60), modified_on: ago(60), expires_on: ago(-20),
      policies: [{ id: 'p6', effect: 'allow', resources: zone(), permission_groups: [{ id: 'c8fed203ed3043cba015a93ad1616f1f', name: 'Zone Read' }, { id: NEW_GROUP, name: 'Quantum Widgets Edit' }] }],
      condition: { request_ip: { in: ['192.0.2.0/24'] } },
    },
  ];
}

export const groups = () => [
  { id: 'c8fed203ed3043cba015a93ad1616f1f', name: 'Zone Read', description: 'Grants read access to Zone', scopes: ['com.cloudflare.api.account.zone'], meta: { value: SECRET } },
  { id: NEW_GROUP, name: 'Quantum Widgets Edit', description: 'Grants write access to Quantum Widgets', scopes: ['com.cloudflare.api.account'] },
];

/** Every reply body, exactly as served (the test compares what the page got with these). */
export interface Served {
  method: string;
  path: string;
  body: string;
}

/**
 * Routes the replica's API calls (any prefix before /user or /accounts/<id>). List pages of two;
 * a POST create and a PUT roll answer with the secret, as the real API does.
 */
export async function routeApi(target: BrowserContext | Page, opts: { prefix?: string } = {}): Promise<Served[]> {
  const served: Served[] = [];
  const prefix = opts.prefix ?? '/api/v4';
  await target.route(`https://dash.cloudflare.com${prefix}/**`, async (route: Route) => {
    const req = route.request();
    const url = new URL(req.url());
    const path = url.pathname.slice(prefix.length);
    const method = req.method();
    let body: unknown;
    if (method === 'POST' && /\/tokens$/.test(path)) {
      body = { success: true, errors: [], messages: [], result: { id: T.created, name: 'Fresh token', status: 'active', issued_on: ago(0), policies: [], value: SECRET } };
    } else if (method === 'PUT' && /\/tokens\/[0-9a-f]{32}\/value$/.test(path)) {
      body = { success: true, errors: [], messages: [], result: ROLLED };
    } else if (method === 'GET' && /\/tokens\/permission_groups$/.test(path)) {
      body = { success: true, errors: [], messages: [], result: groups() };
    } else if (method === 'GET' && /\/tokens$/.test(path)) {
      const all = tokens();
      const page = Number(url.searchParams.get('page') ?? 0);
      const per = Number(url.searchParams.get('per_page') ?? all.length);
      const items = page ? all.slice((page - 1) * per, page * per) : all;
      body = { success: true, errors: [], messages: [], result: items, result_info: { page: page || 1, per_page: per, count: items.length, total_count: all.length, total_pages: Math.ceil(all.length / per) } };
    } else if (method === 'GET' && /\/tokens\/[0-9a-f]{32}$/.test(path)) {
      const t = tokens().find((x) => path.endsWith(x.id));
      body = t ? { success: true, errors: [], messages: [], result: t } : { success: false, errors: [{ code: 1003, message: 'Not found' }], messages: [], result: null };
    } else {
      return route.fulfill({ status: 404, contentType: 'application/json', body: '{"success":false}' });
    }
    // Pretty-printed with a trailing newline: the page must get these very bytes.
    const text = `${JSON.stringify(body, null, 1)}\n`;
    served.push({ method, path: url.pathname + url.search, body: text });
    return route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: text });
  });
  return served;
}

/** What the replica page received and asked for (its own record). */
export function pageRecord(page: Page): Promise<{ received: Array<{ url: string; method: string; how: string; text: string }>; requested: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __received: never[]; __requested: string[] };
    return { received: w.__received, requested: w.__requested };
  });
}

/**
 * The page's own API calls are not the extension's: take exactly one log entry per request the
 * page says it made (any further one, e.g. from the extension, stays and fails the test).
 */
export function dropPageRequests(log: LoggedRequest[], requested: string[]): void {
  for (const r of requested) {
    const path = r.slice(r.indexOf(' ') + 1);
    const i = log.findIndex((l) => l.from === 'page' && !l.navigation && l.url === `https://dash.cloudflare.com${path}`);
    if (i >= 0) log.splice(i, 1);
  }
}

/** Base64 of a string's UTF-8 bytes (what the page records for `via=fetch`). */
export const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** Each token badge: [row name, risk, data-source, data-token-id, finding codes, badge text]. */
export function tokenBadges(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-token-lens="token"]')].map((h) => ({
      row: h.closest('tr')?.cells[0]?.firstChild?.textContent ?? '',
      risk: h.getAttribute('data-risk'),
      source: h.getAttribute('data-source'),
      id: h.getAttribute('data-token-id'),
      codes: [...(h.shadowRoot?.querySelectorAll('[data-token-lens="finding"]') ?? [])].map((f) => f.getAttribute('data-code')),
      badge: h.shadowRoot?.querySelector('.badge')?.textContent ?? '',
    })),
  );
}

/**
 * Every message with our tag (but the hello) the content script's (isolated) world can receive from now on, after
 * asking the observer to send again all it ever posted: read there through the DevTools protocol.
 */
export async function isolatedWorldMessages(page: Page): Promise<unknown[]> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 100));
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  if (!isolated) throw new Error(`no isolated world of the extension among ${contexts.length} contexts`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId: isolated.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `new Promise((done) => {
      const got = [];
      addEventListener('message', (e) => { if (e.data && e.data.source === 'token-lens:page-replies' && e.data.kind !== 'hello') got.push(e.data); });
      postMessage({ source: 'token-lens:page-replies', kind: 'hello' }, location.origin);
      setTimeout(() => done(JSON.stringify(got)), 500);
    })`,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return JSON.parse(result.value as string);
}
