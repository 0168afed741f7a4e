// The verification page's side: when opened from the context menu (?from=selection), ask the
// background once for the selected text and hand it to `take`. The text is only pre-filled;
// nothing is sent to Cloudflare until the user clicks Verify.
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openedFromSelection, pendingSelectionRequest, readPendingSelectionReply } from '../../lib/context-menu/messages';

export function usePendingSelection(take: (text: string) => void): void {
  useEffect(() => {
    if (!openedFromSelection()) return;
    let live = true;
    browser.runtime
      .sendMessage(pendingSelectionRequest())
      .then((reply) => {
        const text = readPendingSelectionReply(reply);
        if (live && text) take(text);
      })
      // No background (tests, odd hosts): simply nothing pre-filled.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
}
