import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('stored Idempotency-Key responses', () => {
  it('never hold a secret: a replay of POST /v1/api-keys gives the key without its token', async () => {
    const send = () =>
      request(ctx.app.server)
        .post('/v1/api-keys')
        .set('authorization', ctx.admin)
        .set('idempotency-key', 'key-for-anna')
        .send({ name: 'Anna', role: 'consultant' });
    const first = await send();
    expect(first.status).toBe(201);
    const token = first.body.token as string;
    expect(token).toMatch(/^pt_/);

    const rows = await ctx.db.prisma.idempotencyKey.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.responseBody).not.toContain(token);

    const replay = await send();
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.id).toBe(first.body.id);
    expect(replay.body.token).not.toBe(token);
    expect(await ctx.db.prisma.apiKey.count()).toBe(1);
  });

  it('are deleted by the deadline sweep once older than 24 hours', async () => {
    await request(ctx.app.server).post('/v1/clients').set('authorization', ctx.admin).set('idempotency-key', 'client-once').send({ name: 'Provincie Utrecht' });
    expect(await ctx.db.prisma.idempotencyKey.count({ where: { key: 'client-once' } })).toBe(1);

    ctx.clock.advance(23 * 3600_000);
    const early = await request(ctx.app.server).post('/v1/jobs/deadline-sweep').set('authorization', ctx.admin);
    expect(early.status).toBe(200);
    expect(await ctx.db.prisma.idempotencyKey.count({ where: { key: 'client-once' } })).toBe(1);

    ctx.clock.advance(2 * 3600_000);
    const late = await request(ctx.app.server).post('/v1/jobs/deadline-sweep').set('authorization', ctx.admin);
    expect(late.status).toBe(200);
    expect(late.body.idempotencyKeysPurged).toBeGreaterThanOrEqual(1);
    expect(await ctx.db.prisma.idempotencyKey.count({ where: { key: 'client-once' } })).toBe(0);
  });
});
