import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';

describe('rate limit per API key', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ env: { RATE_LIMIT_MAX: '3' } });
  });
  afterAll(async () => ctx?.close());

  it('answers the 4th request of a key in the window with 429 and Retry-After; other keys and /health go on', async () => {
    const api = () => request(ctx.app.server);
    // Request 1 of the admin key creates a second key.
    const created = await api().post('/v1/api-keys').set('authorization', ctx.admin).send({ name: 'Other', role: 'consultant' });
    expect(created.status).toBe(201);
    const other = `Bearer ${created.body.token}`;

    expect((await api().get('/v1/clients').set('authorization', ctx.admin)).status).toBe(200);
    expect((await api().get('/v1/clients').set('authorization', ctx.admin)).status).toBe(200);
    const limited = await api().get('/v1/clients').set('authorization', ctx.admin);
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // A write is refused too, and not done.
    const write = await api().post('/v1/clients').set('authorization', ctx.admin).send({ name: 'Limited BV' });
    expect(write.status).toBe(429);
    expect(await ctx.db.prisma.client.count({ where: { name: 'Limited BV' } })).toBe(0);

    // Another key has its own budget.
    expect((await api().get('/v1/clients').set('authorization', other)).status).toBe(200);

    // Health and readiness are never limited.
    for (let i = 0; i < 6; i++) {
      expect((await api().get('/health')).status).toBe(200);
      expect((await api().get('/ready')).status).toBe(200);
    }
  });
});

describe('CORS for the configured front-end origins', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ env: { CORS_ORIGINS: 'https://app.example' } });
  });
  afterAll(async () => ctx?.close());

  it('allows a preflight from an allowed origin', async () => {
    const res = await request(ctx.app.server)
      .options('/v1/clients')
      .set('origin', 'https://app.example')
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'authorization, content-type, idempotency-key');
    expect(res.status).toBeLessThan(300);
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(res.headers['access-control-allow-methods']).toMatch(/POST/);
    expect(res.headers['access-control-allow-headers']?.toLowerCase()).toMatch(/authorization/);
    expect(res.headers['access-control-allow-headers']?.toLowerCase()).toMatch(/idempotency-key/);
  });

  it('answers the actual request with the origin and exposes the useful headers', async () => {
    const res = await request(ctx.app.server)
      .post('/v1/clients')
      .set('origin', 'https://app.example')
      .set('authorization', ctx.admin)
      .send({ name: 'Cors BV' });
    expect(res.status).toBe(201);
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example');
    const exposed = res.headers['access-control-expose-headers']?.toLowerCase() ?? '';
    for (const name of ['etag', 'location', 'retry-after', 'x-request-id']) expect(exposed).toContain(name);
  });

  it('gives another origin no access-control-allow-origin', async () => {
    const preflight = await request(ctx.app.server)
      .options('/v1/clients')
      .set('origin', 'https://evil.example')
      .set('access-control-request-method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const actual = await request(ctx.app.server)
      .get('/v1/clients')
      .set('origin', 'https://evil.example')
      .set('authorization', ctx.admin);
    expect(actual.headers['access-control-allow-origin']).toBeUndefined();
  });
});
