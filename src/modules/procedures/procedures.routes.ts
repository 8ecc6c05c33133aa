import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { REFERENCE_PROCEDURE } from '../../domain/reference-procedure.js';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, etagOf, expectedVersion, uuidParam, named, contract } from '../../lib/http.js';
import { procedure, procedureInput, procedureList, procedureListQuery, procedurePatch, timeline, timelineInput } from './procedures.schemas.js';
import { createProceduresService } from './procedures.service.js';

export const proceduresRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createProceduresService({ db: app.db, reads: app.reads, clock: app.clock });
  const params = uuidParam('procedureId');
  const readers = [...AGENCY_ROLES, 'committee' as const, 'scheduler' as const];

  app.post(
    '/v1/procedures',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'createProcedure',
        ...contract({
          etag: true,
          location: true,
          codes: { 403: ['FORBIDDEN_FOR_ROLE'], 409: ['IDEMPOTENCY_IN_PROGRESS'], 422: ['CLIENT_NOT_FOUND', 'IDEMPOTENCY_KEY_REUSED'] },
        }),
        tags: ['procedures'],
        summary: 'Create a procedure for a client (phase draft)',
        body: named('NewProcedure', procedureInput, { clientId: '0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e', ...REFERENCE_PROCEDURE }),
        response: { 201: procedure, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.create(request.actor, request.body);
      return reply.status(201).header('location', `/v1/procedures/${created.id}`).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/v1/procedures',
    {
      config: { roles: readers },
      schema: {
        operationId: 'listProcedures',
        ...contract({ codes: { 403: [] } }),
        tags: ['procedures'],
        summary: 'List procedures, oldest change first (a committee key sees its own only)',
        querystring: procedureListQuery,
        response: { 200: procedureList, ...errorResponses() },
      },
    },
    async (request) => service.list(request.actor, request.query),
  );

  app.get(
    '/v1/procedures/:procedureId',
    {
      config: { roles: readers, etag: true },
      schema: {
        operationId: 'getProcedure',
        ...contract({ etag: true, codes: { 403: [], 404: ['NOT_FOUND'] } }),
        tags: ['procedures'],
        summary: 'Read a procedure',
        params,
        response: { 200: procedure, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const found = await service.get(request.actor, request.params.procedureId);
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.patch(
    '/v1/procedures/:procedureId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'updateProcedure',
        ...contract({
          etag: true,
          ifMatch: 'required',
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: [
              'FIELD_FROZEN',
              'PHASE_TRANSITION_NOT_ALLOWED',
              'PROCEDURE_FINISHED',
              'SALARY_EXCLUDES_ACCEPTED_OFFER',
              'STAGE_MAX_BELOW_COUNT',
              'TIMELINE_REQUIRED',
            ],
            422: ['JUSTIFICATION_REQUIRED'],
          },
        }),
        tags: ['procedures'],
        summary: 'Change a procedure, open its intake or cancel it (needs If-Match)',
        description:
          'A draft changes freely. Once opened, every change but the reference needs a written `justification` (422 JUSTIFICATION_REQUIRED), kept as the reason of the audit entry; the time zone is frozen, and so are the profile and the bounds of a closed gate once the overview was sent (409 FIELD_FROZEN); a stage maximum below the number already in that stage (409 STAGE_MAX_BELOW_COUNT) and salary bounds that exclude an accepted offer (409 SALARY_EXCLUDES_ACCEPTED_OFFER) are refused. Completed or cancelled: nothing changes (409 PROCEDURE_FINISHED). Each refusal names the field in `errors[].path`.',
        params,
        body: named('ProcedureChanges', procedurePatch),
        response: { 200: procedure, ...errorResponses(409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], true);
      const updated = await service.update(request.actor, request.params.procedureId, expected, request.body);
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.get(
    '/v1/procedures/:procedureId/timeline',
    {
      config: { roles: readers, etag: true },
      schema: {
        operationId: 'getTimeline',
        ...contract({ etag: true, codes: { 403: [], 404: ['NOT_FOUND'] } }),
        tags: ['procedures'],
        summary: 'Read the timeline with the instants its dates stand for',
        params,
        response: { 200: timeline, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const found = await service.getTimeline(request.actor, request.params.procedureId);
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.put(
    '/v1/procedures/:procedureId/timeline',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'putTimeline',
        ...contract({
          etag: true,
          ifMatch: 'optional',
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: [
              'CLOSING_BEFORE_ACCEPTED_APPLICATIONS',
              'FIELD_FROZEN',
              'INTERVIEWS_OUTSIDE_ROUND',
              'MILESTONE_PASSED',
              'OPENING_AFTER_ACCEPTED_APPLICATIONS',
              'PROCEDURE_FINISHED',
            ],
            422: ['JUSTIFICATION_REQUIRED', 'TIMELINE_INVALID', 'TIMELINE_ORDER'],
          },
        }),
        tags: ['procedures'],
        summary: 'Set the whole timeline; every ordering rule is checked at once',
        description:
          'Dates are local calendar dates in the procedure time zone. A deadline date means the end of that day, an opening its start. A refusal (422, code TIMELINE_ORDER) lists every broken rule with the milestones involved. If-Match is optional here; when given it must be the procedure ETag. Once the procedure opened, moving a milestone needs a `justification` (422 JUSTIFICATION_REQUIRED), and is refused (409) for an opening or closing that already passed (MILESTONE_PASSED), a closing before an application already accepted (CLOSING_BEFORE_ACCEPTED_APPLICATIONS), the preselection milestones after the overview was sent and the committee meeting after the shortlist closed (FIELD_FROZEN), and an interview round that no longer holds its interviews (INTERVIEWS_OUTSIDE_ROUND).',
        params,
        body: timelineInput,
        response: { 200: timeline, ...errorResponses(409, 412, 422) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], false);
      const saved = await service.putTimeline(request.actor, request.params.procedureId, expected, request.body);
      return reply.header('etag', etagOf(saved.version)).send(saved);
    },
  );
};
