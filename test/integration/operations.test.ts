import request from 'supertest';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAudit, countEvents } from '../factories/lifecycle.js';
import { createProcedure } from '../factories/procedures.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

/** Prometheus text format: `name{label="v",...} value` lines, comments skipped. */
function parseMetrics(text: string): Array<{ name: string; labels: Record<string, string>; value: number }> {
  const out: Array<{ name: string; labels: Record<string, string>; value: number }> = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a metrics line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[k!] = v!;
    out.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return out;
}

describe('GET /metrics', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ now: '2025-12-22T10:00:00+01:00', env: { METRICS_TOKEN } });
  });
  afterAll(async () => ctx?.close());

  it('is refused without the token, and not served at all when METRICS_TOKEN is unset', async () => {
    const missing = await request(ctx.app.server).get('/metrics');
    expect(missing.status).toBe(401);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await request(ctx.app.server).get('/metrics').set('authorization', 'Bearer wrong-token-0123456789abcdef')).status).toBe(401);
    // The API key of an admin is not the metrics token.
    expect((await request(ctx.app.server).get('/metrics').set('authorization', ctx.admin)).status).toBe(401);

    const off = await createTestApp();
    try {
      expect((await request(off.app.server).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`)).status).toBe(404);
    } finally {
      await off.close();
    }
  });

  it('reports HTTP histograms by route pattern, the pool, event-loop lag, refusals by code and the domain figures', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    await request(ctx.app.server).get(`/v1/procedures/${procedure.id}`).set('authorization', ctx.admin).expect(200);
    await request(ctx.app.server).get('/v1/procedures/00000000-0000-4000-8000-000000000000').set('authorization', ctx.admin).expect(404);
    await request(ctx.app.server).get('/v1/clients').expect(401);

    const res = await request(ctx.app.server).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const series = parseMetrics(res.text);
    const find = (name: string, labels: Record<string, string> = {}) =>
      series.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

    // By pattern: the id never appears as a label.
    expect(find('procedure_tracker_http_request_duration_seconds_count', { route: '/v1/procedures/:procedureId', status: '200' })[0]?.value).toBe(1);
    expect(find('procedure_tracker_http_request_duration_seconds_count', { route: '/v1/procedures/:procedureId', status: '404' })[0]?.value).toBe(1);
    expect(res.text).not.toContain(procedure.id);
    expect(find('procedure_tracker_problems_total', { status: '401', code: 'UNAUTHENTICATED' })[0]?.value).toBeGreaterThanOrEqual(1);
    expect(find('procedure_tracker_problems_total', { status: '404', code: 'NOT_FOUND' })[0]?.value).toBe(1);

    expect(find('procedure_tracker_db_pool_connections', { state: 'total' })[0]?.value).toBeGreaterThanOrEqual(1);
    expect(find('procedure_tracker_db_pool_connections', { state: 'waiting' })[0]?.value).toBe(0);
    expect(find('procedure_tracker_nodejs_eventloop_lag_seconds')).toHaveLength(1);

    expect(find('procedure_tracker_domain_events_total', { type: 'procedure.created' })[0]?.value).toBe(1);
    expect(find('procedure_tracker_webhook_deliveries', { status: 'pending' })[0]?.value).toBe(0);
    expect(find('procedure_tracker_webhook_oldest_pending_age_seconds')[0]?.value).toBe(0);
    expect(find('procedure_tracker_candidates_erased_total')[0]?.value).toBe(0);
  });

  it('counts sweep runs with their duration', async () => {
    await request(ctx.app.server).post('/v1/jobs/deadline-sweep').set('authorization', ctx.admin).expect(200);
    const res = await request(ctx.app.server).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`);
    const series = parseMetrics(res.text);
    expect(series.find((s) => s.name === 'procedure_tracker_sweep_runs_total' && s.labels.source === 'http' && s.labels.outcome === 'ok')?.value).toBe(1);
    expect(series.find((s) => s.name === 'procedure_tracker_sweep_duration_seconds_count')?.value).toBe(1);
  });
});

