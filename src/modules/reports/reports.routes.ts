import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { contract, errorResponses, uuidParam } from '../../lib/http.js';
import { MAX_REPORT_DAYS } from '../../domain/reports.js';
import { negotiate } from '../overview/index.js';
import { agencyReport, agencyReportQuery, procedureReport } from './reports.schemas.js';
import { createReportsService } from './reports.service.js';

const FORMATS = '`Accept: text/csv` answers as CSV (UTF-8, header row, RFC 4180 quoting, CRLF); any other type than JSON or CSV is 406.';

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createReportsService({ db: app.db, pool: app.pool, clock: app.clock });

  app.get(
    '/v1/procedures/:procedureId/report',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'getProcedureReport',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['reports'],
        summary: "A procedure's figures: applicants by source, funnel, time in stage, milestones planned against met (JSON, or CSV with Accept: text/csv)",
        description:
          'Applicants by source; the funnel (applications that ever reached each stage, and the conversion from the stage before); the median and longest time applications spent in each stage they left; each timeline obligation with its due instant, when it was met and whether on time or late by how many hours (src/domain/deadlines.ts says what meets each; none for a draft or a cancelled procedure); the share met on time; and the days from the opening date to the decision date of the appointment. ' +
          FORMATS +
          ' The CSV has one figure a line: section, item, measure, value. Agency keys only.',
        params: uuidParam('procedureId'),
        response: {
          200: {
            description: 'The report',
            content: {
              'application/json': { schema: procedureReport },
              'text/csv': { schema: z.string().describe('Section,Item,Measure,Value … one figure a line') },
            },
          },
          ...errorResponses(406),
        },
      },
    },
    async (request, reply) => {
      const type = negotiate(request.headers.accept);
      if (!type) throw new AppError(406, 'NOT_ACCEPTABLE', 'The report is available as application/json or text/csv.');
      const report = await service.procedure(request.actor, request.params.procedureId);
      reply.header('vary', 'accept').header('cache-control', 'private, no-store');
      if (type === 'text/csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8; header=present')
          .header('content-disposition', `attachment; filename="procedure-report-${report.procedureId}.csv"`)
          .send(service.procedureCsv(report));
      }
      return reply.header('content-type', 'application/json; charset=utf-8').send(report);
    },
  );

  app.get(
    '/v1/reports/agency',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'getAgencyReport',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 422: ['REPORT_PERIOD_TOO_LONG'] } }),
        tags: ['reports'],
        summary: 'Figures across the agency for a period, in total and by client (JSON, or CSV with Accept: text/csv)',
        description:
          `For the local days \`from\` to \`to\` (inclusive, Europe/Amsterdam): procedures opened (opening date in the period, not drafts) and completed, the median days from opening date to decision date over appointments decided in the period, and the timeline obligations due in the period: how many, met on time, late (met late or overdue), and the share on time over those met on time, late or overdue. A period covers at most ${MAX_REPORT_DAYS} days (both ends counted); a longer one is 422 \`REPORT_PERIOD_TOO_LONG\` on \`to\`. ` +
          FORMATS +
          ' The CSV has a line per client and a last line for all clients. Agency keys only.',
        querystring: agencyReportQuery,
        response: {
          200: {
            description: 'The report',
            content: {
              'application/json': { schema: agencyReport },
              'text/csv': { schema: z.string().describe('Client,Client id,Procedures opened,… one client a line, then all clients') },
            },
          },
          ...errorResponses(406, 422),
        },
      },
    },
    async (request, reply) => {
      const type = negotiate(request.headers.accept);
      if (!type) throw new AppError(406, 'NOT_ACCEPTABLE', 'The report is available as application/json or text/csv.');
      const report = await service.agency(request.query.from, request.query.to);
      reply.header('vary', 'accept').header('cache-control', 'private, no-store');
      if (type === 'text/csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8; header=present')
          .header('content-disposition', `attachment; filename="agency-report-${report.from}-${report.to}.csv"`)
          .send(service.agencyCsv(report));
      }
      return reply.header('content-type', 'application/json; charset=utf-8').send(report);
    },
  );
};
