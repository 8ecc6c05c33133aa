import type { Log } from './log.js';

export interface IntervalLoop {
  /** Runs one pass now, or waits for the one already running. */
  tick(): Promise<void>;
  readonly running: boolean;
  /** No more passes; waits for a running one. */
  stop(): Promise<void>;
}

/**
 * A background task run every `intervalMs` (and, with `atStart`, once right
 * away): never two passes at once (a tick that finds the previous pass still
 * running skips), a failed pass is logged and the loop carries on, and the
 * timer does not keep the process alive.
 */
export function startIntervalLoop(deps: {
  name: string;
  intervalMs: number;
  pass: () => Promise<void>;
  log: Pick<Log, 'error'>;
  atStart?: boolean;
}): IntervalLoop {
  let running: Promise<void> | null = null;
  let stopped = false;

  function tick(): Promise<void> {
    if (stopped || running) return running ?? Promise.resolve();
    running = deps
      .pass()
      .catch((error: Error) => deps.log.error({ err: { message: error.message } }, `${deps.name} failed`))
      .finally(() => {
        running = null;
      });
    return running;
  }

  const timer = setInterval(() => void tick(), deps.intervalMs);
  timer.unref();
  if (deps.atStart) void tick();

  return {
    tick,
    get running() {
      return running !== null;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
