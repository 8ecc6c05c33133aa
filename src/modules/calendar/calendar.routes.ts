import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { contract, errorResponses, uuidParam } from '../../lib/http.js';
import { createCalendarService } from './calendar.service.js';

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createCalendarService({ db: app.db });

  app.get(
    '/v1/procedures/:procedureId/calendar.ics',
    {
      config: { roles: [...AGENCY_ROLES, 'committee', 'scheduler'] },
      schema: {
        operationId: 'getProcedureCalendar',
        ...contract({ codes: { 403: [], 404: ['NOT_FOUND'] } }),
        tags: ['calendar'],
        summary: "The procedure's milestones and scheduled interviews as an iCalendar feed",
        description:
          "`text/calendar` (RFC 5545) in the procedure's time zone, with its VTIMEZONE. Milestones are all-day events (the preselection and the interview round span their days); interviews are timed events without candidate names. UIDs are stable (`<milestone>.<procedureId>@procedure-tracker`, `interview.<interviewId>@procedure-tracker`) and SEQUENCE rises with each change, so a calendar app that re-reads the feed updates its entries instead of adding new ones. A committee key reads its own procedure only.",
        params: uuidParam('procedureId'),
        response: {
          200: {
            description: 'An iCalendar document (RFC 5545)',
            content: { 'text/calendar': { schema: z.string().describe('BEGIN:VCALENDAR … END:VCALENDAR') } },
          },
          ...errorResponses(),
        },
      },
    },
    async (request, reply) => {
      const body = await service.feed(request.actor, request.params.procedureId);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="procedure.ics"')
        .header('cache-control', 'private, no-cache')
        .send(body);
    },
  );
};
