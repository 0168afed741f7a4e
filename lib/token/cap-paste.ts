// A paste of megabytes (a whole log or file, by mistake) must not freeze the popup: only its
// start is kept. Enough for a .env file or a long command; far more than any token.
export const MAX_PASTE = 10_000;

export interface CappedPaste {
  text: string;
  /** The paste's full length when it was cut; null when it was kept whole. */
  cutFrom: number | null;
}

export function capPaste(raw: string, max = MAX_PASTE): CappedPaste {
  return raw.length > max ? { text: raw.slice(0, max), cutFrom: raw.length } : { text: raw, cutFrom: null };
}

/** "The paste had 5,242,880 characters: only the first 10,000 were kept." */
export function cutNote(cutFrom: number, max = MAX_PASTE): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `The paste had ${n(cutFrom)} characters: only the first ${n(max)} were kept.`;
}
