import fp from 'fastify-plugin';
import type { Actor } from '../lib/actor.js';
import { SharedTestClock } from '../lib/clock.js';
import { startIntervalLoop, type IntervalLoop } from '../lib/interval-loop.js';
import { targetPolicy } from '../domain/webhook-targets.js';
import { createSweepService } from '../modules/jobs/index.js';
import { createWebhookDeliverer, startWebhookLoop } from '../modules/webhooks/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    schedule: ScheduleStatus;
  }
}

export interface ScheduleStatus {
  /** 0 when the built-in sweep is off. */
  readonly sweepIntervalMs: number;
  /** Service-clock instant at which this instance last finished a scheduled sweep. */
  readonly lastSweepAt: Date | null;
  /** Runs a scheduled pass now (or waits for the running one); for tests and operators. */
  tick(): Promise<void>;
}

/** The actor of the sweep this service runs by itself (SWEEP_INTERVAL_MS). */
export const SWEEP_SCHEDULE_ACTOR: Actor = {
  id: 'system:schedule',
  keyId: null,
  role: 'scheduler',
  procedureId: null,
  memberId: null,
  requestId: 'schedule',
};

/**
 * The service's own schedule: the deadline sweep every SWEEP_INTERVAL_MS, so
 * `npm start` alone keeps every deadline without an outside cron. Each step of
 * the sweep is taken exactly once however many instances run it at the same
 * moment (see src/modules/jobs/sweep.service.ts), so every instance may run
 * this loop. Started when the server is ready, stopped (waiting for a running
 * pass) when it closes.
 */
export const schedulerPlugin = fp(
  async (app) => {
    const intervalMs = app.config.SWEEP_INTERVAL_MS;
    let lastSweepAt: Date | null = null;
    let loop: IntervalLoop | null = null;
    const sweep = createSweepService({ db: app.db, clock: app.clock, documents: app.documents, log: app.log, policy: targetPolicy(app.config) });

    async function pass() {
      // A test clock first takes over a move another instance made (POST /v1/clock/advance).
      if (app.clock instanceof SharedTestClock) await app.clock.refresh();
      await app.metrics.timeSweep('schedule', () => sweep.run(SWEEP_SCHEDULE_ACTOR));
      lastSweepAt = app.clock.now();
    }

    app.decorate('schedule', {
      sweepIntervalMs: intervalMs,
      get lastSweepAt() {
        return lastSweepAt;
      },
      tick: () => (loop ? loop.tick() : pass()),
    } satisfies ScheduleStatus);

    if (intervalMs > 0) {
      app.addHook('onReady', async () => {
        loop = startIntervalLoop({ name: 'scheduled deadline sweep', intervalMs, pass, log: app.log });
      });
      app.addHook('onClose', async () => {
        await loop?.stop();
      });
    }

    // Webhook deliveries: every WEBHOOK_INTERVAL_MS, the events that are due go out.
    if (app.config.WEBHOOK_LOOP) {
      const deliverer = createWebhookDeliverer({ db: app.db, clock: app.clock, log: app.log, policy: targetPolicy(app.config) });
      let deliveries: ReturnType<typeof startWebhookLoop> | null = null;
      app.addHook('onReady', async () => {
        deliveries = startWebhookLoop({
          deliverDue: () => deliverer.deliverDue(app.clock.now()),
          intervalMs: app.config.WEBHOOK_INTERVAL_MS,
          log: app.log,
        });
      });
      app.addHook('onClose', async () => {
        await deliveries?.stop();
      });
    }
  },
  { name: 'scheduler', dependencies: ['db', 'metrics'] },
);
