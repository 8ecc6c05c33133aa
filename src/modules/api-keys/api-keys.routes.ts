import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../domain/roles.js';
import { errorResponses, uuidParam, named, contract } from '../../lib/http.js';
import { instant } from '../../lib/instant.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';
import { createApiKeysService } from './api-keys.service.js';

const role = z.enum(ROLES);

const apiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role,
    prefix: z.string().describe('The public start of the key, to recognise it'),
    procedureId: z.uuid().nullable(),
    committeeMemberId: z.uuid().nullable(),
    userId: z.uuid().nullable().describe('The person the key belongs to (it acts in their role)'),
    actOnBehalf: z.boolean().describe('Whether the key may send On-Behalf-Of'),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ApiKey' });

export const createdKey = apiKey.extend({ token: z.string().describe('The key itself. Shown once: store it now.') }).meta({ id: 'CreatedApiKey' });

const keyInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: role.optional().describe("Required unless userId is given; a person's key takes the person's role"),
  userId: z
    .uuid()
    .nullish()
    .describe('A key of this person of the agency: it acts in their role, writes are attributed to them, and it stops working when they are deactivated'),
  actOnBehalf: z
    .boolean()
    .optional()
    .describe("An integration key (admin or consultant, of no person) that may send On-Behalf-Of to act as one of the agency's people"),
  procedureId: z.uuid().nullish(),
  expiresAt: instant().nullish(),
});

export const apiKeysRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createApiKeysService({ db: app.db, clock: app.clock, forget: app.forgetApiKey });

  app.post(
    '/v1/api-keys',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'createApiKey',
        ...contract({
          location: true,
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            409: ['IDEMPOTENCY_IN_PROGRESS'],
            422: [
              'COMMITTEE_KEY_NEEDS_PROCEDURE',
              'EXPIRY_IN_PAST',
              'IDEMPOTENCY_KEY_REUSED',
              'ON_BEHALF_ONLY_FOR_AGENCY_KEYS',
              'PROCEDURE_NOT_FOUND',
              'SCOPE_ONLY_FOR_COMMITTEE',
              'USER_DEACTIVATED',
              'USER_KEY_ROLE_MISMATCH',
              'USER_NOT_FOUND',
            ],
          },
        }),
        tags: ['api-keys'],
        summary: 'Create an API key (the token is shown once)',
        body: named('NewApiKey', keyInput),
        response: { 201: createdKey, ...errorResponses(422) },
      },
    },
    async (request, reply) => {
      const created = await service.create(request.actor, request.body);
      return reply.status(201).header('location', `/v1/api-keys/${created.id}`).send(created);
    },
  );

  app.get(
    '/v1/api-keys',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'listApiKeys',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'] } }),
        tags: ['api-keys'],
        summary: 'List API keys (never their secrets)',
        querystring: listQuery.omit({ updatedSince: true }).extend({
          role: role.optional(),
          userId: z.uuid().optional().describe('Only the keys of this person of the agency'),
          includeRevoked: z
            .enum(['true', 'false'])
            .transform((v) => v === 'true')
            .optional(),
        }),
        response: { 200: pageSchema(apiKey), ...errorResponses() },
      },
    },
    async (request) => service.list(request.query),
  );

  app.delete(
    '/v1/api-keys/:keyId',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'revokeApiKey',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['api-keys'],
        summary: 'Revoke an API key; it is refused from then on',
        params: uuidParam('keyId'),
        response: { 204: z.null().describe('Revoked'), ...errorResponses() },
      },
    },
    async (request, reply) => {
      await service.revoke(request.actor, request.params.keyId);
      return reply.status(204).send(null);
    },
  );
};
