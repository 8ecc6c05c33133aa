import { timingSafeEqual, createHash } from 'node:crypto';
import fp from 'fastify-plugin';
import client from 'prom-client';
import { AppError } from '../lib/errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: ServiceMetrics;
  }
}

export interface ServiceMetrics {
  registry: client.Registry;
  /** Runs one deadline sweep (from the schedule or the HTTP job) and records its outcome and duration. */
  timeSweep<T>(source: 'schedule' | 'http', run: () => Promise<T>): Promise<T>;
}

const PREFIX = 'procedure_tracker_';

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Prometheus metrics of this instance at `GET /metrics` (text format), served
 * only when METRICS_TOKEN is set and the scrape sends it as a Bearer token.
 * HTTP histograms are labelled by route pattern (never the raw URL, which
 * holds ids); the domain figures (applications received, stage transitions,
 * erasures, webhook deliveries) are read from the database on each scrape, so
 * they count what was committed, across all instances.
 */
export const metricsPlugin = fp(
  async (app) => {
    const registry = new client.Registry();
    // Process figures, including event-loop lag (nodejs_eventloop_lag_*).
    client.collectDefaultMetrics({ register: registry, prefix: PREFIX });

    const http = new client.Histogram({
      name: `${PREFIX}http_request_duration_seconds`,
      help: 'HTTP requests by method, route pattern and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    const refusals = new client.Counter({
      name: `${PREFIX}problems_total`,
      help: 'Problem answers (RFC 9457) by status and stable problem code',
      labelNames: ['status', 'code'] as const,
      registers: [registry],
    });
    const sweepRuns = new client.Counter({
      name: `${PREFIX}sweep_runs_total`,
      help: 'Deadline sweep runs of this instance by source and outcome',
      labelNames: ['source', 'outcome'] as const,
      registers: [registry],
    });
    const sweepDuration = new client.Histogram({
      name: `${PREFIX}sweep_duration_seconds`,
      help: 'Duration of the deadline sweep runs of this instance',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    });
    const sweepLast = new client.Gauge({
      name: `${PREFIX}sweep_last_run_timestamp_seconds`,
      help: 'When this instance last finished a deadline sweep (service clock, unix seconds)',
      registers: [registry],
    });

    const pool = app.pool;
    new client.Gauge({
      name: `${PREFIX}db_pool_connections`,
      help: 'Database pool connections by state (total, idle) and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });

    // Domain figures from the committed data; a scrape that cannot reach the
    // database leaves them out rather than failing the whole scrape.
    const domainEvents = new client.Gauge({
      name: `${PREFIX}domain_events_total`,
      help: 'Committed domain events by type (all instances): application.received, candidate.erased, ...',
      labelNames: ['type'] as const,
      registers: [registry],
    });
    const transitions = new client.Gauge({
      name: `${PREFIX}stage_transitions_total`,
      help: 'Committed stage transitions of applications by the stage entered (all instances)',
      labelNames: ['stage'] as const,
      registers: [registry],
    });
    const deliveries = new client.Gauge({
      name: `${PREFIX}webhook_deliveries`,
      help: 'Webhook deliveries by status (pending, delivered, failed)',
      labelNames: ['status'] as const,
      registers: [registry],
    });
    const oldestPending = new client.Gauge({
      name: `${PREFIX}webhook_oldest_pending_age_seconds`,
      help: 'Age of the oldest webhook delivery still pending (0 when none)',
      registers: [registry],
    });
    const erased = new client.Gauge({
      name: `${PREFIX}candidates_erased_total`,
      help: 'Candidates whose personal data was erased (all instances)',
      registers: [registry],
    });

    async function collectDomain() {
      // One pass over the events: by type, and for stage transitions of applications by the stage entered.
      const [events, byStatus, oldest] = await Promise.all([
        pool.query<{ type: string; stage: string | null; n: string }>(
          `SELECT type,
                  CASE WHEN entity_type = 'application' AND payload ? 'from' THEN payload->>'to' END AS stage,
                  count(*)::text AS n
             FROM events GROUP BY 1, 2`,
        ),
        pool.query<{ status: string; n: string }>('SELECT status, count(*)::text AS n FROM webhook_deliveries GROUP BY status'),
        pool.query<{ created_at: Date | null }>("SELECT min(created_at) AS created_at FROM webhook_deliveries WHERE status = 'pending'"),
      ]);
      domainEvents.reset();
      transitions.reset();
      for (const r of events.rows) {
        domainEvents.inc({ type: r.type }, Number(r.n));
        if (r.stage) transitions.inc({ stage: r.stage }, Number(r.n));
      }
      deliveries.reset();
      for (const status of ['pending', 'delivered', 'failed']) deliveries.set({ status }, 0);
      for (const r of byStatus.rows) deliveries.set({ status: r.status }, Number(r.n));
      const first = oldest.rows[0]?.created_at;
      oldestPending.set(first ? Math.max(0, (app.clock.now().getTime() - first.getTime()) / 1000) : 0);
      erased.set(events.rows.filter((r) => r.type === 'candidate.erased').reduce((sum, r) => sum + Number(r.n), 0));
    }

    // Callback hooks: nothing here waits, and every request passes through them.
    app.addHook('onResponse', (request, reply, done) => {
      http.observe({ method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      done();
    });
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (reply.statusCode >= 400 && String(reply.getHeader('content-type') ?? '').startsWith('application/problem+json') && typeof payload === 'string') {
        try {
          const code = (JSON.parse(payload) as { code?: unknown }).code;
          refusals.inc({ status: String(reply.statusCode), code: typeof code === 'string' ? code : 'UNKNOWN' });
        } catch {
          refusals.inc({ status: String(reply.statusCode), code: 'UNKNOWN' });
        }
      }
      done(null, payload);
    });

    app.decorate('metrics', {
      registry,
      async timeSweep(source, run) {
        const started = performance.now();
        const record = (outcome: 'ok' | 'failed') => {
          sweepRuns.inc({ source, outcome });
          sweepDuration.observe((performance.now() - started) / 1000);
          if (outcome === 'ok') sweepLast.set(app.clock.now().getTime() / 1000);
        };
        try {
          const result = await run();
          record('ok');
          return result;
        } catch (error) {
          record('failed');
          throw error;
        }
      },
    } satisfies ServiceMetrics);

    const token = app.config.METRICS_TOKEN;
    app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
      const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (!token) throw new AppError(404, 'NOT_FOUND', 'Metrics are off: set METRICS_TOKEN to serve them.');
      if (!given || !sameToken(given, token)) {
        throw new AppError(401, 'UNAUTHENTICATED', 'GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`.');
      }
      await collectDomain().catch((error: Error) => request.log.warn({ err: { message: error.message } }, 'domain metrics unavailable'));
      return reply.type(registry.contentType).send(await registry.metrics());
    });
  },
  { name: 'metrics', dependencies: ['db'] },
);
