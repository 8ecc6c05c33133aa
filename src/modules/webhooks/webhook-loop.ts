import type { DeliveryReport } from './webhook-deliverer.js';

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * The server's background delivery loop: a pass every `intervalMs`, never two
 * at once (a tick that finds the previous pass still running skips), and the
 * timer does not keep the process alive. `stop` waits for a running pass.
 */
export function startWebhookLoop(deps: {
  deliverDue: () => Promise<DeliveryReport>;
  intervalMs: number;
  log: Log;
}) {
  let running: Promise<void> | null = null;
  let stopped = false;

  function tick(): Promise<void> {
    if (stopped || running) return running ?? Promise.resolve();
    running = deps
      .deliverDue()
      .then((report) => {
        if (report.attempted > 0) deps.log.info({ ...report }, 'webhook pass');
      })
      .catch((error: Error) => deps.log.error({ err: { message: error.message } }, 'webhook pass failed'))
      .finally(() => {
        running = null;
      });
    return running;
  }

  const timer = setInterval(() => void tick(), deps.intervalMs);
  timer.unref();

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
