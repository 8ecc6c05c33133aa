import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, contract } from '../../lib/http.js';
import { deadlineList, deadlineListQuery } from './deadlines.schemas.js';
import { createDeadlinesService } from './deadlines.service.js';

export const DEADLINES_DESCRIPTION = [
  'Every dated obligation across procedures as one list, ordered by due instant (then id), with cursor pagination.',
  '',
  'Kinds: from the timeline of every procedure that is open or further (not draft, not cancelled): `application_closing`,',
  '`overview_due`, `committee_meeting`, `interview_round_start`, `interview_round_end`, `appointment_deadline`; and',
  "`inquiry_answer_due` (a candidate's question, one Dutch working day), `headhunted_notice_due` (a candidate from the agency's",
  'search must be told within one calendar month of being recorded), `retention_erasure_due` (personal data of a candidate',
  'who was not appointed: four weeks after the procedure ended, or when a retention consent ends, at most one year), and',
  '`data_subject_request_due` (access and erasure requests, one calendar month). Each item says in `metBy` what meets it.',
  '',
  'States at the service clock: `met` (the step happened), `overdue` (not met and the due instant has passed; `dueAt` is',
  'exclusive, so at `dueAt` itself it is overdue), `due` (not met and due within the next 24 hours), `upcoming` (further ahead).',
  '`missedAt` is set once the deadline sweep recorded that an obligation passed unmet.',
].join('\n');

export const deadlinesRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createDeadlinesService({ pool: app.pool, genericReads: app.genericReads, clock: app.clock });

  app.get(
    '/v1/deadlines',
    {
      config: { roles: ['admin', 'consultant', 'scheduler'] },
      schema: {
        operationId: 'listDeadlines',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'] } }),
        tags: ['deadlines'],
        summary: 'List due, overdue, upcoming and met obligations across procedures',
        description: DEADLINES_DESCRIPTION,
        querystring: deadlineListQuery,
        response: { 200: deadlineList, ...errorResponses() },
      },
    },
    async (request) => service.list(request.query),
  );
};
