// Background service worker. Kept thin: it only wires browser events to lib/ code.
export default defineBackground(() => {
  // Placeholder until the context-menu issue; proves the worker loads.
});
