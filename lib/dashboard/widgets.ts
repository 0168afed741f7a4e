// Reads what a dropdown shows and groups dropdowns into rows without knowing the markup, from
// what holds what (contains, counts of dropdowns and ✕ buttons per ancestor). No per-row
// document-wide queries. Content scripts pay for every page node they touch (each gets a
// wrapper in the script's world), so the usual shapes are decided without climbing from every
// dropdown.
import { docOf, norm, textOf, textParts } from './dom';

/**
 * Placeholders, and the chip "×" glyphs that are not values: react-select's "Select...", Kumo's
 * "Select a user...", and without the ellipsis what a dropdown of this form asks for ("Select
 * scope", "Choose an access level"). An account named "Select Corp" stays a value.
 */
const PLACEHOLDER = /^((select|choose)\b.*(\.\.\.|…)|(select|choose|pick)( a| an| one| the)? (scope|type|permission|group|access|level|resource|account|zone|item|option|value)s?\b.*|e\.g\..*|✕|×|✖)$/i;
const REMOVE_NAME = /^(✕|×|✖|x|remove|delete|remove row|delete row|remove permission)$/i;

export function isRemoveButton(el: Element): boolean {
  return REMOVE_NAME.test(norm(el.getAttribute('aria-label')) || norm(el.textContent));
}

