// The small annotations (section warnings, summary panel, badges, reminder): rebuilt whole when
// their signature changes, which is rare and cheap (a few dozen elements).
import type { BadgePlan, SectionPlan, SummaryPlan } from '../../lib/dashboard/annotate/types';
import { el } from './dom';
import { findingList } from './finding-list';
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

export function summaryPanel(doc: Document, plan: SummaryPlan): Node {
  const risk = plan.level === 'none' ? 'low' : plan.level;
  const n = plan.findings.length;
  return el(
    doc, 'section', { class: 'panel', 'data-risk': risk, 'aria-label': 'Token Lens review of this token' },
    el(doc, 'h2', {}, riskBadge(doc, risk, plan.level === 'none' ? 'OK' : undefined), el(doc, 'span', {}, 'Token Lens review'),
      el(doc, 'span', { class: 'muted' }, n === 0 ? 'no warnings' : `${n} warning${n > 1 ? 's' : ''}`)),
    el(doc, 'p', { class: 'verdict' }, plan.verdict),
    n > 0 && findingList(doc, plan.findings, 'finding'),
  );
}

export function riskFlags(doc: Document, plan: BadgePlan): Node {
  return el(doc, 'div', { class: 'flags' }, riskBadge(doc, plan.risk, plan.badge), plan.reasons.length > 0 && el(doc, 'span', { class: 'muted' }, plan.reasons.join(' · ')));
}

/** Shown where a new or rolled token's secret is on screen. It reads nothing from the page. */
export function secretReminder(doc: Document): Node {
  return el(
    doc, 'div', { class: 'box', 'data-risk': 'info', role: 'note', 'aria-label': 'Token Lens reminder' },
    el(doc, 'span', { class: 'badge', 'data-risk': 'info' }, 'Token Lens'),
    el(doc, 'span', { class: 'text' }, "Store this token in a secret manager now: Cloudflare shows it only once. Don't paste it into chats, tickets or code, and roll it if it ever leaks."),
  );
}
