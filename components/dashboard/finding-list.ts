// Findings as text only; links only to https pages.
import type { Finding } from '../../lib/analysis/types';
import { el } from './dom';
import { riskBadge } from './risk-badge';

export function safeDocsUrl(url: string): string | null {
  return /^https:\/\/[^\s"'<>]+$/.test(url) ? url : null;
}

/** `mark` is the data-token-lens value: "finding" in the summary, "note-finding" elsewhere. */
export function findingList(doc: Document, findings: readonly Finding[], mark: 'finding' | 'note-finding'): HTMLElement {
  return el(
    doc, 'ul', { class: 'findings' },
    ...findings.map((f) => {
      const docs = safeDocsUrl(f.docs);
      return el(
        doc, 'li', { class: 'finding', 'data-token-lens': mark, 'data-code': f.code, 'data-severity': f.severity },
        riskBadge(doc, f.severity),
        el(doc, 'span', { class: 'title' }, f.title),
        el(doc, 'p', {}, f.why),
        el(doc, 'p', {}, el(doc, 'strong', {}, 'Fix: '), f.fix),
        docs && el(doc, 'p', {}, el(doc, 'a', { href: docs, target: '_blank', rel: 'noopener noreferrer' }, 'Cloudflare docs', el(doc, 'span', { class: 'muted' }, ' (opens in a new tab)'))),
      );
    }),
  );
}
