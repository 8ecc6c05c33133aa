import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { createProcedure } from '../factories/procedures.js';
import { KEY_CACHE_MS } from '../../src/plugins/auth.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00' });
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);
/** Keys are `pt_<12 hex>_<secret>`; the secret (base64url) may itself contain '_'. */
const SECRET_START = 'pt_'.length + 12 + 1;

interface CreatedKey {
  id: string;
  token: string;
  prefix: string;
  role: string;
}

async function createKey(body: Record<string, unknown>): Promise<CreatedKey> {
  const res = await api().post('/v1/api-keys').set('authorization', ctx.admin).send(body);
  if (res.status !== 201) throw new Error(`key: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as CreatedKey;
}

function expectUnauthorized(res: request.Response) {
  expect(res.status).toBe(401);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.headers['www-authenticate']).toBe('Bearer');
  expect(res.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', title: 'Unauthorized' });
  expect(typeof res.body.type).toBe('string');
  expect(typeof res.body.detail).toBe('string');
}

describe('authentication', () => {
  it('refuses a request without a key: 401 problem with WWW-Authenticate: Bearer', async () => {
    expectUnauthorized(await api().get('/v1/clients'));
  });

  it('refuses malformed and unknown keys', async () => {
    expectUnauthorized(await api().get('/v1/clients').set('authorization', 'Basic dXNlcjpwYXNz'));
    expectUnauthorized(await api().get('/v1/clients').set('authorization', 'Bearer'));
    expectUnauthorized(await api().get('/v1/clients').set('authorization', 'Bearer not-a-key'));
    // Well-formed but never issued.
    expectUnauthorized(
      await api()
        .get('/v1/clients')
        .set('authorization', `Bearer pt_0123456789ab_${'A'.repeat(43)}`),
    );
    // A real prefix with the wrong secret.
    const key = await createKey({ name: 'Wrong secret', role: 'consultant' });
    const forged = `${key.token.slice(0, SECRET_START)}${'B'.repeat(43)}`;
    expectUnauthorized(await api().get('/v1/clients').set('authorization', `Bearer ${forged}`));
    // A near miss of ADMIN_API_KEY.
    expectUnauthorized(await api().get('/v1/clients').set('authorization', `${ctx.admin}x`));
  });

  it('accepts ADMIN_API_KEY as an admin key', async () => {
    const res = await api().get('/v1/api-keys').set('authorization', ctx.admin);
    expect(res.status).toBe(200);
  });

  it('shows a new key once and stores only a SHA-256 of its secret', async () => {
    const res = await api().post('/v1/api-keys').set('authorization', ctx.admin).send({ name: 'Anna de Vries', role: 'consultant' });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/api-keys/${res.body.id}`);
    const { token, id, prefix } = res.body as CreatedKey;
    expect(token).toMatch(/^pt_[0-9a-f]{12}_[A-Za-z0-9_-]{40,}$/);
    expect(token.startsWith(`${prefix}_`)).toBe(true);

    const works = await api().get('/v1/clients').set('authorization', `Bearer ${token}`);
    expect(works.status).toBe(200);

    const list = await api().get('/v1/api-keys').set('authorization', ctx.admin);
    expect(list.status).toBe(200);
    const listed = list.body.items.find((k: { id: string }) => k.id === id);
    expect(listed).toMatchObject({ id, role: 'consultant', prefix });
    expect(JSON.stringify(list.body)).not.toContain(token);
    for (const item of list.body.items as Record<string, unknown>[]) {
      expect(Object.keys(item).filter((k) => /token|secret|hash/i.test(k))).toEqual([]);
    }

    const row = await ctx.db.prisma.apiKey.findUniqueOrThrow({ where: { id } });
    const secret = token.slice(SECRET_START);
    expect(row.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
    const rowText = JSON.stringify(row);
    expect(rowText).not.toContain(token);
    expect(rowText).not.toContain(secret);
  });

  it('refuses a revoked key', async () => {
    const key = await createKey({ name: 'To revoke', role: 'consultant' });
    const auth = `Bearer ${key.token}`;
    expect((await api().get('/v1/clients').set('authorization', auth)).status).toBe(200);
    const revoked = await api().delete(`/v1/api-keys/${key.id}`).set('authorization', ctx.admin);
    expect(revoked.status).toBe(204);
    expectUnauthorized(await api().get('/v1/clients').set('authorization', auth));
    // A second instance that never cached it refuses it too.
    const second = await ctx.secondInstance();
    expectUnauthorized(await request(second.server).get('/v1/clients').set('authorization', auth));
    // Revoked keys are listed only on request.
    const active = await api().get('/v1/api-keys').set('authorization', ctx.admin);
    expect(active.body.items.map((k: { id: string }) => k.id)).not.toContain(key.id);
    const all = await api().get('/v1/api-keys?includeRevoked=true').set('authorization', ctx.admin);
    expect(all.body.items.find((k: { id: string }) => k.id === key.id)?.revokedAt).toBe(ctx.clock.now().toISOString());
  });

  it('looks a key up once for a burst of requests that finds its cached entry expired', async () => {
    const key = await createKey({ name: 'Burst', role: 'consultant' });
    const auth = `Bearer ${key.token}`;
    expect((await api().get('/v1/clients').set('authorization', auth)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, KEY_CACHE_MS + 100));
    const pool = ctx.app.pool;
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    const lookups: unknown[] = [];
    (pool as unknown as { query: unknown }).query = (...args: unknown[]) => {
      const config = args[0] as { name?: string; values?: unknown[] };
      if (config?.name === 'key_for_auth') lookups.push(config.values);
      return query(...args);
    };
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => api().get('/v1/clients').set('authorization', auth)));
      expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    } finally {
      (pool as unknown as { query: unknown }).query = query;
    }
    expect(lookups).toEqual([[key.token.slice('pt_'.length, SECRET_START - 1)]]);
  });

  it('refuses a revoked key on every other instance within one second', async () => {
    const key = await createKey({ name: 'Revoked elsewhere', role: 'consultant' });
    const auth = `Bearer ${key.token}`;
    const second = await ctx.secondInstance();
    // The second instance has verified (and remembers) the key.
    expect((await request(second.server).get('/v1/clients').set('authorization', auth)).status).toBe(200);
    expect((await request(second.server).get('/v1/clients').set('authorization', auth)).status).toBe(200);
    const revokedFrom = Date.now();
    expect((await api().delete(`/v1/api-keys/${key.id}`).set('authorization', ctx.admin)).status).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, revokedFrom + 1000 - Date.now())));
    expectUnauthorized(await request(second.server).get('/v1/clients').set('authorization', auth));
  });

  it('refuses an expired key', async () => {
    const key = await createKey({ name: 'Short-lived', role: 'consultant', expiresAt: '2026-01-05T11:00:00+01:00' });
    const auth = `Bearer ${key.token}`;
    expect((await api().get('/v1/clients').set('authorization', auth)).status).toBe(200);
    const before = ctx.clock.now();
    try {
      ctx.clock.set('2026-01-05T11:00:00+01:00');
      const res = await api().get('/v1/clients').set('authorization', auth);
      expectUnauthorized(res);
      expect(res.body.detail).toMatch(/expired/);
    } finally {
      ctx.clock.set(before);
    }
  });

  it('refuses an expiry in the past', async () => {
    const res = await api().post('/v1/api-keys').set('authorization', ctx.admin).send({ name: 'Stale', role: 'consultant', expiresAt: '2026-01-01T00:00:00Z' });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body.expiresAt' })]);
  });

  it('answers 403 for a role without the right', async () => {
    const scheduler = await createKey({ name: 'Scheduler', role: 'scheduler' });
    const res = await api().post('/v1/clients').set('authorization', `Bearer ${scheduler.token}`).send({ name: 'Not allowed' });
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 403, code: 'FORBIDDEN_FOR_ROLE' });
    const consultant = await createKey({ name: 'Consultant', role: 'consultant' });
    const keys = await api().get('/v1/api-keys').set('authorization', `Bearer ${consultant.token}`);
    expect(keys.status).toBe(403);
    // Nothing was written.
    expect(await ctx.db.prisma.client.count({ where: { name: 'Not allowed' } })).toBe(0);
  });

  it('refuses a committee key without a procedure (422) and scopes one with it', async () => {
    const res = await api().post('/v1/api-keys').set('authorization', ctx.admin).send({ name: 'Committee', role: 'committee' });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('COMMITTEE_KEY_NEEDS_PROCEDURE');
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body.procedureId' })]);

    const { procedure } = await createProcedure(ctx, { timeline: false });
    const scoped = await createKey({ name: 'Committee', role: 'committee', procedureId: procedure.id });
    expect(scoped).toMatchObject({ role: 'committee', procedureId: procedure.id });
    const consultantScoped = await api()
      .post('/v1/api-keys')
      .set('authorization', ctx.admin)
      .send({ name: 'Consultant', role: 'consultant', procedureId: procedure.id });
    expect(consultantScoped.status).toBe(422);
  });

  it('records the acting key on every write', async () => {
    const key = await createKey({ name: 'Writer', role: 'consultant' });
    const res = await api().post('/v1/clients').set('authorization', `Bearer ${key.token}`).send({ name: 'Audited BV' });
    expect(res.status).toBe(201);
    const entries = await ctx.db.prisma.auditEntry.findMany({ where: { entityType: 'client', entityId: res.body.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: `key:${key.id}`,
      actorRole: 'consultant',
      action: 'client.created',
      requestId: res.headers['x-request-id'],
    });

    const patched = await api()
      .patch(`/v1/clients/${res.body.id}`)
      .set('authorization', ctx.admin)
      .set('if-match', '"1"')
      .send({ description: 'Changed by the admin key' });
    expect(patched.status).toBe(200);
    const update = await ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'client', entityId: res.body.id, action: 'client.updated' },
    });
    expect(update).toMatchObject({ actor: 'env:ADMIN_API_KEY', actorRole: 'admin' });

    // Creating and revoking keys are writes too.
    await api().delete(`/v1/api-keys/${key.id}`).set('authorization', ctx.admin);
    const keyEntries = await ctx.db.prisma.auditEntry.findMany({ where: { entityType: 'api_key', entityId: key.id }, orderBy: { id: 'asc' } });
    expect(keyEntries.map((e) => [e.action, e.actor])).toEqual([
      ['api_key.created', 'env:ADMIN_API_KEY'],
      ['api_key.revoked', 'env:ADMIN_API_KEY'],
    ]);
  });
});
