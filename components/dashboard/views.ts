// The small annotations (section warnings, badges, reminder): rebuilt whole when their signature
// changes, which is rare and cheap (a few dozen elements). The summary panel changes with every
// row edit: it is updated in place.
import { RISK_WORDS } from '../../lib/dashboard/annotate/severity';
import type { BadgePlan, SectionPlan, SummaryPlan } from '../../lib/dashboard/annotate/types';
import { el, type Child } from './dom';
import { findingItems, syncChildren } from './finding-list';
import type { Renderer } from './layer';
import { riskBadge } from './risk-badge';

/** A renderer that replaces its content with `build(plan)` on each update. */
export function rebuildView<P>(build: (doc: Document, plan: P) => Node): (root: ShadowRoot) => Renderer<P> {
  return (root) => {
    // Its own container: the root may also hold the fallback <style>.
    const mount = root.ownerDocument.createElement('div');
    root.append(mount);
    return { update: (plan) => mount.replaceChildren(build(root.ownerDocument, plan)), destroy: () => mount.replaceChildren() };
  };
}

export function sectionWarning(doc: Document, plan: SectionPlan): Node {
  return el(
    doc, 'div', { class: 'box', 'data-risk': plan.severity, role: 'note', 'aria-label': 'Token Lens warning' },
    riskBadge(doc, plan.severity),
    el(doc, 'div', { class: 'text' }, ...plan.findings.map((f) =>
      el(doc, 'p', { class: 'line', 'data-code': f.code }, el(doc, 'span', { class: 'label' }, f.title), ' ', el(doc, 'span', { class: 'muted' }, f.fix)),
    )),
  );
}

/**
 * The summary panel, updated in place: a one-row edit changes its verdict, its count and one or
 * two findings, so the panel keeps its elements, its list and each item whose finding is the same.
 */
export function summaryView(doc: Document): { node: HTMLElement; update(plan: SummaryPlan): void } {
  const badge = riskBadge(doc, 'low');
  const count = el(doc, 'span', { class: 'muted' });
  const verdict = el(doc, 'p', { class: 'verdict' });
  const node = el(doc, 'section', { class: 'panel', 'aria-label': 'Token Lens review of this token' },
    el(doc, 'h2', {}, badge, el(doc, 'span', {}, 'Token Lens review'), count), verdict);
  let list: HTMLElement | null = null;
  const reuse = new Map<string, HTMLElement>();
  return {
    node,
    update(plan) {
      const risk = plan.level === 'none' ? 'low' : plan.level;
      const n = plan.findings.length;
      node.setAttribute('data-risk', risk);
      badge.setAttribute('data-risk', risk);
      badge.textContent = plan.level === 'none' ? 'OK' : RISK_WORDS[risk];
      count.textContent = n === 0 ? 'no warnings' : `${n} warning${n > 1 ? 's' : ''}`;
      verdict.textContent = plan.verdict;
      // The list is kept and changed in place: only new or dropped findings touch it.
      const items = findingItems(doc, plan.findings, 'finding', reuse);
      if (!items.length) {
        list?.remove();
        list = null;
        return;
      }
      if (!list) node.append((list = el(doc, 'ul', { class: 'findings' })));
      syncChildren(list, items);
    },
  };
}

export function riskFlags(doc: Document, plan: BadgePlan): Node {
  return el(doc, 'div', { class: 'flags' }, riskBadge(doc, plan.risk, plan.badge), plan.reasons.length > 0 && el(doc, 'span', { class: 'muted' }, ...reasonNodes(doc, plan)));
}

/** The reasons, " · " between them; each with its finding code as an element when the plan has codes. */
function reasonNodes(doc: Document, plan: BadgePlan): Child[] {
  const codes = plan.codes;
  if (!codes || codes.length !== plan.reasons.length) return [plan.reasons.join(' · ')];
  return plan.reasons.flatMap((text, i) => [i > 0 && ' · ', el(doc, 'span', { 'data-token-lens': 'finding', 'data-code': codes[i] }, text)]);
}

/** Shown where a new or rolled token's secret is on screen. It reads nothing from the page. */
export function secretReminder(doc: Document): Node {
  return el(
    doc, 'div', { class: 'box', 'data-risk': 'info', role: 'note', 'aria-label': 'Token Lens reminder' },
    el(doc, 'span', { class: 'badge', 'data-risk': 'info' }, 'Token Lens'),
    el(doc, 'span', { class: 'text' }, "Store this token in a secret manager now: Cloudflare shows it only once. Don't paste it into chats, tickets or code, and roll it if it ever leaks."),
  );
}
