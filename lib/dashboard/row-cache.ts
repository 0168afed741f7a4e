// What a reader saw in each row, kept per row element until the page changes something inside
// that row. The content script forgets rows from the page's mutation records (sortRecords); a
// reader given no cache reads every row. After a one-row edit on a 1000-row form, 999 rows cost
// a look-up instead of three dropdown reads.
import { COMBOBOXES } from './dom';

/** A WeakMap from row element to what was read there; start a new one to forget everything. */
export type RowCache<V> = Pick<WeakMap<Element, V>, 'get' | 'set' | 'delete'>;

/** Elements whose arrival or departure can regroup rows: dropdowns, fields, ✕ and other buttons. */
const CONTROLS = `${COMBOBOXES},input,button,[role="button"]`;

const NAMES = new Set(['aria-label', 'aria-labelledby']);

function holdsControl(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.matches(CONTROLS) || el.querySelector(CONTROLS) !== null;
}

/** Forgets the cached row holding `node`; false when `node` is in no cached row. */
export function forgetRow(cache: RowCache<unknown>, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && cache.get(n as Element) !== undefined) {
      cache.delete(n as Element);
      return true;
    }
  }
  return false;
}

/**
 * Sorts the page's mutation records (ours already left out): a change inside a cached row
 * forgets that row; anything else - rows added, removed or moved, a dropdown or ✕ replaced
 * inside a row, a button renamed, a role changed - means the layout (sections, row grouping)
 * must be read again.
 * Returns whether it must. Records sharing a target are looked at once.
 */
export function sortRecords(records: Iterable<MutationRecord>, cache: RowCache<unknown>): boolean {
  let layout = false;
  const forgotten = new Set<Node>();
  const seen = new Map<Node, boolean>();
  // The cached (or just forgotten) row holding `node`, forgotten now.
  const inRow = (node: Node): boolean => {
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (forgotten.has(n)) return true;
      if (n.nodeType === 1 && cache.get(n as Element) !== undefined) {
        cache.delete(n as Element);
        forgotten.add(n);
        return true;
      }
    }
    return false;
  };
  for (const r of records) {
    let row = seen.get(r.target);
    if (row === undefined) seen.set(r.target, (row = inRow(r.target)));
    if (!row) {
      layout = true;
      continue;
    }
    if (r.type === 'childList') {
      for (const n of r.addedNodes) if (holdsControl(n)) layout = true;
      for (const n of r.removedNodes) if (holdsControl(n)) layout = true;
    } else if (r.type === 'attributes' && (r.attributeName === 'role' || (NAMES.has(r.attributeName ?? '') && holdsControl(r.target)))) {
      layout = true; // a new role can make a dropdown; a ✕ is known by its name
    }
  }
  return layout;
}
