import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { errorResponses, uuidParam, contract } from '../../lib/http.js';
import { committeeOverview, overview } from './overview.schemas.js';
import { createOverviewService } from './overview.service.js';

type Offered = 'application/json' | 'text/csv';

/**
 * The media type to answer with, by the Accept header's preferences
 * (RFC 9110 section 12.5.1): JSON when there is none or anything goes.
 */
export function negotiate(accept: string | undefined): Offered | null {
  if (!accept || accept.trim() === '') return 'application/json';
  const ranges = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { type: type.trim(), q: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    if (range.type === '*/*' || range.type === 'application/*' || range.type === 'application/json') return 'application/json';
    if (range.type === 'text/*' || range.type === 'text/csv') return 'text/csv';
  }
  return null;
}

export const overviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createOverviewService({ db: app.db, clock: app.clock });

  app.get(
    '/v1/procedures/:procedureId/overview',
    {
      config: { roles: [...AGENCY_ROLES, 'committee'] },
      schema: {
        operationId: 'getCandidateOverview',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['overview'],
        summary: 'The candidate overview: every applicant, the preselection marked (JSON, or CSV with Accept: text/csv)',
        description:
          "All applicants (open call, agency search, referral), the preselected first, each with source, completeness, stage and, for the preselected, the agency's short motivation. Before the overview is sent the preselection is the current one; after it, the one that was sent. `Accept: text/csv` answers the same as CSV (UTF-8, header row, RFC 4180 quoting, CRLF). A committee key reads its own procedure's overview once it was sent (404 before), without contact data and without the agency's search candidates who were not preselected.",
        params: uuidParam('procedureId'),
        response: {
          200: {
            description: 'The overview',
            content: {
              'application/json': { schema: z.union([overview, committeeOverview]) },
              'text/csv': { schema: z.string().describe('Preselected,Last name,First name,Source,… one applicant a line') },
            },
          },
          ...errorResponses(406),
        },
      },
    },
    async (request, reply) => {
      const type = negotiate(request.headers.accept);
      if (!type) throw new AppError(406, 'NOT_ACCEPTABLE', 'The overview is available as application/json or text/csv.');
      const view = await service.get(request.actor, request.params.procedureId);
      reply.header('vary', 'accept').header('cache-control', 'private, no-store');
      if (type === 'text/csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8; header=present')
          .header('content-disposition', `attachment; filename="candidate-overview-${view.procedureId}.csv"`)
          .send(service.toCsv(view));
      }
      return reply.header('content-type', 'application/json; charset=utf-8').send(view);
    },
  );
};
