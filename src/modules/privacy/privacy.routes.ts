import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { errorResponses, uuidParam, named, contract } from '../../lib/http.js';
import {
  candidateExport,
  consent,
  consentInput,
  consentList,
  dataSubjectRequest,
  dataSubjectRequestAnswer,
  dataSubjectRequestInput,
  dataSubjectRequestList,
  dataSubjectRequestListQuery,
  erasureResult,
  informedInput,
  notice,
  withdrawInput,
} from './privacy.schemas.js';
import { createPrivacyService } from './privacy.service.js';

export const RETENTION_DESCRIPTION = [
  'Retention rule (docs/procedure.md, rule 9: the NVP code for applicants): the personal data and documents of a candidate who was not',
  'appointed are erased four weeks after the procedure was completed or cancelled; with a retention consent when that consent',
  'expires (never later than one year after the end); a consent withdrawn after the end makes erasure due at once. A person',
  'in several procedures is erased only when this is due for every one of them and none is running. The appointed candidate',
  'is exempt. The deadline sweep carries erasures out; `retention_erasure_due` in GET /v1/deadlines shows when each is due.',
].join('\n');

export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createPrivacyService({ db: app.db, clock: app.clock, documents: app.documents, log: app.log });
  const candidateParams = uuidParam('candidateId');

  app.get(
    '/v1/candidates/:candidateId/consents',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'listCandidateConsents',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['privacy'],
        summary: "A candidate's consents (retention and reference checks), in force or not, oldest first",
        params: candidateParams,
        response: { 200: consentList, ...errorResponses() },
      },
    },
    async (request) => service.listConsents(request.params.candidateId),
  );

  app.post(
    '/v1/candidates/:candidateId/consents',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'recordCandidateConsent',
        ...contract({
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['APPLICATION_NOT_ACTIVE', 'CANDIDATE_ERASED', 'CONSENT_EXISTS'],
            422: [
              'APPLICATION_NOT_OF_CANDIDATE',
              'CONSENT_APPLICATION_NOT_ALLOWED',
              'CONSENT_APPLICATION_REQUIRED',
              'CONSENT_EXPIRES_BEFORE_GIVEN',
              'CONSENT_IN_FUTURE',
              'RETENTION_TOO_LONG',
            ],
          },
        }),
        tags: ['privacy'],
        summary: 'Record a consent: retention (talent pool, at most one year) or a reference check for one application',
        description: `The key that records it is kept as \`recordedBy\`.\n\n${RETENTION_DESCRIPTION}`,
        params: candidateParams,
        body: named('NewConsent', consentInput),
        response: { 201: consent, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.recordConsent(request.actor, request.params.candidateId, request.body);
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/v1/candidates/:candidateId/consents/:consentId/withdraw',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'withdrawCandidateConsent',
        ...contract({
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['CONSENT_ALREADY_WITHDRAWN'],
            422: ['WITHDRAWN_BEFORE_GIVEN', 'WITHDRAWN_IN_FUTURE'],
          },
        }),
        tags: ['privacy'],
        summary: 'Withdraw a consent; this ends what it allowed',
        description:
          'A withdrawn retention consent makes the erasure due at once when the procedure has ended (otherwise four weeks after it ends); a withdrawn reference-check consent allows no new reference checks.',
        params: z.object({ candidateId: z.uuid(), consentId: z.uuid() }),
        body: named('ConsentWithdrawal', withdrawInput).optional(),
        response: { 200: consent, ...errorResponses(409, 422) },
      },
    },
    async (request) => service.withdrawConsent(request.actor, request.params.candidateId, request.params.consentId, request.body ?? {}),
  );

  app.post(
    '/v1/candidates/:candidateId/informed',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'recordHeadhuntedNotice',
        ...contract({
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['CANDIDATE_ALREADY_INFORMED', 'CANDIDATE_ERASED', 'NOTICE_NOT_REQUIRED'],
            422: ['INFORMED_BEFORE_RECORDED', 'INFORMED_IN_FUTURE'],
          },
        }),
        tags: ['privacy'],
        summary: "Record that a candidate from the agency's search was told that the agency holds their data",
        description:
          'Due within one calendar month of recording the candidate (GDPR art. 14(3)); until then `headhunted_notice_due` in GET /v1/deadlines, overdue afterwards. Only for candidates with source agency_search; once.',
        params: candidateParams,
        body: named('HeadhuntedNoticeSent', informedInput).optional(),
        response: { 200: notice, ...errorResponses(409, 422) },
      },
    },
    async (request) => service.markInformed(request.actor, request.params.candidateId, request.body ?? {}),
  );

  app.get(
    '/v1/candidates/:candidateId/export',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'exportCandidate',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['privacy'],
        summary: 'Everything held on a person, as the answer to an access request',
        description:
          "The candidate, each application with its stage history, documents' metadata with download links, interviews, evaluations (scores and advice; without evaluators' names and notes, GDPR art. 15(4)), reference outcomes (without the referees' data), offer and appointment; consents, questions and requests. Answers the person's pending access requests, or records one received and answered now, and is audited.",
        params: candidateParams,
        response: { 200: candidateExport, ...errorResponses() },
      },
    },
    async (request) => service.exportCandidate(request.actor, request.params.candidateId),
  );

  app.delete(
    '/v1/candidates/:candidateId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'eraseCandidate',
        ...contract({
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['APPOINTED_CANDIDATE_EXEMPT', 'CANDIDATE_ALREADY_ERASED', 'NOMINEE_CANNOT_BE_ERASED'],
          },
        }),
        tags: ['privacy'],
        summary: "Erase a person's data on their request",
        description: [
          'Removes the documents (content and file names) and the personal fields, the free text about the person in their',
          'applications, questions, references and evaluations, and keeps an anonymous record of each application with its stage',
          'history for the statistics and the audit trail. Cannot be undone. Applications in running procedures are withdrawn.',
          'Refused with 409 `NOMINEE_CANNOT_BE_ERASED` while the candidate is the nominee of a running procedure and with',
          '`APPOINTED_CANDIDATE_EXEMPT` for an appointed candidate. Answers the pending erasure requests of the person, or records',
          'one received and answered now. Writes a `candidate.erased` event without personal data.',
        ].join('\n'),
        params: candidateParams,
        response: { 200: erasureResult, ...errorResponses(409) },
      },
    },
    async (request) => service.eraseOnRequest(request.actor, request.params.candidateId),
  );

  app.post(
    '/v1/data-subject-requests',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'createDataSubjectRequest',
        ...contract({
          location: true,
          codes: { 403: ['FORBIDDEN_FOR_ROLE'], 409: [], 422: ['CANDIDATE_NOT_FOUND', 'RECEIVED_IN_FUTURE'] },
        }),
        tags: ['privacy'],
        summary: 'Record an access or erasure request that came in by mail, letter or phone',
        description: 'Due one calendar month after receipt; it is a `data_subject_request_due` deadline until answered (by the export, the erasure, or PATCH).',
        body: named('NewDataSubjectRequest', dataSubjectRequestInput),
        response: { 201: dataSubjectRequest, ...errorResponses(422) },
      },
    },
    async (request, reply) => {
      const created = await service.createRequest(request.actor, request.body);
      return reply.status(201).header('location', `/v1/data-subject-requests/${created.id}`).send(created);
    },
  );

  app.get(
    '/v1/data-subject-requests',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'listDataSubjectRequests',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'] } }),
        tags: ['privacy'],
        summary: 'Access and erasure requests, oldest received first',
        querystring: dataSubjectRequestListQuery,
        response: { 200: dataSubjectRequestList, ...errorResponses() },
      },
    },
    async (request) => service.listRequests(request.query),
  );

  app.patch(
    '/v1/data-subject-requests/:requestId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'answerDataSubjectRequest',
        ...contract({
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['REQUEST_ALREADY_ANSWERED'],
            422: ['ANSWERED_BEFORE_RECEIVED', 'ANSWERED_IN_FUTURE'],
          },
        }),
        tags: ['privacy'],
        summary: 'Record that a request was answered otherwise (e.g. "we hold no data on you")',
        params: uuidParam('requestId'),
        body: named('DataSubjectRequestAnswer', dataSubjectRequestAnswer),
        response: { 200: dataSubjectRequest, ...errorResponses(409, 422) },
      },
    },
    async (request) => service.answerRequest(request.actor, request.params.requestId, request.body),
  );
};
