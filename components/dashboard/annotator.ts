// Applies a page plan to the DOM, one layer per kind of annotation.
import { EMPTY_PLAN, type PagePlan } from '../../lib/dashboard/annotate/types';
import type { LoadDetails } from './details';
import { setAttr } from './host';
import { createLayer } from './layer';
import { markToken } from './token-marks';
import { noteView } from './note-view';
import type { Theme } from './theme';
import { rebuildView, riskFlags, secretReminder, sectionWarning, summaryView } from './views';

export interface Annotator {
  apply(plan: PagePlan, theme: Theme): void;
  /**
   * The same work in steps, for drawing in slices: stale hosts go first, then one step per note
   * or badge in page order, then the section warnings, summary and reminder together at the end.
   * `still`: the page moved nothing since the last drawing (only rows' insides changed), so notes
   * whose plan is the very same object are skipped. `batch`: new notes and badges are drawn
   * outside the page, step by step, and every change to the page itself (stale hosts out, new
   * ones in, summary) is made in the last step: the browser then styles, lays out and paints
   * them in one frame (≈ 130 ms for 1000 notes in the bench), where notes put in slice by slice
   * cost one long frame per slice (80–130 ms each, measured).
   */
  steps(plan: PagePlan, theme: Theme, still?: boolean, batch?: boolean): Generator<void, void, void>;
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
    create: (root) => {
      const view = summaryView(root.ownerDocument);
      root.append(view.node);
      return { update: view.update, destroy: () => {} };
    },
  });
  const badges = createLayer<Of<'badges'>>(doc, {
    kind: (p) => p.kind,
    mark: (host, p) => {
      setAttr(host, 'data-risk', p.risk);
      markToken(host, p);
    },
    create: rebuildView(riskFlags),
  });
  const reminder = createLayer<Of<'reminder'>>(doc, {
    kind: () => 'reminder',
    mark: () => {},
    create: rebuildView(secretReminder),
  });
  function* steps(plan: PagePlan, theme: Theme, still = false, batch = false): Generator<void, void, void> {
    const one = <T>(x: T | null) => (x ? [x] : []);
    const change = () => {
      notes.prune(plan.notes);
      badges.prune(plan.badges);
      sections.prune(plan.sections);
      summary.prune(one(plan.summary));
      reminder.prune(one(plan.reminder));
      if (batch) {
        notes.placeAll(plan.notes);
        badges.placeAll(plan.badges);
      }
    };
    if (!batch) change();
    for (const p of plan.notes) {
      notes.put(p, theme, still, !batch);
      yield;
    }
    for (const p of plan.badges) {
      badges.put(p, theme, false, !batch);
      yield;
    }
    if (batch) change();
    sections.sync(plan.sections, theme);
    summary.sync(one(plan.summary), theme);
    reminder.sync(one(plan.reminder), theme);
  }
  const apply = (plan: PagePlan, theme: Theme) => {
    for (const _ of steps(plan, theme));
  };
  return { apply, steps, clear: () => apply(EMPTY_PLAN, 'light') };
}
