// Background service worker. Kept thin: it only wires browser events to lib/ code.
import { handleMessage } from '../lib/messages/handle-message';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message) => handleMessage(message));
});
