// Where a host goes relative to a page element. Hosts sit *next to* dashboard controls,
// never inside them, so a row's own layout (the ✕ beside the level dropdown) is untouched.
export type Where = 'after' | 'before' | 'prepend' | 'append';

export interface Placement {
  where: Where;
  ref: Element;
}

/** Constant-time check, so a pass can verify 1000 hosts without touching layout. */
export function isPlaced(host: Node, at: Placement): boolean {
  switch (at.where) {
    case 'after':
      return at.ref.nextSibling === host;
    case 'before':
      return at.ref.previousSibling === host;
    case 'prepend':
      return at.ref.firstChild === host;
    case 'append':
      return at.ref.lastChild === host;
  }
}

const LISTS = new Set(['ul', 'ol', 'menu']);

/** Put the host where it belongs; moves it back if the page re-ordered its siblings. */
export function place(host: Element, at: Placement): void {
  if (isPlaced(host, at)) return;
  if ((at.where === 'after' || at.where === 'before') && !at.ref.parentNode) return;
  at.ref[at.where](host);
  // Beside an <li> we are an item of the same list (a list may only hold list items).
  const parent = host.parentElement;
  const inList = parent !== null && (LISTS.has(parent.localName) || parent.getAttribute('role') === 'list');
  const role = host.getAttribute('role');
  if (inList) {
    if (role !== 'listitem') host.setAttribute('role', 'listitem');
  } else if (role !== null) host.removeAttribute('role');
}
