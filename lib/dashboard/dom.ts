// Small DOM helpers shared by the page readers. Text and ARIA only: never class names, never layout
// (no innerText / getBoundingClientRect, which force a reflow), a fixed number of document-wide
// queries per read, so the cost grows linearly with the rows (about 30 ms for 1000 rows in Chromium
// here) and works on markup we have only guessed (docs/dashboard.md §selectors-and-markup).

/** Subtrees whose text is not what the page shows as a value: menus, live regions, our own UI. */
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'code', 'pre', 'textarea', 'input', 'select', 'svg']);
const SKIP_ROLES = new Set(['listbox', 'log', 'status', 'alert', 'menu', 'tooltip', 'dialog', 'alertdialog']);

export const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';
export const BUTTONS = 'button,[role="button"],a[href]';
/** Anything that shows a chosen value: react-select inputs, Kumo/Base UI triggers, native selects. */
export const COMBOBOXES = '[role="combobox"],select,button[aria-haspopup="listbox"]';
export const DIALOGS = '[role="dialog"],[role="alertdialog"],dialog[open]';
/** Inputs that may be named by their own attributes. */
export const NAMED_INPUTS = 'input[aria-label],input[placeholder]';

export function norm(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function docOf(root: ParentNode): Document {
  return (root as Node).nodeType === 9 ? (root as Document) : ((root as Node).ownerDocument as Document);
}

// Elements that can only be skipped because of an attribute match one short native selector;
// most elements (a class and nothing else) are decided by that one call.
// aria-hidden that a component library set on the rest of the page while its popup is open (Base
// UI marks those elements data-base-ui-inert, the aria-hidden package data-aria-hidden) hides
// nothing from view: the form is still there, and its text still counts.
const SKIPPED_BY_ATTR = '[hidden],[aria-live],[aria-hidden="true"]:not([data-base-ui-inert]):not([data-aria-hidden]),[data-token-lens]';
const MAYBE_SKIPPED = `${SKIPPED_BY_ATTR},[role]`;

/** True for elements whose text never counts as shown value text. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (!el.matches(MAYBE_SKIPPED)) return false;
  const role = el.getAttribute('role');
  return (role !== null && SKIP_ROLES.has(role)) || el.matches(SKIPPED_BY_ATTR);
}

/**
 * The visible text pieces of `el` (one per text node), trimmed, skipping menus and hidden parts.
 * A native walk over text nodes only, each checked against its few ancestors up to `el`: about
 * half the DOM calls of a recursive walk over every child (value containers hold 1–3 texts).
 */
export function textParts(el: Element): string[] {
  const out: string[] = [];
  if (isSkipped(el)) return out;
  const walker = (el.ownerDocument as Document).createTreeWalker(el, 4 /* SHOW_TEXT */);
  next: for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = norm(n.nodeValue);
    if (!t) continue;
    for (let p = n.parentElement; p && p !== el; p = p.parentElement) if (isSkipped(p)) continue next;
    out.push(t);
  }
  return out;
}

export function textOf(el: Element): string {
  return norm(textParts(el).join(' '));
}

function ariaName(el: Element): string {
  const label = norm(el.getAttribute('aria-label'));
  const by = el.getAttribute('aria-labelledby');
  if (label || !by) return label;
  const doc = docOf(el);
  return norm(by.split(/\s+/).map((id) => { const t = doc.getElementById(id); return t ? textOf(t) : ''; }).join(' '));
}

/** The accessible name as far as readers need it: aria-label, aria-labelledby, then text. */
export function nameOf(el: Element): string {
  return ariaName(el) || textOf(el);
}

/** A form field's name: aria, then its <label>s, then the placeholder. */
export function fieldName(el: Element): string {
  const aria = ariaName(el);
  if (aria) return aria;
  const labels = (el as HTMLInputElement).labels;
  const label = labels && labels.length ? norm([...labels].map(textOf).join(' ')) : '';
  return label || norm(el.getAttribute('placeholder'));
}

// One read of a page asks for the same lists more than once (step detection, then the reader):
// inside withQueryCache each (root, selector) is queried once.
let cache: { root: ParentNode; lists: Map<string, Element[]>; own?: Set<Element> } | undefined;

export function withQueryCache<T>(root: ParentNode, read: () => T): T {
  const outer = cache;
  cache = { root, lists: new Map() };
  try {
    return read();
  } finally {
    cache = outer;
  }
}

/** Elements inside (or being) our own injected UI, collected once per read. */
export function ownUi(root: ParentNode): Set<Element> {
  if (cache?.root === root) return (cache.own ??= findOwnUi(root));
  return findOwnUi(root);
}

function findOwnUi(root: ParentNode): Set<Element> {
  const out = new Set<Element>();
  for (const host of root.querySelectorAll('[data-token-lens]')) {
    out.add(host);
    for (const el of host.querySelectorAll('*')) out.add(el);
  }
  return out;
}

/** Document-order list of matches outside our own UI. Treat it as read-only (it may be shared). */
export function all(root: ParentNode, selector: string, skip: Set<Element>): readonly Element[] {
  const hit = cache?.root === root ? cache.lists.get(selector) : undefined;
  if (hit) return hit;
  const out: Element[] = [];
  const list = root.querySelectorAll(selector);
  // Indexed: a NodeList's iterator costs more per element (thousands on a 1000-row form).
  for (let i = 0, n = list.length; i < n; i++) if (!skip.has(list[i])) out.push(list[i]);
  if (cache?.root === root) cache.lists.set(selector, out);
  return out;
}

/** a comes before b in document order. */
export function before(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

export function ancestors(el: Element): Set<Node> {
  const out = new Set<Node>();
  for (let p: Node | null = el; p; p = p.parentNode) out.add(p);
  return out;
}

// Refs live as long as the element: a re-read after a mutation keeps them, a React remount
// (new element) gets a new one, which is what the annotations need to follow the row.
const refs = new WeakMap<Element, string>();
let next = 0;
export function refFor(el: Element, prefix = 'row'): string {
  let ref = refs.get(el);
  if (!ref) refs.set(el, (ref = `${prefix}-${++next}`));
  return ref;
}

/** The first `selector` element after `from` in document order (bounded walk, no global query). */
export function nextMatching(from: Element, selector: string, budget = 400): Element | undefined {
  const walker = docOf(from).createTreeWalker(docOf(from).body ?? docOf(from), 1);
  walker.currentNode = from;
  for (let n = walker.nextNode(); n && budget-- > 0; n = walker.nextNode()) {
    if ((n as Element).matches(selector)) return n as Element;
  }
  return undefined;
}
