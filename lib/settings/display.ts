// How the inline notes on the dashboard look. Stored apart from the analyzer options, so
// normalizeOptions and its stored shape stay exactly as they are.
export interface DisplaySettings {
  /** compact: badge and one line, opened on demand. expanded: notes with warnings open by default. */
  notes: 'compact' | 'expanded';
}

export const DEFAULT_DISPLAY: DisplaySettings = { notes: 'compact' };

const NOTES = new Set<string>(['compact', 'expanded']);

/** Any stored value → a usable display setting; unknown or broken fields fall back to the default. */
export function normalizeDisplay(raw: unknown): DisplaySettings {
  const notes = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).notes : undefined;
  return { notes: typeof notes === 'string' && NOTES.has(notes) ? (notes as DisplaySettings['notes']) : DEFAULT_DISPLAY.notes };
}
