import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, uuidParam, named, contract } from '../../lib/http.js';
import { evaluation, evaluationInput, evaluationList, evaluationListQuery, evaluationSummary } from './evaluations.schemas.js';
import { createEvaluationsService } from './evaluations.service.js';

export const evaluationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createEvaluationsService({ db: app.db, clock: app.clock });
  const roles = [...AGENCY_ROLES, 'committee' as const];
  const params = uuidParam('interviewId');

  app.post(
    '/v1/interviews/:interviewId/evaluations',
    {
      config: { roles },
      schema: {
        operationId: 'submitEvaluation',
        ...contract({
          codes: {
            404: ['NOT_FOUND'],
            409: ['EVALUATION_EXISTS', 'INTERVIEW_CANCELLED', 'INTERVIEW_NOT_STARTED', 'PROCEDURE_FINISHED'],
            422: ['CRITERIA_MISSING', 'CRITERIA_UNKNOWN', 'MEMBER_REQUIRED', 'NOT_ON_PANEL'],
          },
        }),
        tags: ['evaluations'],
        summary: "Submit a panel member's scorecard for an interview",
        description:
          "Once the interview has started (409 INTERVIEW_NOT_STARTED), each panel member submits one scorecard (a second gets 409 EVALUATION_EXISTS): a score of 1 to 5, with notes, for every criterion of the procedure's profile, an overall advice and notes. Missing or unknown criteria get 422 CRITERIA_MISSING / CRITERIA_UNKNOWN naming them. A committee key submits its own member's scorecard (403 NOT_ON_PANEL when that member was not on the panel); an agency key submits on behalf of the member it names in memberId. Scorecards cannot be changed afterwards.",
        params,
        body: named('NewEvaluation', evaluationInput),
        response: { 201: evaluation, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.submit(request.actor, request.params.interviewId, request.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/v1/interviews/:interviewId/evaluations',
    {
      config: { roles },
      schema: {
        operationId: 'listEvaluations',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['evaluations'],
        summary: 'List the scorecards of an interview, in the order they came in',
        description:
          "Agency keys see every scorecard. A committee member sees the other members' scorecards only after submitting their own; before that the list holds nothing and `othersVisible` is false.",
        params,
        querystring: evaluationListQuery,
        response: { 200: evaluationList, ...errorResponses() },
      },
    },
    async (request) => service.list(request.actor, request.params.interviewId, request.query),
  );

  app.get(
    '/v1/procedures/:procedureId/evaluations/summary',
    {
      config: { roles },
      schema: {
        operationId: 'getEvaluationSummary',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['evaluations'],
        summary: 'Average scores per candidate and criterion over the committee interviews',
        description:
          'One item per candidate with a committee interview that was not cancelled, best overall average first: the number of scorecards, the exact average per criterion of the profile (two decimals, rounded half up, as a string such as "4.33") and overall, and how often each advice was given. A committee member sees a candidate here once they submitted their own scorecard for that candidate.',
        params: uuidParam('procedureId'),
        response: { 200: evaluationSummary, ...errorResponses() },
      },
    },
    async (request) => service.summary(request.actor, request.params.procedureId),
  );
};
