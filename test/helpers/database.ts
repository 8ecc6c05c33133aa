import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, type Database } from '../../src/db/client.js';

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('pgServerUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  open(options?: { poolSize?: number }): Database;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template: fast and isolated. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `pt_test_${randomBytes(6).toString('hex')}`;
  const template = inject('templateDb');
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = withDatabase(inject('pgServerUrl'), name);
  const opened: Database[] = [];
  return {
    name,
    url,
    open(options = {}) {
      const db = createDatabase({ url, poolSize: options.poolSize ?? 5, connectTimeoutMs: 3000, statementTimeoutMs: 15000 });
      opened.push(db);
      return db;
    },
    async drop() {
      await Promise.all(opened.map((d) => d.close().catch(() => undefined)));
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** An empty database (not migrated), for the migration tests. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `pt_empty_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabase(inject('pgServerUrl'), name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