/** For every ancestor of `items` below `stop`, how many of the items it contains. */
export function countUp(items: readonly Element[], stop: Set<Node>): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const item of items) {
    for (let p = item.parentElement; p && !stop.has(p); p = p.parentElement) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

/**
 * "Does `up`, an ancestor of `box`, hold another dropdown of `list`?" The dropdowns inside any
 * element are consecutive in a document-order list, so it does exactly when it holds a list
 * neighbour of `box`: two native contains() calls instead of a count for every ancestor.
 */
export type HoldsOthers = (box: Element, up: Element) => boolean;

export function holdsOthersIn(list: readonly Element[]): HoldsOthers {
  const index = new Map<Element, number>();
  list.forEach((b, i) => index.set(b, i));
  return (box, up) => {
    const i = index.get(box);
    if (i === undefined) return false;
    return (i > 0 && up.contains(list[i - 1])) || (i + 1 < list.length && up.contains(list[i + 1]));
  };
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Texts that name or describe a dropdown, so are never its value: what aria-describedby points to
 * (react-select's placeholder) and what aria-labelledby points to outside the dropdown (a label
 * beside it). Not the dropdown itself or what it holds (Headless UI names a button by its label
 * and its own text), and not its aria-label, which some components set to the value.
 */
function notValues(box: Element): ReadonlySet<string> {
  const ids = `${box.getAttribute('aria-describedby') ?? ''} ${box.getAttribute('aria-labelledby') ?? ''}`.trim();
  if (!ids) return NONE;
  const out = new Set<string>();
  const doc = docOf(box);
  for (const id of ids.split(/\s+/)) {
    const el = id && doc.getElementById(id);
    if (el && !box.contains(el)) out.add(textOf(el));
  }
  return out;
}

// Any text at all, by the native textContent: containers without are passed over unwalked.
// (Not memoised per container: rows are cached whole (row-cache.ts), and on a first sight of 1000
// rows a memo entry per value costs more than the walk it could save.)
const HAS_TEXT = /\S/;

/**
 * The value texts a dropdown shows (several for a multi-value control), placeholders removed.
 * A button trigger (Kumo, Base UI) shows its value inside itself: nothing there means nothing
 * chosen, whatever label sits beside it. For an input, or react-select v1's empty
 * `div[role=combobox]` of a non-searchable dropdown, the value is the text of the
 * lowest ancestor that has any, as long as that ancestor holds no other dropdown: react-select
 * v1 and v5 keep the input and the value side by side. (Holding another dropdown only grows
 * going up, so it is asked only where text is found.)
 */
export function shownValue(box: Element, others: HoldsOthers, stop: Set<Node>): string[] {
  if (box.localName === 'select') {
    const select = box as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    return option ? clean([norm(option.textContent)], box) : [];
  }
  // A combobox's own input showing its choice (Kumo / Base UI Combobox): the value is what the
  // field holds, unless the list is open (then it is text being typed, not a choice).
  if (box.localName === 'input' && box.getAttribute('aria-expanded') !== 'true') {
    const typed = norm((box as HTMLInputElement).value);
    if (typed) return clean([typed], box);
  }
  for (let el: Element = box; ;) {
    const raw = el.localName !== 'input' ? el.textContent ?? '' : '';
    if (raw && HAS_TEXT.test(raw)) {
      if (el !== box && others(box, el)) return [];
      const parts = textParts(el);
      if (parts.length) return clean(parts, box);
    }
    if (el === box && box.localName === 'button') return [];
    const up = el.parentElement;
    if (!up || stop.has(up)) return [];
    el = up;
  }
}

function clean(parts: string[], box: Element): string[] {
  const placeholders = notValues(box);
  const out: string[] = [];
  for (const p of parts) if (p && !PLACEHOLDER.test(p) && !placeholders.has(p)) out.push(p);
  return out;
}

export interface ControlRow {
  element: Element;
  boxes: Element[];
}

export const sameList = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Groups a section's dropdowns into rows. A row is the lowest ancestor holding one ✕ button
 * (each permission row ends with one, docs/dashboard.md §classic-builder); without a ✕, the highest ancestor
 * that holds at most `width` dropdowns and no other row's ✕. `boxes` and `removes` are in
 * document order.
 */
export function groupRows(boxes: readonly Element[], removes: readonly Element[], stop: Set<Node>, width: number): ControlRow[] {
  return (removes.length && byRemoveButtons(boxes, removes, stop, width)) || byCounts(boxes, removes, stop, width);
}

/**
 * The usual shape, decided with a dozen contains() calls per row instead of a climb with counts
 * from every dropdown. For each ✕ in turn: its lowest ancestor holding the next dropdown not yet
 * placed; that ancestor must hold a run of at most `width` dropdowns and no other ✕ (lists in
 * document order: what an element holds is a consecutive stretch, so the neighbours tell), and
 * the ✕ must not share a child of it with any of the run (or a lower element would be the row).
 * Then the counting rule below picks exactly that ancestor for each dropdown of the run.
 * Undefined when any ✕ or dropdown doesn't fit: byCounts decides then.
 */
export function byRemoveButtons(boxes: readonly Element[], removes: readonly Element[], stop: Set<Node>, width: number): ControlRow[] | undefined {
  const rows: ControlRow[] = [];
  let b = 0;
  for (let k = 0; k < removes.length; k++) {
    const x = removes[k];
    if (b >= boxes.length) return undefined;
    let child: Element = x;
    let row = x.parentElement;
    while (row && !stop.has(row) && !row.contains(boxes[b])) {
      child = row;
      row = row.parentElement;
    }
    if (!row || stop.has(row)) return undefined;
    if ((b > 0 && row.contains(boxes[b - 1])) || (k > 0 && row.contains(removes[k - 1])) || (k + 1 < removes.length && row.contains(removes[k + 1]))) return undefined;
    const run: Element[] = [];
    while (b < boxes.length && run.length <= width && row.contains(boxes[b])) run.push(boxes[b++]);
    if (run.length > width || run.some((box) => child.contains(box))) return undefined;
    rows.push({ element: row, boxes: run });
  }
  return b === boxes.length ? rows : undefined;
}

/** The rule itself, from counts of dropdowns and ✕ per ancestor (exported for the tests). */
export function byCounts(boxes: readonly Element[], removes: readonly Element[], stop: Set<Node>, width: number): ControlRow[] {
  const counts = countUp(boxes, stop);
  const rm = countUp(removes, stop);
  const byRow = new Map<Element, Element[]>();
  for (const box of boxes) {
    const row = rowOf(box, counts, rm, stop, width);
    const list = byRow.get(row);
    if (list) list.push(box);
    else byRow.set(row, [box]);
  }
  return [...byRow].map(([element, list]) => ({ element, boxes: list }));
}

function rowOf(box: Element, counts: Map<Element, number>, rm: Map<Element, number>, stop: Set<Node>, width: number): Element {
  let best: Element | undefined;
  for (let p = box.parentElement; p && !stop.has(p); p = p.parentElement) {
    const c = counts.get(p) ?? 0;
    const r = rm.get(p) ?? 0;
    if (r >= 1) return r === 1 && c <= width ? p : (best ?? p);
    if (c > width) break;
    best = p;
  }
  return best ?? box.parentElement ?? box;
}

/**
 * One entry per control: a button that opens the list of the combobox input just before it (the
 * "Show options" button of Kumo's Combobox, in the same wrapper as the input) is part of that
 * control, not another dropdown. `boxes` in document order; returns the same array when nothing
 * was dropped.
 */
export function oneEntryPerControl(boxes: readonly Element[]): readonly Element[] {
  let out: Element[] | undefined;
  for (let i = 1; i < boxes.length; i++) {
    const prev = boxes[i - 1];
    const box = boxes[i];
    if (box.localName === 'button' && prev.localName === 'input' && prev.parentElement?.contains(box) && !textOf(box)) {
      out ??= boxes.slice(0, i);
      continue;
    }
    out?.push(box);
  }
  return out ?? boxes;
}
