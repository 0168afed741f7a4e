// Coalesces any number of change signals into one pass in the next animation frame, so a
// burst of mutations costs one read + one patch, done before the next paint.
export interface Scheduler {
  schedule(): void;
  /** Test build only (undefined in the store build): run now if a pass is pending. */
  flush?: () => void;
  cancel(): void;
}

import { TEST_BUILD } from '../../lib/build/test-build';

type Raf = (cb: () => void) => number;
type Caf = (id: number) => void;

export function createScheduler(run: () => void, raf: Raf, caf: Caf): Scheduler {
  let pending: number | null = null;
  const tick = () => {
    // Cleared before running: a change made while the pass runs schedules the next frame.
    pending = null;
    run();
  };
  const scheduler: Scheduler = {
    schedule() {
      if (pending === null) pending = raf(tick);
    },
    cancel() {
      if (pending !== null) caf(pending);
      pending = null;
    },
  };
  if (TEST_BUILD) {
    scheduler.flush = () => {
      if (pending === null) return;
      caf(pending);
      tick();
    };
  }
  return scheduler;
}
