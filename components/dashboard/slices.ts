// Long work in slices: a slice runs steps until about `budget` ms have passed, then the rest
// waits for `later` (a new task, when the page is idle: its input, frames and scripts run in
// between, and no task of ours grows long). Cancelling drops whatever has not run.
export interface SliceTimer {
  now(): number;
  /** Calls `next` when the next slice may run; returns a function that cancels that call. */
  later(next: () => void): () => void;
}

export interface SliceHooks<T = unknown> {
  /** Wraps each slice (measuring, error handling); must call `work` once. */
  slice(work: () => void): void;
  /** After the last step, with what the steps returned. Not called when a slice threw or the run was cancelled. */
  done(result: T): void;
}

export interface SlicedRun {
  cancel(): void;
}

const CHECK = 8;

/** The first slice runs now, in the caller's task, unless `wait` (then after `later`). */
export function runInSlices<T>(steps: Iterator<unknown, T>, budget: number, timer: SliceTimer, hooks: SliceHooks<T>, wait = false): SlicedRun {
  let cancelled = false;
  let stopLater: (() => void) | null = null;
  let result: T;
  const slice = () => {
    stopLater = null;
    let state: 'more' | 'done' | 'failed' = 'failed';
    hooks.slice(() => {
      const end = timer.now() + budget;
      // At least one step per slice, so a slow step can't stall the run; the clock is read every
      // CHECK steps (a note costs microseconds, reading the clock too).
      for (let i = 1; ; i++) {
        const step = steps.next();
        if (step.done) {
          result = step.value;
          return void (state = 'done');
        }
        if (i % CHECK === 0 && timer.now() >= end) break;
      }
      state = 'more';
    });
    if (cancelled || state === 'failed') return;
    if (state === 'done') hooks.done(result!);
    else stopLater = timer.later(slice);
  };
  if (wait) stopLater = timer.later(slice);
  else slice();
  return {
    cancel() {
      if (cancelled) return;
      cancelled = true;
      stopLater?.();
      steps.return?.();
    },
  };
}

/**
 * New tasks for the runtime. Posted from an animation-frame callback, a task runs right after
 * that frame is rendered. A MessageChannel task, not setTimeout(0), which browsers clamp to 4 ms
 * when nested.
 */
export interface Tasks {
  /** Runs `cb` in a task of its own, soon; returns a function that cancels it. */
  post(cb: () => void): () => void;
  /**
   * Runs `cb` when the page is idle (at most `timeout` ms later): the browser's own work comes
   * first, the garbage collection a big read leaves behind included, instead of running, as
   * allocation-paced steps, inside our next task and making it several times slower.
   */
  idle(cb: () => void, timeout: number): () => void;
  close(): void;
}

type IdleWindow = Window & { requestIdleCallback?(cb: () => void, o: { timeout: number }): number; cancelIdleCallback?(id: number): void };

export function createTasks(win?: IdleWindow): Tasks {
  const queue = new Map<number, () => void>();
  let id = 0;
  let channel: MessageChannel | null = null;
  const tasks: Tasks = {
    idle(cb, timeout) {
      if (!win?.requestIdleCallback || !win.cancelIdleCallback) return tasks.post(cb);
      const id = win.requestIdleCallback(cb, { timeout });
      return () => win.cancelIdleCallback!(id);
    },
    post(cb) {
      if (!channel) {
        channel = new MessageChannel();
        channel.port1.onmessage = (e: MessageEvent<number>) => {
          const run = queue.get(e.data);
          queue.delete(e.data);
          run?.();
        };
      }
      const mine = ++id;
      queue.set(mine, cb);
      channel.port2.postMessage(mine);
      return () => void queue.delete(mine);
    },
    close() {
      queue.clear();
      channel?.port1.close();
      channel = null;
    },
  };
  return tasks;
}
