import { randomBytes } from 'node:crypto';
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

    // A write is refused too, and not done; its Idempotency-Key is not taken,
    // so that a retry after the window is done rather than answered 429 again.
    const key = `limited-${randomBytes(4).toString('hex')}`;
    const write = await api().post('/v1/clients').set('authorization', ctx.admin).set('idempotency-key', key).send({ name: 'Limited BV' });
    expect(write.status).toBe(429);
    expect(await ctx.db.prisma.client.count({ where: { name: 'Limited BV' } })).toBe(0);
    expect(await ctx.db.prisma.idempotencyKey.count({ where: { key } })).toBe(0);

    // Another key has its own budget.
    expect((await api().get('/v1/clients').set('authorization', other)).status).toBe(200);

    // Health and readiness are never limited.
    for (let i = 0; i < 6; i++) {
      expect((await api().get('/health')).status).toBe(200);
      expect((await api().get('/ready')).status).toBe(200);
    }
  });
});

describe('rate limit per client address, before authentication', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({
      env: { ADDRESS_RATE_LIMIT_MAX: '60', AUTH_FAILURE_COST: '10', TRUST_PROXY: 'true' },
    });
  });
  afterAll(async () => ctx?.close());

  // TRUST_PROXY=true: the client address comes from X-Forwarded-For, so each test is a client of its own.
  const from = (address: string) => ({
    get: (path: string, auth?: string) => {
      const req = request(ctx.app.server).get(path).set('x-forwarded-for', address);
      return auth ? req.set('authorization', auth) : req;
    },
  });
  const randomKey = () => `Bearer pt_${randomBytes(6).toString('hex')}_${randomBytes(24).toString('hex')}`;

  it('limits an address that guesses keys after a few guesses, with 429 problem+json and Retry-After, whatever key it then sends', async () => {
    const client = from('198.51.100.7');
    const guesses = [];
    for (let i = 0; i < 6; i++) guesses.push((await client.get('/v1/clients', randomKey())).status);
    expect(guesses).toEqual([401, 401, 401, 401, 401, 401]);
    const limited = await client.get('/v1/clients', ctx.admin);
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another address is not affected; health checks are never limited.
    expect((await from('198.51.100.8').get('/v1/clients', ctx.admin)).status).toBe(200);
    expect((await client.get('/health')).status).toBe(200);
  });

  it('limits calls without a key the same way', async () => {
    const client = from('198.51.100.9');
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await client.get('/v1/clients')).status);
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(statuses.slice(6)).toEqual([429, 429]);
  });

  it('counts an authenticated request once: a key gets its full budget from one address', async () => {
    const client = from('198.51.100.10');
    const statuses = [];
    for (let i = 0; i < 61; i++) statuses.push((await client.get('/health').then(() => client.get('/v1/clients', ctx.admin))).status);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
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
    const preflight = await request(ctx.app.server).options('/v1/clients').set('origin', 'https://evil.example').set('access-control-request-method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const actual = await request(ctx.app.server).get('/v1/clients').set('origin', 'https://evil.example').set('authorization', ctx.admin);
    expect(actual.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS without CORS_ORIGINS', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => ctx?.close());

  it('gives no origin access: a preflight is 404 and answers carry no access-control header', async () => {
    const preflight = await request(ctx.app.server).options('/v1/clients').set('origin', 'https://app.example').set('access-control-request-method', 'POST');
    expect(preflight.status).toBe(404);
    expect(preflight.headers['content-type']).toMatch(/^application\/problem\+json/);
    const actual = await request(ctx.app.server).get('/v1/clients').set('origin', 'https://app.example').set('authorization', ctx.admin);
    expect(actual.status).toBe(200);
    expect(Object.keys(actual.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});
