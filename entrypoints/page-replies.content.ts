// Runs in the dashboard page's own world, before its scripts: watches the page's own GET replies
// with token data and posts their listed fields to our content script (lib/page-replies/observe.ts
// says what it promises). Thin: no extension API is reachable from here, and none is used.
import { observeReplies } from '../lib/page-replies/observe';

export default defineContentScript({
  matches: ['https://dash.cloudflare.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  // No global variable in the page's world (a page script could see it).
  globalName: false,
  main() {
    observeReplies(window);
  },
});
