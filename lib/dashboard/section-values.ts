// What a form section shows, whatever its controls are made of: every visible text after the
// section's heading up to the next one (a date in a date picker's button, an address in a chip,
// an operator in a select trigger) and the value of every text field, in page order. The IP filter
// and expiration readers take what they understand from it and say when something was left over
// (read-restrictions.ts): a control we can't read is never taken for an empty one.
import { fieldName, isSkipped, norm } from './dom';

export interface Piece {
  text: string;
  /** Set for a text field's value (possibly ''): its name ("Start Date", "Expiration date"). */
  field?: string;
}

// Text fields whose value the user sees: not hidden twins (aria-hidden raw values), checkboxes,
// radios or search boxes.
const NOT_A_FIELD = /^(hidden|checkbox|radio|search|button|submit|reset|image|file|range|color)$/;

function fieldPiece(el: Element): Piece | undefined {
  if (el.localName === 'select') {
    const s = el as HTMLSelectElement;
    return { text: norm(s.options[s.selectedIndex]?.textContent), field: fieldName(el) };
  }
  if (el.localName !== 'input' || el.getAttribute('aria-hidden') === 'true') return undefined;
  if (NOT_A_FIELD.test((el as HTMLInputElement).type)) return undefined;
  return { text: norm((el as HTMLInputElement).value), field: fieldName(el) };
}

/**
 * The pieces shown between `from` (a section heading, itself left out) and `to` (the next
 * section's heading or the form's end; the document's end when undefined). `skip`: our own UI.
 * At most `budget` nodes are visited: sections are small.
 */
export function sectionPieces(from: Element, to: Element | undefined, skip: ReadonlySet<Element>, budget = 3000): Piece[] {
  const doc = from.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 | 4 /* elements and text */);
  walker.currentNode = from;
  const out: Piece[] = [];
  let hidden: Node | null = null;
  for (let n = walker.nextNode(); n && budget-- > 0; n = walker.nextNode()) {
    if (n === to) break;
    if (from.contains(n) || (hidden && hidden.contains(n))) continue;
    if (n.nodeType === 3) {
      const t = norm(n.nodeValue);
      if (t) out.push({ text: t });
      continue;
    }
    const el = n as Element;
    const field = fieldPiece(el);
    if (field) out.push(field);
    if (skip.has(el) || isSkipped(el)) hidden = el;
  }
  return out;
}
