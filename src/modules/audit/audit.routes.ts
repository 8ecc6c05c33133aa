import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { contract, errorResponses, uuidParam } from '../../lib/http.js';
import { auditPage, auditQuery } from './audit.schemas.js';
import { createAuditService } from './audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createAuditService({ db: app.db });

  app.get(
    '/v1/procedures/:procedureId/audit',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'listAuditEntries',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['audit'],
        summary: 'Read the audit trail of a procedure, oldest entry first',
        description:
          'Every change in the procedure: who (API key and role), what (action, entity, changed fields before and after), why (reason), the request id and the time. The trail is append-only: no route changes or deletes an entry, and the database refuses to. Personal data in changed values shows as "[personal data]".',
        params: uuidParam('procedureId'),
        querystring: auditQuery,
        response: { 200: auditPage, ...errorResponses() },
      },
    },
    async (request) => service.list(request.actor, request.params.procedureId, request.query),
  );
};
