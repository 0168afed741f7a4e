// Findings as text only; links only to https pages.
import type { Finding } from '../../lib/analysis/types';
import { el } from './dom';
import { findingSignature } from '../../lib/dashboard/annotate/severity';
import { riskBadge } from './risk-badge';

export function safeDocsUrl(url: string): string | null {
  return /^https:\/\/[^\s"'<>]+$/.test(url) ? url : null;
}

/**
 * `mark` is the data-token-lens value: "finding" in the summary, "note-finding" elsewhere.
 * `reuse`: items of the last list by finding signature, taken again where the finding is the same
 * (the summary after a one-row edit changes one or two items, not all); left holding this list's.
 */
export function findingList(doc: Document, findings: readonly Finding[], mark: 'finding' | 'note-finding', reuse?: Map<string, HTMLElement>): HTMLElement {
  return el(doc, 'ul', { class: 'findings' }, ...findingItems(doc, findings, mark, reuse));
}

/** The list items of findingList, for a list kept in place (see syncChildren). */
export function findingItems(doc: Document, findings: readonly Finding[], mark: 'finding' | 'note-finding', reuse?: Map<string, HTMLElement>): HTMLElement[] {
  const kept = new Map<string, HTMLElement>();
  const items = findings.map((f) => {
    if (!reuse) return findingItem(doc, f, mark);
    const key = findingSignature(f);
    if (kept.has(key)) return findingItem(doc, f, mark); // the same finding twice: a node is in one place
    const item = reuse.get(key) ?? findingItem(doc, f, mark);
    kept.set(key, item);
    return item;
  });
  if (reuse) {
    reuse.clear();
    for (const [k, v] of kept) reuse.set(k, v);
  }
  return items;
}

/**
 * Makes `items` (distinct nodes) the children of `parent`, in order, moving only what is out of
 * place: after a one-row edit one or two items go in or out, the others stay where they are.
 */
export function syncChildren(parent: Element, items: readonly Node[]): void {
  const keep = new Set(items);
  let at = parent.firstChild;
  const dropOld = () => {
    while (at && !keep.has(at)) {
      const next: ChildNode | null = at.nextSibling;
      at.remove();
      at = next;
    }
  };
  for (const item of items) {
    dropOld(); // an item that left goes now, or every item after it would be moved
    if (item === at) at = at.nextSibling;
    else parent.insertBefore(item, at);
  }
  keep.clear();
  dropOld();
}

function findingItem(doc: Document, f: Finding, mark: 'finding' | 'note-finding'): HTMLElement {
  const docs = safeDocsUrl(f.docs);
  return el(
    doc, 'li', { class: 'finding', 'data-token-lens': mark, 'data-code': f.code, 'data-severity': f.severity },
    riskBadge(doc, f.severity),
    el(doc, 'span', { class: 'title' }, f.title),
    el(doc, 'p', {}, f.why),
    el(doc, 'p', {}, el(doc, 'strong', {}, 'Fix: '), f.fix),
    docs && el(doc, 'p', {}, el(doc, 'a', { href: docs, target: '_blank', rel: 'noopener noreferrer' }, 'Cloudflare docs', el(doc, 'span', { class: 'muted' }, ' (opens in a new tab)'))),
  );
}
