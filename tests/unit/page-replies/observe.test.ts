// The observer against a stand-in page window (Node's own fetch classes, a small XHR): what it
// posts, what it leaves alone. The real browser proof is tests/e2e/audit-page-replies.spec.ts.
import { describe, expect, it } from 'vitest';
import { REPLIES_TAG } from '../../../lib/page-replies/message';
import { observeReplies } from '../../../lib/page-replies/observe';

const SECRET = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const T = 'ed17574386854bf78a67040be0a770b0';
const LIST = JSON.stringify({ success: true, result: [{ id: T, name: 'CI', status: 'active', policies: [], value: SECRET }] });
const CREATED = JSON.stringify({ success: true, result: { id: 'c'.repeat(32), name: 'New', value: SECRET, policies: [] } });

class FakeXHR extends EventTarget {
  declare responseType: XMLHttpRequestResponseType;
  _method = '';
  _url = '';
  _type: XMLHttpRequestResponseType = '';
  _body = '';
  _status = 0;
  open(method: string, url: string) {
    this._method = method;
    this._url = url;
  }
  send() {
    queueMicrotask(() => {
      this._status = 200;
      this._body = this._method === 'POST' ? CREATED : LIST;
      this.dispatchEvent(new Event('load'));
    });
  }
}
for (const [name, get] of Object.entries({
  status(this: FakeXHR) { return this._status; },
  responseURL(this: FakeXHR) { return new URL(this._url, 'https://dash.cloudflare.com/').href; },
  responseType(this: FakeXHR) { return this._type; },
  responseText(this: FakeXHR) { return this._body; },
  response(this: FakeXHR) { return this._type === 'json' ? JSON.parse(this._body) : this._body; },
})) Object.defineProperty(FakeXHR.prototype, name, { get, configurable: true });
Object.defineProperty(FakeXHR.prototype, 'responseType', {
  get(this: FakeXHR) { return this._type; },
  set(this: FakeXHR, v: XMLHttpRequestResponseType) { this._type = v; },
  configurable: true,
});

function page() {
  const posted: unknown[] = [];
  const win = new EventTarget() as EventTarget & Record<string, unknown>;
  const requests: Array<{ url: string; method: string }> = [];
  async function fetch(input: RequestInfo | URL, init?: RequestInit) {
    const req = new Request(new URL(String(input instanceof Request ? input.url : input), 'https://dash.cloudflare.com/'), init);
    requests.push({ url: req.url, method: req.method });
    return new Response(req.method === 'POST' ? CREATED : LIST, { status: 200, headers: { 'content-type': 'application/json' } });
  }
  Object.assign(win, {
    URL, JSON, Promise, Response, Request, EventTarget, XMLHttpRequest: FakeXHR, fetch,
    // The page's own Function.prototype stands apart, so the real one stays untouched here.
    Function: { prototype: { toString: Function.prototype.toString } },
    location: new URL('https://dash.cloudflare.com/profile/api-tokens'),
    postMessage(data: unknown, origin: string) {
      posted.push({ data, origin });
      // Delivered later, to every listener of the window (ours included), as a browser would.
      setTimeout(() => win.dispatchEvent(Object.assign(new Event('message'), { data, origin: 'https://dash.cloudflare.com', source: win })));
    },
  });
  const original = win.fetch as typeof fetch;
  const originalOpen = FakeXHR.prototype.open;
  observeReplies(win as unknown as Window & typeof globalThis);
  const restore = () => (FakeXHR.prototype.open = originalOpen);
  return { win, posted, requests, original, originalOpen, restore, fetch: win.fetch as typeof fetch };
}
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('observeReplies', () => {
  it('posts the listed fields of a GET list reply and hands the page the same reply', async () => {
    const p = page();
    const res = await p.fetch('/api/v4/user/tokens?per_page=20');
    expect(await res.text()).toBe(LIST); // the page reads its body as ever
    await settle();
    expect(p.posted).toEqual([{ origin: 'https://dash.cloudflare.com', data: { source: REPLIES_TAG, kind: 'list', owner: 'user', tokens: [{ id: T, name: 'CI', status: 'active', policies: [] }] } }]);
    expect(JSON.stringify(p.posted)).not.toContain(SECRET);
    p.restore();
  });

  it('never reads a POST reply (fetch or XHR), whatever its path', async () => {
    const p = page();
    await (await p.fetch('/api/v4/user/tokens', { method: 'POST', body: '{}' })).text();
    await (await p.fetch(new Request('https://dash.cloudflare.com/api/v4/user/tokens', { method: 'POST', body: '{}' }))).text();
    const x = new FakeXHR();
    x.open('POST', '/api/v4/user/tokens');
    x.send();
    await settle();
    expect(p.posted).toEqual([]);
    p.restore();
  });

  it('reads XHR replies as text and as json', async () => {
    const p = page();
    for (const type of ['', 'json'] as const) {
      const x = new FakeXHR();
      x.open('GET', '/api/v4/user/tokens');
      x.responseType = type;
      x.send();
    }
    await settle();
    expect(p.posted).toHaveLength(2);
    expect(JSON.stringify(p.posted)).not.toContain(SECRET);
    p.restore();
  });

  it('keeps the wrapped functions\' names and lengths, and the page\'s own request', async () => {
    const p = page();
    expect(p.fetch).not.toBe(p.original);
    expect([p.fetch.name, p.fetch.length]).toEqual([p.original.name, p.original.length]);
    expect(FakeXHR.prototype.open.name).toBe('open');
    await p.fetch('/api/v4/zones');
    expect(p.requests).toEqual([{ url: 'https://dash.cloudflare.com/api/v4/zones', method: 'GET' }]);
    await settle();
    expect(p.posted).toEqual([]); // not a token path
    p.restore();
  });

  it('prints each wrapper, and the wrapped toString, exactly as the original prints', () => {
    const p = page();
    const native = Function.prototype.toString;
    const toString = (p.win.Function as { prototype: { toString: typeof native } }).prototype.toString;
    expect(toString).not.toBe(native);
    expect(toString.call(p.fetch)).toBe(native.call(p.original));
    expect(toString.call(FakeXHR.prototype.open)).toBe(native.call(p.originalOpen));
    expect(toString.call(toString)).toBe(native.call(native));
    expect([toString.name, toString.length]).toEqual([native.name, native.length]);
    // Anything else goes through as it is, errors included.
    const other = function other() {};
    expect(toString.call(other)).toBe(native.call(other));
    for (const junk of [null, undefined, 1, 'x', {}, Symbol('s')]) expect(() => toString.call(junk)).toThrow(TypeError);
    p.restore();
  });

  it('sends again what it saw when the content script says hello', async () => {
    const p = page();
    await (await p.fetch('/api/v4/user/tokens')).text();
    await settle();
    (p.win.postMessage as Window['postMessage'])({ source: REPLIES_TAG, kind: 'hello' }, 'https://dash.cloudflare.com');
    await settle();
    expect(p.posted.map((m) => (m as { data: { kind: string } }).data.kind)).toEqual(['list', 'hello', 'list']);
    p.restore();
  });
});
