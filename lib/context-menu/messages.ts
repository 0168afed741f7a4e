// The messages between the background and the extension's own pages for the context menu and
// the dashboard's recipe entry. No catalog imports: the content script bundles this file.

/** The verification page asks once for the text the user right-clicked; the answer is handed over once. */
export interface PendingSelectionRequest { type: 'pending-selection' }
export interface PendingSelectionReply { text: string | null }

/** The dashboard's "Least-privilege recipes" entry asks the background to open the recipe view. */
export interface OpenRecipesRequest { type: 'open-recipes' }

export const pendingSelectionRequest = (): PendingSelectionRequest => ({ type: 'pending-selection' });
export const openRecipesRequest = (): OpenRecipesRequest => ({ type: 'open-recipes' });

function typeOf(message: unknown): unknown {
  return typeof message === 'object' && message !== null ? (message as Record<string, unknown>).type : undefined;
}

export const isPendingSelectionRequest = (m: unknown): m is PendingSelectionRequest => typeOf(m) === 'pending-selection';
export const isOpenRecipesRequest = (m: unknown): m is OpenRecipesRequest => typeOf(m) === 'open-recipes';

/** Reads the reply defensively: it crossed a process boundary. */
export function readPendingSelectionReply(reply: unknown): string | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const text = (reply as Record<string, unknown>).text;
  return typeof text === 'string' && text.trim() ? text : null;
}

/** Where the views live, relative to the extension root. The selection is never in a URL. */
export const SELECTION_PAGE = '/popup.html?from=selection';

/** Whether the verification page was opened from the context menu (SELECTION_PAGE's query). */
export function openedFromSelection(search: string = globalThis.location?.search ?? ''): boolean {
  return new URLSearchParams(search).get('from') === 'selection';
}
export const RECIPES_PAGE = '/popup.html?view=recipes';
