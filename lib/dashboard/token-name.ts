// The token name field: "Token name" is a <label> on the classic form and plain text followed by an
// unlabeled input on the new builder (docs/dashboard.md §selectors-and-markup, S7). Reads the
// input's value only.
import { NAMED_INPUTS, all, docOf, fieldName, nextMatching, norm, textOf } from './dom';

const LABEL = /^token name:?$/i;
const FIELD = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([role="combobox"])';

function valueOf(el: Element | null | undefined): string | undefined {
  if (!el || el.localName !== 'input') return undefined;
  return norm((el as HTMLInputElement).value) || undefined;
}

export function readTokenName(root: ParentNode, skip: Set<Element>): string | undefined {
  for (const input of all(root, NAMED_INPUTS, skip)) {
    if (LABEL.test(fieldName(input))) return valueOf(input);
  }
  for (const label of all(root, 'label', skip)) {
    if (!LABEL.test(textOf(label))) continue;
    const id = label.getAttribute('for');
    const target = id ? docOf(root).getElementById(id) : label.querySelector(FIELD) ?? nextMatching(label, FIELD);
    return valueOf(target);
  }
  // Plain text followed by the input: walk text nodes from the top, bounded (the name comes first).
  const doc = docOf(root);
  const walker = doc.createTreeWalker(root as Node, 4);
  let budget = 3000;
  for (let n = walker.nextNode(); n && budget-- > 0; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && !skip.has(parent) && LABEL.test(norm(n.nodeValue))) return valueOf(nextMatching(parent, FIELD));
  }
  return undefined;
}
