import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp, type App } from '../../src/app.js';
import { parseConfig, type Config } from '../../src/config/env.js';
import { createDatabase, type Database } from '../../src/db/client.js';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { migrate } from '../../src/db/migrate.js';
import { systemClock, type Clock } from '../../src/lib/clock.js';
import { freePort } from '../lib/processes.js';

export { freePort };


export interface BenchDatabase {
  url: string;
  close(): Promise<void>;
}

/** A fresh, migrated database: on DATABASE_URL's server, or an embedded one. */
export async function benchDatabase(): Promise<BenchDatabase> {
  let serverUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!serverUrl) {
    dir = await mkdtemp(path.join(tmpdir(), 'pt-bench-'));
    await chmod(dir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), database: 'postgres' });
    serverUrl = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  const name = `pt_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  await migrate(url);
  return {
    url,
    async close() {
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
      await stopEmbedded?.();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface RunningApi {
  app: App;
  url: string;
  db: Database;
  config: Config;
  adminKey: string;
  close(): Promise<void>;
}

export async function startApi(dbUrl: string, options: { clock?: Clock; env?: Record<string, string> } = {}): Promise<RunningApi> {
  const adminKey = randomBytes(24).toString('hex');
  const config = parseConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    ADMIN_API_KEY: adminKey,
    RATE_LIMIT_MAX: '100000000',
    ADDRESS_RATE_LIMIT_MAX: '100000000',
    WEBHOOK_LOOP: 'false',
    SWEEP_INTERVAL_MS: '0',
    DB_POOL_SIZE: '10',
    ...options.env,
  });
  const db = createDatabase({ url: dbUrl, poolSize: config.DB_POOL_SIZE, connectTimeoutMs: 5000, statementTimeoutMs: 60000 });
  const app = await buildApp({ config, db: db.prisma, pool: db.pool, clock: options.clock ?? systemClock, logger: false });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    url: address,
    db,
    config,
    adminKey,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

export interface LoadResult {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export async function load(
  name: string,
  url: string,
  options: { headers?: Record<string, string>; duration?: number; connections?: number; requests?: autocannon.Request[]; method?: string; body?: string } = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections ?? 16,
    duration: options.duration ?? 8,
    headers: options.headers,
    method: (options.method ?? 'GET') as 'GET',
    body: options.body,
    requests: options.requests,
  });
  return {
    name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function printTable(rows: LoadResult[]) {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx'];
  const lines = rows.map((r) => [r.name, String(r.rps), r.p50.toFixed(1), r.p99.toFixed(1), String(r.errors), String(r.non2xx)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
}
