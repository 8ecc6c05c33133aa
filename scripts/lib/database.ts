import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../../src/config/env.js';
import { loadConfig, openDatabaseTarget, type DatabaseTarget } from '../../src/bootstrap.js';
import { createDatabase, type Database } from '../../src/db/client.js';
import { createLogger } from '../../src/logger.js';

const EMBEDDED_USER = 'postgres:postgres';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * A command-line script's logger: on stderr, so that stdout carries the
 * script's report alone; at LOG_LEVEL when it is set, else warnings and errors only.
 */
export function scriptLogger(config: Config): Promise<Logger> {
  return createLogger({ ...config, LOG_LEVEL: process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn' }, { fd: 2 });
}

export interface ScriptContext {
  config: Config;
  log: Logger;
  /** What the start-up step did: the migrations it applied. */
  migrations: DatabaseTarget['migrations'];
}

/**
 * Opens the service's database for a command-line script: DATABASE_URL, or
 * the embedded PostgreSQL of `npm start` (reused while the service runs,
 * started for the duration of the script otherwise). Migrations are applied.
 */
export async function withScriptDatabase<T>(fn: (db: Database, config: Config, context: ScriptContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const log = await scriptLogger(config);
  let url = config.DATABASE_URL;
  if (!url) {
    const running = `postgresql://${EMBEDDED_USER}@127.0.0.1:${config.EMBEDDED_PG_PORT}/procedure_tracker`;
    if (await answers(running)) {
      url = running;
    }
  }
  const target = url ? await openDatabaseTarget({ ...config, DATABASE_URL: url }, log) : await openDatabaseTarget(config, log);
  const stop = target.embedded ? () => target.embedded!.stop() : undefined;
  const db = createDatabase({
    url: target.url,
    poolSize: 4,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  });
  try {
    return await fn(db, config, { config, log, migrations: target.migrations });
  } finally {
    await db.close();
    await stop?.();
  }
}
