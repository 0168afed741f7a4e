// The dashboard runtime's decisions as a state machine (docs/runtime.md): what each event does to
// the runtime's state, and which effects the shell (components/dashboard/runtime.ts) must run.
// Pure: no DOM, no clock, no timers. The shell holds what cannot be plain data (the row cache, the
// mutation records, the last reading, the running job) and keeps it in step with the effects
// (`forget` drops them all); the numbers here mirror it (`records`, `last.rows`).
//
// One pass: `frame` (the scheduled frame runs) → `sort` → `sorted` → `work` → `read` → `plan` →
// `drawn`. A pass of hundreds of rows takes detours: `post` → `task` (after the paint), `slicing`
// (rows read in slices), `plan-when-idle` → `idle-task`, `drawing` (notes drawn in slices).

/** Rows to read, or new notes to draw, above which a pass waits for the paint and works in slices. */
export const BIG = 150;
/** Records kept between passes; past that, every row is read again. */
export const MAX_RECORDS = 20_000;

export type Mode =
  /** Not a token page (or not ready for it): nothing drawn, only navigation matters. */
  | 'off'
  /** On a token page, nothing under way: what was read is drawn (or a pass failed). */
  | 'idle'
  /** A pass waits for the paint: its work runs in a task of its own (`post`). */
  | 'waiting'
  /** The page is being read: at once, or in slices when the page is idle. */
  | 'reading'
  /** A long read is done: planning waits for the page to be idle (`plan-when-idle`). */
  | 'planning'
  /** Planning and drawing: at once, or the notes in slices. */
  | 'drawing';

export interface RuntimeState {
  mode: Mode;
  /** The next read reads the whole page (first read, navigation, a value typed outside the rows, too many records). */
  everything: boolean;
  /** A read in slices was left unfinished (a change came): the next page-wide read is big too. */
  unfinished: boolean;
  /** Nodes the page added since the last pass, counted only up to BIG + 1. */
  added: number;
  /** Mutation records held for the next read. */
  records: number;
  /** The last complete reading: its URL and how many rows it read. */
  last: { url: string; rows: number } | null;
  /**
   * The current pass: its URL, whether it reads the page whole, whether its task (after the
   * paint) sorts the records itself, whether its read went on in slices.
   */
  pass: { url: string; whole: boolean; sortInTask: boolean; sliced: boolean } | null;
}

export type RuntimeEvent =
  /** The script starts; `tokenPage`: whether this URL is annotated now. */
  | { type: 'start'; tokenPage: boolean }
  /** The URL changed (Navigation API, popstate, a mutation batch seeing a new URL). */
  | { type: 'navigation' }
  /** Something that can change the page's colours (class / style on <html> or <body>, the OS scheme). */
  | { type: 'theme' }
  /** The page's own mutation records: how many, and how many nodes they add (counted up to BIG + 1). */
  | { type: 'records'; count: number; added: number }
  /** A value typed (input / change event): `inRow` when it was inside a row the cache knew (that row was forgotten). */
  | { type: 'typed'; inRow: boolean }
  /** The scheduled frame runs (any change, settings, catalog ready, page replies): `tokenPage` for its URL. */
  | { type: 'frame'; url: string; tokenPage: boolean }
  /** The records were sorted: `rowsMoved` when they touch more than the insides of known rows. */
  | { type: 'sorted'; rowsMoved: boolean }
  /** The task posted after the paint runs. */
  | { type: 'task' }
  /** The read went on in slices (the page holds more than BIG rows). */
  | { type: 'slicing' }
  /** A reading is complete: its row count; `slow` when reading took a slice's budget or more. */
  | { type: 'read'; rows: number; slow: boolean }
  /** The idle task for planning after a long read runs. */
  | { type: 'idle-task' }
  /** The notes are being drawn in slices. */
  | { type: 'drawing' }
  /** Everything is drawn. */
  | { type: 'drawn' }
  /** A read or a plan threw (reported by the shell): stale notes would mislead. */
  | { type: 'failed' }
  /** The script is stopped (invalidated). */
  | { type: 'stop' };

export type Effect =
  /** A pass in the next animation frame (coalesced). */
  | { type: 'schedule' }
  /** Cancel what waits or runs in slices (a posted task, slices of reading or drawing). */
  | { type: 'cancel-job' }
  /** A new row cache; the records and the last reading dropped. */
  | { type: 'forget' }
  /** Read the page's colours again before the next drawing. */
  | { type: 'forget-theme' }
  /** Keep this batch of records for the next read. */
  | { type: 'hold-records' }
  /** Remove every host and say the step is 'none'. */
  | { type: 'clear' }
  /** Sort the records against the row cache (forgetting the rows they touch) → `sorted`. */
  | { type: 'sort' }
  /** A task after the paint → `task`. */
  | { type: 'post' }
  /** Read the page: `whole` page-wide (in steps when it can), else only the changed rows → `read` or `slicing`. */
  | { type: 'read'; url: string; whole: boolean }
  /** An idle task → `idle-task`. */
  | { type: 'plan-when-idle' }
  /** Plan and draw the last reading; `whole`: it was read page-wide (may draw many notes in slices) → `drawn` or `drawing`. */
  | { type: 'plan'; whole: boolean }
  /** Stop watching and scheduling. */
  | { type: 'close' };

