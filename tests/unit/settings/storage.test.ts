import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_OPTIONS } from '../../../lib/analysis/types';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../../../components/settings-storage';

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['garbage everywhere', { options: 'x', display: 1 }, DEFAULT_SETTINGS],
    ['a bad strictness', { options: { ...DEFAULT_OPTIONS, strictness: 'max' } }, DEFAULT_SETTINGS],
    ['a negative lifetime next to a good rule list', { options: { maxLifetimeDays: -5, disabledRules: ['no-expiry'] } },
      { ...DEFAULT_SETTINGS, options: { ...DEFAULT_OPTIONS, disabledRules: ['no-expiry'] } }],
    ['an unknown notes look', { display: { notes: 'huge' } }, DEFAULT_SETTINGS],
  ])('loads %s as defaults where broken', async (_name, stored, expected) => {
    await fakeBrowser.storage.sync.set(stored);
    expect(await loadSettings()).toEqual(expected);
  });

  it('saves to storage.sync and reads back what it saved', async () => {
    const options = { ...DEFAULT_OPTIONS, strictness: 'relaxed' as const, maxLifetimeDays: 14 };
    await saveSettings({ options });
    await saveSettings({ display: { notes: 'expanded' } });
    expect(await fakeBrowser.storage.sync.get('options')).toEqual({ options });
    expect(await loadSettings()).toEqual({ options, display: { notes: 'expanded' } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({}); // sync only
  });

  it('tells watchers about sync changes (normalized) until unsubscribed', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await fakeBrowser.storage.sync.set({ display: { notes: 'expanded' } });
    await fakeBrowser.storage.sync.set({ options: { strictness: 'strict', maxLifetimeDays: 'soon' } });
    await fakeBrowser.storage.local.set({ options: { strictness: 'relaxed' } });
    await fakeBrowser.storage.sync.set({ unrelated: true });
    expect(seen.mock.calls).toEqual([
      [{ display: { notes: 'expanded' } }],
      [{ options: { ...DEFAULT_OPTIONS, strictness: 'strict' } }],
    ]);
    stop();
    await fakeBrowser.storage.sync.set({ display: { notes: 'compact' } });
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