describe('load shedding', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ env: { SHED_MAX_DB_WAITING: '2' } });
  });
  afterAll(async () => ctx?.close());

  it('answers 503 OVERLOADED with Retry-After while too many requests wait for a connection; health still answers', async () => {
    // Hold every connection of the pool, and queue more work behind them.
    const pool = ctx.db.pool;
    const held = await Promise.all(Array.from({ length: pool.options.max ?? 5 }, () => pool.connect()));
    // Queued work gives up after the pool's connect timeout; keep the queue topped up.
    const queued: Promise<unknown>[] = [];
    const topUp = () => {
      while (pool.waitingCount < 5) queued.push(pool.query('SELECT 1').catch(() => undefined));
    };
    try {
      topUp();
      // The pressure check runs every 250 ms; wait until it has seen the queue.
      let res = await request(ctx.app.server).get('/v1/clients').set('authorization', ctx.admin);
      for (let i = 0; i < 100 && res.body?.code !== 'OVERLOADED'; i++) {
        topUp();
        await new Promise((resolve) => setTimeout(resolve, 100));
        res = await request(ctx.app.server).get('/v1/clients').set('authorization', ctx.admin);
      }
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toBe('2');
      expect(res.body.code).toBe('OVERLOADED');
      expect((await request(ctx.app.server).get('/health')).status).toBe(200);
    } finally {
      for (const client of held) client.release();
      await Promise.all(queued);
    }
    // Relieved: answers again once the check has seen the empty queue.
    let res = await request(ctx.app.server).get('/v1/clients').set('authorization', ctx.admin);
    for (let i = 0; i < 100 && res.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      res = await request(ctx.app.server).get('/v1/clients').set('authorization', ctx.admin);
    }
    expect(res.status).toBe(200);
  });
});

describe('load shedding on the event loop delay', () => {
  /** Blocks the event loop, as compiling every route's serializer does at the start on a busy machine. */
  const block = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };

  it('does not shed the first requests after a start that blocked the loop, and sheds once the service is under way', async () => {
    // The load-shedding check measures from its registration: a start that
    // holds the loop for longer than a sample is in its first figures.
    const ctx = await createTestApp({ env: { SHED_MAX_EVENT_LOOP_DELAY_MS: '300' }, beforeReady: () => block(1_200) });
    try {
      const first = await request(ctx.app.server).get('/v1/clients').set('authorization', ctx.admin);
      expect(first.status).toBe(200);
      // Under way (two samples after the start), a loop held for a whole sample is load: new requests are refused.
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      block(1_200);
      // The check's overdue sample ends here; the next one is all blocked.
      await new Promise((resolve) => setTimeout(resolve, 0));
      block(1_200);
      const shed = await request(ctx.app.server).get('/v1/clients').set('authorization', ctx.admin);
      expect(shed.status).toBe(503);
      expect(shed.body).toMatchObject({ code: 'OVERLOADED', detail: expect.stringContaining('eventLoopDelay') });
      expect((await request(ctx.app.server).get('/health')).status).toBe(200);
    } finally {
      await ctx.close();
    }
  });
});

describe('the built-in sweep schedule', () => {
  let ctx: TestContext;
  let second: FastifyInstance;
  beforeAll(async () => {
    // Just before the reference closing instant (end of 6 January 2026, Amsterdam).
    ctx = await createTestApp({ now: '2026-01-06T23:59:00+01:00', env: { SWEEP_INTERVAL_MS: '200' } });
    second = await ctx.secondInstance();
  });
  afterAll(async () => ctx?.close());

  it('closes the intake exactly once across two instances once the clock passes the closing instant, and /ready shows the last run', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    // Both instances sweep every 200 ms; nothing is due yet.
    const before = Date.now();
    while (!(ctx.app.schedule.lastSweepAt && second.schedule.lastSweepAt) && Date.now() - before < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await countEvents(ctx, 'procedure.intake_closed', procedure.id)).toBe(0);

    ctx.clock.set('2026-01-07T00:00:01+01:00');
    const moved = ctx.clock.now().getTime();
    // Wait until both instances have finished a pass after the clock moved.
    const start = Date.now();
    while (
      !((ctx.app.schedule.lastSweepAt?.getTime() ?? 0) >= moved && (second.schedule.lastSweepAt?.getTime() ?? 0) >= moved) &&
      Date.now() - start < 30_000
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // And a few more passes each, racing.
    await Promise.all([ctx.app.schedule.tick(), second.schedule.tick()]);

    expect(await countEvents(ctx, 'procedure.intake_closed', procedure.id)).toBe(1);
    expect(await countAudit(ctx, 'procedure.intake_closed', procedure.id)).toBe(1);
    const read = await request(ctx.app.server).get(`/v1/procedures/${procedure.id}`).set('authorization', ctx.admin);
    expect(read.body.phase).toBe('closed');
    const audit = await ctx.db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'procedure.intake_closed', entityId: procedure.id } });
    expect(audit.actor).toBe('system:schedule');

    const ready = await request(ctx.app.server).get('/ready');
    expect(ready.body.sweep.intervalMs).toBe(200);
    expect(new Date(ready.body.sweep.lastRunAt).getTime()).toBeGreaterThanOrEqual(moved);
  });
});
