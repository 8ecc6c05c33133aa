import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { createDatabase, databaseParts, type Database } from '../../src/db/client.js';
import { startEmbeddedPostgres, type EmbeddedHandle } from '../../src/db/embedded.js';
import { migrate } from '../../src/db/migrate.js';
import { FixedClock } from '../../src/lib/clock.js';
import { ADMIN_KEY } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const admin = `Bearer ${ADMIN_KEY}`;
const config = parseConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  ADMIN_API_KEY: ADMIN_KEY,
  WEBHOOK_LOOP: 'false',
  SWEEP_INTERVAL_MS: '0',
  SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
  RATE_LIMIT_MAX: '1000000',
  ADDRESS_RATE_LIMIT_MAX: '1000000',
  DB_CONNECT_TIMEOUT_MS: '1000',
  DB_STATEMENT_TIMEOUT_MS: '2000',
});

interface Answer {
  status: number;
  type: string;
  retryAfter: string | null;
  code?: string;
}

async function call(base: string, init: { method: string; path: string; body?: unknown; key?: string }): Promise<Answer> {
  const res = await fetch(`${base}${init.path}`, {
    method: init.method,
    headers: { authorization: init.key ?? admin, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { code?: string }).code;
  } catch {
    code = undefined;
  }
  return { status: res.status, type: res.headers.get('content-type') ?? '', retryAfter: res.headers.get('retry-after'), code };
}

describe('PostgreSQL restarting under load (its own embedded cluster)', () => {
  let dir: string;
  let port: number;
  let cluster: EmbeddedHandle | null = null;
  let db: Database;
  let app: FastifyInstance;
  let base: string;

  const start = async () => {
    cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port, database: 'restart' });
    return cluster;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pt-restart-pg-'));
    // As root, PostgreSQL runs as the postgres user, who must reach the folder.
    await chmod(dir, 0o755);
    port = await freePort();
    const handle = await start();
    await migrate(handle.url);
    db = createDatabase({ url: handle.url, poolSize: 6, connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS, statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS });
    app = await buildApp({
      config,
      ...databaseParts(db),
      clock: new FixedClock(new Date('2026-01-05T09:00:00Z')),
      logger: false,
    });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('answers every request with 2xx or 503 problem+json with Retry-After while it stops and starts, never 500', async () => {
    const created = await call(base, { method: 'POST', path: '/v1/api-keys', body: { name: 'Restart', role: 'consultant' } });
    expect(created.status).toBe(201);
    const keyRes = await fetch(`${base}/v1/api-keys`, {
      method: 'POST',
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Stored', role: 'consultant' }),
    });
    const stored = `Bearer ${((await keyRes.json()) as { token: string }).token}`;

    const answers: Answer[] = [];
    let running = true;
    let n = 0;
    const worker = async (w: number) => {
      while (running) {
        n++;
        const kind = (n + w) % 3;
        const answer = await call(
          base,
          kind === 0
            ? { method: 'GET', path: '/v1/clients' }
            : kind === 1
              ? { method: 'POST', path: '/v1/clients', body: { name: `Restart ${n} BV` } }
              : // A stored key: authentication itself needs the database.
                { method: 'GET', path: '/v1/procedures', key: stored },
        ).catch((error: Error) => ({ status: 0, type: error.message, retryAfter: null }));
        answers.push(answer);
      }
    };
    const workers = [0, 1, 2, 3, 4, 5].map(worker);
    const served = async () => {
      const from = answers.length;
      for (let i = 0; i < 400; i++) {
        if (answers.slice(from).some((a) => a.status >= 200 && a.status < 300)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the app did not serve again after PostgreSQL came back');
    };

    try {
      await served();
      for (let cycle = 0; cycle < 3; cycle++) {
        await cluster!.stop();
        cluster = null;
        await new Promise((r) => setTimeout(r, 300 + cycle * 200));
        await start();
        await served();
      }
    } finally {
      running = false;
      await Promise.all(workers);
    }

    const unexpected = answers.filter(
      (a) =>
        !(a.status >= 200 && a.status < 300) &&
        !(a.status === 503 && a.type.startsWith('application/problem+json') && a.code === 'DATABASE_UNAVAILABLE' && Number(a.retryAfter) > 0),
    );
    expect(unexpected).toEqual([]);
    expect(answers.filter((a) => a.status === 503).length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status >= 200 && a.status < 300).length).toBeGreaterThan(0);
  }, 180_000);
});

describe('a database that refuses more connections', () => {
  let database: TestDatabase;
  let limited: Database | null = null;
  const role = `pt_limited_${process.pid}`;
  let serverUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    serverUrl = database.url;
    const su = new pg.Client({ connectionString: serverUrl });
    await su.connect();
    await su.query(`DROP ROLE IF EXISTS ${role}`);
    // No connection allowed: PostgreSQL refuses with SQLSTATE 53300 (too many connections).
    await su.query(`CREATE ROLE ${role} LOGIN PASSWORD 'limited' CONNECTION LIMIT 0`);
    await su.end();
  });

  afterAll(async () => {
    await limited?.close();
    await database?.drop();
    const su = new pg.Client({ connectionString: serverUrl.replace(/\/[^/]*$/, '/postgres') });
    await su.connect();
    await su.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
    await su.end();
  });

  it('answers 503 with Retry-After (SQLSTATE 53300), not 500', async () => {
    const url = new URL(database.url);
    url.username = role;
    url.password = 'limited';
    limited = createDatabase({ url: url.toString(), poolSize: 2, connectTimeoutMs: 1000, statementTimeoutMs: 2000 });
    const app = await buildApp({
      config,
      ...databaseParts(limited),
      clock: new FixedClock(new Date()),
      logger: false,
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/v1/clients', headers: { authorization: admin } });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
