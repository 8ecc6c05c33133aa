import { z } from 'zod';
import { instant } from '../../lib/instant.js';
import { sweepReport } from '../jobs/index.js';

export const clockState = z
  .object({
    now: z.iso.datetime().describe('The service clock (every instance on this database shows the same time)'),
    mode: z.enum(['system', 'test']).describe('`test` when the service runs with CLOCK_START (never in production), `system` otherwise'),
    startedAt: z.iso.datetime().optional().describe('CLOCK_START: the instant the test clock started from (test mode only)'),
  })
  .meta({ id: 'Clock', example: { now: '2026-01-05T09:00:00.000Z', mode: 'test', startedAt: '2026-01-05T09:00:00.000Z' } });

export const clockAdvanceBody = z
  .object({
    to: instant().describe('The instant to move the service clock to; not before its current time'),
  })
  .strict()
  .meta({ id: 'ClockAdvance', example: { to: '2026-02-01T00:00:00+01:00' } });

export const clockAdvanced = z
  .object({
    now: z.iso.datetime().describe('The service clock after the move'),
    sweep: sweepReport,
  })
  .meta({ id: 'ClockAdvanced' });
