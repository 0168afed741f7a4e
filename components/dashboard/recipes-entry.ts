// "Least-privilege recipes" beside the dashboard's built-in token templates. It only adds our own
// element after the template list (never moves or touches dashboard controls); its button asks
// the background to open the extension's recipe view. Found by visible text, not class names.
import { browser } from 'wxt/browser';
import { openRecipesRequest } from '../../lib/context-menu/messages';
import { createHost, HOST_ATTR, HOST_TAG } from './host';
import { fromPage } from './watch';
import { HEADINGS } from '../../lib/dashboard/dom';

export const ENTRY_KIND = 'recipes-entry' as const;
const TEMPLATES = /^api token templates$/i;
const USE = /^use template$/i;
const ROUTE = /\/api-tokens(\/create)?\/?$/;
/** Records looked into one by one for a heading they bring (see startRecipesEntry). */
const LOOK_INTO = 20;
const ENTRY = `${HOST_TAG}[${HOST_ATTR}="${ENTRY_KIND}"]`;

interface Context {
  signal: AbortSignal;
}

const isTemplatesHeading = (h: Element) => TEMPLATES.test(h.textContent?.trim() ?? '');

/** The "API token templates" heading of the template picker, if this page shows one. */
export function findTemplatesHeading(doc: Document): Element | null {
  for (const h of doc.querySelectorAll(HEADINGS)) if (isTemplatesHeading(h)) return h;
  return null;
}

/** Whether a record brought in an element that is or holds a heading (a row edit does not). */
export function addsHeading(record: MutationRecord): boolean {
  for (const n of record.addedNodes) {
    if (n.nodeType === 1 && ((n as Element).matches(HEADINGS) || (n as Element).querySelector(HEADINGS))) return true;
  }
  return false;
}

function buildEntry(doc: Document, send: () => void): HTMLElement {
  // Contained: our clicks and keys never reach the page's own handlers.
  const { host, root } = createHost(doc, ENTRY_KIND, true);
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('data-risk', 'info');
  const text = doc.createElement('span');
  text.className = 'text';
  const label = doc.createElement('span');
  label.className = 'label';
  label.textContent = 'Least-privilege recipes';
  text.append(label, ': the smallest permission set for cert-manager, external-dns, wrangler, Tunnel and more (Token Lens).');
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'toggle';
  button.textContent = 'Open recipes';
  button.setAttribute('aria-label', 'Least-privilege recipes: open in Token Lens');
  button.addEventListener('click', send);
  box.append(text, button);
  root.append(box);
  return host;
}

const onRoute = (doc: Document) => ROUTE.test(doc.location?.pathname ?? '');

/**
 * Puts the entry after the template list when the picker is shown; removes it elsewhere.
 * `heading`: the templates heading on a picker route (by default, looked for in the whole page).
 */
export function placeRecipesEntry(doc: Document, send: () => void, heading = onRoute(doc) ? findTemplatesHeading(doc) : null): HTMLElement | null {
  const existing = doc.querySelector<HTMLElement>(ENTRY);
  if (!heading) {
    existing?.remove();
    return null;
  }
  const list = heading.parentElement;
  const hasTemplates = list && [...list.querySelectorAll('button,[role="button"]')].some((b) => USE.test(b.textContent?.trim() ?? ''));
  const parent = hasTemplates ? list : heading.parentElement;
  if (existing && existing.parentElement === parent && (!hasTemplates || existing === parent?.lastElementChild)) return existing;
  const entry = existing ?? buildEntry(doc, send);
  if (hasTemplates && list) list.append(entry);
  else heading.after(entry);
  return entry;
}

export function startRecipesEntry(ctx: Context, doc: Document = document, win: Window = window): void {
  const send = () => void browser.runtime.sendMessage(openRecipesRequest()).catch(() => undefined);
  let frame = 0;
  // The page is searched for the heading only when one may have come in (or the last one went
  // or changed its text): on a 1000-row form, every edit would otherwise walk the whole page.
  let heading: Element | null = null;
  let look = true;
  let entry: HTMLElement | null = null;
  const find = () => {
    if (look || (heading && !(heading.isConnected && isTemplatesHeading(heading)))) heading = findTemplatesHeading(doc);
    look = false;
    return heading;
  };
  const schedule = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const found = onRoute(doc) ? find() : null;
      if (found || entry?.isConnected) entry = placeRecipesEntry(doc, send, found);
    });
  };
  // Cheap per mutation: one pending frame at most. Our own hosts coming and going (1000 inline
  // notes) are no reason to look again. Past LOOK_INTO records (rows added by the hundred), one
  // search of the page costs less than looking into each.
  const observer = new MutationObserver((records) => {
    let page = false;
    let seen = 0;
    for (const r of records) {
      if (!fromPage(r)) continue;
      page = true;
      if (!look && (++seen > LOOK_INTO || addsHeading(r))) look = true;
    }
    if (page) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  ctx.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    doc.querySelector(ENTRY)?.remove();
  });
  schedule();
}
