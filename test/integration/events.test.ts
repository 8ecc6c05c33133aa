import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyKey } from '../factories/committee.js';
import { createInquiry } from '../factories/inquiries.js';
import { createProcedure } from '../factories/procedures.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
let procedureId: string;

beforeAll(async () => {
  ctx = await createTestApp({ now: '2025-12-19T09:00:00+01:00' });
  procedureId = (await createProcedure(ctx, { open: true })).procedure.id;
});

afterAll(async () => {
  await ctx.close();
});

const api = () => request(ctx.app.server);

interface Item {
  id: string;
  type: string;
  procedureId: string | null;
  entityType: string;
  entityId: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

async function readAll(query = '', authorization = ctx.admin, after?: string | null) {
  const items: Item[] = [];
  let cursor = after ?? null;
  for (;;) {
    const res = await api()
      .get(`/v1/events?limit=2${query}${cursor ? `&after=${cursor}` : ''}`)
      .set('authorization', authorization);
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    if (res.body.items.length === 0) {
      expect(res.body.nextCursor).toBe(cursor);
      return { items, cursor };
    }
    expect(res.body.nextCursor).toEqual(expect.any(String));
    cursor = res.body.nextCursor;
  }
}

describe('GET /v1/events', () => {
  it('returns every change in order, page by page, and keeps the place on an empty page', async () => {
    const { items, cursor } = await readAll();
    expect(items.map((e) => e.type)).toEqual(['procedure.created', 'procedure.timeline_changed', 'procedure.phase_changed']);
    expect(items[0]).toMatchObject({
      procedureId,
      entityType: 'procedure',
      entityId: procedureId,
      payload: { procedureId },
      createdAt: '2025-12-19T08:00:00.000Z',
    });
    expect(items.every((e) => /^\d+$/.test(e.id))).toBe(true);
    const ids = items.map((e) => BigInt(e.id));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);

    // A poller that comes back later continues where it stopped.
    await createInquiry(ctx, { procedureId });
    const next = await readAll('', ctx.admin, cursor);
    expect(next.items.map((e) => e.type)).toEqual(['inquiry.received']);
  });

  it('filters on event types and procedure', async () => {
    const other = (await createProcedure(ctx)).procedure.id;
    const phase = await readAll('&types=procedure.phase_changed,inquiry.received');
    expect(phase.items.map((e) => e.type)).toEqual(['procedure.phase_changed', 'inquiry.received']);
    const mine = await readAll(`&procedureId=${other}`);
    expect(mine.items.map((e) => e.type)).toEqual(['procedure.created', 'procedure.timeline_changed']);
    expect(mine.items.every((e) => e.procedureId === other)).toBe(true);
    const bad = await api().get('/v1/events?types=DROP TABLE').set('authorization', ctx.admin);
    expect(bad.status).toBe(400);
  });

  it('never skips an event whose transaction commits after a later one', async () => {
    const { cursor } = await readAll();
    // A slow change: its event id is drawn now, it commits later.
    const slow = new pg.Client({ connectionString: ctx.database.url });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      const held = await slow.query<{ id: string }>(
        `INSERT INTO events (type, procedure_id, entity_type, entity_id, payload, created_at)
         VALUES ('procedure.slow_change', $1::uuid, 'procedure', $1::text, '{}', now()) RETURNING id::text`,
        [procedureId],
      );
      // A quick change after it, with a higher id, commits first.
      const quick = await createInquiry(ctx, { procedureId });
      const quickEvent = await ctx.db.prisma.event.findFirstOrThrow({ where: { entityId: quick.id } });
      expect(quickEvent.id > BigInt(held.rows[0]!.id)).toBe(true);

      // While the slow one is open, neither is handed out: the feed would
      // otherwise move past the slow event's id.
      const during = await readAll('', ctx.admin, cursor);
      expect(during.items).toEqual([]);

      await slow.query('COMMIT');
      const after = await readAll('', ctx.admin, cursor);
      expect(after.items.map((e) => e.type)).toEqual(['procedure.slow_change', 'inquiry.received']);
      expect(after.items[0]!.id).toBe(held.rows[0]!.id);
    } finally {
      await slow.end();
    }
  });

  it('is open to schedulers, not without a key; refuses forged cursors', async () => {
    const scheduler = await agencyKey(ctx, 'scheduler');
    expect((await api().get('/v1/events').set('authorization', scheduler.authorization)).status).toBe(200);
    expect((await api().get('/v1/events')).status).toBe(401);
    const forged = Buffer.from(JSON.stringify({ k: 'x', id: '1' })).toString('base64url');
    const res = await api().get(`/v1/events?after=${forged}`).set('authorization', ctx.admin);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_CURSOR');
  });
});
