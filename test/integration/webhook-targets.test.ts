import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targetPolicy } from '../../src/domain/webhook-targets.js';
import { createWebhookDeliverer } from '../../src/modules/webhooks/webhook-deliverer.js';
import { createInquiry } from '../factories/inquiries.js';
import { createWebhook, startReceiver } from '../factories/webhooks.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

// Default settings: private targets are not allowed.
let ctx: TestContext;
// A development setup that allows them.
let dev: TestContext;
// A resolver that fails as told by the host name (`<code>.fails.test`) and resolves any other name to a public address.
let flaky: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
  dev = await createTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
  flaky = await createTestApp({
    hostLookup: async (hostname) => {
      const code = /^([a-z_]+)\.fails\.test$/.exec(hostname)?.[1]?.toUpperCase();
      if (code) throw Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), { code });
      return [{ address: '93.184.215.14' }];
    },
  });
});

afterAll(async () => {
  await ctx?.close();
  await dev?.close();
  await flaky?.close();
});

const subscribe = (c: TestContext, url: string) =>
  request(c.app.server)
    .post('/v1/webhooks')
    .set('authorization', c.admin)
    .send({ url, eventTypes: ['inquiry.received'] });

async function deliveriesOf(c: TestContext, id: string) {
  const res = await request(c.app.server).get(`/v1/webhooks/${id}/deliveries`).set('authorization', c.admin);
  return res.body.items as Array<{ status: string; attempts: number; lastError: string | null; lastStatusCode: number | null }>;
}

describe('subscribing refuses URLs that reach internal addresses', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://127.0.0.1:5432/', 'loopback'],
    ['http://localhost:3000/hooks', 'loopback'],
    ['http://[::1]/hooks', 'loopback'],
    ['http://[::ffff:127.0.0.1]/hooks', 'loopback'],
    ['http://2130706433/hooks', 'loopback'],
    ['http://0x7f.1/hooks', 'loopback'],
    ['http://10.0.0.5/hooks', 'private'],
    ['http://172.20.1.1/hooks', 'private'],
    ['http://192.168.1.10/hooks', 'private'],
    ['http://[fd00::1]/hooks', 'private'],
    ['http://100.64.1.1/hooks', 'shared'],
    ['http://[fe80::1]/hooks', 'link-local'],
    ['http://0.0.0.0:3000/', 'unspecified'],
    ['http://[::]/', 'unspecified'],
    ['http://224.0.0.1/', 'multicast'],
  ])('%s (%s)', async (url, kind) => {
    const res = await subscribe(ctx, url);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('WEBHOOK_URL_REFUSED');
    expect(res.body.errors).toEqual([{ path: 'body.url', message: expect.stringContaining(kind) }]);
  });

  it('names the host name and the address it resolves to, and refuses a name that does not resolve', async () => {
    const local = await subscribe(ctx, 'http://localhost:3000/hooks');
    expect(local.body.errors[0].message).toMatch(/^must not point to (127\.0\.0\.1|::1) \(what localhost resolves to\): a loopback address/);
    const nowhere = await subscribe(ctx, 'https://no-such-host.invalid/hooks');
    expect(nowhere.status).toBe(422);
    expect(nowhere.body.errors).toEqual([{ path: 'body.url', message: 'has a host name, no-such-host.invalid, that does not resolve' }]);
  });

  it('allows loopback and private targets only with WEBHOOK_ALLOW_PRIVATE_TARGETS=true, and never link-local ones', async () => {
    for (const url of ['http://127.0.0.1:9/hooks', 'http://localhost:9/hooks', 'http://[::1]:9/hooks', 'http://192.168.1.10/hooks']) {
      const res = await subscribe(dev, url);
      expect(res.status, url).toBe(201);
      await request(dev.app.server).delete(`/v1/webhooks/${res.body.id}`).set('authorization', dev.admin);
    }
    const metadata = await subscribe(dev, 'http://169.254.169.254/latest/meta-data/');
    expect(metadata.status).toBe(422);
    expect(metadata.body.errors[0].message).toContain('link-local');
    expect((await subscribe(dev, 'http://[::ffff:169.254.169.254]/')).status).toBe(422);
  });

  it('requires https when NODE_ENV=production', async () => {
    const prod = await createTestApp({ env: { NODE_ENV: 'production' } });
    try {
      const res = await subscribe(prod, 'http://hooks.example.org/procedure-tracker');
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ path: 'body.url', message: 'must be an https:// URL in production' }]);
      expect((await subscribe(prod, 'https://127.0.0.1/hooks')).body.errors[0].message).toContain('loopback');
    } finally {
      await prod.close();
    }
  });
});

