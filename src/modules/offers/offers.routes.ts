import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, etagOf, expectedVersion, uuidParam, named, contract } from '../../lib/http.js';
import { offer, offerInput } from './offers.schemas.js';
import { createOffersService } from './offers.service.js';

export const offersRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createOffersService({ db: app.db, clock: app.clock });
  const params = uuidParam('applicationId');

  app.put(
    '/v1/applications/:applicationId/offer',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'putOffer',
        ...contract({
          etag: true,
          location: true,
          ifMatch: 'optional',
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['NOT_NOMINEE', 'OFFER_EXISTS', 'OFFER_STATE_TRANSITION', 'OFFER_TERMS_LOCKED', 'PROCEDURE_FINISHED'],
            422: ['NO_SALARY_BOUNDS', 'SALARY_OUT_OF_BOUNDS', 'SALARY_SCALE_MISMATCH', 'START_DATE_IN_PAST'],
          },
        }),
        tags: ['offers'],
        summary: "Create or change the nominee's offer of terms of employment",
        description:
          "Only for the nominee (409 NOT_NOMINEE). The monthly salary must lie within the bounds of the procedure's scale valid on the start date (docs/procedure.md, rule 6; 422 SALARY_OUT_OF_BOUNDS names them, e.g. EUR 8,062.66 to EUR 11,442.11 from 1 January 2026 for the reference procedure). Money is exact: decimal strings with two decimals. States: draft -> made -> accepted | declined; made and declined can go back to draft to renegotiate; accepted is final (409 OFFER_STATE_TRANSITION). Terms change only in a draft or in the step that makes it (409 OFFER_TERMS_LOCKED). Creating needs no If-Match (201); once the offer exists If-Match is required (428 without, 412 when stale).",
        params,
        body: named('OfferTerms', offerInput),
        response: { 200: offer, 201: offer, ...errorResponses(409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const header = request.headers['if-match'];
      const ifMatch = { present: header !== undefined && header.trim() !== '', version: expectedVersion(header, false) };
      const { offer: saved, created } = await service.put(request.actor, request.params.applicationId, ifMatch, request.body);
      if (created) reply.status(201).header('location', `/v1/applications/${saved.applicationId}/offer`);
      return reply.header('etag', etagOf(saved.version)).send(saved);
    },
  );

  app.get(
    '/v1/applications/:applicationId/offer',
    {
      config: { roles: AGENCY_ROLES, etag: true },
      schema: {
        operationId: 'getOffer',
        ...contract({ etag: true, codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['offers'],
        summary: "Read the nominee's offer",
        params,
        response: { 200: offer, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const found = await service.get(request.actor, request.params.applicationId);
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );
};
