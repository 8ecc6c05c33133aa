import fp from 'fastify-plugin';
import underPressure from '@fastify/under-pressure';
import { AppError } from '../lib/errors.js';

const RETRY_AFTER_SECONDS = 2;
/** How often under-pressure measures the event loop's delay (its default, stated here because the start relies on it). */
const SAMPLE_INTERVAL_MS = 1000;

/**
 * Load shedding: when the event loop lags more than SHED_MAX_EVENT_LOOP_DELAY_MS
 * or more than SHED_MAX_DB_WAITING requests wait for a database connection,
 * new requests get 503 OVERLOADED with Retry-After at once instead of queueing
 * without bound. Public routes (health, readiness, metrics, docs) still answer,
 * so an orchestrator can see the instance and its figures. 0 turns a check off.
 *
 * The delay is measured from the moment this plugin is registered, so the
 * samples that cover the start (every route's serializer compiled, seconds of
 * a blocked loop on a busy machine) would otherwise shed the first requests
 * after the server is ready: the delay is judged only from two samples after
 * that.
 */
export const sheddingPlugin = fp(
  async (app) => {
    const { SHED_MAX_EVENT_LOOP_DELAY_MS: maxDelay, SHED_MAX_DB_WAITING: maxWaiting } = app.config;
    if (maxDelay === 0 && maxWaiting === 0) return;
    let judgeDelayFrom = Number.POSITIVE_INFINITY;
    app.addHook('onReady', async () => {
      judgeDelayFrom = Date.now() + 2 * SAMPLE_INTERVAL_MS;
    });
    await app.register(underPressure, {
      maxEventLoopDelay: maxDelay,
      sampleInterval: SAMPLE_INTERVAL_MS,
      healthCheckInterval: 250,
      ...(maxWaiting > 0 ? { healthCheck: async () => app.pool.waitingCount <= maxWaiting } : {}),
      pressureHandler: (request, _reply, measured, value) => {
        const config = request.routeOptions.config as { public?: boolean };
        const url = request.routeOptions.url ?? '';
        if (config.public || url === '/docs' || url.startsWith('/docs/')) return undefined;
        // Let through unjudged, the request would skip the check on waiting connections, which comes after.
        const judged = measured !== 'eventLoopDelay' || Date.now() >= judgeDelayFrom;
        if (!judged && !(maxWaiting > 0 && app.pool.waitingCount > maxWaiting)) return undefined;
        const type = judged ? measured : 'healthCheck';
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
