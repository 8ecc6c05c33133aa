import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { SharedTestClock, type Clock } from '../../lib/clock.js';
import { conflict } from '../../lib/errors.js';
import type { SweepReport } from '../jobs/index.js';
import { storeClockOffset } from './clock.repository.js';

export interface ClockServiceDeps {
  db: Db;
  clock: Clock;
  clockStart: string | undefined;
  /** The deadline sweep as the service's own scheduler runs it. */
  sweep: () => Promise<SweepReport>;
}

export function createClockService({ db, clock, clockStart, sweep }: ClockServiceDeps) {
  const testClock = clock instanceof SharedTestClock ? clock : null;
  return {
    async read() {
      await testClock?.refresh(true);
      const now = clock.now().toISOString();
      return testClock && clockStart ? { now, mode: 'test' as const, startedAt: new Date(clockStart).toISOString() } : { now, mode: 'system' as const };
    },

    /** Moves the shared test clock to `to`, then runs the sweep once: what came due in between happens. */
    async advance(actor: Actor, to: Date) {
      if (!testClock) {
        throw conflict(
          'TEST_CLOCK_DISABLED',
          'The service runs on the system clock; only a service started with CLOCK_START (never in production) has a test clock to move.',
        );
      }
      await testClock.refresh(true);
      const from = testClock.now();
      if (to.getTime() < from.getTime()) {
        throw conflict('CLOCK_BACKWARDS', `The service clock is at ${from.toISOString()}; it only moves forward.`);
      }
      const offsetMs = testClock.offset + (to.getTime() - from.getTime());
      if (!(await storeClockOffset(db, actor, from, to, offsetMs))) {
        await testClock.refresh(true);
        throw conflict('CLOCK_BACKWARDS', `The service clock has meanwhile moved to ${testClock.now().toISOString()}; it only moves forward.`);
      }
      testClock.apply(offsetMs);
      const report = await sweep();
      return { now: testClock.now().toISOString(), sweep: report };
    },
  };
}
