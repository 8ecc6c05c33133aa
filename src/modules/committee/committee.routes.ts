import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, uuidParam, named, contract } from '../../lib/http.js';
import { createdKey } from '../api-keys/index.js';
import { keyInput, member, memberInput, memberList, memberListQuery } from './committee.schemas.js';
import { createCommitteeService } from './committee.service.js';

export const committeeRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createCommitteeService({ db: app.db, clock: app.clock, forget: app.forgetApiKey });
  const params = uuidParam('procedureId');
  const memberParams = z.object({
    procedureId: z.uuid({ message: 'procedureId must be a UUID' }),
    memberId: z.uuid({ message: 'memberId must be a UUID' }),
  });

  app.get(
    '/v1/procedures/:procedureId/committee',
    {
      config: { roles: [...AGENCY_ROLES, 'committee'] },
      schema: {
        operationId: 'listCommitteeMembers',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['committee'],
        summary: 'List the selection committee of a procedure',
        description:
          'Active members, oldest first. A committee key sees its own procedure only (404 for any other) and only the names and roles of its fellow members, never their e-mail addresses.',
        params,
        querystring: memberListQuery,
        response: { 200: memberList, ...errorResponses() },
      },
    },
    async (request) => service.list(request.actor, request.params.procedureId, request.query),
  );

  app.post(
    '/v1/procedures/:procedureId/committee',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'addCommitteeMember',
        ...contract({
          location: true,
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['COMMITTEE_CHAIR_EXISTS', 'COMMITTEE_MEMBER_EXISTS', 'IDEMPOTENCY_IN_PROGRESS', 'PROCEDURE_FINISHED'],
            422: ['IDEMPOTENCY_KEY_REUSED'],
          },
        }),
        tags: ['committee'],
        summary: 'Add a member to the selection committee',
        description: 'A committee has at most one chair; an e-mail address is used by one active member at most.',
        params,
        body: named('NewCommitteeMember', memberInput),
        response: { 201: member, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const created = await service.add(request.actor, request.params.procedureId, request.body);
      return reply.status(201).header('location', `/v1/procedures/${created.procedureId}/committee/${created.id}`).send(created);
    },
  );

  app.delete(
    '/v1/procedures/:procedureId/committee/:memberId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'removeCommitteeMember',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['committee'],
        summary: 'Remove a member from the committee and revoke their keys',
        description:
          'The member is kept with `removedAt` (their evaluations stay), and every API key issued for them is revoked at once. Removing a removed member changes nothing.',
        params: memberParams,
        response: { 204: z.null().describe('Removed'), ...errorResponses() },
      },
    },
    async (request, reply) => {
      await service.remove(request.actor, request.params.procedureId, request.params.memberId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v1/procedures/:procedureId/committee/:memberId/api-key',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'issueCommitteeKey',
        ...contract({
          location: true,
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['COMMITTEE_MEMBER_REMOVED', 'IDEMPOTENCY_IN_PROGRESS', 'PROCEDURE_FINISHED'],
            422: ['EXPIRY_IN_PAST', 'IDEMPOTENCY_KEY_REUSED'],
          },
        }),
        tags: ['committee'],
        summary: 'Issue a committee API key for a member (the token is shown once)',
        description:
          'The key has role committee and is scoped to this procedure and member: anything outside the procedure answers 404 to it. The body is optional.',
        params: memberParams,
        body: named('NewCommitteeApiKey', keyInput),
        response: { 201: createdKey, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.issueKey(request.actor, request.params.procedureId, request.params.memberId, request.body);
      return reply.status(201).header('location', `/v1/api-keys/${created.id}`).send(created);
    },
  );
};
