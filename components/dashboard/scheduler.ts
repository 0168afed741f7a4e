// Coalesces any number of change signals into one pass in the next animation frame, so a
// burst of mutations costs one read + one patch, done before the next paint.
export interface Scheduler {
  schedule(): void;
  /** Run now if a pass is pending (tests, teardown). */
  flush(): void;
  cancel(): void;
}

type Raf = (cb: () => void) => number;
type Caf = (id: number) => void;

export function createScheduler(run: () => void, raf: Raf, caf: Caf): Scheduler {
  let pending: number | null = null;
  const tick = () => {
    // Cleared before running: a change made while the pass runs schedules the next frame.
    pending = null;
    run();
  };
  return {
    schedule() {
      if (pending === null) pending = raf(tick);
    },
    flush() {
      if (pending === null) return;
      caf(pending);
      tick();
    },
    cancel() {
      if (pending !== null) caf(pending);
      pending = null;
    },
  };
}
