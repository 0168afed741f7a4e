// Everything the options page stores, as two small objects under two keys of storage.sync.
// Pure: turns whatever is stored (possibly old, edited by hand or broken) into usable settings.
import { normalizeOptions } from '../analysis/options';
import { DEFAULT_OPTIONS, type AnalyzerOptions } from '../analysis/types';
import { DEFAULT_DISPLAY, normalizeDisplay, type DisplaySettings } from './display';

export const OPTIONS_KEY = 'options';
export const DISPLAY_KEY = 'display';
export const SETTINGS_KEYS = [OPTIONS_KEY, DISPLAY_KEY] as const;

export interface Settings {
  options: AnalyzerOptions;
  display: DisplaySettings;
}

export const DEFAULT_SETTINGS: Settings = { options: DEFAULT_OPTIONS, display: DEFAULT_DISPLAY };

/** The result of storage.get(SETTINGS_KEYS) → settings; a missing or bad value → its default. */
export function readSettings(stored: unknown): Settings {
  const s = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return { options: normalizeOptions(s[OPTIONS_KEY]), display: normalizeDisplay(s[DISPLAY_KEY]) };
}

/** What to write for a (partial) change: always normalized, so nothing broken is ever stored. */
export function toStored(change: Partial<Settings>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (change.options) out[OPTIONS_KEY] = normalizeOptions(change.options);
  if (change.display) out[DISPLAY_KEY] = normalizeDisplay(change.display);
  return out;
}

/** A storage.onChanged payload → the settings it touches (normalized), or null when none. */
export function readChanges(changes: Record<string, { newValue?: unknown; oldValue?: unknown }>): Partial<Settings> | null {
  const out: Partial<Settings> = {};
  if (OPTIONS_KEY in changes) out.options = normalizeOptions(changes[OPTIONS_KEY]?.newValue);
  if (DISPLAY_KEY in changes) out.display = normalizeDisplay(changes[DISPLAY_KEY]?.newValue);
  return out.options || out.display ? out : null;
}

export function sameSettings<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
