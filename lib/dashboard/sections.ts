// Finds the form's sections by their headings and splits page elements among them by document
// order, so a section is "everything after its heading up to the next known heading" whatever
// the nesting (docs/dashboard.md §classic-builder: we know the heading texts, not the markup around them).
// Lists come from querySelectorAll (document order); a binary search per heading splits them,
// so compareDocumentPosition runs a few dozen times, not once per element.
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
  const take = (el: Element, text: string) => {
    const name = sectionOf(text);
    if (name && !found.has(name)) found.set(name, el);
  };
  // A section missing: its title may be the legend of a fieldset.
  if (SECTION_TEXT.some(([name]) => !found.has(name))) for (const el of all(root, 'legend', skip)) take(el, textOf(el));
  // No heading for the key one: the design styles section titles as labels or plain text.
  if (!found.has('permissions')) {
    for (const el of all(root, 'label,p,span,div,strong,b', skip)) if (el.childElementCount === 0) take(el, el.textContent ?? '');
  }
  return [...found].map(([name, heading]) => ({ name, heading, stop: ancestors(heading) }))
    .sort((a, b) => (before(a.heading, b.heading) ? -1 : 1));
}

/** The index of the first element of `list` (document order) that comes after `node`. */
export function firstAfter(list: readonly Element[], node: Node, from = 0): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(node, list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Splits a document-order list (one query's result) among the sections: each element goes to
 * the last section heading before it. Elements before the first heading, from `end` on, or being
 * a heading belong to none. Binary searches: a few compareDocumentPosition calls per section,
 * however long the list (1000-row forms hold 4000 controls).
 */
export function splitList(list: readonly Element[], sections: readonly Section[], end?: Element): Map<SectionName, Element[]> {
  const out = new Map<SectionName, Element[]>();
  let stop = list.length;
  if (end) {
    stop = firstAfter(list, end);
    if (list[stop - 1] === end) stop--;
  }
  const starts = sections.map((s) => Math.min(firstAfter(list, s.heading), stop));
  const headings = new Set<Element>(sections.map((s) => s.heading));
  sections.forEach((s, i) => {
    const slice = list.slice(starts[i], i + 1 < sections.length ? starts[i + 1] : stop);
    out.set(s.name, slice.some((el) => headings.has(el)) ? slice.filter((el) => !headings.has(el)) : slice);
  });
  return out;
}
