import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { ipoProcedureInput } from '../factories/procedures.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00' });
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

interface Item {
  id: string;
  updatedAt: string;
}

/** Follows nextCursor to the end; returns every page. */
async function walk(path: string, limit: number): Promise<Item[][]> {
  const pages: Item[][] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await api().get(url).set('authorization', ctx.admin);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    pages.push(res.body.items);
    cursor = res.body.nextCursor;
    expect(pages.length).toBeLessThan(20);
  } while (cursor);
  return pages;
}

const byKey = (a: Item, b: Item) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id);

const clientIds: string[] = [];
const procedureIds: string[] = [];

describe('cursor pagination', () => {
  beforeAll(async () => {
    // Seven of each, some sharing a timestamp so that the id breaks the tie.
    for (let i = 0; i < 7; i++) {
      if (i % 3 === 0) ctx.clock.advance(60_000);
      const c = await api()
        .post('/v1/clients')
        .set('authorization', ctx.admin)
        .send({ name: `Client ${i}` });
      expect(c.status).toBe(201);
      clientIds.push(c.body.id);
    }
    for (let i = 0; i < 7; i++) {
      if (i % 3 === 0) ctx.clock.advance(60_000);
      const p = await api().post('/v1/procedures').set('authorization', ctx.admin).send(ipoProcedureInput(clientIds[i]!));
      expect(p.status).toBe(201);
      procedureIds.push(p.body.id);
    }
  });

  for (const [path, ids] of [
    ['/v1/clients', clientIds],
    ['/v1/procedures', procedureIds],
  ] as const) {
    it(`${path}: walks every item exactly once in a stable order`, async () => {
      const pages = await walk(path, 3);
      expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
      const items = pages.flat();
      expect(items.map((i) => i.id).sort()).toEqual([...ids].sort());
      expect(items).toEqual([...items].sort(byKey));
      // The same walk gives the same order again.
      expect((await walk(path, 3)).flat().map((i) => i.id)).toEqual(items.map((i) => i.id));
      // And the same order as one big page.
      expect((await walk(path, 100)).flat().map((i) => i.id)).toEqual(items.map((i) => i.id));
    });
  }

  it('defaults to 25 items and allows at most 100', async () => {
    const res = await api().get('/v1/clients').set('authorization', ctx.admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ nextCursor: null });
    expect(res.body.items).toHaveLength(7);
    expect((await api().get('/v1/clients?limit=100').set('authorization', ctx.admin)).status).toBe(200);
    for (const limit of ['101', '0', '-1', '2.5']) {
      const refused = await api().get(`/v1/clients?limit=${limit}`).set('authorization', ctx.admin);
      expect(refused.status).toBe(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'querystring.limit' })]);
    }
  });

  it('moves a changed item to the end and finds it with updatedSince', async () => {
    ctx.clock.advance(60_000);
    const since = ctx.clock.now().toISOString();
    const changed = clientIds[1]!;
    const patched = await api().patch(`/v1/clients/${changed}`).set('authorization', ctx.admin).set('if-match', '"1"').send({ description: 'changed' });
    expect(patched.status).toBe(200);

    const recent = await api()
      .get(`/v1/clients?updatedSince=${encodeURIComponent(since)}`)
      .set('authorization', ctx.admin);
    expect(recent.status).toBe(200);
    expect(recent.body.items.map((i: Item) => i.id)).toEqual([changed]);

    const all = (await walk('/v1/clients', 3)).flat().map((i) => i.id);
    expect(all).toHaveLength(7);
    expect(all.at(-1)).toBe(changed);

    // updatedSince combines with the cursor.
    const earlier = new Date(new Date(since).getTime() - 2 * 60_000).toISOString();
    const pages = await walk(`/v1/clients?updatedSince=${encodeURIComponent(earlier)}`, 1);
    const ids = pages.flat().map((i) => i.id);
    expect(ids.at(-1)).toBe(changed);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of pages.flat()) expect(item.updatedAt >= earlier).toBe(true);

    const procedures = await api()
      .get(`/v1/procedures?updatedSince=${encodeURIComponent(since)}`)
      .set('authorization', ctx.admin);
    expect(procedures.status).toBe(200);
    expect(procedures.body.items).toEqual([]);
  });

  it('refuses a bad updatedSince with 400', async () => {
    const res = await api().get('/v1/clients?updatedSince=yesterday').set('authorization', ctx.admin);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'querystring.updatedSince' })]);
  });

  it('refuses a cursor it did not issue with 400 INVALID_CURSOR', async () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const bad = [
      'garbage',
      forged({ nope: 1 }),
      forged({ k: 'not a date', id: '00000000-0000-4000-8000-000000000000' }),
      forged({ k: '2026-01-05T09:00:00.000Z', id: 'not-a-uuid' }),
    ];
    for (const path of ['/v1/clients', '/v1/procedures', '/v1/api-keys']) {
      for (const cursor of bad) {
        const res = await api()
          .get(`${path}?cursor=${encodeURIComponent(cursor)}`)
          .set('authorization', ctx.admin);
        expect(res.status, `${path} ${cursor}`).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.code).toBe('INVALID_CURSOR');
      }
    }
  });
});
