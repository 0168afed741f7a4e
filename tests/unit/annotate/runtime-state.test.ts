// The runtime's state machine, transition by transition (lib/dashboard/runtime-state.ts).
import { describe, expect, it } from 'vitest';
import { BIG, INITIAL, MAX_RECORDS, transition, type Effect, type RuntimeEvent, type RuntimeState } from '../../../lib/dashboard/runtime-state';

const URL_A = 'https://dash.cloudflare.com/profile/api-tokens/create';
const URL_B = 'https://dash.cloudflare.com/abc/api-tokens/create';

/** A token page read and drawn: `rows` rows at URL_A, nothing pending. */
const drawn = (over: Partial<RuntimeState> = {}): RuntimeState => ({ ...INITIAL, mode: 'idle', everything: false, last: { url: URL_A, rows: 3 }, ...over });
const pass = (over: Partial<NonNullable<RuntimeState['pass']>> = {}) => ({ url: URL_A, whole: true, sortInTask: false, sliced: false, ...over });

const types = (effects: Effect[]) => effects.map((e) => e.type);

type Row = [name: string, from: RuntimeState, event: RuntimeEvent, to: Partial<RuntimeState>, effects: Effect[]];

const TABLE: Row[] = [
  // Starting.
  ['start on a token page', INITIAL, { type: 'start', tokenPage: true }, { mode: 'idle', everything: true }, [{ type: 'schedule' }]],
  ['start elsewhere', INITIAL, { type: 'start', tokenPage: false }, { mode: 'off' }, [{ type: 'schedule' }]],
  // What the watcher reports.
  ['navigation forgets everything', drawn({ records: 5, added: 7, unfinished: true }), { type: 'navigation' }, { everything: true, records: 0, added: 0, last: null, unfinished: false }, [{ type: 'forget' }, { type: 'forget-theme' }, { type: 'schedule' }]],
  ['a theme change: colours read again, nothing else', drawn(), { type: 'theme' }, { everything: false, last: { url: URL_A, rows: 3 } }, [{ type: 'forget-theme' }, { type: 'schedule' }]],
  ['records are held and their added nodes counted', drawn({ records: 2, added: 1 }), { type: 'records', count: 3, added: 4 }, { records: 5, added: 5, everything: false }, [{ type: 'hold-records' }, { type: 'schedule' }]],
  ['added nodes are counted only up to BIG + 1', drawn({ added: BIG }), { type: 'records', count: 1, added: 500 }, { added: BIG + 1, records: 1 }, [{ type: 'hold-records' }, { type: 'schedule' }]],
  ['too many records: all forgotten, the page read whole', drawn({ records: MAX_RECORDS - 1, added: 9 }), { type: 'records', count: 2, added: 1 }, { records: 0, added: 1, everything: true, last: null }, [{ type: 'forget' }, { type: 'schedule' }]],
  ['a value typed in a known row: that row only', drawn(), { type: 'typed', inRow: true }, { everything: false }, [{ type: 'schedule' }]],
  ['a value typed elsewhere: the whole page', drawn(), { type: 'typed', inRow: false }, { everything: true }, [{ type: 'schedule' }]],
  // A pass.
  ['a frame off a token page clears and forgets', drawn({ records: 4 }), { type: 'frame', url: URL_A, tokenPage: false }, { mode: 'off', last: null, records: 0, everything: true, pass: null }, [{ type: 'cancel-job' }, { type: 'forget' }, { type: 'clear' }]],
  ['a frame on a token page sorts the records now', drawn({ added: 3 }), { type: 'frame', url: URL_A, tokenPage: true }, { mode: 'reading', added: 0, pass: pass() }, [{ type: 'cancel-job' }, { type: 'sort' }]],
  ['hundreds of nodes added: even sorting waits for the paint', drawn({ added: BIG + 1 }), { type: 'frame', url: URL_A, tokenPage: true }, { mode: 'waiting', added: 0, pass: pass({ sortInTask: true }) }, [{ type: 'cancel-job' }, { type: 'post' }]],
  ['only known rows changed: refresh them', drawn({ mode: 'reading', records: 2, pass: pass() }), { type: 'sorted', rowsMoved: false }, { mode: 'reading', records: 0, pass: pass({ whole: false }) }, [{ type: 'read', url: URL_A, whole: false }]],
  ['rows moved: read the page whole', drawn({ mode: 'reading', pass: pass() }), { type: 'sorted', rowsMoved: true }, { mode: 'reading' }, [{ type: 'read', url: URL_A, whole: true }]],
  ['everything flagged: read whole, the flag spent', drawn({ mode: 'reading', everything: true, pass: pass() }), { type: 'sorted', rowsMoved: false }, { everything: false }, [{ type: 'read', url: URL_A, whole: true }]],
  ['nothing read yet: read whole', drawn({ mode: 'reading', last: null, pass: pass() }), { type: 'sorted', rowsMoved: false }, {}, [{ type: 'read', url: URL_A, whole: true }]],
  ['another URL than the last reading: read whole', drawn({ mode: 'reading', pass: pass({ url: URL_B }) }), { type: 'sorted', rowsMoved: false }, {}, [{ type: 'read', url: URL_B, whole: true }]],
  ['a big page read whole: after the paint', drawn({ mode: 'reading', last: { url: URL_A, rows: BIG + 1 }, pass: pass() }), { type: 'sorted', rowsMoved: true }, { mode: 'waiting', pass: pass() }, [{ type: 'post' }]],
  ['a big page, only its rows changed: refreshed now', drawn({ mode: 'reading', last: { url: URL_A, rows: BIG + 1 }, pass: pass() }), { type: 'sorted', rowsMoved: false }, { mode: 'reading', pass: pass({ whole: false }) }, [{ type: 'read', url: URL_A, whole: false }]],
  ['a read left unfinished: read whole, after the paint', drawn({ mode: 'reading', unfinished: true, pass: pass() }), { type: 'sorted', rowsMoved: false }, { mode: 'waiting' }, [{ type: 'post' }]],
  ['sorted in the posted task: read now, never posted again', drawn({ mode: 'waiting', last: { url: URL_A, rows: 900 }, pass: pass({ sortInTask: true }) }), { type: 'sorted', rowsMoved: true }, { mode: 'reading', pass: pass() }, [{ type: 'read', url: URL_A, whole: true }]],
  ['the posted task sorts first when the frame did not', drawn({ mode: 'waiting', pass: pass({ sortInTask: true }) }), { type: 'task' }, { mode: 'waiting' }, [{ type: 'sort' }]],
  ['the posted task reads when the frame sorted', drawn({ mode: 'waiting', pass: pass() }), { type: 'task' }, { mode: 'reading' }, [{ type: 'read', url: URL_A, whole: true }]],
  ['a task with no pass waiting does nothing', drawn(), { type: 'task' }, { mode: 'idle' }, []],
  ['the read goes on in slices', drawn({ mode: 'reading', pass: pass() }), { type: 'slicing' }, { unfinished: true, pass: pass({ sliced: true }) }, []],
  ['a small read: plan and draw now', drawn({ mode: 'reading', pass: pass({ whole: false }) }), { type: 'read', rows: 4, slow: false }, { mode: 'drawing', last: { url: URL_A, rows: 4 } }, [{ type: 'plan', whole: false }]],
  ['a big read that was quick: plan and draw now', drawn({ mode: 'reading', pass: pass() }), { type: 'read', rows: BIG + 1, slow: false }, { mode: 'drawing', last: { url: URL_A, rows: BIG + 1 } }, [{ type: 'plan', whole: true }]],
  ['a big slow read: planning when the page is idle', drawn({ mode: 'reading', pass: pass() }), { type: 'read', rows: BIG + 1, slow: true }, { mode: 'planning', last: { url: URL_A, rows: BIG + 1 } }, [{ type: 'plan-when-idle' }]],
  ['a slow refresh of a big page: plan now', drawn({ mode: 'reading', pass: pass({ whole: false }) }), { type: 'read', rows: BIG + 1, slow: true }, { mode: 'drawing', last: { url: URL_A, rows: BIG + 1 } }, [{ type: 'plan', whole: false }]],
  ['a read in slices done: no longer unfinished, planning when idle', drawn({ mode: 'reading', unfinished: true, pass: pass({ sliced: true }) }), { type: 'read', rows: 2, slow: true }, { mode: 'planning', unfinished: false, last: { url: URL_A, rows: 2 } }, [{ type: 'plan-when-idle' }]],
  ['a page-wide read done at once after one cut short: no longer unfinished', drawn({ mode: 'reading', unfinished: true, pass: pass() }), { type: 'read', rows: 40, slow: false }, { mode: 'drawing', unfinished: false, last: { url: URL_A, rows: 40 } }, [{ type: 'plan', whole: true }]],
  ['the idle task plans and draws', drawn({ mode: 'planning', pass: pass() }), { type: 'idle-task' }, { mode: 'drawing' }, [{ type: 'plan', whole: true }]],
  ['drawing in slices', drawn({ mode: 'drawing', pass: pass() }), { type: 'drawing' }, { mode: 'drawing' }, []],
  ['drawn: idle', drawn({ mode: 'drawing', pass: pass() }), { type: 'drawn' }, { mode: 'idle', pass: null }, []],
  ['a failure forgets and clears, and stays on', drawn({ mode: 'reading', pass: pass(), records: 3 }), { type: 'failed' }, { mode: 'idle', last: null, everything: true, records: 0, pass: null }, [{ type: 'forget' }, { type: 'clear' }]],
  ['a failure off a token page stays off', { ...INITIAL, mode: 'off' }, { type: 'failed' }, { mode: 'off' }, [{ type: 'forget' }, { type: 'clear' }]],
  ['stopped: cleared, then closed', drawn({ mode: 'drawing', pass: pass() }), { type: 'stop' }, { mode: 'off', pass: null }, [{ type: 'clear' }, { type: 'close' }]],
];

