import { randomUUID } from 'node:crypto';
import { databaseParts } from '../../src/db/client.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00' });
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);
const HOUR = 3600_000;

function post(body: Record<string, unknown>, key: string, auth = ctx.admin, server = ctx.app.server) {
  return request(server).post('/v1/clients').set('authorization', auth).set('idempotency-key', key).send(body);
}

const clientsNamed = (name: string) => ctx.db.prisma.client.count({ where: { name } });

async function consultantKey(): Promise<string> {
  const res = await api().post('/v1/api-keys').set('authorization', ctx.admin).send({ name: 'Consultant', role: 'consultant' });
  expect(res.status).toBe(201);
  return `Bearer ${res.body.token}`;
}

describe('Idempotency-Key on POST', () => {
  it('replays the first response (status, body, headers) without doing the work again', async () => {
    const key = randomUUID();
    const body = { name: 'Replay BV', website: 'https://replay.example' };
    const first = await post(body, key);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const again = await post(body, key);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(await clientsNamed('Replay BV')).toBe(1);
    expect(await ctx.db.prisma.auditEntry.count({ where: { entityId: first.body.id } })).toBe(1);
  });

  it('does the work every time without the header', async () => {
    expect((await api().post('/v1/clients').set('authorization', ctx.admin).send({ name: 'No key BV' })).status).toBe(201);
    expect((await api().post('/v1/clients').set('authorization', ctx.admin).send({ name: 'No key BV' })).status).toBe(201);
    expect(await clientsNamed('No key BV')).toBe(2);
  });

  it('replays a refusal as well', async () => {
    const key = randomUUID();
    const body = { name: 'Committee', role: 'committee' };
    const first = await api().post('/v1/api-keys').set('authorization', ctx.admin).set('idempotency-key', key).send(body);
    expect(first.status).toBe(422);
    const again = await api().post('/v1/api-keys').set('authorization', ctx.admin).set('idempotency-key', key).send(body);
    expect(again.status).toBe(422);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toEqual(first.body);
  });

  it('answers 422 when the same key comes with a different body', async () => {
    const key = randomUUID();
    expect((await post({ name: 'First body BV' }, key)).status).toBe(201);
    const other = await post({ name: 'Second body BV' }, key);
    expect(other.status).toBe(422);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await clientsNamed('Second body BV')).toBe(0);
    // The same key on another route is another request too.
    const elsewhere = await api()
      .post('/v1/api-keys')
      .set('authorization', ctx.admin)
      .set('idempotency-key', key)
      .send({ name: 'First body BV', role: 'consultant' });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('answers 409 while the first request is still running, and lets a retry in once it is abandoned', async () => {
    const key = randomUUID();
    const body = { name: 'In flight BV' };
    const first = await post(body, key);
    expect(first.status).toBe(201);
    // Turn the stored record back into one whose request has not finished yet.
    await ctx.db.prisma.idempotencyKey.update({
      where: { actor_key: { actor: 'env:ADMIN_API_KEY', key } },
      data: { completed: false, responseStatus: null, responseBody: null, responseHeaders: undefined, createdAt: ctx.clock.now() },
    });
    const busy = await post(body, key);
    expect(busy.status).toBe(409);
    expect(busy.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(busy.body.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    expect(busy.headers['retry-after']).toBeDefined();
    expect(await clientsNamed('In flight BV')).toBe(1);

    // A first request that never finished (its process died) does not block the key for a day.
    ctx.clock.advance(2 * 60_000);
    const retried = await post(body, key);
    expect(retried.status).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(await clientsNamed('In flight BV')).toBe(2);
  });

  it('lets only one of several simultaneous requests with the same key do the work', async () => {
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 5 }, () => post({ name: 'Simultaneous BV' }, key)));
    for (const res of responses) expect([201, 409]).toContain(res.status);
    const ids = new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(await clientsNamed('Simultaneous BV')).toBe(1);
  });

  it('keeps keys per API key', async () => {
    const key = randomUUID();
    const body = { name: 'Per key BV' };
    const byAdmin = await post(body, key);
    expect(byAdmin.status).toBe(201);
    const byConsultant = await post(body, key, await consultantKey());
    expect(byConsultant.status).toBe(201);
    expect(byConsultant.headers['idempotent-replayed']).toBeUndefined();
    expect(byConsultant.body.id).not.toBe(byAdmin.body.id);
    expect(await clientsNamed('Per key BV')).toBe(2);
  });

  it('keeps a key for 24 hours, then does the work again', async () => {
    const key = randomUUID();
    const body = { name: 'Expiring BV' };
    expect((await post(body, key)).status).toBe(201);
    ctx.clock.advance(23 * HOUR);
    const within = await post(body, key);
    expect(within.headers['idempotent-replayed']).toBe('true');
    ctx.clock.advance(2 * HOUR);
    const after = await post(body, key);
    expect(after.status).toBe(201);
    expect(after.headers['idempotent-replayed']).toBeUndefined();
    expect(await clientsNamed('Expiring BV')).toBe(2);
  });

  it('is shared by every instance through PostgreSQL', async () => {
    const key = randomUUID();
    const body = { name: 'Two instances BV' };
    const first = await post(body, key);
    expect(first.status).toBe(201);
    const second = await ctx.secondInstance();
    const replay = await post(body, key, ctx.admin, second.server);
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(await clientsNamed('Two instances BV')).toBe(1);
  });

  it('refuses an over-long key with a 400 problem', async () => {
    const res = await post({ name: 'Long key BV' }, 'k'.repeat(256));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_IDEMPOTENCY_KEY');
    expect(await clientsNamed('Long key BV')).toBe(0);
  });

  it('does not keep a failure on our side: a retry after a 500 does the work', async () => {
    const db = ctx.database.open();
    const app = await buildApp({
      config: ctx.config,
      ...databaseParts(db),
      clock: ctx.clock,
      logger: false,
    });
    let calls = 0;
    app.post('/v1/flaky', async (_request, reply) => {
      calls += 1;
      if (calls === 1) throw new Error('transient failure');
      return reply.status(201).send({ calls });
    });
    await app.ready();
    try {
      const key = randomUUID();
      const send = () => request(app.server).post('/v1/flaky').set('authorization', ctx.admin).set('idempotency-key', key).send({ a: 1 });
      expect((await send()).status).toBe(500);
      const retried = await send();
      expect(retried.status).toBe(201);
      expect(retried.headers['idempotent-replayed']).toBeUndefined();
      expect(retried.body).toEqual({ calls: 2 });
      const replayed = await send();
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      expect(replayed.body).toEqual({ calls: 2 });
      expect(calls).toBe(2);
    } finally {
      await app.close();
    }
  });
});
