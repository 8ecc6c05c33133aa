import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contract, errorResponses } from '../../lib/http.js';
import { eventFeed, eventFeedQuery } from './events.schemas.js';
import { createEventsService } from './events.service.js';

export const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createEventsService({ db: app.db });

  app.get(
    '/v1/events',
    {
      config: { roles: ['admin', 'consultant', 'scheduler'] },
      schema: {
        operationId: 'listEvents',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'] } }),
        tags: ['events'],
        summary: 'The event feed, for integrators who poll',
        description:
          'Every state change writes an event in the same transaction as the change. The feed returns them in the order their changes became final (by transaction, then id), so polling with `after=<nextCursor>` never misses an event, even one whose transaction committed late; an event shows up once every older transaction has finished, normally within milliseconds. `nextCursor` is present whenever items were returned; on an empty page it repeats `after`, so a poller can keep calling with it. Event ids are unique: use them to de-duplicate.',
        querystring: eventFeedQuery,
        response: { 200: eventFeed, ...errorResponses() },
      },
    },
    async (request) => service.feed(request.query),
  );
};
