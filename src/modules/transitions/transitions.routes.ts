import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, etagOf, expectedVersion, uuidParam, contract } from '../../lib/http.js';
import { application } from '../applications/index.js';
import { idempotencyRecordCompleted, storedResponseBody, withIdempotencyClaim } from '../../plugins/idempotency.js';
import { readHistory } from './history.service.js';
import { stageHistory, transitionBody } from './transitions.schemas.js';
import { createTransitionsService } from './transitions.service.js';

export const transitionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createTransitionsService({ db: app.db, pool: app.pool, clock: app.clock });

  app.post(
    '/v1/applications/:applicationId/transitions',
    {
      // The Idempotency-Key is claimed in the move's own transaction.
      config: { roles: AGENCY_ROLES, idempotency: 'in-transaction' },
      schema: {
        operationId: 'transitionApplication',
        ...contract({
          etag: true,
          ifMatch: 'required',
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: [
              'APPLICATION_FINAL',
              'APPLICATION_INCOMPLETE',
              'APPOINTMENT_REQUIRED',
              'IDEMPOTENCY_IN_PROGRESS',
              'JUSTIFICATION_TOO_SHORT',
              'NOMINATION_TOO_EARLY',
              'NOMINEE_EXISTS',
              'NOT_INTERVIEWED',
              'PROCEDURE_FINISHED',
              'REINSTATE_REASON_REQUIRED',
              'REJECTION_REASON_REQUIRED',
              'STAGE_CLOSED',
              'STAGE_NOT_OPEN',
              'STAGE_QUOTA_EXCEEDED',
              'TIMELINE_REQUIRED',
              'TRANSITION_NOT_ALLOWED',
            ],
            422: ['IDEMPOTENCY_KEY_REUSED', 'REASON_CATEGORY_UNEXPECTED'],
          },
        }),
        tags: ['transitions'],
        summary: 'Move an application to another stage (needs If-Match with the application ETag)',
        description:
          "The declared graph: applied -> preselected -> shortlisted -> interviewed -> nominated (-> appointed, only by the appointment decision), and from any of these to rejected (with `reasonCategory`) or withdrawn. A rejected candidate is reinstated to the stage they were rejected from, with a `reason`, while that stage is still open. Only complete applications (both PDFs) can be preselected; interviewed needs a committee interview that has taken place; one nominee at a time, from the interviewed, once the interview round has started. Past a stage's maximum (the 7th preselected of 4 to 6) the `reason` must justify it (at least 20 characters). Anything the graph or a rule forbids answers 409 with the rule's code (TRANSITION_NOT_ALLOWED, APPLICATION_FINAL, APPLICATION_INCOMPLETE, NOT_INTERVIEWED, STAGE_CLOSED, STAGE_NOT_OPEN, STAGE_QUOTA_EXCEEDED, JUSTIFICATION_TOO_SHORT, NOMINATION_TOO_EARLY, NOMINEE_EXISTS, REJECTION_REASON_REQUIRED, REINSTATE_REASON_REQUIRED, APPOINTMENT_REQUIRED, PROCEDURE_FINISHED). Without If-Match 428; with a stale one 412. The answer is the application with its new ETag.",
        params: uuidParam('applicationId'),
        body: transitionBody,
        response: { 200: application, ...errorResponses(409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      // The body is serialized before the move commits, so that the
      // idempotency record keeps it in the move's transaction; it goes out as made.
      const contentType = 'application/json; charset=utf-8';
      let made: { view: object; text: string } | undefined;
      const serialize = (view: object): string => {
        if (made?.view !== view) made = { view, text: reply.serialize(view) as string };
        return made.text;
      };
      // Within the claim, so that a request refused for its If-Match is kept as the key's answer too.
      const done = await withIdempotencyClaim(request, reply, (claim, kept) =>
        service.transition(request.actor, request.params.applicationId, expectedVersion(request.headers['if-match'], true), request.body, {
          claim,
          kept,
          serialize: (v) => storedResponseBody(serialize(v)),
          headers: (v) => ({ 'content-type': contentType, etag: etagOf(v.version) }),
        }),
      );
      // The first answer was sent again.
      if (!done) return reply;
      const { view, recorded } = done;
      if (recorded) idempotencyRecordCompleted(request);
      return reply
        .header('etag', etagOf(view.version))
        .type(contentType)
        .send(serialize(view) as never);
    },
  );

  app.get(
    '/v1/applications/:applicationId/history',
    {
      config: { roles: [...AGENCY_ROLES, 'committee' as const] },
      schema: {
        operationId: 'getApplicationHistory',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['transitions'],
        summary: 'Read the stage history of an application, oldest first',
        description:
          'Every stage change with `from`, `to` and `at`, starting with the intake (from null to applied at `receivedAt`). Agency keys also read who made each change (`actor`), the `reason` and the `reasonCategory`; a committee key reads the history of the applications it sees, without those. An application the key does not see answers 404.',
        params: uuidParam('applicationId'),
        response: { 200: stageHistory, ...errorResponses() },
      },
    },
    async (request) => readHistory(app.db, request.actor, request.params.applicationId),
  );
};
