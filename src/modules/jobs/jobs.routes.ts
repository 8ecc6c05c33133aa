import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, contract } from '../../lib/http.js';
import { sweepReport } from './jobs.schemas.js';
import { targetPolicy } from '../../domain/webhook-targets.js';
import { createSweepService } from './sweep.service.js';

export const SWEEP_DESCRIPTION = [
  'Takes the automatic steps that have come due at the service clock and reports what this call did:',
  '',
  '- closes the intake of open procedures at the closing instant (end of the closing date in the procedure time zone):',
  '  phase open -> closed, event `procedure.intake_closed`;',
  '- marks milestones of running procedures that passed unmet (`overview_due`, `committee_meeting`, `interview_round_start`,',
  '  `interview_round_end`, `appointment_deadline`): event `deadline.missed`;',
  "- marks candidates' questions whose answer is overdue (event `inquiry.overdue`) and headhunted candidates not told within",
  '  a month (event `candidate.notice_overdue`);',
  '- erases the candidates whose retention period ended (event `candidate.erased`);',
  '- delivers pending webhooks.',
  '',
  'Every step happens exactly once, however often and from however many schedulers and API instances this is called at the',
  'same moment: a step is taken under a condition only one caller can meet (a conditional update or a unique sweep mark),',
  'in the same transaction as its audit entry and event. Calling it again is harmless; a cron every few minutes is the',
  'intended use (`npm run sweep` does the same from the command line).',
].join('\n');

export const jobsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createSweepService({ db: app.db, clock: app.clock, documents: app.documents, log: app.log, policy: targetPolicy(app.config) });

  app.post(
    '/v1/jobs/deadline-sweep',
    {
      config: { roles: ['admin', 'scheduler'] },
      schema: {
        operationId: 'runDeadlineSweep',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 409: [], 422: [] } }),
        tags: ['jobs'],
        summary: 'Take the automatic steps that have come due (exactly once)',
        description: SWEEP_DESCRIPTION,
        response: { 200: sweepReport, ...errorResponses() },
      },
    },
    async (request) => app.metrics.timeSweep('http', () => service.run(request.actor)),
  );
};
