// The element we put into the page: a custom tag (no page selector targets it), an open
// shadow root (styles don't leak either way) and a mount point for Preact inside it.
import { applyStyles } from './styles';

export type HostKind = 'permission' | 'section' | 'summary' | 'template' | 'token' | 'reminder' | 'notice' | 'recipes-entry';

export const HOST_TAG = 'token-lens';
export const HOST_ATTR = 'data-token-lens';

export interface Host {
  host: HTMLElement;
  root: ShadowRoot;
}

/** Events that must not bubble out of our UI into the page's own handlers and shortcuts. */
const CONTAINED = ['click', 'keydown', 'keyup'] as const;

/**
 * The one place a host of ours is made (layers, the notice, the recipes entry). `contain` adds
 * listeners that keep clicks and keys inside; inline notes skip it (1000 hosts) and share one
 * delegated, capturing click listener instead (delegate.ts).
 */
export function createHost(doc: Document, kind: HostKind, contain = kind !== 'permission'): Host {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(HOST_ATTR, kind);
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root);
  if (contain) for (const type of CONTAINED) root.addEventListener(type, stop);
  return { host, root };
}

function stop(event: Event): void {
  event.stopPropagation();
}

/** True for elements we created (hosts, wrappers): the observer ignores them. */
export function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(HOST_ATTR);
}

/** Set an attribute only when it differs: each write is a mutation the page may observe. */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
