import { readFile } from 'node:fs/promises';
import { databaseParts } from '../../src/db/client.js';
import request from 'supertest';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { buildApp } from '../../src/app.js';
import { EVENT_TYPES } from '../../src/domain/event-types.js';
import { targetPolicy } from '../../src/domain/webhook-targets.js';
import { createWebhookDeliverer, retryDelayMs } from '../../src/modules/webhooks/webhook-deliverer.js';
import { agencyKey } from '../factories/committee.js';
import { createInquiry } from '../factories/inquiries.js';
import { createProcedure } from '../factories/procedures.js';
import { createWebhook, startReceiver, type Received } from '../factories/webhooks.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

const PRIVATE_TARGETS = { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' };

let ctx: TestContext;
let procedureId: string;

beforeAll(async () => {
  // The receivers of these tests listen on 127.0.0.1.
  ctx = await createTestApp({ now: '2025-12-22T09:00:00+01:00', env: PRIVATE_TARGETS });
  procedureId = (await createProcedure(ctx, { open: true })).procedure.id;
});

afterAll(async () => {
  await ctx.close();
});

const api = () => request(ctx.app.server);
const deliverer = () => createWebhookDeliverer({ db: ctx.db.prisma, clock: ctx.clock, policy: targetPolicy(ctx.config) });
const removeWebhook = (id: string) => api().delete(`/v1/webhooks/${id}`).set('authorization', ctx.admin);

/**
 * What a receiver does: verify the delivery with the Standard Webhooks
 * library. It refuses timestamps more than 5 minutes from its own clock, so
 * its clock is set to the moment the delivery was received (the test clock).
 */
function verify(secret: string, r: Received): boolean {
  vi.useFakeTimers({ toFake: ['Date'], now: Number(r.headers['webhook-timestamp']) * 1000 + 2_000 });
  try {
    new Webhook(secret).verify(r.body, r.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  } finally {
    vi.useRealTimers();
  }
}

async function deliveries(webhookId: string, query = '') {
  const res = await api().get(`/v1/webhooks/${webhookId}/deliveries?limit=100${query}`).set('authorization', ctx.admin);
  expect(res.status).toBe(200);
  return res.body.items as Array<{
    eventId: string;
    eventType: string;
    status: string;
    attempts: number;
    lastError: string | null;
    lastStatusCode: number | null;
    nextAttemptAt: string | null;
    deliveredAt: string | null;
  }>;
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
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
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
      expect(verify(`whsec_${Buffer.from('another secret of enough length').toString('base64')}`, r)).toBe(false);
      expect(r.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
      expect(r.headers['webhook-timestamp']).toBe(String(Math.floor(ctx.clock.now().getTime() / 1000)));
      expect(r.json).toMatchObject({ type: 'inquiry.received', procedureId, entityType: 'inquiry', entityId: inquiry.id });
      expect(r.headers['webhook-id']).toBe(r.json.id);
      // The same shape as the event in the feed.
      const feed = await api().get('/v1/events?types=inquiry.received&limit=100').set('authorization', ctx.admin);
      expect(feed.body.items.find((e: { id: string }) => e.id === r.json.id)).toEqual(r.json);
      // Only events after the subscription; a second pass sends nothing again.
      expect(await deliverer().deliverDue(ctx.clock.now())).toEqual({ queued: 0, attempted: 0, delivered: 0, failed: 0, retrying: 0 });
      expect(await deliveries(hook.id)).toEqual([
        expect.objectContaining({
          eventId: r.json.id,
          eventType: 'inquiry.received',
          status: 'delivered',
          attempts: 1,
          lastStatusCode: 200,
          nextAttemptAt: null,
        }),
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
      expect((await deliveries(dead.id))[0]!.lastError).toBe('could not connect: ECONNREFUSED');
      await removeWebhook(dead.id);

      // No answer in time (a short timeout keeps the test quick).
      receiver.respond = () => 0;
      const hang = await createWebhook(ctx, { url: receiver.url, eventTypes: ['inquiry.received'] });
      await createInquiry(ctx, { procedureId });
      const impatient = createWebhookDeliverer({ db: ctx.db.prisma, clock: ctx.clock, policy: targetPolicy(ctx.config), options: { timeoutMs: 100 } });
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
        [
          [other, 'inquiry.received'],
          [procedureId, 'inquiry.received'],
        ].sort(),
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
      const policy = targetPolicy(ctx.config);
      const a = createWebhookDeliverer({ db: ctx.db.prisma, clock: ctx.clock, policy, options: { concurrency: 2 } });
      const b = createWebhookDeliverer({ db: second.db, clock: ctx.clock, policy, options: { concurrency: 2 } });
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

describe('event types', () => {
  it('refuses types that are not emitted, naming each one and its place', async () => {
    const res = await api()
      .post('/v1/webhooks')
      .set('authorization', ctx.admin)
      .send({ url: 'http://127.0.0.1:9/', eventTypes: ['inquiry.received', 'inquiry.recieved', 'procedure.deleted'] });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: 'body.eventTypes.1', message: expect.stringContaining('"inquiry.recieved" is not an event type') }),
      expect.objectContaining({ path: 'body.eventTypes.2', message: expect.stringContaining('"procedure.deleted" is not an event type') }),
    ]);
  });

  it('accepts every type of the list, which the contract publishes as the enum of eventTypes', async () => {
    const res = await api()
      .post('/v1/webhooks')
      .set('authorization', ctx.admin)
      .send({ url: 'http://127.0.0.1:9/', eventTypes: [...EVENT_TYPES] });
    expect(res.status).toBe(201);
    expect(res.body.eventTypes).toEqual([...EVENT_TYPES]);
    await removeWebhook(res.body.id);
    const doc = parse(await readFile(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
    let op = doc.paths['/v1/webhooks'].post.requestBody.content['application/json'].schema;
    if (op.$ref) op = doc.components.schemas[op.$ref.split('/').pop()];
    expect(op.properties.eventTypes.items.enum).toEqual(['*', ...EVENT_TYPES]);
  });
});

describe('secret rotation', () => {
  const rotate = (id: string, body: object, auth = ctx.admin) => api().post(`/v1/webhooks/${id}/rotate-secret`).set('authorization', auth).send(body);
  const signatures = (r: Received) => String(r.headers['webhook-signature']).split(' ');

  it('signs with both secrets during the overlap, then with the new one alone', async () => {
    const receiver = await startReceiver();
    try {
      const hook = await createWebhook(ctx, { url: receiver.url, eventTypes: ['inquiry.received'] });
      const rotated = await rotate(hook.id, { overlapSeconds: 3600 });
      expect(rotated.status).toBe(200);
      expect(rotated.headers['cache-control']).toBe('no-store');
      expect(rotated.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(rotated.body.secret).not.toBe(hook.secret);
      const until = new Date(ctx.clock.now().getTime() + 3_600_000).toISOString();
      expect(rotated.body).toMatchObject({ id: hook.id, previousSecretExpiresAt: until });
      const shown = await api().get(`/v1/webhooks/${hook.id}`).set('authorization', ctx.admin);
      expect(shown.body).toMatchObject({ previousSecretExpiresAt: until });
      expect(shown.body).not.toHaveProperty('secret');
      const audit = await ctx.db.prisma.auditEntry.findFirstOrThrow({ where: { entityId: hook.id, action: 'webhook.secret_rotated' } });
      expect(JSON.stringify(audit.changes)).not.toContain(rotated.body.secret.slice(6));
      expect(JSON.stringify(audit.changes)).not.toContain(hook.secret.slice(6));

      // During the overlap: two signatures, each secret verifies.
      await createInquiry(ctx, { procedureId });
      expect(await deliverer().deliverDue(ctx.clock.now())).toMatchObject({ delivered: 1 });
      const during = receiver.received[0]!;
      expect(signatures(during)).toHaveLength(2);
      expect(verify(rotated.body.secret, during)).toBe(true);
      expect(verify(hook.secret, during)).toBe(true);
      expect(verify(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, during)).toBe(false);

      // After it: the new secret alone.
      ctx.clock.advance(3_600_000);
      await createInquiry(ctx, { procedureId });
      expect(await deliverer().deliverDue(ctx.clock.now())).toMatchObject({ delivered: 1 });
      const after = receiver.received[1]!;
      expect(signatures(after)).toHaveLength(1);
      expect(verify(rotated.body.secret, after)).toBe(true);
      expect(verify(hook.secret, after)).toBe(false);
      expect((await api().get(`/v1/webhooks/${hook.id}`).set('authorization', ctx.admin)).body.previousSecretExpiresAt).toBeNull();

      // No overlap: the replaced secret stops at once; a secret of one's own is taken.
      const own = `whsec_${Buffer.alloc(48, 1).toString('base64')}`;
      const immediate = await rotate(hook.id, { overlapSeconds: 0, secret: own });
      expect(immediate.status).toBe(200);
      expect(immediate.body).toMatchObject({ secret: own, previousSecretExpiresAt: null });
      await createInquiry(ctx, { procedureId });
      await deliverer().deliverDue(ctx.clock.now());
      const last = receiver.received[2]!;
      expect(signatures(last)).toHaveLength(1);
      expect(verify(own, last)).toBe(true);
      expect(verify(rotated.body.secret, last)).toBe(false);
      await removeWebhook(hook.id);
    } finally {
      await receiver.close();
    }
  });

  it('refuses secrets that are not Standard Webhooks secrets, unknown webhooks and non-admins', async () => {
    const hook = await createWebhook(ctx, { url: 'http://127.0.0.1:9/' });
    const short = await rotate(hook.id, { secret: `whsec_${Buffer.alloc(16).toString('base64')}` });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ path: 'body.secret', message: expect.stringContaining('24 to 64 bytes') })]);
    const plain = await api()
      .post('/v1/webhooks')
      .set('authorization', ctx.admin)
      .send({ url: 'http://127.0.0.1:9/', eventTypes: ['*'], secret: 'a-long-enough-secret-0123456789' });
    expect(plain.status).toBe(400);
    expect(plain.body.errors).toEqual([expect.objectContaining({ path: 'body.secret', message: expect.stringContaining('whsec_') })]);
    expect((await rotate(hook.id, { overlapSeconds: 8 * 24 * 3600 })).status).toBe(400);
    expect((await rotate('00000000-0000-4000-8000-000000000000', {})).status).toBe(404);
    const consultant = await agencyKey(ctx, 'consultant');
    expect((await rotate(hook.id, {}, consultant.authorization)).status).toBe(403);
    await removeWebhook(hook.id);
  });
});

describe('a delivery survives a restart of the API', () => {
  it('is made by the next instance, from its background loop, after the first one stopped', async () => {
    const own = await createTestApp({ now: '2026-01-05T10:00:00+01:00', env: PRIVATE_TARGETS });
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
        ...databaseParts(db),
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
