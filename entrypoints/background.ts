// Background service worker. Kept thin: it only wires browser events to lib/ code.
import { handleMessage } from '../lib/messages/handle-message';
import { startViews } from '../lib/context-menu/start';
import { TEST_BUILD } from '../lib/build/test-build';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message) => handleMessage(message));
  // Context menu + recipe entry. In the test build the click handler also sits on the worker's
  // global: a native menu can't be clicked from the e2e tests.
  const menuClick = startViews(browser);
  if (TEST_BUILD) Object.assign(globalThis, { tokenLensMenuClick: menuClick });
});
