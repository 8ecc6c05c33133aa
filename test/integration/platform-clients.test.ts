import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { createProcedure } from '../factories/procedures.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00' });
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

describe('clients', () => {
  it('creates, reads and updates a client with ETag and If-Match', async () => {
    const created = await api()
      .post('/v1/clients')
      .set('authorization', ctx.admin)
      .send({ name: '  Interprovinciaal Overleg (IPO) ', website: 'https://www.ipo.nl' });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`/v1/clients/${created.body.id}`);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({
      name: 'Interprovinciaal Overleg (IPO)',
      description: null,
      website: 'https://www.ipo.nl',
      version: 1,
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
    });
    const url = created.headers.location as string;

    const read = await api().get(url).set('authorization', ctx.admin);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(created.body);

    const missing = await api().patch(url).set('authorization', ctx.admin).send({ description: 'x' });
    expect(missing.status).toBe(428);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body.code).toBe('PRECONDITION_REQUIRED');

    ctx.clock.advance(60_000);
    const updated = await api().patch(url).set('authorization', ctx.admin).set('if-match', '"1"').send({ description: 'Twelve provinces' });
    expect(updated.status).toBe(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.body).toMatchObject({ version: 2, description: 'Twelve provinces', updatedAt: '2026-01-05T09:01:00.000Z' });

    for (const stale of ['"1"', 'W/"2"', 'garbage']) {
      const res = await api().patch(url).set('authorization', ctx.admin).set('if-match', stale).send({ description: 'Lost update' });
      expect(res.status, stale).toBe(412);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('PRECONDITION_FAILED');
    }
    const star = await api().patch(url).set('authorization', ctx.admin).set('if-match', '*').send({ website: null });
    expect(star.status).toBe(200);
    expect(star.body).toMatchObject({ version: 3, website: null, description: 'Twelve provinces' });
  });

  it('lets only one of two simultaneous updates from the same version win', async () => {
    const created = await api().post('/v1/clients').set('authorization', ctx.admin).send({ name: 'Race BV' });
    const url = `/v1/clients/${created.body.id}`;
    const [a, b] = await Promise.all(
      ['first', 'second'].map((d) => api().patch(url).set('authorization', ctx.admin).set('if-match', '"1"').send({ description: d })),
    );
    expect([a!.status, b!.status].sort()).toEqual([200, 412]);
    const read = await api().get(url).set('authorization', ctx.admin);
    expect(read.body.version).toBe(2);
    expect(read.body.description).toBe((a!.status === 200 ? a : b)!.body.description);
  });

  it('answers 404 for a client that does not exist', async () => {
    const res = await api().get('/v1/clients/6f1c3b1e-0000-4000-8000-000000000000').set('authorization', ctx.admin);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
    const patch = await api()
      .patch('/v1/clients/6f1c3b1e-0000-4000-8000-000000000000')
      .set('authorization', ctx.admin)
      .set('if-match', '"1"')
      .send({ name: 'x' });
    expect(patch.status).toBe(404);
  });

  it('searches clients by name with q', async () => {
    await api().post('/v1/clients').set('authorization', ctx.admin).send({ name: 'Gemeente Utrecht' });
    const res = await api().get('/v1/clients?q=utrecht').set('authorization', ctx.admin);
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { name: string }) => c.name)).toEqual(['Gemeente Utrecht']);
  });
});

describe('committee scope', () => {
  it('shows a committee key its own procedure only, and no clients', async () => {
    const { procedure: own } = await createProcedure(ctx, { timeline: false });
    const { procedure: other } = await createProcedure(ctx, { timeline: false });
    const key = await api().post('/v1/api-keys').set('authorization', ctx.admin).send({ name: 'Committee', role: 'committee', procedureId: own.id });
    expect(key.status).toBe(201);
    const auth = `Bearer ${key.body.token}`;

    const list = await api().get('/v1/procedures').set('authorization', auth);
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([own.id]);
    expect((await api().get(`/v1/procedures/${own.id}`).set('authorization', auth)).status).toBe(200);
    const hidden = await api().get(`/v1/procedures/${other.id}`).set('authorization', auth);
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe('NOT_FOUND');
    expect((await api().get('/v1/clients').set('authorization', auth)).status).toBe(403);
  });
});
