// Applies a page plan to the DOM, one layer per kind of annotation.
import { EMPTY_PLAN, type PagePlan } from '../../lib/dashboard/annotate/types';
import type { LoadDetails } from './details';
import { setAttr } from './host';
import { createLayer } from './layer';
import { noteView } from './note-view';
import type { Theme } from './theme';
import { rebuildView, riskFlags, secretReminder, sectionWarning, summaryPanel } from './views';

export interface Annotator {
  apply(plan: PagePlan, theme: Theme): void;
  clear(): void;
}

type Of<K extends keyof PagePlan> = NonNullable<PagePlan[K]> extends readonly (infer T)[] ? T : NonNullable<PagePlan[K]>;

/** `noteOpen`: whether a new or changed note starts open (the "expanded" notes option). */
export function createAnnotator(doc: Document, loadDetails: LoadDetails, noteOpen?: (plan: Of<'notes'>) => boolean): Annotator {
  const notes = createLayer<Of<'notes'>>(doc, {
    kind: () => 'permission',
    mark(host, p) {
      setAttr(host, 'data-permission-id', p.permissionId);
      setAttr(host, 'data-risk', p.risk);
    },
    create: noteView(loadDetails, noteOpen),
  });
  const sections = createLayer<Of<'sections'>>(doc, {
    kind: () => 'section',
    mark(host, p) {
      setAttr(host, 'data-section', p.section);
      setAttr(host, 'data-severity', p.severity);
    },
    create: rebuildView(sectionWarning),
  });
  const summary = createLayer<Of<'summary'>>(doc, {
    kind: () => 'summary',
    mark: (host, p) => setAttr(host, 'data-level', p.level),
    create: rebuildView(summaryPanel),
  });
  const badges = createLayer<Of<'badges'>>(doc, {
    kind: (p) => p.kind,
    mark: (host, p) => setAttr(host, 'data-risk', p.risk),
    create: rebuildView(riskFlags),
  });
  const reminder = createLayer<Of<'reminder'>>(doc, {
    kind: () => 'reminder',
    mark: () => {},
    create: rebuildView(secretReminder),
  });
  const apply = (plan: PagePlan, theme: Theme) => {
    notes.sync(plan.notes, theme);
    sections.sync(plan.sections, theme);
    summary.sync(plan.summary ? [plan.summary] : [], theme);
    badges.sync(plan.badges, theme);
    reminder.sync(plan.reminder ? [plan.reminder] : [], theme);
  };
  return { apply, clear: () => apply(EMPTY_PLAN, 'light') };
}
