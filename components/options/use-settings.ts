// The options page's state: settings loaded once from storage, every change saved at once (the
// way browser settings pages work), and what the status line should say about it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnalyzerOptions } from '../../lib/analysis/types';
import type { DisplaySettings } from '../../lib/settings/display';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { loadSettings, saveSettings } from '../settings-storage';

export interface SettingsStore {
  load(): Promise<Settings>;
  save(change: Partial<Settings>): Promise<void>;
}

export interface SettingsPatch {
  options?: Partial<AnalyzerOptions>;
  display?: Partial<DisplaySettings>;
}

export type SaveState = 'loading' | 'idle' | 'saved' | 'invalid' | 'error';

const storage: SettingsStore = { load: () => loadSettings(), save: (c) => saveSettings(c) };

export function useSettings(store: SettingsStore = storage) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [state, setState] = useState<SaveState>('loading');
  // The newest settings, for patches made from timers or stale closures (a late lifetime save
  // must not undo a rule toggled meanwhile).
  const current = useRef(DEFAULT_SETTINGS);
  // Only the newest save may set the status: an older one finishing late must not say "Saved".
  const latest = useRef(0);

  useEffect(() => {
    store.load().then(
      (s) => setSettings((current.current = s)),
      () => setSettings((current.current = DEFAULT_SETTINGS)), // storage unavailable: defaults, still editable
    ).finally(() => setState('idle'));
  }, [store]);

  const save = (patch: SettingsPatch) => {
    const cur = current.current;
    const change: Partial<Settings> = {};
    if (patch.options) change.options = { ...cur.options, ...patch.options };
    if (patch.display) change.display = { ...cur.display, ...patch.display };
    setSettings((current.current = { ...cur, ...change }));
    const mine = ++latest.current;
    store.save(change).then(
      () => mine === latest.current && setState('saved'),
      () => mine === latest.current && setState('error'),
    );
  };
  const markInvalid = () => {
    latest.current++;
    setState('invalid');
  };

  return { settings, state, save, markInvalid };
}
