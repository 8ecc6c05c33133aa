import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, etagOf, expectedVersion, uuidParam, named, contract } from '../../lib/http.js';
import { consent, consentInput, reference, referenceInput, referenceList, referenceListQuery, referencePatch } from './references.schemas.js';
import { createReferencesService } from './references.service.js';

export const referencesRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createReferencesService({ db: app.db, clock: app.clock });
  const params = uuidParam('applicationId');
  const referenceParams = z.object({
    applicationId: z.uuid({ message: 'applicationId must be a UUID' }),
    referenceId: z.uuid({ message: 'referenceId must be a UUID' }),
  });

  app.post(
    '/v1/applications/:applicationId/reference-consent',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'recordReferenceConsent',
        ...contract({
          location: true,
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['APPLICATION_NOT_ACTIVE', 'CONSENT_EXISTS', 'PROCEDURE_FINISHED'],
            422: ['CONSENT_IN_FUTURE'],
          },
        }),
        tags: ['references'],
        summary: "Record the candidate's consent to a reference check",
        description:
          "docs/procedure.md, rule 5: a reference check needs the nominee's recorded consent. Keeps when it was given (givenAt, default now, never in the future), its scope and the key that recorded it. One consent in force per application (409 CONSENT_EXISTS); it may be recorded before the nomination.",
        params,
        body: named('ReferenceConsent', consentInput),
        response: { 201: consent, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.recordConsent(request.actor, request.params.applicationId, request.body);
      return reply.status(201).header('location', `/v1/applications/${request.params.applicationId}/reference-consent`).send(created);
    },
  );

  app.get(
    '/v1/applications/:applicationId/reference-consent',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'getReferenceConsent',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['references'],
        summary: 'Read the latest reference-check consent of an application (in force or withdrawn)',
        params,
        response: { 200: consent, ...errorResponses() },
      },
    },
    async (request) => service.getConsent(request.actor, request.params.applicationId),
  );

  app.delete(
    '/v1/applications/:applicationId/reference-consent',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'withdrawReferenceConsent',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['references'],
        summary: 'Withdraw the reference-check consent',
        description: 'The consent is kept with withdrawnAt. No reference can be added or completed afterwards until a new consent is recorded.',
        params,
        response: { 204: z.null().describe('Withdrawn'), ...errorResponses() },
      },
    },
    async (request, reply) => {
      await service.withdrawConsent(request.actor, request.params.applicationId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v1/applications/:applicationId/references',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'addReference',
        ...contract({
          etag: true,
          location: true,
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['NOT_NOMINEE', 'PROCEDURE_FINISHED', 'REFERENCE_CONSENT_MISSING'],
            422: [],
          },
        }),
        tags: ['references'],
        summary: 'Add a referee to the reference check of the nominee',
        description:
          "Only for the nominee (409 NOT_NOMINEE) and only while the nominee's consent is in force (409 REFERENCE_CONSENT_MISSING). The referee's name and contact are personal data: the audit trail records that they changed, never their values.",
        params,
        body: named('NewReferenceCheck', referenceInput),
        response: { 201: reference, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const created = await service.add(request.actor, request.params.applicationId, request.body);
      return reply
        .status(201)
        .header('location', `/v1/applications/${created.applicationId}/references/${created.id}`)
        .header('etag', etagOf(created.version))
        .send(created);
    },
  );

  app.get(
    '/v1/applications/:applicationId/references',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'listReferences',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['references'],
        summary: 'List the reference checks of an application, oldest first',
        params,
        querystring: referenceListQuery,
        response: { 200: referenceList, ...errorResponses() },
      },
    },
    async (request) => service.list(request.actor, request.params.applicationId, request.query),
  );

  app.get(
    '/v1/applications/:applicationId/references/:referenceId',
    {
      config: { roles: AGENCY_ROLES, etag: true },
      schema: {
        operationId: 'getReference',
        ...contract({ etag: true, codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['references'],
        summary: 'Read one reference check',
        params: referenceParams,
        response: { 200: reference, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const found = await service.get(request.actor, request.params.applicationId, request.params.referenceId);
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.patch(
    '/v1/applications/:applicationId/references/:referenceId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'updateReference',
        ...contract({
          etag: true,
          ifMatch: 'required',
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['CONCERNS_ALREADY_RESOLVED', 'NOTHING_TO_RESOLVE', 'NOT_NOMINEE', 'PROCEDURE_FINISHED', 'REFERENCE_COMPLETED', 'REFERENCE_CONSENT_MISSING'],
            422: ['NOTES_REQUIRED'],
          },
        }),
        tags: ['references'],
        summary: 'Record the outcome of a reference check, or resolve its concerns (needs If-Match)',
        description:
          'outcome (positive, concerns or negative) with notes completes the check (completedAt) and can be set once; it needs the consent still in force. resolutionNote marks concerns, or a negative outcome, resolved (concernsResolvedAt): the appointment waits for that. A completed check keeps its referee, outcome and notes (409 REFERENCE_COMPLETED).',
        params: referenceParams,
        body: named('ReferenceCheckChanges', referencePatch),
        response: { 200: reference, ...errorResponses(409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], true);
      const updated = await service.update(request.actor, request.params.applicationId, request.params.referenceId, expected, request.body);
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );
};
