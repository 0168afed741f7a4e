// The opened part of an inline note: why the group has its risk, the long text (asked from the
// background on first open) and the row's findings. Built only when a note is opened.
import type { NotePlan } from '../../lib/dashboard/annotate/types';
import type { LoadDetails } from './details';
import { el } from './dom';
import { findingList } from './finding-list';

export function noteDetails(doc: Document, plan: NotePlan, loadDetails: LoadDetails): DocumentFragment {
  const out = doc.createDocumentFragment();
  // A finding about this group usually repeats the catalog's reason: say it once.
  if (plan.riskReason && !plan.findings.some((f) => f.why.includes(plan.riskReason))) out.append(el(doc, 'p', {}, plan.riskReason));
  if (plan.detailsId) {
    const long = el(doc, 'div', { class: 'long' }, el(doc, 'p', { class: 'muted' }, 'Loading the full description…'));
    out.append(long);
    void loadDetails(plan.detailsId).then((text) => {
      long.replaceChildren(...(text ? text.split(/\n{2,}/).map((para) => el(doc, 'p', {}, para)) : []));
    });
  }
  if (plan.findings.length) out.append(findingList(doc, plan.findings, 'note-finding'));
  return out;
}
