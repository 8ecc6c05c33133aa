import { Writable } from 'node:stream';
import { databaseParts } from '../../src/db/client.js';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, loggerOptions } from '../../src/app.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
const extra: FastifyInstance[] = [];
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00' });
});
afterEach(async () => {
  await Promise.all(extra.splice(0).map((app) => app.close()));
});
afterAll(async () => ctx?.close());

/** Another app on the test database, with routes of the test's own added before it is ready. */
async function appWith(options: { logger?: pino.Logger } = {}, addRoutes: (app: FastifyInstance) => void = () => undefined): Promise<FastifyInstance> {
  const db = ctx.database.open();
  const app = await buildApp({
    config: ctx.config,
    ...databaseParts(db),
    clock: ctx.clock,
    logger: options.logger ?? false,
  });
  addRoutes(app);
  await app.ready();
  extra.push(app);
  return app;
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('graceful shutdown', () => {
  it('lets a request in flight finish and refuses new ones', async () => {
    const entered = deferred();
    const release = deferred();
    const app = await appWith({}, (a) => {
      a.get('/v1/slow', async () => {
        entered.resolve();
        await release.promise;
        // The database is still there for the work in flight.
        return { done: true, clients: await a.db.client.count() };
      });
    });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });

    const inFlight = fetch(`${base}/v1/slow`, { headers: { authorization: ctx.admin } });
    await entered.promise;
    const closing = app.close();

    const late = await fetch(`${base}/health`).then(
      (res) => res.status,
      () => 'refused' as const,
    );
    expect([503, 'refused']).toContain(late);

    release.resolve();
    const released = Date.now();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true, clients: expect.any(Number) });
    // Closing does not then wait for the client's idle keep-alive connection
    // (72 s); the bound leaves room for a busy machine, far below that.
    await closing;
    expect(Date.now() - released).toBeLessThan(20_000);
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});

describe('logs', () => {
  it('carry the request id on every line, and never the key or personal data', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const logger = pino(loggerOptions('info'), stream);
    const app = await appWith({ logger }, (a) => {
      a.post('/v1/crash', async () => {
        throw new Error('duplicate key value violates unique constraint: Key (email)=(jan@example.org) already exists');
      });
      // A bug that reaches Prisma: its message quotes the call's arguments.
      a.post('/v1/crash-prisma', async () =>
        a.db.client.create({ data: { name: 'Jan Jansen', description: 'jan@example.org', createdAt: new Date('not a date') } }),
      );
    });
    const api = () => request(app.server);

    const created = await api().post('/v1/api-keys').set('authorization', ctx.admin).send({ name: 'Logged key', role: 'consultant' });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    const auth = `Bearer ${token}`;
    const secrets = [token, token.slice('pt_'.length + 12 + 1), ctx.admin.slice('Bearer '.length)];
    const personal = ['jan@example.org', 'Jan Jansen', 'Jansen', '+31 6 12345678', '0612345678'];

    const responses = [
      await api().get('/v1/clients?q=jan@example.org').set('authorization', auth),
      await api().get('/v1/clients?q=Jan%20Jansen&limit=5').set('authorization', ctx.admin),
      await api()
        .post('/v1/clients')
        .set('authorization', auth)
        .set('idempotency-key', 'jan@example.org')
        .send({ name: 'Jan Jansen', description: 'Contact jan@example.org or +31 6 12345678' }),
      await api().post('/v1/clients').set('authorization', auth).send({ name: 'Jan Jansen', email: 'jan@example.org', phone: '0612345678' }),
      await api().get('/v1/nothing?email=jan@example.org').set('authorization', auth),
      await api().get('/v1/clients').set('authorization', `Bearer ${token}x`),
      await api().post('/v1/crash').set('authorization', auth).send({ firstName: 'Jan', lastName: 'Jansen', email: 'jan@example.org' }),
      await api().post('/v1/crash-prisma').set('authorization', auth).send({}),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 201, 400, 404, 401, 500, 500]);

    // One line per request, when it completes, with its status.
    const completed = lines
      .map((l) => JSON.parse(l) as { msg: string; reqId: string; res?: { statusCode: number } })
      .filter((e) => e.msg === 'request completed');
    const status = new Map(completed.map((e) => [e.reqId, e.res?.statusCode]));
    expect(completed).toHaveLength(new Set(completed.map((e) => e.reqId)).size);
    for (const r of responses) expect(status.get(r.headers['x-request-id'] as string)).toBe(r.status);
    const all = lines.join('\n');
    for (const secret of secrets) expect(all).not.toContain(secret);
    for (const value of personal) expect(all).not.toContain(value);

    const requestIds = new Set(responses.map((r) => r.headers['x-request-id'] as string));
    for (const line of lines) {
      const entry = JSON.parse(line) as { reqId?: string; level: number };
      expect(entry.reqId, line).toBeTruthy();
    }
    const logged = new Set(lines.map((l) => (JSON.parse(l) as { reqId: string }).reqId));
    for (const id of requestIds) expect(logged).toContain(id);
    // The 500 was logged, with its stack, for us to find by its request id.
    const errors = lines.map((l) => JSON.parse(l)).filter((e) => e.level === 50);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ reqId: responses[6]!.headers['x-request-id'], err: { type: 'Error' } });
    expect(errors[0].err.message).toBe('duplicate key value violates unique constraint: Key (email)=([value]) already exists');
    expect(errors[0].err.stack).toMatch(/platform-runtime\.test\.ts/);
    expect(errors[1]).toMatchObject({ reqId: responses[7]!.headers['x-request-id'], err: { type: 'PrismaClientValidationError' } });
    expect(errors[1].err.message).toMatch(/client\.create\(\)` invocation .*: Invalid value for argument `createdAt`/);
  });
});
