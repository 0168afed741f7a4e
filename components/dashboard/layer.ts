// Keeps one host per plan key in the page: creates, redraws (only when the signature changed),
// puts back (if React moved siblings) and removes (when the key is gone). Idempotent: any number
// of passes over the same plans leaves exactly one host per key. put() works one plan at a time,
// so a long list can be drawn in slices, and placed in the page all at once (annotator.ts).
import { createHost, setAttr, type HostKind } from './host';
import { place, removeHost } from './place';
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
  plan: P | null;
}

export interface LayerView<P extends Plan> {
  kind(plan: P): HostKind;
  /** Host attributes the page-facing tests and styles rely on (data-risk, …). */
  mark(host: HTMLElement, plan: P): void;
  create(root: ShadowRoot): Renderer<P>;
}

export interface Layer<P extends Plan> {
  /** prune + put for every plan. */
  sync(plans: readonly P[], theme: Theme): void;
  /** Removes the hosts whose key is not among `plans`. */
  prune(plans: readonly P[]): void;
  /**
   * Creates, redraws (when its signature changed) and places one plan's host. `still`: nothing
   * on the page moved since the last put, so a host put with this very plan object is done.
   * `placeNow` false: drawn only (a new host stays out of the page until placeAll).
   */
  put(plan: P, theme: Theme, still?: boolean, placeNow?: boolean): void;
  /** Places the hosts of `plans` (drawn by put before). */
  placeAll(plans: readonly P[]): void;
}

export function createLayer<P extends Plan>(doc: Document, v: LayerView<P>): Layer<P> {
  const slots = new Map<unknown, Slot<P>>();
  let lastKeys: unknown[] = [];
  const layer: Layer<P> = {
    sync(plans, theme) {
      layer.prune(plans);
      for (const plan of plans) layer.put(plan, theme);
    },
    prune(plans) {
      const keys = plans.map((p) => p.key);
      const same = keys.length === lastKeys.length && keys.every((k, i) => k === lastKeys[i]);
      lastKeys = keys;
      if (same || !slots.size) return; // the same keys as last time: nothing to remove
      const keep = new Set(keys);
      for (const [key, slot] of slots) {
        if (keep.has(key)) continue;
        slot.view.destroy();
        removeHost(slot.host);
        slots.delete(key);
      }
    },
    placeAll(plans) {
      for (const plan of plans) {
        const slot = slots.get(plan.key);
        if (slot) place(slot.host, plan.at);
      }
    },
    put(plan, theme, still = false, placeNow = true) {
      let slot = slots.get(plan.key);
      if (still && slot?.plan === plan && slot.theme === theme) return;
      if (!slot) {
        const { host, root } = createHost(doc, v.kind(plan));
        slot = { host, view: v.create(root), signature: '', theme: '', plan: null };
        slots.set(plan.key, slot);
      }
      slot.plan = plan;
      if (slot.theme !== theme) setAttr(slot.host, 'data-theme', (slot.theme = theme));
      // Drawn before it is placed: a new host enters the page complete, in one insertion.
      if (slot.signature !== plan.signature) {
        v.mark(slot.host, plan);
        slot.view.update(plan);
        slot.signature = plan.signature;
      }
      if (placeNow) place(slot.host, plan.at);
    },
  };
  return layer;
}
