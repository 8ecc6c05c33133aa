import { createHmac, timingSafeEqual } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createWebhookDeliverer, retryDelayMs } from '../../src/modules/webhooks/webhook-deliverer.js';
import { agencyKey } from '../factories/committee.js';
import { createInquiry } from '../factories/inquiries.js';
import { createProcedure } from '../factories/procedures.js';
import { createWebhook, startReceiver, type Received } from '../factories/webhooks.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
let procedureId: string;

beforeAll(async () => {
  ctx = await createTestApp({ now: '2025-12-22T09:00:00+01:00' });
  procedureId = (await createProcedure(ctx, { open: true })).procedure.id;
});

afterAll(async () => {
  await ctx.close();
});

const api = () => request(ctx.app.server);
const deliverer = () => createWebhookDeliverer({ db: ctx.db.prisma, clock: ctx.clock });
const removeWebhook = (id: string) => api().delete(`/v1/webhooks/${id}`).set('authorization', ctx.admin);

/** What a receiver does: recompute the signature over the timestamp and the raw body. */
function verify(secret: string, r: Received): boolean {
  const timestamp = String(r.headers['webhook-timestamp']);
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${timestamp}.${r.body}`).digest('hex')}`);
  const given = Buffer.from(String(r.headers['webhook-signature']));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function deliveries(webhookId: string, query = '') {
  const res = await api().get(`/v1/webhooks/${webhookId}/deliveries?limit=100${query}`).set('authorization', ctx.admin);
  expect(res.status).toBe(200);
  return res.body.items as Array<{ eventId: string; eventType: string; status: string; attempts: number; lastError: string | null; lastStatusCode: number | null; nextAttemptAt: string | null; deliveredAt: string | null }>;
}

