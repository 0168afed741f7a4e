// Runs in the page's own world (entrypoints/page-replies.content.ts, at document_start): watches
// the dashboard's own GET replies with token data (paths.ts) as they arrive through fetch and
// XMLHttpRequest, and posts their listed fields (pick.ts) to the content script of this tab.
//
// What it promises (tests/e2e/audit-page-replies.spec.ts proves each):
// - The page gets its own Response and XHR untouched, at the same time: fetch returns the very
//   promise the original returned, and the body is read from a clone. The wrappers are Proxies
//   around the originals, so they keep their name, length and properties; a Proxy prints as
//   `function () { [native code] }` without its name, so Function.prototype.toString is itself
//   wrapped (a Proxy too) to print each wrapper, and itself, exactly as the original prints.
// - Request headers and bodies are never read (only a request's method and URL); send and
//   setRequestHeader are not wrapped. Replies to anything but GET are never read: create and
//   roll replies hold the secret `value`.
// - Only the listed fields of token and permission-group objects leave this world (an
//   allow-list: `value` is never read), by postMessage to this window, for the page's origin.
// - It makes no request of its own and keeps nothing but what it posted (for the content script,
//   which starts later, to ask again).
//
// Every global it calls is taken when it starts, before any page script runs.
import { isHello, messageFor, type RepliesMessage } from './message';
import { replyKindOf, type ReplyKind } from './paths';

/** Longest reply text read (characters): the permission groups are about 100 KB. */
const MAX_TEXT = 8_000_000;
/** Messages kept for a late content script. */
const MAX_KEPT = 100;

type PageWindow = Window & typeof globalThis;

