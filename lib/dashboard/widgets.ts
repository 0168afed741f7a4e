// Reads what a dropdown shows and groups dropdowns into rows without knowing the markup:
// within one section we count how many dropdowns (and ✕ buttons) each ancestor holds, once,
// and climb from each dropdown using those counts. No per-row document-wide queries.
import { docOf, norm, textOf, textParts } from './dom';

/** react-select / Kumo placeholders, and the chip "×" glyphs that are not values. */
const PLACEHOLDER = /^((select|choose)\b.*(\.\.\.|…)|e\.g\..*|✕|×|✖)$/i;
const REMOVE_NAME = /^(✕|×|✖|x|remove|delete|remove row|delete row|remove permission)$/i;

export function isRemoveButton(el: Element): boolean {
  return REMOVE_NAME.test(norm(el.getAttribute('aria-label')) || norm(el.textContent));
}

/** For every ancestor of `items` below `stop`, how many of the items it contains. */
export function countUp(items: Element[], stop: Set<Node>): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const item of items) {
    for (let p = item.parentElement; p && !stop.has(p); p = p.parentElement) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

function described(box: Element): Set<string> {
  const ids = box.getAttribute('aria-describedby');
  const out = new Set<string>();
  if (!ids) return out;
  const doc = docOf(box);
  for (const id of ids.split(/\s+/)) { const el = doc.getElementById(id); if (el) out.add(textOf(el)); }
  return out;
}

/**
 * The value texts a dropdown shows (several for a multi-value control), placeholders removed.
 * The value is the text of the lowest ancestor that has any, as long as that ancestor holds
 * no other dropdown: react-select v1 and v5 keep the input and the value side by side.
 */
export function shownValue(box: Element, counts: Map<Element, number>, stop: Set<Node>): string[] {
  if (box.localName === 'select') {
    const select = box as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    return option ? clean([norm(option.textContent)], box) : [];
  }
  for (let el: Element = box; ;) {
    const raw = el.localName !== 'input' ? el.textContent ?? '' : '';
    if (raw && HAS_TEXT.test(raw)) {
      const parts = partsOf(el, raw);
      if (parts.length) return clean(parts, box);
    }
    const up = el.parentElement;
    if (!up || stop.has(up) || (counts.get(up) ?? 0) > 1) return [];
    el = up;
  }
}

// A value container's text pieces, kept while its text is the same: on a 1000-row form a
// one-row edit then walks one row's values, not 3000 (textContent is native and cheap; the
// walk that skips menus and hidden parts is not). Invalidated by any change of its text.
const HAS_TEXT = /\S/;
const partsMemo = new WeakMap<Element, { raw: string; parts: string[] }>();

function partsOf(el: Element, raw: string): string[] {
  const hit = partsMemo.get(el);
  if (hit && hit.raw === raw) return hit.parts;
  const parts = textParts(el);
  partsMemo.set(el, { raw, parts });
  return parts;
}

function clean(parts: string[], box: Element): string[] {
  const placeholders = described(box);
  return parts.filter((p) => p && !PLACEHOLDER.test(p) && !placeholders.has(p));
}

export interface ControlRow {
  element: Element;
  boxes: Element[];
}

/**
 * Groups a section's dropdowns into rows. A row is the lowest ancestor holding one ✕ button
 * (each permission row ends with one, dashboard.md §3.1); without a ✕, the highest ancestor
 * that holds at most `width` dropdowns and no other row's ✕.
 */
export function groupRows(boxes: Element[], removes: Element[], stop: Set<Node>, width: number): { rows: ControlRow[]; counts: Map<Element, number> } {
  const same = lastGrouping && sameGrouping(lastGrouping, boxes, removes, stop, width);
  if (same) return lastGrouping!.result;
  const result = groupRowsNow(boxes, removes, stop, width);
  lastGrouping = { boxes, removes, stop: [...stop], width, result };
  return result;
}

interface Grouping {
  boxes: Element[];
  removes: Element[];
  stop: Node[];
  width: number;
  result: { rows: ControlRow[]; counts: Map<Element, number> };
}

// The last grouping is reused while the same dropdowns and ✕ buttons sit in the same order under
// the same heading, and every row element still holds its dropdowns: a value edit on a big form
// then skips the climb from every dropdown. Any added, removed, moved or remounted row differs.
let lastGrouping: Grouping | undefined;

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sameGrouping(g: Grouping, boxes: Element[], removes: Element[], stop: Set<Node>, width: number): boolean {
  if (g.width !== width || g.stop.length !== stop.size || !g.stop.every((n) => stop.has(n))) return false;
  if (!sameList(g.boxes, boxes) || !sameList(g.removes, removes)) return false;
  return g.result.rows.every((row) => row.element.isConnected && row.boxes.every((b) => b.parentElement && row.element.contains(b)));
}

function groupRowsNow(boxes: Element[], removes: Element[], stop: Set<Node>, width: number): { rows: ControlRow[]; counts: Map<Element, number> } {
  const counts = countUp(boxes, stop);
  const rm = countUp(removes, stop);
  const byRow = new Map<Element, Element[]>();
  for (const box of boxes) {
    const row = rowOf(box, counts, rm, stop, width);
    const list = byRow.get(row);
    if (list) list.push(box);
    else byRow.set(row, [box]);
  }
  return { rows: [...byRow].map(([element, list]) => ({ element, boxes: list })), counts };
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
