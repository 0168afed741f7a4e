// The inline note beside a permission row. Up to 1000 of these are drawn at once, so a new closed
// note is one native clone of a filled box: rows naming the same group at the same risk look the
// same, and a form of 1000 rows shows a few dozen different notes. Text goes in through
// textContent / Text.data (page text never becomes markup); the details are built only when
// someone opens the note.
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

/**
 * box > [badge, text > [label, rest], toggle, (more)]. `was`: the plan the box shows now; only
 * what differs from it is written (an edit elsewhere often changes just the warning count).
 */
function fill(box: HTMLElement, plan: NotePlan, was?: NotePlan): void {
  const badge = box.firstChild as HTMLElement;
  const text = badge.nextSibling as HTMLElement;
  const label = text.firstChild as HTMLElement;
  if (plan.risk !== was?.risk) {
    box.setAttribute('data-risk', plan.risk);
    badge.setAttribute('data-risk', plan.risk);
    badge.textContent = RISK_WORDS[plan.risk];
  }
  if (plan.label !== was?.label) {
    label.textContent = plan.label;
    (text.nextSibling as HTMLElement).setAttribute('aria-label', `Details for ${plan.label}`);
  }
  const n = plan.findings.length;
  const rest = ` — ${plan.short}${n ? ` · ${n} warning${n > 1 ? 's' : ''}` : ''}`;
  const restNode = label.nextSibling as Text;
  if (restNode.data !== rest) restNode.data = rest;
}

// Filled boxes by what they show, for the current document (bounded: labels come from the page).
let filled = new Map<string, HTMLElement>();

function filledBox(doc: Document, plan: NotePlan): HTMLElement {
  if (skeleton?.ownerDocument !== doc) {
    skeleton = buildSkeleton(doc);
    filled = new Map();
  }
  const key = `${plan.risk}\u0001${plan.label}\u0001${plan.short}\u0001${plan.findings.length}`;
  let box = filled.get(key);
  if (!box) {
    if (filled.size >= 200) filled.clear();
    box = skeleton.cloneNode(true) as HTMLElement;
    fill(box, plan);
    filled.set(key, box);
  }
  return box.cloneNode(true) as HTMLElement;
}

/** `openByDefault`: the note follows it until its button is used (the "expanded" option). */
export function noteView(loadDetails: LoadDetails, openByDefault: (plan: NotePlan) => boolean = () => false): (root: ShadowRoot) => Renderer<NotePlan> {
  return (root) => {
    const doc = root.ownerDocument;
    let box: HTMLElement | null = null; // made on the first update, from that plan
    let toggle: HTMLButtonElement;
    let plan: NotePlan | null = null;
    let more: HTMLElement | null = null; // created on first open
    let isOpen = false; // what aria-expanded says, kept here: no attribute read per redraw
    const open = () => isOpen;
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
        box!.append(more);
      }
      isOpen = next;
      toggle.setAttribute('aria-expanded', String(next));
      more.hidden = !next;
    };
    return {
      update(next) {
        const was = plan;
        plan = next;
        if (!box) {
          box = filledBox(doc, next);
          toggle = box.lastChild as HTMLButtonElement;
          root.append(box);
          onOwnClick(doc, toggle, () => {
            touched = true;
            setOpen(!open());
            drawDetails();
          });
        } else {
          fill(box, next, was ?? undefined);
        }
        if (!touched && openByDefault(next) !== open()) setOpen(!open());
        drawDetails();
      },
      destroy() {
        if (!box) return;
        isOpen = false;
        toggle.setAttribute('aria-expanded', 'false');
        drawDetails();
      },
    };
  };
}
