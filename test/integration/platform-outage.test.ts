import { createServer, connect, type Server, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { createDatabase, databaseParts, type Database } from '../../src/db/client.js';
import { FixedClock } from '../../src/lib/clock.js';
import { ADMIN_KEY } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

/**
 * A TCP proxy in front of the test PostgreSQL: closing it (and cutting every
 * connection through it) is, for the app, PostgreSQL stopping; listening on
 * the same port again is PostgreSQL coming back.
 */
class DatabaseProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;
  private frozen = false;
  private readonly held: Array<() => void> = [];

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      const forward = (to: Socket) => (chunk: Buffer) => {
        if (this.frozen) this.held.push(() => to.write(chunk));
        else to.write(chunk);
      };
      client.on('data', forward(upstream));
      upstream.on('data', forward(client));
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    this.server = server;
  }

  /** Holds every byte back, connections open: a server that stopped answering (SIGSTOP, a frozen host). */
  freeze(): void {
    this.frozen = true;
  }

  /** Passes the held bytes on, as a server that continues. */
  thaw(): void {
    this.frozen = false;
    for (const send of this.held.splice(0)) send();
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

let database: TestDatabase;
let proxy: DatabaseProxy;
let db: Database;
let app: FastifyInstance;
const admin = `Bearer ${ADMIN_KEY}`;

beforeAll(async () => {
  database = await createTestDatabase();
  const target = new URL(database.url);
  proxy = new DatabaseProxy(target.hostname, Number(target.port || 5432));
  await proxy.start();
  const viaProxy = new URL(database.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ADMIN_API_KEY: ADMIN_KEY,
    WEBHOOK_LOOP: 'false',
    DB_CONNECT_TIMEOUT_MS: '1000',
    DB_STATEMENT_TIMEOUT_MS: '1000',
    // A busy test machine lags the event loop past the shedding limit; shedding has tests of its own.
    SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
  });
  db = createDatabase({
    url: viaProxy.toString(),
    poolSize: 4,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  });
  app = await buildApp({
    config,
    ...databaseParts(db),
    clock: new FixedClock(new Date('2026-01-05T09:00:00Z')),
    logger: false,
  });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  await proxy?.stop();
  await database?.drop();
});

const api = () => request(app.server);

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - started };
}

describe('database outage', () => {
  it('answers 503 while PostgreSQL is down, stays up, and serves again when it is back', async () => {
    // Up: warm the pool so that there are live connections to lose.
    await Promise.all([1, 2, 3].map(() => api().get('/v1/clients').set('authorization', admin).expect(200)));
    expect((await api().post('/v1/clients').set('authorization', admin).send({ name: 'Before BV' })).status).toBe(201);
    expect((await api().get('/ready')).body).toMatchObject({ status: 'ready', database: 'up' });

    await proxy.stop();

    const read = await timed(() => api().get('/v1/clients').set('authorization', admin));
    expect(read.value.status).toBe(503);
    expect(read.value.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(read.value.body).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(read.value.headers['retry-after']).toBeDefined();
    expect(read.value.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
    expect(read.ms).toBeLessThan(5000);

    // Every request that needs the database, reads and writes alike, and again and again.
    for (const attempt of [
      () => api().get('/v1/clients').set('authorization', admin),
      () => api().get('/v1/procedures').set('authorization', admin),
      () => api().post('/v1/clients').set('authorization', admin).send({ name: 'During BV' }),
      () => api().post('/v1/clients').set('authorization', admin).set('idempotency-key', 'outage-1').send({ name: 'During BV' }),
    ]) {
      const { value, ms } = await timed(attempt);
      expect(value.status).toBe(503);
      expect(value.body.code).toBe('DATABASE_UNAVAILABLE');
      expect(ms).toBeLessThan(5000);
    }

    expect((await api().get('/health')).status).toBe(200);
    const ready = await timed(() => api().get('/ready'));
    expect(ready.value.status).toBe(503);
    expect(ready.value.body).toMatchObject({ status: 'unavailable', database: 'down' });
    expect(ready.ms).toBeLessThan(5000);

    // PostgreSQL is back on the same address: the same app serves again.
    await proxy.start();
    const back = await api().get('/v1/clients').set('authorization', admin);
    expect(back.status).toBe(200);
    expect(back.body.items.map((c: { name: string }) => c.name)).toEqual(['Before BV']);
    expect((await api().get('/ready')).status).toBe(200);
    expect((await api().post('/v1/clients').set('authorization', admin).send({ name: 'After BV' })).status).toBe(201);
  });

  it('answers 503 within seconds when PostgreSQL stops answering without closing connections', async () => {
    await Promise.all([1, 2, 3].map(() => api().get('/v1/clients').set('authorization', admin).expect(200)));
    proxy.freeze();
    try {
      const attempts = await Promise.all(
        [
          () => api().get('/v1/clients').set('authorization', admin),
          () => api().get('/v1/procedures').set('authorization', admin),
          () => api().post('/v1/clients').set('authorization', admin).send({ name: 'Frozen BV' }),
          () => api().get('/ready'),
        ].map((fn) => timed(fn)),
      );
      for (const { value, ms } of attempts) {
        expect(value.status).toBe(503);
        expect(ms).toBeLessThan(5000);
      }
      expect(attempts.slice(0, 3).map((a) => a.value.body.code)).toEqual(Array(3).fill('DATABASE_UNAVAILABLE'));
      expect((await api().get('/health')).status).toBe(200);
    } finally {
      proxy.thaw();
    }
    // The server continues: the app serves again without a restart.
    expect((await api().get('/v1/clients').set('authorization', admin)).status).toBe(200);
    expect((await api().get('/ready')).status).toBe(200);
    expect((await api().post('/v1/clients').set('authorization', admin).send({ name: 'Thawed BV' })).status).toBe(201);
  });
});
