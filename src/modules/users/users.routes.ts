import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES, USER_ROLES } from '../../domain/roles.js';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, etagOf, expectedVersion, uuidParam, named, contract } from '../../lib/http.js';
import { user, userInput, userList, userListQuery, userPatch } from './users.schemas.js';
import { createUsersService } from './users.service.js';
import { createMeService } from './me.service.js';

const person = z.object({ id: z.uuid(), name: z.string(), role: z.enum(USER_ROLES) });

export const me = z
  .object({
    key: z.object({
      id: z.uuid().nullable().describe('null for the bootstrap key ADMIN_API_KEY'),
      name: z.string(),
      role: z.enum(ROLES).describe("The key's own role (a person's key: the person's role)"),
      prefix: z.string().nullable(),
      expiresAt: z.string().nullable(),
      procedureId: z.uuid().nullable().describe('The one procedure of a committee key'),
      committeeMemberId: z.uuid().nullable(),
      actOnBehalf: z.boolean().describe('Whether the key may send On-Behalf-Of'),
    }),
    user: person.nullable().describe('The person the key belongs to, if any'),
    actingUser: person.nullable().describe('The person named by On-Behalf-Of in this request, if any'),
    role: z.enum(ROLES).describe('The role this request runs in: the acting person’s with On-Behalf-Of, else the key’s'),
    operations: z
      .array(z.object({ method: z.string(), path: z.string(), operationId: z.string() }))
      .describe("Every operation this caller may call, from the routes' own role configuration (the role table of README)"),
  })
  .meta({
    id: 'Caller',
    example: {
      key: {
        id: '9b2f6c1e-0d3a-4e5b-8c7d-6e5f4a3b2c1d',
        name: 'Agency portal',
        role: 'admin',
        prefix: 'pt_1a2b3c4d5e6f',
        expiresAt: null,
        procedureId: null,
        committeeMemberId: null,
        actOnBehalf: true,
      },
      user: null,
      actingUser: { id: '3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b', name: 'Anna de Vries', role: 'consultant' },
      role: 'consultant',
      operations: [{ method: 'GET', path: '/v1/procedures', operationId: 'listProcedures' }],
    },
  });

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createUsersService({ db: app.db, clock: app.clock, forget: app.forgetApiKey });
  const meService = createMeService({ db: app.db, operations: app.operations });
  const params = uuidParam('userId');

  app.get(
    '/v1/me',
    {
      schema: {
        operationId: 'getMe',
        ...contract({ codes: { 403: [] } }),
        tags: ['users'],
        summary: 'Who is calling and what it may do',
        description:
          'The API key (its role, prefix, expiry and, for a committee key, its procedure), the person it belongs to, the person named by On-Behalf-Of, the role the request runs in, and every operation that role may call. Every key may ask.',
        response: { 200: me, ...errorResponses() },
      },
    },
    async (request) => meService.describe(request.actor),
  );

  app.post(
    '/v1/users',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'createUser',
        ...contract({
          etag: true,
          location: true,
          codes: { 403: ['FORBIDDEN_FOR_ROLE'], 409: ['IDEMPOTENCY_IN_PROGRESS', 'USER_EMAIL_EXISTS'], 422: ['IDEMPOTENCY_KEY_REUSED'] },
        }),
        tags: ['users'],
        summary: 'Add a person of the agency (admin or consultant)',
        description:
          'A named person of the agency: keys of their own act in their role, and an integration key may act on their behalf (On-Behalf-Of). Their name and e-mail address are personal data of staff: the audit trail records that they changed, never their values. One person per e-mail address (409 USER_EMAIL_EXISTS). Admin keys only.',
        body: named('NewUser', userInput, { name: 'Anna de Vries', email: 'anna.devries@agency.example', role: 'consultant' }),
        response: { 201: user, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.create(request.actor, request.body);
      return reply.status(201).header('location', `/v1/users/${created.id}`).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/v1/users',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'listUsers',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'] } }),
        tags: ['users'],
        summary: 'List the people of the agency, oldest change first',
        querystring: userListQuery,
        response: { 200: userList, ...errorResponses() },
      },
    },
    async (request) => service.list(request.query),
  );

  app.get(
    '/v1/users/:userId',
    {
      config: { roles: AGENCY_ROLES, etag: true },
      schema: {
        operationId: 'getUser',
        ...contract({ etag: true, codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['users'],
        summary: 'Read a person of the agency',
        params,
        response: { 200: user, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const found = await service.get(request.params.userId);
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.patch(
    '/v1/users/:userId',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'updateUser',
        ...contract({
          etag: true,
          ifMatch: 'required',
          codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'], 409: ['USER_EMAIL_EXISTS'], 422: [] },
        }),
        tags: ['users'],
        summary: 'Change, deactivate or reactivate a person (needs If-Match)',
        description:
          "Name, e-mail address, role, and `active`. A new role is the role of the person's keys from then on. A deactivated person's keys stop working (401) and no key acts on their behalf (403 ON_BEHALF_USER_DEACTIVATED): at once on the instance that answers, within one second on the others. `active: true` reactivates them. Send If-Match with the ETag you last read (428 without, 412 when stale). Admin keys only.",
        params,
        body: named('UserChanges', userPatch),
        response: { 200: user, ...errorResponses(409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], true);
      const updated = await service.update(request.actor, request.params.userId, expected, request.body);
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );
};
