// The content script's end of the page-replies channel: takes the observer's messages (from this
// window, for this origin, under our tag), checks them again (the page can post anything) and
// keeps them in memory (lib/page-replies/store.ts). Asks the observer once, at start, for what it
// saw before this script ran. Nothing is stored, logged or sent anywhere.
import { checkMessage, REPLIES_TAG, type HelloMessage } from '../../lib/page-replies/message';
import { createReplyStore, type ReplyStore } from '../../lib/page-replies/store';

export interface PageRepliesDeps {
  win: Window;
  signal: AbortSignal;
  /** Something changed (tokens, or the live permission groups): plan the page again. */
  onChange(what: 'tokens' | 'groups'): void;
}

export function startPageReplies({ win, signal, onChange }: PageRepliesDeps): ReplyStore {
  const store = createReplyStore();
  const origin = win.location.origin;
  win.addEventListener('message', (e: MessageEvent) => {
    if (e.source !== win || e.origin !== origin) return;
    const message = checkMessage(e.data);
    if (message && store.add(message)) onChange(message.kind === 'groups' ? 'groups' : 'tokens');
  }, { signal });
  const hello: HelloMessage = { source: REPLIES_TAG, kind: 'hello' };
  win.postMessage(hello, origin);
  return store;
}
