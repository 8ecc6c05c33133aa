import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, uuidParam, named, contract } from '../../lib/http.js';
import { inquiry, inquiryAnswer, inquiryInput, inquiryList, inquiryListQuery } from './inquiries.schemas.js';
import { createInquiriesService } from './inquiries.service.js';

export const inquiriesRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createInquiriesService({ db: app.db, clock: app.clock });
  const readers = [...AGENCY_ROLES, 'scheduler' as const];
  const params = uuidParam('inquiryId');

  app.post(
    '/v1/inquiries',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'createInquiry',
        ...contract({
          location: true,
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            409: ['IDEMPOTENCY_IN_PROGRESS'],
            422: ['CANDIDATE_NOT_FOUND', 'IDEMPOTENCY_KEY_REUSED', 'PROCEDURE_NOT_FOUND', 'RECEIVED_IN_FUTURE'],
          },
        }),
        tags: ['inquiries'],
        summary: "Record a candidate's question",
        description:
          'The answer is due by the end of the first Dutch working day (Monday to Friday, not a public holiday) after the day of receipt, in the procedure\'s time zone (docs/procedure.md, rule 8: "as a rule within one working day"). A question on Wednesday 24 December 2025 at 16:00 is due before Tuesday 30 December 00:00, i.e. by the end of Monday 29 December.',
        body: named('NewInquiry', inquiryInput),
        response: { 201: inquiry, ...errorResponses(422) },
      },
    },
    async (request, reply) => {
      const created = await service.create(request.actor, request.body);
      return reply.status(201).header('location', `/v1/inquiries/${created.id}`).send(created);
    },
  );

  app.get(
    '/v1/inquiries',
    {
      config: { roles: readers },
      schema: {
        operationId: 'listInquiries',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'] } }),
        tags: ['inquiries'],
        summary: "List candidates' questions, oldest change first",
        querystring: inquiryListQuery,
        response: { 200: inquiryList, ...errorResponses() },
      },
    },
    async (request) => service.list(request.actor, request.query),
  );

  app.get(
    '/v1/inquiries/:inquiryId',
    {
      config: { roles: readers },
      schema: {
        operationId: 'getInquiry',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['inquiries'],
        summary: "Read a candidate's question",
        params,
        response: { 200: inquiry, ...errorResponses() },
      },
    },
    async (request) => service.get(request.actor, request.params.inquiryId),
  );

  app.patch(
    '/v1/inquiries/:inquiryId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'answerInquiry',
        ...contract({
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['INQUIRY_ALREADY_ANSWERED'],
            422: ['ANSWERED_BEFORE_RECEIVED', 'ANSWERED_IN_FUTURE'],
          },
        }),
        tags: ['inquiries'],
        summary: 'Record that a question was answered',
        params,
        body: named('InquiryAnswer', inquiryAnswer),
        response: { 200: inquiry, ...errorResponses(409, 422) },
      },
    },
    async (request) => service.answer(request.actor, request.params.inquiryId, request.body),
  );
};
