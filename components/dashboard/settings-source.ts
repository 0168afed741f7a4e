// The analyzer options and note display the content script uses, fed from browser.storage.sync:
// the defaults until the first read answers, then every stored change applied live.
import type { AnalyzerOptions } from '../../lib/analysis/types';
import type { NotePlan } from '../../lib/dashboard/annotate/types';
import { DEFAULT_SETTINGS, sameSettings, type Settings } from '../../lib/settings/settings';
import { loadSettings, watchSettings } from '../settings-storage';

export type SettingsChange = keyof Settings;

export interface SettingsSource {
  options(): AnalyzerOptions;
  /** Whether a note starts open: "expanded" opens the notes that have warnings. */
  noteOpen(plan: NotePlan): boolean;
  /** Loads once and watches; `onChange` gets the parts that really changed. */
  start(signal: AbortSignal, onChange: (what: SettingsChange[]) => void): void;
}

interface Io {
  load: () => Promise<Settings>;
  watch: (cb: (change: Partial<Settings>) => void) => () => void;
}

export function createSettingsSource(io: Io = { load: () => loadSettings(), watch: watchSettings }): SettingsSource {
  let current: Settings = DEFAULT_SETTINGS;
  return {
    options: () => current.options,
    noteOpen: (plan) => current.display.notes === 'expanded' && plan.findings.length > 0,
    start(signal, onChange) {
      const apply = (change: Partial<Settings>) => {
        if (signal.aborted) return;
        const what = (Object.keys(change) as SettingsChange[]).filter((k) => change[k] && !sameSettings(change[k], current[k]));
        if (!what.length) return;
        current = { ...current, ...change };
        onChange(what);
      };
      // A change seen before the first read answers is newer than what that read may return.
      const seen = new Set<SettingsChange>();
      const stop = io.watch((change) => {
        for (const k of Object.keys(change) as SettingsChange[]) seen.add(k);
        apply(change);
      });
      signal.addEventListener('abort', stop);
      io.load().then(
        (loaded) => apply(Object.fromEntries(Object.entries(loaded).filter(([k]) => !seen.has(k as SettingsChange)))),
        () => {}, // unreadable storage: keep the defaults
      );
    },
  };
}
