import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { REFERENCE_CLIENT } from '../../domain/reference-procedure.js';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, etagOf, expectedVersion, uuidParam, named, contract } from '../../lib/http.js';
import { client, clientInput, clientList, clientListQuery, clientPatch } from './clients.schemas.js';
import { createClientsService } from './clients.service.js';

export const clientsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createClientsService({ db: app.db, clock: app.clock });
  const params = uuidParam('clientId');

  app.post(
    '/v1/clients',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'createClient',
        ...contract({
          etag: true,
          location: true,
          codes: { 403: ['FORBIDDEN_FOR_ROLE'], 409: ['IDEMPOTENCY_IN_PROGRESS'], 422: ['IDEMPOTENCY_KEY_REUSED'] },
        }),
        tags: ['clients'],
        summary: 'Create a client (hiring organisation)',
        body: named('NewClient', clientInput, { ...REFERENCE_CLIENT }),
        response: { 201: client, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.create(request.actor, request.body);
      return reply.status(201).header('location', `/v1/clients/${created.id}`).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/v1/clients',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'listClients',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'] } }),
        tags: ['clients'],
        summary: 'List clients, oldest change first',
        querystring: clientListQuery,
        response: { 200: clientList, ...errorResponses() },
      },
    },
    async (request) => service.list(request.query),
  );

  app.get(
    '/v1/clients/:clientId',
    {
      config: { roles: AGENCY_ROLES, etag: true },
      schema: {
        operationId: 'getClient',
        ...contract({ etag: true, codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['clients'],
        summary: 'Read a client',
        params,
        response: { 200: client, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const found = await service.get(request.params.clientId);
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.patch(
    '/v1/clients/:clientId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'updateClient',
        ...contract({ etag: true, ifMatch: 'required', codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'], 409: [], 422: [] } }),
        tags: ['clients'],
        summary: 'Change a client (needs If-Match)',
        params,
        body: named('ClientChanges', clientPatch),
        response: { 200: client, ...errorResponses(409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], true);
      const updated = await service.update(request.actor, request.params.clientId, expected, request.body);
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );
};
