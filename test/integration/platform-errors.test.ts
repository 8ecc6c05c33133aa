import type { FastifyInstance } from 'fastify';
import { databaseParts } from '../../src/db/client.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
let extra: FastifyInstance | undefined;
beforeAll(async () => {
  // Behind a proxy that reports TLS with X-Forwarded-Proto.
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00', env: { TRUST_PROXY: 'true' } });
});
afterAll(async () => {
  await extra?.close();
  await ctx?.close();
});

const api = () => request(ctx.app.server);

function expectProblem(res: request.Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code });
  for (const member of ['type', 'title', 'detail', 'code']) expect(typeof res.body[member]).toBe('string');
}

describe('problem details for every refusal', () => {
  it('400 MALFORMED_JSON for a body that is not JSON', async () => {
    const res = await api().post('/v1/clients').set('authorization', ctx.admin).set('content-type', 'application/json').send('{"name": "Broken');
    expectProblem(res, 400, 'MALFORMED_JSON');
  });

  it('404 for an unknown route', async () => {
    const res = await api().get('/v1/nothing-here').set('authorization', ctx.admin);
    expectProblem(res, 404, 'ROUTE_NOT_FOUND');
    expect(res.body.detail).toContain('/v1/nothing-here');
  });

  it('415 for a content type the route does not take', async () => {
    for (const type of ['application/xml', 'text/plain']) {
      const res = await api()
        .post('/v1/clients')
        .set('authorization', ctx.admin)
        .set('content-type', type)
        .send(type === 'text/plain' ? 'name=Acme' : '<client><name>Acme</name></client>');
      expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    }
    expect(await ctx.db.prisma.client.count()).toBe(0);
  });

  it('413 for a body larger than BODY_LIMIT_BYTES', async () => {
    const res = await api()
      .post('/v1/clients')
      .set('authorization', ctx.admin)
      .set('content-type', 'application/json')
      .send(JSON.stringify({ name: 'Big', description: 'x'.repeat(ctx.config.BODY_LIMIT_BYTES + 10) }));
    expectProblem(res, 413, 'BODY_TOO_LARGE');
  });

  it('400 naming an unknown body field', async () => {
    const res = await api().post('/v1/clients').set('authorization', ctx.admin).send({ name: 'Acme', colour: 'blue' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body.colour' })]);
  });

  it('400 naming every invalid field', async () => {
    const res = await api().post('/v1/clients').set('authorization', ctx.admin).send({ name: '', website: 'ftp://files.example' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['body.name', 'body.website']);
  });

  it('400 with path params.procedureId for a bad UUID in the path', async () => {
    const res = await api().get('/v1/procedures/not-a-uuid').set('authorization', ctx.admin);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'params.procedureId' })]);
  });

  it('400 naming a bad query parameter', async () => {
    const res = await api().get('/v1/clients?limit=abc').set('authorization', ctx.admin);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'querystring.limit' })]);
  });

  it('404 problem for a resource that does not exist', async () => {
    const res = await api().get('/v1/clients/00000000-0000-4000-8000-000000000000').set('authorization', ctx.admin);
    expectProblem(res, 404, 'NOT_FOUND');
  });

  it('500 reveals no stack, SQL or table name', async () => {
    const db = ctx.database.open();
    extra = await buildApp({
      config: ctx.config,
      ...databaseParts(db),
      clock: ctx.clock,
      logger: false,
    });
    extra.get('/v1/boom', async () => {
      throw new Error('relation "clients" does not exist: SELECT "id", "name" FROM "public"."clients" WHERE id = $1');
    });
    extra.get('/v1/boom-db', async () => {
      // A real database error, as a bug in a query would give.
      await extra!.db.$queryRawUnsafe('SELECT * FROM "no_such_table"');
      return {};
    });
    await extra.ready();
    for (const url of ['/v1/boom', '/v1/boom-db']) {
      const res = await request(extra.server).get(url).set('authorization', ctx.admin);
      expectProblem(res, 500, 'INTERNAL_ERROR');
      const requestId = res.headers['x-request-id'];
      expect(requestId).toBeTruthy();
      expect(res.body.detail).toBe(`Something went wrong on our side. Quote request id ${requestId} when you report it.`);
      expect(Object.keys(res.body).sort()).toEqual(['code', 'detail', 'instance', 'status', 'title', 'type']);
      expect(res.text).not.toMatch(/SELECT|clients|no_such_table|relation|at |\.ts|stack/i);
    }
  });
});

describe('HTTP hygiene', () => {
  it('sends security headers, on success and on refusal', async () => {
    // As behind a TLS-terminating proxy (trustProxy is on); over plain http see platform-docs.test.ts.
    const tls = (url: string) => api().get(url).set('x-forwarded-proto', 'https');
    for (const res of [await tls('/health'), await tls('/v1/clients')]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('gives every response a request id, and keeps one the caller sends', async () => {
    const res = await api().get('/health');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await api().get('/health').set('x-request-id', 'trace-123');
    expect(given.headers['x-request-id']).toBe('trace-123');
  });

  it('sends no CORS headers when no origin is allowed', async () => {
    const res = await api().options('/v1/clients').set('origin', 'https://app.example').set('access-control-request-method', 'POST');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
