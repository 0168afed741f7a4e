// The thin storage adapter: load, save and watch the settings in browser.storage.sync. All the
// checking lives in lib/settings/settings.ts; this file only moves data.
import { browser } from 'wxt/browser';
import { readChanges, readSettings, SETTINGS_KEYS, toStored, type Settings } from '../lib/settings/settings';

interface Area {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;
interface ChangeEvents {
  addListener(cb: (changes: Changes, area: string) => void): void;
  removeListener(cb: (changes: Changes, area: string) => void): void;
}

const sync = (): Area => browser.storage.sync;

export async function loadSettings(area: Area = sync()): Promise<Settings> {
  return readSettings(await area.get([...SETTINGS_KEYS]));
}

export async function saveSettings(change: Partial<Settings>, area: Area = sync()): Promise<void> {
  await area.set(toStored(change));
}

/** Calls `onChange` with what changed in storage.sync (normalized). Returns the unsubscribe. */
export function watchSettings(onChange: (change: Partial<Settings>) => void, events: ChangeEvents = browser.storage.onChanged): () => void {
  const listener = (changes: Changes, area: string) => {
    if (area !== 'sync') return;
    const change = readChanges(changes);
    if (change) onChange(change);
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