export interface Transition {
  state: RuntimeState;
  effects: Effect[];
}

export const INITIAL: RuntimeState = { mode: 'off', everything: true, unfinished: false, added: 0, records: 0, last: null, pass: null };

/** What `forget` leaves: nothing known, the whole page to read. */
const forgotten = (s: RuntimeState): RuntimeState => ({ ...s, everything: true, unfinished: false, added: 0, records: 0, last: null });

const fx = (state: RuntimeState, ...effects: Effect[]): Transition => ({ state, effects });

/** An event that does not apply in this state changes nothing. */
const ignore = (state: RuntimeState): Transition => ({ state, effects: [] });

export function transition(s: RuntimeState, e: RuntimeEvent): Transition {
  switch (e.type) {
    case 'start':
      return fx({ ...INITIAL, mode: e.tokenPage ? 'idle' : 'off' }, { type: 'schedule' });
    case 'navigation':
      return fx({ ...forgotten(s) }, { type: 'forget' }, { type: 'forget-theme' }, { type: 'schedule' });
    case 'theme':
      return fx(s, { type: 'forget-theme' }, { type: 'schedule' });
    case 'records': {
      // Too many to keep: forget them all and read the page whole.
      const over = s.records + e.count > MAX_RECORDS;
      const next = over ? forgotten(s) : { ...s, records: s.records + e.count };
      return fx({ ...next, added: Math.min(next.added + e.added, BIG + 1) }, over ? { type: 'forget' } : { type: 'hold-records' }, { type: 'schedule' });
    }
    case 'typed':
      // In a row: that row only (the shell forgot it); elsewhere (name, dates…), the whole page.
      return fx(e.inRow ? s : { ...s, everything: true }, { type: 'schedule' });
    case 'frame': {
      if (!e.tokenPage) return fx({ ...forgotten(s), mode: 'off', pass: null }, { type: 'cancel-job' }, { type: 'forget' }, { type: 'clear' });
      // Hundreds of nodes added: even sorting their records waits for the paint.
      const big = s.added > BIG;
      const pass = { url: e.url, whole: true, sortInTask: big, sliced: false };
      const next: RuntimeState = { ...s, added: 0, pass, mode: big ? 'waiting' : 'reading' };
      return fx(next, { type: 'cancel-job' }, big ? { type: 'post' } : { type: 'sort' });
    }
    case 'sorted': {
      if (!s.pass) return ignore(s);
      const whole = e.rowsMoved || s.everything || s.unfinished || !s.last || s.last.url !== s.pass.url;
      const next: RuntimeState = { ...s, everything: false, records: 0, pass: { ...s.pass, whole, sortInTask: false } };
      // A page-wide read of hundreds of rows (or one left unfinished): after the paint.
      if (s.mode !== 'waiting' && whole && (s.unfinished || (s.last?.rows ?? 0) > BIG)) return fx({ ...next, mode: 'waiting' }, { type: 'post' });
      return fx({ ...next, mode: 'reading' }, { type: 'read', url: s.pass.url, whole });
    }
    case 'task':
      if (s.mode !== 'waiting' || !s.pass) return ignore(s);
      if (s.pass.sortInTask) return fx(s, { type: 'sort' });
      return fx({ ...s, mode: 'reading' }, { type: 'read', url: s.pass.url, whole: s.pass.whole });
    case 'slicing':
      if (!s.pass) return ignore(s);
      return fx({ ...s, unfinished: true, pass: { ...s.pass, sliced: true } });
    case 'read': {
      if (!s.pass) return ignore(s);
      const next: RuntimeState = { ...s, unfinished: false, last: { url: s.pass.url, rows: e.rows } };
      // A long page-wide read: planning waits until the page is idle (its garbage collected first).
      const long = s.pass.sliced || (s.pass.whole && e.rows > BIG && e.slow);
      if (long) return fx({ ...next, mode: 'planning' }, { type: 'plan-when-idle' });
      return fx({ ...next, mode: 'drawing' }, { type: 'plan', whole: s.pass.whole });
    }
    case 'idle-task':
      if (s.mode !== 'planning' || !s.pass) return ignore(s);
      return fx({ ...s, mode: 'drawing' }, { type: 'plan', whole: true });
    case 'drawing':
      return fx(s);
    case 'drawn':
      return fx({ ...s, mode: 'idle', pass: null });
    case 'failed':
      return fx({ ...forgotten(s), mode: s.mode === 'off' ? 'off' : 'idle', pass: null }, { type: 'forget' }, { type: 'clear' });
    case 'stop':
      return fx({ ...s, mode: 'off', pass: null }, { type: 'clear' }, { type: 'close' });
  }
}
