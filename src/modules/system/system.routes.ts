import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../lib/http.js';
import { renderYaml } from '../../openapi-document.js';

const readyBody = z
  .object({
    status: z.enum(['ready', 'unavailable']),
    database: z.enum(['up', 'down']),
    sweep: z
      .object({
        intervalMs: z.number().int().describe('SWEEP_INTERVAL_MS of this instance; 0 when its built-in sweep is off'),
        lastRunAt: z.iso.datetime().nullable().describe('When this instance last finished its scheduled sweep (service clock)'),
      })
      .describe('The built-in deadline sweep of this instance'),
  })
  .meta({
    id: 'Readiness',
    example: { status: 'ready', database: 'up', sweep: { intervalMs: 300000, lastRunAt: '2026-01-06T23:00:01.000Z' } },
  });
const healthBody = z.object({ status: z.literal('ok') }).meta({ id: 'Health', example: { status: 'ok' } });

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        summary: 'Liveness: the process answers (no database involved)',
        security: [],
        response: { 200: healthBody },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { public: true },
      schema: {
        operationId: 'getReady',
        tags: ['system'],
        summary: 'Readiness: the database answers',
        security: [],
        response: { 200: readyBody, 503: readyBody },
      },
    },
    async (_request, reply) => {
      // A database that does not answer within the connect timeout is down,
      // whether it refuses connections or has stopped answering on them.
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('readiness check timed out')), app.config.DB_CONNECT_TIMEOUT_MS);
      });
      const sweep = { intervalMs: app.schedule.sweepIntervalMs, lastRunAt: app.schedule.lastSweepAt?.toISOString() ?? null };
      try {
        await Promise.race([app.pool.query('SELECT 1'), deadline]);
        return { status: 'ready' as const, database: 'up' as const, sweep };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database: 'down' as const, sweep });
      } finally {
        clearTimeout(timer);
      }
    },
  );

  app.get(
    '/openapi.yaml',
    {
      config: { public: true },
      schema: { hide: true },
    },
    async (_request, reply) => reply.type('application/yaml; charset=utf-8').send(renderYaml(app.swagger())),
  );

  // Keep the Problem schema in the document even where no route names it yet.
  void problemSchema;
};
