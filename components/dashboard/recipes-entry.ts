// "Least-privilege recipes" beside the dashboard's built-in token templates. It only adds our own
// element after the template list (never moves or touches dashboard controls); its button asks
// the background to open the extension's recipe view. Found by visible text, not class names.
import { browser } from 'wxt/browser';
import { openRecipesRequest } from '../../lib/context-menu/messages';
import { HOST_ATTR, HOST_TAG } from './host';
import { fromPage } from './watch';
import { applyStyles } from './styles';

export const ENTRY_KIND = 'recipes-entry';
const TEMPLATES = /^api token templates$/i;
const USE = /^use template$/i;
const ROUTE = /\/api-tokens(\/create)?\/?$/;

interface Context {
  signal: AbortSignal;
}

/** The "API token templates" heading of the template picker, if this page shows one. */
export function findTemplatesHeading(doc: Document): Element | null {
  for (const h of doc.querySelectorAll('h1,h2,h3,h4,h5,[role="heading"]')) {
    if (TEMPLATES.test(h.textContent?.trim() ?? '')) return h;
  }
  return null;
}

function buildEntry(doc: Document, send: () => void): HTMLElement {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(HOST_ATTR, ENTRY_KIND);
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root);
  // Keep our clicks and keys from reaching the page's own handlers.
  for (const type of ['click', 'keydown', 'keyup']) root.addEventListener(type, (e) => e.stopPropagation());
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

/** Puts the entry after the template list when the picker is shown; removes it elsewhere. */
export function placeRecipesEntry(doc: Document, send: () => void): HTMLElement | null {
  const existing = doc.querySelector(`${HOST_TAG}[${HOST_ATTR}="${ENTRY_KIND}"]`) as HTMLElement | null;
  const heading = ROUTE.test(doc.location?.pathname ?? '') ? findTemplatesHeading(doc) : null;
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
  const schedule = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      placeRecipesEntry(doc, send);
    });
  };
  // Cheap per mutation: one pending frame at most; the check itself is a route test first.
  // Our own hosts coming and going (1000 inline notes) are no reason to look again.
  const observer = new MutationObserver((records) => records.some(fromPage) && schedule());
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  ctx.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    doc.querySelector(`${HOST_TAG}[${HOST_ATTR}="${ENTRY_KIND}"]`)?.remove();
  });
  schedule();
}
