// One set of listeners per document for all inline-note buttons: 1000 notes cost three
// listeners, not 1000 closures. They run in the capture phase and stop our events there, so the
// page's own handlers and keyboard shortcuts never see a click or key meant for Token Lens (the
// button's default action, e.g. Space → click, still happens).
const handlers = new WeakMap<EventTarget, () => void>();
const installed = new WeakSet<Document>();

export function onOwnClick(doc: Document, target: Element, handler: () => void): void {
  handlers.set(target, handler);
  if (installed.has(doc)) return;
  installed.add(doc);
  const ours = (event: Event) => handlers.get(event.composedPath()[0]);
  doc.addEventListener(
    'click',
    (event) => {
      const handler = ours(event);
      if (!handler) return;
      event.stopPropagation();
      handler();
    },
    true,
  );
  for (const type of ['keydown', 'keyup'] as const) {
    doc.addEventListener(type, (event) => void (ours(event) && event.stopPropagation()), true);
  }
}
