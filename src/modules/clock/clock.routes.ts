import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, contract } from '../../lib/http.js';
import { targetPolicy } from '../../domain/webhook-targets.js';
import { SWEEP_SCHEDULE_ACTOR } from '../../plugins/scheduler.js';
import { createSweepService } from '../jobs/index.js';
import { clockAdvanceBody, clockAdvanced, clockState } from './clock.schemas.js';
import { createClockService } from './clock.service.js';

export const clockRoutes: FastifyPluginAsyncZod = async (app) => {
  const sweep = createSweepService({ db: app.db, clock: app.clock, documents: app.documents, log: app.log, policy: targetPolicy(app.config) });
  const service = createClockService({
    db: app.db,
    clock: app.clock,
    clockStart: app.config.CLOCK_START,
    sweep: () => app.metrics.timeSweep('http', () => sweep.run(SWEEP_SCHEDULE_ACTOR)),
  });

  app.get(
    '/v1/clock',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'getClock',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'] } }),
        tags: ['clock'],
        summary: 'Read the service clock',
        description:
          'The service clock every deadline is measured against. `mode` is `test` when the service runs with CLOCK_START ' +
          '(never in production): then the clock can be moved forward with POST /v1/clock/advance, and every instance on the ' +
          'same database shows the same time. Admin keys only.',
        response: { 200: clockState, ...errorResponses() },
      },
    },
    async () => service.read(),
  );

  app.post(
    '/v1/clock/advance',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'advanceClock',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 409: ['CLOCK_BACKWARDS', 'TEST_CLOCK_DISABLED'], 422: [] } }),
        tags: ['clock'],
        summary: 'Move the test clock forward and run what came due (test clock only)',
        description: [
          'Moves the shared test clock to `to` for every instance on this database, then runs the deadline sweep once as the',
          "service's own scheduler (`system:schedule`) and answers with its report: intakes close and deadlines pass exactly as",
          'they would have in between. Only with CLOCK_START (never in production); on the system clock the answer is',
          '409 `TEST_CLOCK_DISABLED`. The clock never moves backwards: an instant before the current one is 409 `CLOCK_BACKWARDS`.',
          'Other instances take the new time over within a second. The move is in the audit trail (`clock.advanced`).',
        ].join('\n'),
        body: clockAdvanceBody,
        response: { 200: clockAdvanced, ...errorResponses() },
      },
    },
    async (request) => service.advance(request.actor, new Date(request.body.to)),
  );
};
