import { Writable } from 'node:stream';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shutdownTracing } from '../../src/lib/tracing.js';
import { startTracing } from '../../src/lib/tracing-sdk.js';
import type { TestDatabase } from '../helpers/database.js';

// Tracing starts before the app and the pg driver are loaded (as the
// src/telemetry.ts preload does in the service); the helpers are imported
// only afterwards, so the driver's queries are instrumented.
const exporter = new InMemorySpanExporter();
startTracing({ spanProcessors: [new SimpleSpanProcessor(exporter)], env: {} });
const { ADMIN_KEY } = await import('../helpers/app.js');
const { createTestDatabase } = await import('../helpers/database.js');
const { buildApp, loggerOptions } = await import('../../src/app.js');
const { parseConfig } = await import('../../src/config/env.js');
const { FixedClock } = await import('../../src/lib/clock.js');
const { databaseParts } = await import('../../src/db/client.js');

const admin = `Bearer ${ADMIN_KEY}`;
const logLines: Record<string, unknown>[] = [];
let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.open();
  const config = parseConfig({
    NODE_ENV: 'test',
    ADMIN_API_KEY: ADMIN_KEY,
    WEBHOOK_LOOP: 'false',
    SWEEP_INTERVAL_MS: '0',
    SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
  });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  const logger = pino(loggerOptions('info'), sink);
  app = await buildApp({
    config,
    ...databaseParts(db),
    clock: new FixedClock(new Date('2026-01-05T09:00:00Z')),
    logger,
  });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
  await shutdownTracing();
});

function traceOf(traceId: string): ReadableSpan[] {
  return exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
}

function requestSpan(spans: ReadableSpan[]): ReadableSpan {
  const found = spans.find((span) => span.name === 'request' && span.attributes['http.route'] !== undefined);
  expect(found, 'a request span').toBeDefined();
  return found!;
}

/** The SQL statements (spans of the `pg` driver) under a request span, at any depth. */
function queriesUnder(root: ReadableSpan, spans: ReadableSpan[]): ReadableSpan[] {
  const below = new Set([root.spanContext().spanId]);
  const queries: ReadableSpan[] = [];
  for (let grew = true; grew;) {
    grew = false;
    for (const span of spans) {
      const parent = span.parentSpanContext?.spanId;
      if (parent && below.has(parent) && !below.has(span.spanContext().spanId)) {
        below.add(span.spanContext().spanId);
        if (span.name.startsWith('pg.query') && span.attributes['db.system.name'] === 'postgresql') queries.push(span);
        grew = true;
      }
    }
  }
  return queries;
}

describe('tracing (OpenTelemetry, in-memory exporter)', () => {
  it('a request gets a span with a child span per database query, carrying the SQL but not its values', async () => {
    exporter.reset();
    const list = await request(app.server).get('/v1/procedures').set('authorization', admin);
    expect(list.status).toBe(200);
    const spans = exporter.getFinishedSpans();
    const listSpan = spans.find(
      (span) => span.name === 'request' && span.attributes['http.route'] === '/v1/procedures' && span.attributes['http.request.method'] === 'GET',
    );
    expect(listSpan, JSON.stringify(spans.map((s) => s.name))).toBeDefined();
    const queries = queriesUnder(listSpan!, spans);
    expect(queries.length).toBeGreaterThanOrEqual(1);
    for (const query of queries) {
      expect(query.spanContext().traceId).toBe(listSpan!.spanContext().traceId);
      // The statement as sent, with placeholders: parameter values (personal data) stay out of traces.
      expect(String(query.attributes['db.query.text'])).toMatch(/SELECT/i);
      expect(Object.keys(query.attributes).filter((key) => key.includes('parameter'))).toEqual([]);
    }
    const listQuery = queries.find((query) => /FROM procedures p/.test(String(query.attributes['db.query.text'])));
    expect(String(listQuery?.attributes['db.query.text'])).toMatch(/LIMIT \$1/);
  });

  it('an incoming traceparent is continued: the request and its queries join the caller’s trace', async () => {
    exporter.reset();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parentId = '00f067aa0ba902b7';
    const response = await request(app.server).get('/v1/procedures').set('authorization', admin).set('traceparent', `00-${traceId}-${parentId}-01`);
    expect(response.status).toBe(200);
    const spans = traceOf(traceId);
    const root = requestSpan(spans);
    expect(root.parentSpanContext?.spanId).toBe(parentId);
    expect(queriesUnder(root, spans).length).toBeGreaterThanOrEqual(1);
  });

  it('log lines written inside a request carry its trace id', async () => {
    exporter.reset();
    logLines.length = 0;
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const response = await request(app.server)
      .post('/v1/jobs/deadline-sweep')
      .set('authorization', admin)
      .set('traceparent', `00-${traceId}-b7ad6b7169203331-01`);
    expect(response.status).toBe(200);
    const sweepLine = logLines.find((line) => /sweep/i.test(String(line.msg)));
    expect(sweepLine, JSON.stringify(logLines)).toBeDefined();
    expect(sweepLine).toMatchObject({ traceId });
    expect(traceOf(traceId).length).toBeGreaterThan(0);
  });

  it('health probes are not traced', async () => {
    exporter.reset();
    expect((await request(app.server).get('/health')).status).toBe(200);
    expect((await request(app.server).get('/ready')).status).toBe(200);
    expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual([]);
  });
});
