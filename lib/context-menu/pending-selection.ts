// Holds the right-clicked text in the background's memory until the page that verifies it asks
// for it, once. Never stored: not in storage, not in a URL; it is forgotten when handed over,
// when a newer selection replaces it, or after a minute if no page asks.
export interface PendingSelection {
  put(text: string): void;
  take(): string | null;
}

const MAX_CHARS = 4096; // a token, or an email plus a key, is far shorter; anything longer is not one

export function createPendingSelection(ttlMs = 60_000, now: () => number = Date.now): PendingSelection {
  let held: { text: string; at: number } | null = null;
  return {
    put(text) {
      held = typeof text === 'string' && text.trim() ? { text: text.slice(0, MAX_CHARS), at: now() } : null;
    },
    take() {
      const h = held;
      held = null;
      return h && now() - h.at <= ttlMs ? h.text : null;
    },
  };
}
