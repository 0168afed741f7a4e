import { describe, expect, it, vi } from 'vitest';
import { createTasks, runInSlices, type SliceTimer } from '../../../components/dashboard/slices';

/** A fake clock and a queue of "later" calls run by hand. */
function timer() {
  let t = 0;
  const queue: (() => void)[] = [];
  const later = vi.fn((next: () => void) => {
    queue.push(next);
    return () => void queue.splice(queue.indexOf(next), 1);
  });
  const clock: SliceTimer = { now: () => t, later };
  return { clock, queue, later, advance: (ms: number) => void (t += ms) };
}

/** `n` steps of `ms` each on the fake clock, recording what ran. */
function* work(n: number, ms: number, ran: number[], advance: (ms: number) => void) {
  for (let i = 0; i < n; i++) {
    advance(ms);
    ran.push(i);
    yield;
  }
}

describe('runInSlices', () => {
  it.each([
    // steps, ms per step, budget → steps per slice (the clock is read every 8 steps)
    [41, 1, 8, [8, 8, 8, 8, 8, 1]],
    [40, 1, 8, [8, 8, 8, 8, 8, 0]], // the end shows only when the next step is asked for
    [20, 0.5, 8, [16, 4]],
    [5, 20, 8, [5]], // slow steps: still at least the 8 steps between clock reads
    [3, 0, 8, [3]],
  ])('%i steps of %f ms, budget %i ms → slices of %j', (n, ms, budget, sizes) => {
    const { clock, queue, advance } = timer();
    const ran: number[] = [];
    const slices: number[] = [];
    const done = vi.fn();
    runInSlices(work(n, ms, ran, advance), budget, clock, {
      slice(run) {
        const before = ran.length;
        run();
        slices.push(ran.length - before);
      },
      done,
    });
    expect(slices).toEqual([sizes[0]]); // the first slice runs in the caller's task
    while (queue.length) queue.shift()!();
    expect(slices).toEqual(sizes);
    expect(ran).toHaveLength(n);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('waits for `later` before the first slice when asked', () => {
    const { clock, queue, advance } = timer();
    const ran: number[] = [];
    runInSlices(work(3, 1, ran, advance), 8, clock, { slice: (run) => run(), done: () => {} }, true);
    expect(ran).toEqual([]);
    queue.shift()!();
    expect(ran).toEqual([0, 1, 2]);
  });

  it('cancel drops the slices left and closes the steps', () => {
    const { clock, queue, advance } = timer();
    const ran: number[] = [];
    let closed = false;
    function* steps() {
      try {
        yield* work(100, 1, ran, advance);
      } finally {
        closed = true;
      }
    }
    const done = vi.fn();
    const run = runInSlices(steps(), 8, clock, { slice: (r) => r(), done });
    expect(ran).toHaveLength(8);
    run.cancel();
    expect(queue).toHaveLength(0);
    expect(closed).toBe(true);
    expect(done).not.toHaveBeenCalled();
  });

  it('stops after a slice that threw (the hook reports it), without calling done', () => {
    const { clock, queue } = timer();
    function* steps() {
      yield;
      throw new Error('boom');
    }
    const done = vi.fn();
    const errors: unknown[] = [];
    runInSlices(steps(), 8, clock, {
      slice(run) {
        try {
          run();
        } catch (e) {
          errors.push(e);
        }
      },
      done,
    });
    expect(errors).toHaveLength(1);
    expect(queue).toHaveLength(0);
    expect(done).not.toHaveBeenCalled();
  });
});

describe('createTasks', () => {
  it('runs posted callbacks in later tasks, in order, unless cancelled', async () => {
    const tasks = createTasks();
    const ran: string[] = [];
    tasks.post(() => ran.push('a'));
    const cancel = tasks.post(() => ran.push('b'));
    tasks.post(() => ran.push('c'));
    cancel();
    expect(ran).toEqual([]); // not in this task
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toEqual(['a', 'c']);
    tasks.close();
  });
});

describe('createTasks().idle', () => {
  it('waits for the page to be idle when it can, and can be cancelled', () => {
    const callbacks = new Map<number, () => void>();
    const win = {
      requestIdleCallback: vi.fn((cb: () => void, o: { timeout: number }) => (callbacks.set(callbacks.size + 1, cb), callbacks.size)),
      cancelIdleCallback: vi.fn((id: number) => void callbacks.delete(id)),
    } as unknown as Window;
    const tasks = createTasks(win);
    const ran: string[] = [];
    tasks.idle(() => ran.push('a'), 100);
    const cancel = tasks.idle(() => ran.push('b'), 100);
    expect(win.requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 100 });
    cancel();
    for (const cb of callbacks.values()) cb();
    expect(ran).toEqual(['a']);
  });

  it('falls back to a plain task without requestIdleCallback', async () => {
    const tasks = createTasks({} as Window);
    const ran: string[] = [];
    tasks.idle(() => ran.push('a'), 100);
    expect(ran).toEqual([]);
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toEqual(['a']);
    tasks.close();
  });
});