describe('/v1/webhooks subscriptions', () => {
  it('creates a subscription and shows its secret once', async () => {
    const res = await api()
      .post('/v1/webhooks')
      .set('authorization', ctx.admin)
      .send({ url: 'http://127.0.0.1:9/hook', eventTypes: ['inquiry.received', 'inquiry.answered'] });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/webhooks/${res.body.id}`);
    expect(res.body).toMatchObject({ url: 'http://127.0.0.1:9/hook', eventTypes: ['inquiry.received', 'inquiry.answered'], active: true });
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const list = await api().get('/v1/webhooks').set('authorization', ctx.admin);
    expect(list.body.items).toEqual([expect.not.objectContaining({ secret: expect.anything() })]);
    const one = await api().get(`/v1/webhooks/${res.body.id}`).set('authorization', ctx.admin);
    expect(one.body).not.toHaveProperty('secret');
    const audit = await ctx.db.prisma.auditEntry.findFirstOrThrow({ where: { entityId: res.body.id } });
    expect(JSON.stringify(audit.changes)).not.toContain(res.body.secret);
    expect((await removeWebhook(res.body.id)).status).toBe(204);
    expect((await api().get(`/v1/webhooks/${res.body.id}`).set('authorization', ctx.admin)).status).toBe(404);
    expect((await removeWebhook(res.body.id)).status).toBe(404);
  });

  it('refuses other schemes, a mixed wildcard and unknown fields; only an admin subscribes', async () => {
    const post = (body: object, auth = ctx.admin) => api().post('/v1/webhooks').set('authorization', auth).send(body);
    expect((await post({ url: 'ftp://example.org/x', eventTypes: ['*'] })).status).toBe(400);
    expect((await post({ url: 'http://127.0.0.1:9/', eventTypes: [] })).status).toBe(400);
    expect((await post({ url: 'http://127.0.0.1:9/', eventTypes: ['Not A Type'] })).status).toBe(400);
    expect((await post({ url: 'http://127.0.0.1:9/', eventTypes: ['*'], active: false })).status).toBe(400);
    const mixed = await post({ url: 'http://127.0.0.1:9/', eventTypes: ['*', 'inquiry.received'] });
    expect(mixed.status).toBe(422);
    expect(mixed.body.code).toBe('WEBHOOK_EVENT_TYPES');
    const consultant = await agencyKey(ctx, 'consultant');
    expect((await post({ url: 'http://127.0.0.1:9/', eventTypes: ['*'] }, consultant.authorization)).status).toBe(403);
    expect((await api().get('/v1/webhooks').set('authorization', consultant.authorization)).status).toBe(200);
    const scheduler = await agencyKey(ctx, 'scheduler');
    expect((await api().get('/v1/webhooks').set('authorization', scheduler.authorization)).status).toBe(403);
  });
});

describe('webhook delivery', () => {
  it('sends each later event once, signed, with the event id and the feed shape', async () => {
    const receiver = await startReceiver();
    try {
      const hook = await createWebhook(ctx, { url: receiver.url, eventTypes: ['inquiry.received'] });
      const inquiry = await createInquiry(ctx, { procedureId });
      const report = await deliverer().deliverDue(ctx.clock.now());
      expect(report).toEqual({ queued: 1, attempted: 1, delivered: 1, failed: 0, retrying: 0 });
      expect(receiver.received).toHaveLength(1);
      const [r] = receiver.received as [Received];
      expect(r.headers['content-type']).toBe('application/json');
      expect(verify(hook.secret, r)).toBe(true);
      expect(verify('another secret of enough length', r)).toBe(false);
      expect(r.headers['webhook-timestamp']).toBe(String(Math.floor(ctx.clock.now().getTime() / 1000)));
      expect(r.json).toMatchObject({ type: 'inquiry.received', procedureId, entityType: 'inquiry', entityId: inquiry.id });
      expect(r.headers['webhook-id']).toBe(r.json.id);
      // The same shape as the event in the feed.
      const feed = await api().get('/v1/events?types=inquiry.received&limit=100').set('authorization', ctx.admin);
      expect(feed.body.items.find((e: { id: string }) => e.id === r.json.id)).toEqual(r.json);
      // Only events after the subscription; a second pass sends nothing again.
      expect(await deliverer().deliverDue(ctx.clock.now())).toEqual({ queued: 0, attempted: 0, delivered: 0, failed: 0, retrying: 0 });
      expect(await deliveries(hook.id)).toEqual([
        expect.objectContaining({ eventId: r.json.id, eventType: 'inquiry.received', status: 'delivered', attempts: 1, lastStatusCode: 200, nextAttemptAt: null }),
      ]);
      await removeWebhook(hook.id);
    } finally {
      await receiver.close();
    }
  });

  it('retries a failed delivery after the backoff, with the same event id', async () => {
    const receiver = await startReceiver();
    receiver.respond = (n) => (n === 0 ? 500 : 204);
    try {
      const hook = await createWebhook(ctx, { url: receiver.url });
      await createInquiry(ctx, { procedureId });
      expect(await deliverer().deliverDue(ctx.clock.now())).toMatchObject({ attempted: 1, delivered: 0, retrying: 1 });
      const [failed] = await deliveries(hook.id);
      expect(failed).toMatchObject({
        status: 'retrying',
        attempts: 1,
        lastStatusCode: 500,
        lastError: 'HTTP 500',
        nextAttemptAt: new Date(ctx.clock.now().getTime() + 30_000).toISOString(),
      });
      // Not before it is due.
      ctx.clock.advance(29_000);
      expect((await deliverer().deliverDue(ctx.clock.now())).attempted).toBe(0);
      ctx.clock.advance(1_000);
      expect(await deliverer().deliverDue(ctx.clock.now())).toMatchObject({ attempted: 1, delivered: 1 });
      expect(receiver.received).toHaveLength(2);
      expect(receiver.received[1]!.headers['webhook-id']).toBe(receiver.received[0]!.headers['webhook-id']);
      expect(await deliveries(hook.id)).toEqual([expect.objectContaining({ status: 'delivered', attempts: 2, lastError: null, lastStatusCode: 204 })]);
      await removeWebhook(hook.id);
    } finally {
      await receiver.close();
    }
  });

  it('gives up after 8 attempts, visibly, and treats an unreachable URL and a timeout as failures', async () => {
    const receiver = await startReceiver();
    receiver.respond = () => 503;
    try {
      const hook = await createWebhook(ctx, { url: receiver.url, eventTypes: ['inquiry.received'] });
      await createInquiry(ctx, { procedureId });
      const reports = [];
      for (let attempt = 1; attempt <= 8; attempt += 1) {
        reports.push(await deliverer().deliverDue(ctx.clock.now()));
        ctx.clock.advance(retryDelayMs(attempt));
      }
      expect(reports.slice(0, 7).every((r) => r.retrying === 1)).toBe(true);
      expect(reports[7]).toMatchObject({ attempted: 1, failed: 1, retrying: 0 });
      expect(receiver.received).toHaveLength(8);
      ctx.clock.advance(24 * 3_600_000);
      expect((await deliverer().deliverDue(ctx.clock.now())).attempted).toBe(0);
      expect(await deliveries(hook.id, '&status=failed')).toEqual([
        expect.objectContaining({ status: 'failed', attempts: 8, lastError: 'HTTP 503', nextAttemptAt: null }),
      ]);
      expect(await deliveries(hook.id, '&status=retrying')).toEqual([]);
      await removeWebhook(hook.id);

      // Nobody listening.
      const gone = await startReceiver();
      await gone.close();
      const dead = await createWebhook(ctx, { url: gone.url, eventTypes: ['inquiry.received'] });
      await createInquiry(ctx, { procedureId });
      expect(await deliverer().deliverDue(ctx.clock.now())).toMatchObject({ attempted: 1, retrying: 1 });
      expect((await deliveries(dead.id))[0]!.lastError).toBe('fetch failed: ECONNREFUSED');
      await removeWebhook(dead.id);

      // No answer in time (a short timeout keeps the test quick).
      receiver.respond = () => 0;
      const hang = await createWebhook(ctx, { url: receiver.url, eventTypes: ['inquiry.received'] });
      await createInquiry(ctx, { procedureId });
      const impatient = createWebhookDeliverer({ db: ctx.db.prisma, clock: ctx.clock, options: { timeoutMs: 100 } });
      expect(await impatient.deliverDue(ctx.clock.now())).toMatchObject({ attempted: 1, retrying: 1 });
      expect((await deliveries(hang.id))[0]!.lastError).toBe('no answer within 100 ms');
      await removeWebhook(hang.id);
    } finally {
      await receiver.close();
    }
  });

  it('delivers the events of one procedure in order: a later one waits while an earlier one is retried', async () => {
    const other = (await createProcedure(ctx)).procedure.id;
    const receiver = await startReceiver();
    let failedOnce = false;
    receiver.respond = (_n, r) => {
      if (r.json.type === 'inquiry.received' && r.json.procedureId === procedureId && !failedOnce) {
        failedOnce = true;
        return 500;
      }
      return 200;
    };
    try {
      const hook = await createWebhook(ctx, { url: receiver.url, eventTypes: ['inquiry.received', 'inquiry.answered'] });
      const first = await createInquiry(ctx, { procedureId });
      expect((await api().patch(`/v1/inquiries/${first.id}`).set('authorization', ctx.admin).send({})).status).toBe(200);
      await createInquiry(ctx, { procedureId: other });

      // The other procedure's event goes; the answer waits for the failed question.
      expect(await deliverer().deliverDue(ctx.clock.now())).toMatchObject({ queued: 3, attempted: 2, delivered: 1, retrying: 1 });
      expect(receiver.received.map((r) => [r.json.procedureId, r.json.type]).sort()).toEqual(
        [[other, 'inquiry.received'], [procedureId, 'inquiry.received']].sort(),
      );
      expect((await deliveries(hook.id, '&status=pending')).map((d) => d.eventType)).toEqual(['inquiry.answered']);

      // Once the question is delivered, the answer follows in the same pass.
      ctx.clock.advance(30_000);
      expect(await deliverer().deliverDue(ctx.clock.now())).toMatchObject({ attempted: 2, delivered: 2 });
      const mine = receiver.received.filter((r) => r.json.procedureId === procedureId).map((r) => r.json.type);
      expect(mine).toEqual(['inquiry.received', 'inquiry.received', 'inquiry.answered']);
      await removeWebhook(hook.id);
    } finally {
      await receiver.close();
    }
  });

  it('two instances delivering at the same moment send each event exactly once', async () => {
    const second = await ctx.secondInstance();
    const other = (await createProcedure(ctx)).procedure.id;
    const receiver = await startReceiver();
    try {
      const hook = await createWebhook(ctx, { url: receiver.url, eventTypes: ['inquiry.received'] });
      for (let i = 0; i < 4; i += 1) {
        await createInquiry(ctx, { procedureId });
        await createInquiry(ctx, { procedureId: other });
        await createInquiry(ctx, {});
      }
      const a = createWebhookDeliverer({ db: ctx.db.prisma, clock: ctx.clock, options: { concurrency: 2 } });
      const b = createWebhookDeliverer({ db: second.db, clock: ctx.clock, options: { concurrency: 2 } });
      const now = ctx.clock.now();
      const reports = await Promise.all([a.deliverDue(now), b.deliverDue(now), a.deliverDue(now), b.deliverDue(now)]);
      expect(reports.reduce((n, r) => n + r.queued, 0)).toBe(12);
      expect(reports.reduce((n, r) => n + r.attempted, 0)).toBe(12);
      expect(reports.reduce((n, r) => n + r.delivered, 0)).toBe(12);
      const ids = receiver.received.map((r) => r.json.id);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      // Per procedure, in event order.
      for (const p of [procedureId, other]) {
        const seq = receiver.received.filter((r) => r.json.procedureId === p).map((r) => BigInt(r.json.id));
        expect(seq).toEqual([...seq].sort((x, y) => (x < y ? -1 : 1)));
      }
      expect(await deliveries(hook.id, '&status=delivered')).toHaveLength(12);
      await removeWebhook(hook.id);
    } finally {
      await receiver.close();
    }
  });
});

describe('a delivery survives a restart of the API', () => {
  it('is made by the next instance, from its background loop, after the first one stopped', async () => {
    const own = await createTestApp({ now: '2026-01-05T10:00:00+01:00' });
    const receiver = await startReceiver();
    try {
      const hook = await createWebhook(own, { url: receiver.url, eventTypes: ['inquiry.received'] });
      const inquiry = await createInquiry(own, {});
      // The instance that made the change stops before delivering anything.
      await own.app.close();
      expect(receiver.received).toHaveLength(0);

      const db = own.database.open();
      const next = await buildApp({
        config: { ...own.config, WEBHOOK_LOOP: true, WEBHOOK_INTERVAL_MS: 100 },
        db: db.prisma,
        pool: db.pool,
        clock: own.clock,
        logger: false,
      });
      await next.ready();
      try {
        const [r] = await receiver.waitFor(1);
        expect(r!.json).toMatchObject({ type: 'inquiry.received', entityId: inquiry.id });
        expect(verify(hook.secret, r!)).toBe(true);
      } finally {
        await next.close();
      }
      const [delivery] = await db.prisma.webhookDelivery.findMany({ where: { webhookId: hook.id } });
      expect(delivery).toMatchObject({ status: 'delivered', attempts: 1 });
    } finally {
      await receiver.close();
      await own.close();
    }
  });
});

