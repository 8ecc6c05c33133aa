import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, etagOf, expectedVersion, uuidParam, named, contract } from '../../lib/http.js';
import { cancelQuery, interview, interviewInput, interviewList, interviewListQuery, interviewPatch } from './interviews.schemas.js';
import { createInterviewsService } from './interviews.service.js';

export const interviewsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createInterviewsService({ db: app.db, clock: app.clock });
  const readers = [...AGENCY_ROLES, 'committee' as const];
  const procedureParams = uuidParam('procedureId');
  const params = uuidParam('interviewId');

  app.post(
    '/v1/procedures/:procedureId/interviews',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'scheduleInterview',
        ...contract({
          etag: true,
          location: true,
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: [
              'APPLICATION_NOT_ACTIVE',
              'CANDIDATE_DOUBLE_BOOKED',
              'NOT_SHORTLISTED',
              'PANEL_MEMBER_DOUBLE_BOOKED',
              'PROCEDURE_FINISHED',
              'TIMELINE_REQUIRED',
            ],
            422: [
              'APPLICATION_NOT_FOUND',
              'LOCATION_DETAIL_REQUIRED',
              'OUTSIDE_INTERVIEW_ROUND',
              'OUTSIDE_PRESELECTION_WINDOW',
              'PANEL_MEMBER_REMOVED',
              'PANEL_MEMBER_REPEATED',
              'PANEL_MEMBER_UNKNOWN',
              'PANEL_REQUIRED',
            ],
          },
        }),
        tags: ['interviews'],
        summary: 'Schedule an interview with a candidate',
        description:
          "A committee interview is for a shortlisted (or already interviewed) candidate, lies wholly inside the interview round in the procedure's time zone (docs/procedure.md, rule 4: 19 to 23 January 2026 for the reference procedure; 26 January gets 422 OUTSIDE_INTERVIEW_ROUND) and has at least one active committee member on its panel. The agency's own screening interview lies inside the preselection window (OUTSIDE_PRESELECTION_WINDOW) and may have no panel. Nobody is booked twice: an overlap with another interview of the candidate (in any procedure) or of a panel member gets 409 CANDIDATE_DOUBLE_BOOKED or PANEL_MEMBER_DOUBLE_BOOKED; intervals are half-open, so back-to-back interviews are fine.",
        params: procedureParams,
        body: named('NewInterview', interviewInput),
        response: { 201: interview, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.schedule(request.actor, request.params.procedureId, request.body);
      return reply.status(201).header('location', `/v1/interviews/${created.id}`).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/v1/procedures/:procedureId/interviews',
    {
      config: { roles: readers },
      schema: {
        operationId: 'listInterviews',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['interviews'],
        summary: 'List the interviews of a procedure, earliest first',
        description:
          "Cancelled interviews are listed too (status cancelled), with their history. A committee key sees the committee interviews of its own procedure only, never the agency's screening interviews.",
        params: procedureParams,
        querystring: interviewListQuery,
        response: { 200: interviewList, ...errorResponses() },
      },
    },
    async (request) => service.list(request.actor, request.params.procedureId, request.query),
  );

  app.get(
    '/v1/interviews/:interviewId',
    {
      config: { roles: readers, etag: true },
      schema: {
        operationId: 'getInterview',
        ...contract({ etag: true, codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['interviews'],
        summary: 'Read an interview with its panel and history',
        params,
        response: { 200: interview, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const found = await service.get(request.actor, request.params.interviewId);
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.patch(
    '/v1/interviews/:interviewId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'rescheduleInterview',
        ...contract({
          etag: true,
          ifMatch: 'required',
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: [
              'CANDIDATE_DOUBLE_BOOKED',
              'INTERVIEW_ALREADY_STARTED',
              'INTERVIEW_CANCELLED',
              'NOT_SHORTLISTED',
              'PANEL_MEMBER_DOUBLE_BOOKED',
              'PROCEDURE_FINISHED',
            ],
            422: [
              'LOCATION_DETAIL_REQUIRED',
              'OUTSIDE_INTERVIEW_ROUND',
              'OUTSIDE_PRESELECTION_WINDOW',
              'PANEL_MEMBER_REMOVED',
              'PANEL_MEMBER_REPEATED',
              'PANEL_MEMBER_UNKNOWN',
              'PANEL_REQUIRED',
            ],
          },
        }),
        tags: ['interviews'],
        summary: 'Reschedule an interview: time, length, place or panel (needs If-Match)',
        description:
          'Every scheduling rule is checked again against the new plan. The schedule before the change is appended to `history` with the time, the acting key and the reason. An interview that has started (409 INTERVIEW_ALREADY_STARTED) or was cancelled (409 INTERVIEW_CANCELLED) cannot move. A change that changes nothing returns the interview as it is.',
        params,
        body: named('InterviewChanges', interviewPatch),
        response: { 200: interview, ...errorResponses(409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], true);
      const updated = await service.reschedule(request.actor, request.params.interviewId, expected, request.body);
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.delete(
    '/v1/interviews/:interviewId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'cancelInterview',
        ...contract({
          ifMatch: 'optional',
          codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'], 409: ['INTERVIEW_ALREADY_STARTED', 'PROCEDURE_FINISHED'] },
        }),
        tags: ['interviews'],
        summary: 'Cancel an interview; it is kept with status cancelled and its history',
        description:
          'If-Match is optional here; when given it must be the current ETag. An interview that has started cannot be cancelled (409 INTERVIEW_ALREADY_STARTED), nor any interview of a completed or cancelled procedure (409 PROCEDURE_FINISHED). Cancelling a cancelled interview changes nothing.',
        params,
        querystring: cancelQuery,
        response: { 204: z.null().describe('Cancelled'), ...errorResponses(409, 412) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], false);
      await service.cancel(request.actor, request.params.interviewId, expected, request.query.reason ?? null);
      return reply.status(204).send(null);
    },
  );
};