describe('runtime state machine', () => {
  it.each(TABLE)('%s', (_, from, event, to, effects) => {
    const before = structuredClone(from);
    const next = transition(from, event);
    expect(next.state).toEqual({ ...from, ...to });
    expect(next.effects).toEqual(effects);
    expect(from).toEqual(before); // pure: the old state is untouched
  });

  // Every event in every mode: the result is a state of the machine, never a throw, and any
  // effect that starts work is one the mode can follow.
  const MODES = ['off', 'idle', 'waiting', 'reading', 'planning', 'drawing'] as const;
  const EVENTS: RuntimeEvent[] = [...new Map(TABLE.map(([, , e]) => [JSON.stringify(e), e])).values()];
  it.each(MODES)('in mode %s every event leads somewhere defined', (mode) => {
    for (const withPass of [true, false]) {
      for (const event of EVENTS) {
        const { state, effects } = transition(drawn({ mode, pass: withPass ? pass() : null }), event);
        expect(MODES).toContain(state.mode);
        if (types(effects).includes('read')) expect(state.mode).toBe('reading');
        if (types(effects).includes('post')) expect(state.mode).toBe('waiting');
        if (types(effects).includes('plan-when-idle')) expect(state.mode).toBe('planning');
        if (types(effects).includes('plan')) expect(state.mode).toBe('drawing');
        if (types(effects).includes('clear')) expect(state.pass).toBeNull();
      }
    }
  });

  it('a navigation in the middle of a pass: the next sort reads whole even when no row moved', () => {
    let s = transition(drawn(), { type: 'frame', url: URL_A, tokenPage: true }).state;
    s = transition(s, { type: 'navigation' }).state;
    const { effects } = transition(s, { type: 'sorted', rowsMoved: false });
    expect(effects).toEqual([{ type: 'read', url: URL_A, whole: true }]);
  });

  it('a whole pass, frame to drawn, of a small page', () => {
    const seen: string[] = [];
    let s = transition(INITIAL, { type: 'start', tokenPage: true }).state;
    for (const event of [
      { type: 'frame', url: URL_A, tokenPage: true },
      { type: 'sorted', rowsMoved: false },
      { type: 'read', rows: 3, slow: false },
      { type: 'drawn' },
    ] satisfies RuntimeEvent[]) {
      const next = transition(s, event);
      s = next.state;
      seen.push(`${s.mode}:${types(next.effects).join('+')}`);
    }
    expect(seen).toEqual(['reading:cancel-job+sort', 'reading:read', 'drawing:plan', 'idle:']);
    expect(s).toEqual({ ...INITIAL, mode: 'idle', everything: false, last: { url: URL_A, rows: 3 } });
  });
});
