import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { migrate } from '../../src/db/migrate.js';
import { freePort } from '../lib/processes.js';

export { freePort };

export interface BenchDatabase {
  url: string;
  close(): Promise<void>;
}

export interface BenchServer {
  /** Where the databases live: DATABASE_URL's server, or "embedded". */
  label: string;
  /** A fresh, migrated database of its own name (pt_bench_…). */
  createDatabase(): Promise<BenchDatabase>;
  close(): Promise<void>;
}

/**
 * A PostgreSQL server for throwaway databases: DATABASE_URL's server (only
 * databases this creates are touched, and dropped again), or an embedded one
 * in a temporary directory.
 */
export async function benchServer(): Promise<BenchServer> {
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
  const server = serverUrl;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const created = new Set<string>();
  return {
    label: stopEmbedded ? 'embedded PostgreSQL' : `DATABASE_URL's server (${new URL(server).host})`,
    async createDatabase() {
      const name = `pt_bench_${randomBytes(4).toString('hex')}`;
      await admin(`CREATE DATABASE "${name}"`);
      created.add(name);
      const u = new URL(server);
      u.pathname = `/${name}`;
      const url = u.toString();
      await migrate(url);
      return {
        url,
        async close() {
          if (!created.delete(name)) return;
          await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        },
      };
    },
    async close() {
      for (const name of created) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      created.clear();
      await stopEmbedded?.();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** One fresh, migrated database on a server of its own making (see benchServer). */
export async function benchDatabase(): Promise<BenchDatabase> {
  const server = await benchServer();
  const database = await server.createDatabase();
  return {
    url: database.url,
    async close() {
      await database.close();
      await server.close();
    },
  };
}
