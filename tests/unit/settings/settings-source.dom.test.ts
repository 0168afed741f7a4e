import { describe, expect, it, vi } from 'vitest';
import { createSettingsSource } from '../../../components/dashboard/settings-source';
import { DEFAULT_OPTIONS } from '../../../lib/analysis/types';
import { planNote } from '../../../lib/dashboard/annotate/plan-notes';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { fakeLookup, finding, onRow, row } from '../annotate/helpers';

function setup(stored: Settings | Error = DEFAULT_SETTINGS) {
  let push: (c: Partial<Settings>) => void = () => {};
  let answer: () => void = () => {};
  const stop = vi.fn();
  const load = () => new Promise<Settings>((ok, fail) => (answer = () => (stored instanceof Error ? fail(stored) : ok(stored))));
  const source = createSettingsSource({ load, watch: (cb) => ((push = cb), stop) });
  const changes = vi.fn();
  const ctl = new AbortController();
  source.start(ctl.signal, changes);
  const flush = async () => { answer(); await new Promise((r) => setTimeout(r, 0)); };
  return { source, changes, push: (c: Partial<Settings>) => push(c), flush, ctl, stop };
}

const strict = { ...DEFAULT_OPTIONS, strictness: 'strict' as const };
const warned = planNote(row('r1', 'DNS Edit', 'zone'), [finding('x', 'high', onRow('r1'))], fakeLookup);
const quiet = planNote(row('r2', 'Zone Read', 'zone'), [], fakeLookup);

describe('settings source', () => {
  it('gives the defaults until storage answers, then the stored options and one change', async () => {
    const s = setup({ ...DEFAULT_SETTINGS, options: strict });
    expect(s.source.options()).toEqual(DEFAULT_OPTIONS);
    await s.flush();
    expect(s.source.options()).toEqual(strict);
    expect(s.changes.mock.calls).toEqual([[['options']]]);
  });

  it('stays quiet when the stored settings are the defaults, or storage fails', async () => {
    const a = setup();
    await a.flush();
    const b = setup(new Error('no storage'));
    await b.flush();
    expect(a.changes).not.toHaveBeenCalled();
    expect(b.changes).not.toHaveBeenCalled();
    expect(b.source.options()).toEqual(DEFAULT_OPTIONS);
  });

  it.each([
    [{ options: strict }, ['options']],
    [{ display: { notes: 'expanded' as const } }, ['display']],
    [{ options: strict, display: { notes: 'expanded' as const } }, ['options', 'display']],
    [{ options: DEFAULT_OPTIONS }, null],
  ])('a stored change %j reports %j', async (change, what) => {
    const s = setup();
    await s.flush();
    s.push(change);
    expect(s.changes.mock.calls).toEqual(what ? [[what]] : []);
  });

  it('does not let a late first read undo a newer change', async () => {
    const s = setup({ ...DEFAULT_SETTINGS, options: { ...DEFAULT_OPTIONS, maxLifetimeDays: 5 } });
    s.push({ options: strict });
    await s.flush();
    expect(s.source.options()).toEqual(strict);
  });

  it('opens only notes with warnings, and only when expanded', async () => {
    const s = setup();
    expect([s.source.noteOpen(warned), s.source.noteOpen(quiet)]).toEqual([false, false]);
    s.push({ display: { notes: 'expanded' } });
    expect([s.source.noteOpen(warned), s.source.noteOpen(quiet)]).toEqual([true, false]);
  });

  it('stops watching when the content script goes away', async () => {
    const s = setup();
    s.ctl.abort();
    expect(s.stop).toHaveBeenCalled();
    s.push({ options: strict });
    expect(s.changes).not.toHaveBeenCalled();
  });
});
