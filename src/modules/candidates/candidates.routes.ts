import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, etagOf, expectedVersion, uuidParam, named, contract } from '../../lib/http.js';
import {
  candidate,
  candidateInput,
  candidateList,
  candidateListQuery,
  candidatePatch,
  candidateSearchQuery,
  candidateSearchResult,
} from './candidates.schemas.js';
import { createCandidatesService } from './candidates.service.js';

export const candidatesRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createCandidatesService({ db: app.db, clock: app.clock });
  const params = uuidParam('candidateId');

  app.post(
    '/v1/candidates',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'createCandidate',
        ...contract({
          etag: true,
          location: true,
          codes: { 403: ['FORBIDDEN_FOR_ROLE'], 409: ['CANDIDATE_EXISTS', 'IDEMPOTENCY_IN_PROGRESS'], 422: ['IDEMPOTENCY_KEY_REUSED'] },
        }),
        tags: ['candidates'],
        summary: 'Register a candidate (a person, independent of procedures)',
        description:
          'E-mail addresses are unique regardless of letter case: a second candidate with the same address gets 409 `CANDIDATE_EXISTS` with `existingCandidateId`. Names are kept exactly as given (any script, accents, particles).',
        body: candidateInput,
        response: { 201: candidate, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.create(request.actor, request.body);
      return reply.status(201).header('location', `/v1/candidates/${created.id}`).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/v1/candidates',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'listCandidates',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'] } }),
        tags: ['candidates'],
        summary: 'List or search candidates by name or e-mail, oldest change first',
        querystring: candidateListQuery,
        response: { 200: candidateList, ...errorResponses() },
      },
    },
    async (request) => service.list(request.query),
  );

  app.get(
    '/v1/candidates/search',
    {
      config: { roles: [...AGENCY_ROLES, 'committee' as const] },
      schema: {
        operationId: 'searchCandidates',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'] } }),
        tags: ['candidates'],
        summary: 'Search candidates by name or e-mail across procedures, best match first',
        description:
          'Matches the unaccented, lower-case full name (agency keys: and the e-mail address) by trigram word similarity, so "pieter" finds "Piëter" and "Jansen" finds "Janssen". Returns at most `limit` candidates, best match first (no cursor: a ranking, not a list), each with the applications and procedures the key sees. Erased candidates are never found. A committee key finds only the candidates of the applications it sees in its own procedure, by name only, and reads no e-mail addresses.',
        querystring: candidateSearchQuery,
        response: { 200: candidateSearchResult, ...errorResponses() },
      },
    },
    async (request) => service.search(request.actor, request.query),
  );

  app.get(
    '/v1/candidates/:candidateId',
    {
      config: { roles: AGENCY_ROLES, etag: true },
      schema: {
        operationId: 'getCandidate',
        ...contract({ etag: true, codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['candidates'],
        summary: 'Read a candidate with the procedures they are in',
        params,
        response: { 200: candidate, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const found = await service.get(request.params.candidateId);
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.patch(
    '/v1/candidates/:candidateId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'updateCandidate',
        ...contract({
          etag: true,
          ifMatch: 'required',
          codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'], 409: ['CANDIDATE_ERASED', 'CANDIDATE_EXISTS'], 422: ['EMAIL_REQUIRED'] },
        }),
        tags: ['candidates'],
        summary: 'Change a candidate (needs If-Match); null clears an optional field',
        params,
        body: named('CandidateChanges', candidatePatch),
        response: { 200: candidate, ...errorResponses(409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], true);
      const updated = await service.update(request.actor, request.params.candidateId, expected, request.body);
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );
};
