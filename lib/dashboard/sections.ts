// Finds the form's sections by their headings and splits page elements among them by document
// order, so a section is "everything after its heading up to the next known heading" whatever
// the nesting (dashboard.md §3.1: we know the heading texts, not the markup around them).
// Order comes from one querySelectorAll (document order), not from compareDocumentPosition per
// element, which is slow on large pages in some DOM implementations.
import type { SectionName } from './types';
import { HEADINGS, all, ancestors, before, norm, textOf } from './dom';

const SECTION_TEXT: [SectionName, RegExp][] = [
  ['permissions', /^permissions$/i],
  ['account-resources', /^account resources$/i],
  ['zone-resources', /^zone resources$/i],
  ['ip-filter', /^(client )?ip address filtering$/i],
  ['ttl', /^(ttl|token expiration|expiration)$/i],
];

export interface Section {
  name: SectionName;
  heading: Element;
  /** The heading's ancestors: climbing from a control stops below them, inside the section. */
  stop: Set<Node>;
}

export function sectionOf(text: string): SectionName | undefined {
  const t = norm(text).replace(/:$/, '');
  return SECTION_TEXT.find(([, re]) => re.test(t))?.[0];
}

/** Known section headings in document order (first one of each name wins). */
export function findSections(root: ParentNode, skip: Set<Element>): Section[] {
  const found = new Map<SectionName, Element>();
  for (const h of all(root, HEADINGS, skip)) {
    const name = sectionOf(textOf(h));
    if (name && !found.has(name)) found.set(name, h);
  }
  // Some designs style a section title as a label or plain text: a fallback for the key one.
  if (!found.has('permissions')) {
    for (const el of all(root, 'label,legend,p,span,div,strong,b', skip)) {
      if (el.childElementCount === 0 && sectionOf(el.textContent ?? '') === 'permissions') { found.set('permissions', el); break; }
    }
  }
  return [...found].map(([name, heading]) => ({ name, heading, stop: ancestors(heading) }))
    .sort((a, b) => (before(a.heading, b.heading) ? -1 : 1));
}

/**
 * Splits the elements matching `selector` among the sections: each goes to the last section
 * heading before it. Elements before the first heading, or from `stopAt` on, belong to none.
 */
export function splitBySection(root: ParentNode, sections: Section[], selector: string, skip: Set<Element>, stopAt?: (el: Element) => boolean): Map<SectionName, Element[]> {
  const out = new Map<SectionName, Element[]>(sections.map((s) => [s.name, []]));
  const list = [...all(root, `${HEADINGS},${selector}`, skip)];
  const byHeading = new Map<Element, SectionName>(sections.map((s) => [s.heading, s.name]));
  for (const s of sections) if (!list.includes(s.heading)) insertInOrder(list, s.heading);
  let current: Element[] | undefined;
  for (const el of list) {
    const name = byHeading.get(el);
    if (name) current = out.get(name);
    else if (current && stopAt?.(el)) break;
    else if (current && el.matches(selector)) current.push(el);
  }
  return out;
}

/** Binary insertion by document order (only for a heading found by the text fallback). */
function insertInOrder(list: Element[], el: Element): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid], el)) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, el);
}
