// The background's side of "Verify Cloudflare token" (context menu on selected text) and of the
// dashboard's recipe entry. Needs only the contextMenus permission: the page is never touched,
// the selection arrives with the click. The verification page opens in a new tab and asks for
// the selection by message; it is verified only when the user clicks Verify there.
import { isOpenRecipesRequest, isPendingSelectionRequest, RECIPES_PAGE, SELECTION_PAGE, type PendingSelectionReply } from './messages';
import { createPendingSelection } from './pending-selection';

export const MENU_ID = 'token-lens-verify-selection';

interface Sender { id?: string; url?: string }
interface ClickInfo { menuItemId: string | number; selectionText?: string }

/** The slice of the extension API this needs (webextension-polyfill's `browser`). */
export interface ViewsApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    onInstalled: { addListener(cb: () => void): void };
    onMessage: { addListener(cb: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void };
  };
  contextMenus: {
    create(props: { id: string; title: string; contexts: ['selection'] }): unknown;
    onClicked: { addListener(cb: (info: ClickInfo) => void): void };
  };
  tabs: { create(props: { url: string }): Promise<unknown> };
}

export function startViews(api: ViewsApi): (info: ClickInfo) => Promise<void> {
  const pending = createPendingSelection();
  const own = (s: Sender) => s.id === api.runtime.id && typeof s.url === 'string' && s.url.startsWith(api.runtime.getURL('/'));
  const fromDashboard = (s: Sender) => s.id === api.runtime.id && typeof s.url === 'string' && s.url.startsWith('https://dash.cloudflare.com/');

  const onClick = async (info: ClickInfo): Promise<void> => {
    if (info.menuItemId !== MENU_ID) return;
    pending.put(info.selectionText ?? '');
    await api.tabs.create({ url: api.runtime.getURL(SELECTION_PAGE) });
  };

  api.runtime.onInstalled.addListener(() => {
    // Menus persist across restarts of the service worker; (re)creating them once per install/update is enough.
    api.contextMenus.create({ id: MENU_ID, title: 'Verify Cloudflare token', contexts: ['selection'] });
  });
  api.contextMenus.onClicked.addListener((info) => void onClick(info).catch(() => undefined));
  api.runtime.onMessage.addListener((message, sender) => {
    // Only our own pages may collect the selection; only the dashboard script or our pages open recipes.
    if (isPendingSelectionRequest(message) && own(sender)) return Promise.resolve<PendingSelectionReply>({ text: pending.take() });
    if (isOpenRecipesRequest(message) && (fromDashboard(sender) || own(sender))) {
      return api.tabs.create({ url: api.runtime.getURL(RECIPES_PAGE) }).then(() => ({ opened: true }));
    }
    return undefined;
  });
  return onClick;
}
