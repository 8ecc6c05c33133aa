import fp from 'fastify-plugin';
import underPressure from '@fastify/under-pressure';
import { AppError } from '../lib/errors.js';

const RETRY_AFTER_SECONDS = 2;

/**
 * Load shedding: when the event loop lags more than SHED_MAX_EVENT_LOOP_DELAY_MS
 * or more than SHED_MAX_DB_WAITING requests wait for a database connection,
 * new requests get 503 OVERLOADED with Retry-After at once instead of queueing
 * without bound. Public routes (health, readiness, metrics, docs) still answer,
 * so an orchestrator can see the instance and its figures. 0 turns a check off.
 */
export const sheddingPlugin = fp(
  async (app) => {
    const { SHED_MAX_EVENT_LOOP_DELAY_MS: maxDelay, SHED_MAX_DB_WAITING: maxWaiting } = app.config;
    if (maxDelay === 0 && maxWaiting === 0) return;
    await app.register(underPressure, {
      maxEventLoopDelay: maxDelay,
      healthCheckInterval: 250,
      ...(maxWaiting > 0 ? { healthCheck: async () => app.pool.waitingCount <= maxWaiting } : {}),
      pressureHandler: (request, _reply, type, value) => {
        const config = request.routeOptions.config as { public?: boolean };
        const url = request.routeOptions.url ?? '';
        if (config.public || url === '/docs' || url.startsWith('/docs/')) return undefined;
        request.log.warn({ pressure: type, value }, 'shedding load');
        // A rejected promise reaches the error handler, which answers problem+json.
        return Promise.reject(
          new AppError(503, 'OVERLOADED', `The service is overloaded (${type}); retry after ${RETRY_AFTER_SECONDS} s.`, {
            headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
          }),
        );
      },
    });
  },
  { name: 'shedding', dependencies: ['db'] },
);
