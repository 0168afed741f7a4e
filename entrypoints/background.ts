// Background service worker. Kept thin: it only wires browser events to lib/ code.
import { handleMessage } from '../lib/messages/handle-message';
import { startViews } from '../lib/context-menu/start';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message) => handleMessage(message));
  // Context menu + recipe entry. The click handler sits on the worker's own global for e2e tests (a native menu can't be clicked).
  Object.assign(globalThis, { tokenLensMenuClick: startViews(browser) });
});
