// Where a host goes relative to a page element. Hosts sit *next to* dashboard controls,
// never inside them, so a row's own layout (the ✕ beside the level dropdown) is untouched.
// Beside a table row a host goes in a row of its own (one cell across the table), so it spans
// the table instead of squeezing into an anonymous first-column cell.
import { HOST_ATTR } from './host';

export type Where = 'after' | 'before' | 'prepend' | 'append';

export interface Placement {
  where: Where;
  ref: Element;
}

/** Constant-time check, so a pass can verify 1000 hosts without touching layout. */
export function isPlaced(host: Node, at: Placement): boolean {
  const node = beside(at) ? outer(host) : host;
  switch (at.where) {
    case 'after':
      return at.ref.nextSibling === node;
    case 'before':
      return at.ref.previousSibling === node;
    case 'prepend':
      return at.ref.firstChild === host;
    case 'append':
      return at.ref.lastChild === host;
  }
}

const LISTS = new Set(['ul', 'ol', 'menu']);
const ROW_KIND = 'table-row';

/** The host's sibling-level placement is beside a table row. */
const beside = (at: Placement) => (at.where === 'after' || at.where === 'before') && at.ref.localName === 'tr';

/** The row we made around `host`, if it sits in one; else the host itself. */
function outer(host: Node): Node {
  const cell = host.parentNode;
  const row = cell?.parentNode;
  return row && (row as Element).getAttribute?.(HOST_ATTR) === ROW_KIND ? row : host;
}

/** A row of ours around `host`, one cell as wide as `tr`. */
function rowFor(host: Element, tr: Element): Element {
  let row = outer(host) as Element;
  if (row === host) {
    const doc = tr.ownerDocument;
    row = doc.createElement('tr');
    row.setAttribute(HOST_ATTR, ROW_KIND);
    row.append(doc.createElement('td'));
    row.firstElementChild!.append(host);
  }
  let span = 0;
  for (const cell of (tr as HTMLTableRowElement).cells ?? []) span += cell.colSpan || 1;
  const td = row.firstElementChild as HTMLTableCellElement;
  if (td.colSpan !== Math.max(1, span)) td.colSpan = Math.max(1, span);
  return row;
}

/** Takes the host out of the page, with the row we made around it. */
export function removeHost(host: Element): void {
  const node = outer(host);
  host.remove();
  if (node !== host) (node as Element).remove();
}

/** Put the host where it belongs; moves it back if the page re-ordered its siblings. */
export function place(host: Element, at: Placement): void {
  if (isPlaced(host, at)) return;
  if ((at.where === 'after' || at.where === 'before') && !at.ref.parentNode) return;
  if (beside(at)) return void at.ref[at.where as 'after' | 'before'](rowFor(host, at.ref));
  removeHost(host); // out of a row of ours, if it was in one
  at.ref[at.where](host);
  // Beside an <li> we are an item of the same list (a list may only hold list items).
  const parent = host.parentElement;
  const inList = parent !== null && (LISTS.has(parent.localName) || parent.getAttribute('role') === 'list');
  const role = host.getAttribute('role');
  if (inList) {
    if (role !== 'listitem') host.setAttribute('role', 'listitem');
  } else if (role !== null) host.removeAttribute('role');
}