describe('each delivery checks the address again, after resolving the name', () => {
  it('refuses a name that now resolves to a loopback address: failed at once, with the reason, nothing sent', async () => {
    const receiver = await startReceiver();
    try {
      // Subscribed where private targets were allowed; delivered by a
      // deliverer where they are not, as when a name is re-pointed inward
      // after the subscription was checked.
      const url = receiver.url.replace('127.0.0.1', 'localhost');
      const hook = await createWebhook(dev, { url, eventTypes: ['inquiry.received'] });
      await createInquiry(dev, {});
      const strict = createWebhookDeliverer({ db: dev.db.prisma, clock: dev.clock, policy: targetPolicy(ctx.config) });
      expect(await strict.deliverDue(dev.clock.now())).toMatchObject({ attempted: 1, delivered: 0, failed: 1, retrying: 0 });
      expect(receiver.received).toHaveLength(0);
      const [delivery] = await deliveriesOf(dev, hook.id);
      expect(delivery).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null });
      expect(delivery!.lastError).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);

      // Where they are allowed, the same name is delivered to (to the address that was checked).
      await createInquiry(dev, {});
      const allowed = createWebhookDeliverer({ db: dev.db.prisma, clock: dev.clock, policy: targetPolicy(dev.config) });
      expect(await allowed.deliverDue(dev.clock.now())).toMatchObject({ delivered: 1 });
      expect(receiver.received).toHaveLength(1);
      await request(dev.app.server).delete(`/v1/webhooks/${hook.id}`).set('authorization', dev.admin);
    } finally {
      await receiver.close();
    }
  });

  it('refuses a stored URL that points to a link-local address even where private targets are allowed', async () => {
    const hook = await createWebhook(dev, { url: 'http://127.0.0.1:9/hooks', eventTypes: ['inquiry.received'] });
    await dev.db.prisma.webhook.update({ where: { id: hook.id }, data: { url: 'http://169.254.169.254/latest/meta-data/' } });
    await createInquiry(dev, {});
    const deliverer = createWebhookDeliverer({ db: dev.db.prisma, clock: dev.clock, policy: targetPolicy(dev.config) });
    expect(await deliverer.deliverDue(dev.clock.now())).toMatchObject({ attempted: 1, failed: 1 });
    const [delivery] = await deliveriesOf(dev, hook.id);
    expect(delivery).toMatchObject({
      status: 'failed',
      lastError: 'refused: the URL must not point to 169.254.169.254: a link-local address',
    });
    await request(dev.app.server).delete(`/v1/webhooks/${hook.id}`).set('authorization', dev.admin);
  });
});

describe('subscribing while the name cannot be looked up', () => {
  it.each(['eai_again', 'etimeout', 'eservfail', 'econnrefused'])(
    'a temporary failure (%s) is 503 DNS_UNAVAILABLE with Retry-After, and nothing is subscribed',
    async (code) => {
      const res = await subscribe(flaky, `https://${code}.fails.test/hooks`);
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toBe('30');
      expect(res.body.code).toBe('DNS_UNAVAILABLE');
      expect(res.body.detail).toContain(`${code}.fails.test`);
      expect(await flaky.db.prisma.webhook.count({ where: { url: { contains: 'fails.test' } } })).toBe(0);
    },
  );

  it.each(['enotfound', 'enodata', 'eai_noname', 'eai_nodata'])('a name that does not exist (%s) is 422 WEBHOOK_URL_REFUSED', async (code) => {
    const res = await subscribe(flaky, `https://${code}.fails.test/hooks`);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('WEBHOOK_URL_REFUSED');
    expect(res.body.errors).toEqual([{ path: 'body.url', message: `has a host name, ${code}.fails.test, that does not resolve` }]);
  });

  it('once the name resolves again, the same URL is subscribed', async () => {
    const res = await subscribe(flaky, 'https://hooks.example.org/hooks');
    expect(res.status).toBe(201);
  });
});
