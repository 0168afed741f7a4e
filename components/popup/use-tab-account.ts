// The Account ID of the dashboard tab the user has open, if any. With only `activeTab`, the
// active tab's URL is readable after the user opened the popup from the toolbar; otherwise it
// is undefined and nothing is pre-filled.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { accountIdFromUrl } from '../../lib/token/account-from-url';

export function useTabAccount(): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then((tabs) => {
        const found = accountIdFromUrl(tabs[0]?.url);
        if (live && found) setId(found);
      })
      // No tab API (tests, odd hosts): simply no pre-fill.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return id;
}