export function observeReplies(win: PageWindow): void {
  const apply = Reflect.apply;
  const getDescriptor = Object.getOwnPropertyDescriptor;
  const ProxyCtor = Proxy;
  const URLCtor = win.URL;
  const parse = win.JSON.parse;
  const then = win.Promise.prototype.then;
  const post = win.postMessage;
  const listen = win.EventTarget.prototype.addEventListener;
  const location = win.location;
  const origin = location.origin;
  const here = () => location.href;
  const noop = () => {};
  const kept: RepliesMessage[] = [];

  // Each wrapper → the original it stands for, for Function.prototype.toString.
  const originals = new WeakMap<object, unknown>();
  const originalOf = WeakMap.prototype.get;
  const remember = WeakMap.prototype.set;
  const disguise = <T extends object>(wrapper: T, original: unknown): T => (apply(remember, originals, [wrapper, original]), wrapper);
  const FunctionProto = win.Function?.prototype;
  const toStringOriginal = FunctionProto?.toString;
  if (FunctionProto && typeof toStringOriginal === 'function') {
    FunctionProto.toString = disguise(
      new ProxyCtor(toStringOriginal, {
        // Anything not ours (a primitive too: WeakMap.get answers undefined) goes through as it is,
        // so the original's own errors are thrown.
        apply: (target, self, args) => apply(target, (apply(originalOf, originals, [self]) as object | undefined) ?? self, args),
      }),
      toStringOriginal,
    );
  }

  const send = (m: RepliesMessage) => apply(post, win, [m, origin]);
  const deliver = (kind: ReplyKind, json: unknown) => {
    const m = messageFor(kind, json);
    if (!m) return;
    if (kept.length >= MAX_KEPT) kept.shift();
    kept.push(m);
    send(m);
  };
  const fromText = (kind: ReplyKind, text: unknown) => {
    if (typeof text !== 'string' || text.length > MAX_TEXT) return;
    let json: unknown;
    try {
      json = apply(parse, win.JSON, [text]);
    } catch {
      return;
    }
    deliver(kind, json);
  };
  /** The reply's own URL, when it has one, must still be a token path (a redirect may leave it). */
  const finalKind = (kind: ReplyKind, url: unknown): ReplyKind | null =>
    typeof url === 'string' && url ? replyKindOf('GET', url, here(), URLCtor) : kind;
  const urlOf = (u: unknown): string | null => (typeof u === 'string' ? u : u instanceof URLCtor ? u.href : null);

  // The content script asks again when it starts (it runs at document_idle).
  apply(listen, win, ['message', (e: MessageEvent) => {
    try {
      if (e.source === win && e.origin === origin && isHello(e.data)) for (const m of kept) send(m);
    } catch {
      // Whatever the page posts.
    }
  }]);

  const ResponseCtor = win.Response;
  const RequestCtor = win.Request;
  const fetchOriginal = win.fetch;
  if (typeof fetchOriginal === 'function' && ResponseCtor) {
    const clone = ResponseCtor.prototype.clone;
    const text = ResponseCtor.prototype.text;
    const okOf = getDescriptor(ResponseCtor.prototype, 'ok')?.get;
    const urlOfResponse = getDescriptor(ResponseCtor.prototype, 'url')?.get;
    /** The request's method and URL only: never its headers or body. */
    const kindOf = (args: unknown[]): ReplyKind | null => {
      const [input, init] = args;
      let url: string | null;
      let method: unknown;
      if (RequestCtor && input instanceof RequestCtor) {
        url = input.url;
        method = input.method;
      } else {
        url = urlOf(input);
      }
      if (url === null) return null;
      if (typeof init === 'object' && init !== null) {
        const m = (init as { method?: unknown }).method;
        if (m !== undefined) method = m;
      }
      return replyKindOf(method, url, here(), URLCtor);
    };
    const onResponse = (kind: ReplyKind) => (res: unknown) => {
      try {
        if (!(res instanceof ResponseCtor) || !okOf || !urlOfResponse || !apply(okOf, res, [])) return;
        const k = finalKind(kind, apply(urlOfResponse, res, []));
        if (!k) return;
        // Runs before the page's own handlers (registered first), so the body is still unread.
        const copy = apply(clone, res, []) as Response;
        apply(then, apply(text, copy, []), [(t: unknown) => fromText(k, t), noop]);
      } catch {
        // Never the page's concern.
      }
    };
    win.fetch = disguise(new ProxyCtor(fetchOriginal, {
      apply(target, self, args) {
        const result = apply(target, self, args) as Promise<Response>;
        try {
          const kind = kindOf(args);
          if (kind) apply(then, result, [onResponse(kind), noop]);
        } catch {
          // Never the page's concern.
        }
        return result;
      },
    }), fetchOriginal);
  }

  const XHR = win.XMLHttpRequest;
  if (XHR && typeof XHR.prototype.open === 'function') {
    const proto = XHR.prototype;
    const getter = (name: string) => getDescriptor(proto, name)?.get;
    const status = getter('status');
    const responseURL = getter('responseURL');
    const responseType = getter('responseType');
    const responseText = getter('responseText');
    const response = getter('response');
    const kinds = new WeakMap<object, ReplyKind | null>();
    const hooked = new WeakSet<object>();
    function onLoad(this: XMLHttpRequest) {
      try {
        const kind = kinds.get(this);
        if (!kind || !status || !responseType || !responseText || !response) return;
        const code = apply(status, this, []) as number;
        if (code < 200 || code > 299) return;
        const k = finalKind(kind, responseURL ? apply(responseURL, this, []) : '');
        if (!k) return;
        const type = apply(responseType, this, []);
        if (type === '' || type === 'text') fromText(k, apply(responseText, this, []));
        else if (type === 'json') deliver(k, apply(response, this, []));
      } catch {
        // Never the page's concern.
      }
    }
    const openOriginal = proto.open;
    proto.open = disguise(new ProxyCtor(openOriginal, {
      apply(target, self, args) {
        const result = apply(target, self, args);
        try {
          // open() again on the same object starts a new request: the last one counts.
          const url = urlOf(args[1]);
          const kind = url === null ? null : replyKindOf(args[0], url, here(), URLCtor);
          kinds.set(self, kind);
          if (kind && !hooked.has(self)) {
            hooked.add(self);
            apply(listen, self, ['load', onLoad]);
          }
        } catch {
          // Never the page's concern.
        }
        return result;
      },
    }), openOriginal);
  }
}
