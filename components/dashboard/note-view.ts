// The inline note beside a permission row. Up to 1000 of these are drawn in one pass, so the
// closed note is a cloned five-element skeleton filled through textContent / Text.data (page
// text never becomes markup); the details are built only when someone opens the note.
import { RISK_WORDS } from '../../lib/dashboard/annotate/severity';
import type { NotePlan } from '../../lib/dashboard/annotate/types';
import type { LoadDetails } from './details';
import { onOwnClick } from './delegate';
import type { Renderer } from './layer';
import { noteDetails } from './note-details';

let skeleton: HTMLElement | null = null;

/** box > [badge, text > [label, " — short · n warnings"], toggle] */
function buildSkeleton(doc: Document): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'box';
  const badge = doc.createElement('span');
  badge.className = 'badge';
  const text = doc.createElement('span');
  text.className = 'text';
  const label = doc.createElement('span');
  label.className = 'label';
  text.append(label, doc.createTextNode(''));
  const toggle = doc.createElement('button');
  toggle.className = 'toggle';
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.textContent = 'Details';
  box.append(badge, text, toggle);
  return box;
}

/** `openByDefault`: the note follows it until its button is used (the "expanded" option). */
export function noteView(loadDetails: LoadDetails, openByDefault: (plan: NotePlan) => boolean = () => false): (root: ShadowRoot) => Renderer<NotePlan> {
  return (root) => {
    const doc = root.ownerDocument;
    if (skeleton?.ownerDocument !== doc) skeleton = buildSkeleton(doc);
    const box = skeleton.cloneNode(true) as HTMLElement;
    root.append(box);
    const badge = box.firstChild as HTMLElement;
    const label = badge.nextSibling!.firstChild as HTMLElement;
    const rest = label.nextSibling as Text;
    const toggle = box.lastChild as HTMLButtonElement;
    let plan: NotePlan | null = null;
    let more: HTMLElement | null = null; // created on first open
    const open = () => toggle.getAttribute('aria-expanded') === 'true';
    const drawDetails = () => {
      if (more) more.replaceChildren(open() && plan ? noteDetails(doc, plan, loadDetails) : '');
    };
    let touched = false;
    const setOpen = (next: boolean) => {
      if (!more) {
        more = doc.createElement('div');
        more.className = 'more';
        more.id = 'more';
        toggle.setAttribute('aria-controls', 'more');
        box.append(more);
      }
      toggle.setAttribute('aria-expanded', String(next));
      more.hidden = !next;
    };
    onOwnClick(doc, toggle, () => {
      touched = true;
      setOpen(!open());
      drawDetails();
    });
    return {
      update(next) {
        plan = next;
        if (!touched && openByDefault(next) !== open()) setOpen(!open());
        box.setAttribute('data-risk', next.risk);
        badge.setAttribute('data-risk', next.risk);
        badge.textContent = RISK_WORDS[next.risk];
        label.textContent = next.label;
        const n = next.findings.length;
        rest.data = ` — ${next.short}${n ? ` · ${n} warning${n > 1 ? 's' : ''}` : ''}`;
        toggle.setAttribute('aria-label', `Details for ${next.label}`);
        drawDetails();
      },
      destroy() {
        toggle.setAttribute('aria-expanded', 'false');
        drawDetails();
      },
    };
  };
}
