import { startIntervalLoop } from '../../lib/interval-loop.js';
import type { DeliveryReport } from './webhook-deliverer.js';
import type { Log } from '../../lib/log.js';

/** The server's background delivery loop: a delivery pass every `intervalMs` (see startIntervalLoop). */
export function startWebhookLoop(deps: { deliverDue: () => Promise<DeliveryReport>; intervalMs: number; log: Pick<Log, 'info' | 'error'> }) {
  return startIntervalLoop({
    name: 'webhook pass',
    intervalMs: deps.intervalMs,
    log: deps.log,
    // Deliveries that fell due while the service was down go out at once. The first pass also prepares the
    // ORM's statements (about 100 ms of a blocked event loop): at the start, not five seconds into the traffic.
    atStart: true,
    pass: async () => {
      const report = await deps.deliverDue();
      if (report.attempted > 0) deps.log.info({ ...report }, 'webhook pass');
    },
  });
}
