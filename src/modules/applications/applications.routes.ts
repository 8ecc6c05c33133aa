import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isCommitteeKey } from '../../domain/visibility.js';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { settleStreamedBody } from '../../plugins/idempotency.js';
import { errorResponses, etagOf, expectedVersion, uuidParam, named, contract } from '../../lib/http.js';
import { contentDisposition, downloadName, sanitizeFileName } from '../../documents/file-names.js';
import { FORM_LIMITS, formUploadLimit, singleUploadLimit } from './application-uploads.js';
import {
  application,
  applicationCreateBody,
  applicationList,
  applicationListQuery,
  applicationPatch,
  documentParams,
  documentUploadBody,
  documentUploadQuery,
} from './applications.schemas.js';
import { createApplicationsService, type UploadBody } from './applications.service.js';
import { committeeApplication, committeeApplicationList, committeeApplicationSummary } from './committee-views.js';

/** `filename` of a request's own Content-Disposition, for a raw PDF body. */
function fileNameFromHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      return undefined;
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1];
}

export const applicationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const maxBytes = app.config.DOCUMENT_MAX_BYTES;
  const service = createApplicationsService({ db: app.db, reads: app.reads, clock: app.clock, documents: app.documents, maxDocumentBytes: maxBytes });

  // Encapsulated in this plugin: only these routes parse forms and raw PDFs.
  // Field names such as __proto__ are refused by the plugin (400 FORBIDDEN_FIELD_NAME).
  await app.register(multipart, {
    limits: { ...FORM_LIMITS, fileSize: maxBytes },
    throwFileSizeLimit: true,
  });
  // A raw PDF body stays a stream for the handler; its content decides, not this type.
  app.addContentTypeParser(['application/pdf', 'application/octet-stream'], (_request, _payload, done) => done(null));

  /** The request's body for the service: its stream, and its parts when it is a form. */
  function uploadBody(request: FastifyRequest): UploadBody {
    return { raw: request.raw, parts: request.isMultipart() ? (limits) => request.parts({ limits }) : undefined };
  }

  /** Committee keys read their own procedure after the overview was sent (visibleApplicationWhere). */
  const readers = [...AGENCY_ROLES, 'committee' as const];
  const procedureParams = uuidParam('procedureId');
  const applicationParams = uuidParam('applicationId');

  app.post(
    '/v1/procedures/:procedureId/applications',
    {
      config: { roles: AGENCY_ROLES, uploadLimit: formUploadLimit(maxBytes) },
      schema: {
        operationId: 'createApplication',
        ...contract({
          etag: true,
          location: true,
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: [
              'CANDIDATE_ERASED',
              'CANDIDATE_EXISTS',
              'DUPLICATE_APPLICATION',
              'IDEMPOTENCY_IN_PROGRESS',
              'PROCEDURE_NOT_ACCEPTING',
              'TIMELINE_REQUIRED',
              'UPLOAD_EXPIRED',
            ],
            422: ['CANDIDATE_NOT_FOUND', 'EMPTY_DOCUMENT', 'IDEMPOTENCY_KEY_REUSED', 'OUTSIDE_APPLICATION_WINDOW', 'PDF_DAMAGED'],
          },
        }),
        tags: ['applications'],
        summary: 'Receive an application: JSON, or a multipart form with both PDFs',
        description:
          "Open-call and referred applications are accepted from the opening up to the end of the closing date in the procedure's time zone (422 `OUTSIDE_APPLICATION_WINDOW` otherwise); candidates from the agency's search until the preselection is sent (also 422 `OUTSIDE_APPLICATION_WINDOW`, with `preselectionSentAt`). A multipart form stores the candidate (when new), the application and its documents together or not at all. Each file must be a PDF by its content (415 `NOT_A_PDF`, 422 `PDF_DAMAGED` or `EMPTY_DOCUMENT`) of at most DOCUMENT_MAX_BYTES (413 `DOCUMENT_TOO_LARGE`); at most the two files and the listed fields (413 `TOO_MANY_FILES`, `TOO_MANY_FIELDS`, 400 `UNEXPECTED_FILE`, `FORBIDDEN_FIELD_NAME`).",
        params: procedureParams,
        body: applicationCreateBody,
        response: { 201: application, ...errorResponses(409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const { procedureId } = request.params;
      let created;
      if (request.isMultipart()) {
        const body = { raw: request.raw, parts: (limits: typeof FORM_LIMITS) => request.parts({ limits }) };
        created = await service.createFromForm(request.actor, procedureId, body, (digest) => settleStreamedBody(request, reply, digest));
        if (!created) return reply;
      } else {
        if (!request.body) {
          throw new AppError(400, 'BODY_REQUIRED', 'Send the application as JSON or as multipart/form-data.');
        }
        created = await service.create(request.actor, procedureId, request.body);
      }
      return reply.status(201).header('location', `/v1/applications/${created.id}`).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/v1/procedures/:procedureId/applications',
    {
      config: { roles: readers },
      schema: {
        operationId: 'listApplications',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['applications'],
        summary: 'List the applications of a procedure, in order of arrival',
        params: procedureParams,
        querystring: applicationListQuery,
        response: { 200: z.union([applicationList, committeeApplicationList]), ...errorResponses() },
      },
    },
    async (request) => service.list(request.actor, request.params.procedureId, request.query),
  );

  app.get(
    '/v1/applications/:applicationId',
    {
      config: { roles: readers, etag: true },
      schema: {
        operationId: 'getApplication',
        ...contract({ etag: true, codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['applications'],
        summary: 'Read an application with its documents and their history',
        params: applicationParams,
        response: { 200: z.union([application, committeeApplication, committeeApplicationSummary]), ...errorResponses() },
      },
    },
    async (request, reply) => {
      if (isCommitteeKey(request.actor)) return service.getForCommittee(request.actor, request.params.applicationId);
      const found = await service.get(request.actor, request.params.applicationId);
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.patch(
    '/v1/applications/:applicationId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'updateApplication',
        ...contract({
          etag: true,
          ifMatch: 'required',
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['APPLICATION_ERASED', 'FIELD_FROZEN', 'PROCEDURE_FINISHED'],
            422: ['JUSTIFICATION_REQUIRED', 'OUTSIDE_APPLICATION_WINDOW'],
          },
        }),
        tags: ['applications'],
        summary: "Change the agency's motivation or the source of an application (needs If-Match)",
        description:
          'Nothing changes once the procedure is completed or cancelled (409 PROCEDURE_FINISHED); the source is frozen once the candidate overview was sent (409 FIELD_FROZEN); the motivation of a candidate presented in the overview changes only with a `justification` (422 JUSTIFICATION_REQUIRED), kept in the audit trail.',
        params: applicationParams,
        body: named('ApplicationChanges', applicationPatch),
        response: { 200: application, ...errorResponses(409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], true);
      const updated = await service.update(request.actor, request.params.applicationId, expected, request.body);
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.put(
    '/v1/applications/:applicationId/documents/:kind',
    {
      config: { roles: AGENCY_ROLES, uploadLimit: singleUploadLimit(maxBytes) },
      schema: {
        operationId: 'putApplicationDocument',
        ...contract({
          etag: true,
          location: 'always',
          ifMatch: 'optional',
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            404: ['NOT_FOUND'],
            409: ['APPLICATION_ERASED', 'PROCEDURE_FINISHED', 'UPLOAD_EXPIRED'],
            422: ['EMPTY_DOCUMENT', 'PDF_DAMAGED'],
          },
        }),
        tags: ['applications'],
        summary: 'Upload the motivation letter or CV (one PDF); a new upload replaces the current one and keeps its history',
        description:
          "Send the PDF as the raw body (`Content-Type: application/pdf`, original name in `?fileName=` or a Content-Disposition header) or as multipart/form-data with one file. 201 when the application had no document of this kind yet, 200 when it replaced one. If-Match (the application's ETag) is optional. Nothing changes once the procedure is completed or cancelled (409 PROCEDURE_FINISHED), as with PATCH.",
        params: documentParams,
        querystring: documentUploadQuery,
        body: documentUploadBody,
        response: { 200: application, 201: application, ...errorResponses(409, 412, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const { applicationId, kind } = request.params;
      const expected = expectedVersion(request.headers['if-match'], false);
      const fileName = sanitizeFileName(request.query.fileName ?? fileNameFromHeader(request.headers['content-disposition']));
      const result = await service.uploadDocument(request.actor, applicationId, kind, expected, uploadBody(request), fileName);
      return reply
        .status(result.created ? 201 : 200)
        .header('location', `/v1/applications/${applicationId}/documents/${kind}`)
        .header('etag', etagOf(result.view.version))
        .send(result.view);
    },
  );

  app.get(
    '/v1/applications/:applicationId/documents/:kind',
    {
      config: { roles: readers, etag: true },
      schema: {
        operationId: 'getApplicationDocument',
        ...contract({ etag: true, codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['DOCUMENT_NOT_FOUND', 'NOT_FOUND'] } }),
        tags: ['applications'],
        summary: 'Download the current motivation letter or CV, byte-identical to the upload',
        params: documentParams,
        response: {
          200: {
            description: 'The PDF, with Content-Disposition: attachment and the cleaned original file name.',
            content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...errorResponses(),
        },
      },
    },
    async (request, reply) => {
      const { applicationId, kind } = request.params;
      const { document, stream } = await service.openDocument(request.actor, applicationId, kind);
      return (
        reply
          .header('content-type', 'application/pdf')
          .header('content-length', String(document.sizeBytes))
          .header('content-disposition', contentDisposition(downloadName(document.fileName, kind)))
          .header('cache-control', 'private, no-store')
          .header('etag', `"${document.sha256}"`)
          // A stream is sent as it is; the schema above only documents it.
          .send(stream as never)
      );
    },
  );
};
