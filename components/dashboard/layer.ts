// Keeps one host per plan key in the page: creates, redraws (only when the signature changed),
// puts back (if React moved siblings) and removes (when the key is gone). Idempotent: any number
// of passes over the same plans leaves exactly one host per key.
import { createHost, setAttr, type HostKind } from './host';
import { place } from './place';
import type { Theme } from './theme';
import type { Spot } from '../../lib/dashboard/annotate/types';

interface Plan {
  key: unknown;
  at: Spot;
  signature: string;
}

/** Draws one plan into one shadow root, again and again. */
export interface Renderer<P> {
  update(plan: P): void;
  destroy(): void;
}

interface Slot<P> {
  host: HTMLElement;
  view: Renderer<P>;
  signature: string;
  theme: string;
  pass: number;
}

export interface LayerView<P extends Plan> {
  kind(plan: P): HostKind;
  /** Host attributes the page-facing tests and styles rely on (data-risk, …). */
  mark(host: HTMLElement, plan: P): void;
  create(root: ShadowRoot): Renderer<P>;
}

export interface Layer<P extends Plan> {
  sync(plans: readonly P[], theme: Theme): void;
}

export function createLayer<P extends Plan>(doc: Document, v: LayerView<P>): Layer<P> {
  const slots = new Map<unknown, Slot<P>>();
  let pass = 0;
  return {
    sync(plans, theme) {
      pass++;
      for (const plan of plans) {
        let slot = slots.get(plan.key);
        if (!slot) {
          const { host, root } = createHost(doc, v.kind(plan));
          slot = { host, view: v.create(root), signature: '', theme: '', pass };
          slots.set(plan.key, slot);
        }
        slot.pass = pass;
        if (slot.theme !== theme) setAttr(slot.host, 'data-theme', (slot.theme = theme));
        // Drawn before it is placed: a new host enters the page complete, in one insertion.
        if (slot.signature !== plan.signature) {
          v.mark(slot.host, plan);
          slot.view.update(plan);
          slot.signature = plan.signature;
        }
        place(slot.host, plan.at);
      }
      for (const [key, slot] of slots) {
        if (slot.pass === pass) continue;
        slot.view.destroy();
        slot.host.remove();
        slots.delete(key);
      }
    },
  };
}
