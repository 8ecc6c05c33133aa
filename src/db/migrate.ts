import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

// Prisma Migrate takes this advisory lock too, so our step and `prisma migrate
// deploy` never run at the same time against one database.
const PRISMA_ADVISORY_LOCK = 72707369;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * The package's `prisma/migrations`, found from this module's own file rather
 * than the working directory: the nearest folder above it that has one. That
 * is the package root both for the source (src/db/migrate.ts) and for the
 * build (dist/src/db/migrate.js), wherever the process is started from.
 */
export function findMigrationsDir(from = path.dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'prisma', 'migrations');
    if (existsSync(path.join(candidate, 'migration_lock.toml'))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

export const MIGRATIONS_DIR = findMigrationsDir() ?? '';

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  if (!dir) {
    throw new MigrationError(
      `No prisma/migrations folder beside this installation (searched from ${path.dirname(fileURLToPath(import.meta.url))} upwards); copy prisma/migrations next to package.json.`,
    );
  }
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      // Prisma records the SHA-256 of the file's content as its checksum.
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations in name order, each in its own transaction,
 * under an advisory lock so that instances starting together apply each
 * migration exactly once. Records them in `_prisma_migrations` as Prisma does.
 */
export async function migrate(connectionString: string, dir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const files = await readMigrations(dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
    try {
      await client.query(CREATE_TABLE);
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
      );
      const applied = new Map(rows.map((r) => [r.migration_name, r]));
      for (const row of rows) {
        if (!row.finished_at) {
          throw new MigrationError(`Migration ${row.migration_name} started but never finished; repair the database, then mark it rolled back.`);
        }
      }
      // Check everything before applying anything: a database this code must
      // refuse should not first receive the migrations this code brings.
      const known = new Set(files.map((f) => f.name));
      const unknown = rows.filter((r) => !known.has(r.migration_name)).map((r) => r.migration_name);
      if (unknown.length > 0) {
        throw new MigrationError(`The database has migrations this code does not know: ${unknown.join(', ')}. Is this an older version of the service?`);
      }
      for (const file of files) {
        const record = applied.get(file.name);
        if (record && record.checksum !== file.checksum) {
          throw new MigrationError(
            `Migration ${file.name} was changed after it was applied (checksum ${record.checksum.slice(0, 12)}… in the database, ${file.checksum.slice(0, 12)}… on disk). Applied migrations must not be edited: restore the file and add a new migration instead.`,
          );
        }
      }
      const done: string[] = [];
      for (const file of files) {
        if (applied.has(file.name)) continue;
        await client.query('BEGIN');
        try {
          const id = randomUUID();
          await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())', [
            id,
            file.checksum,
            file.name,
          ]);
          await client.query(file.sql);
          await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new MigrationError(`Migration ${file.name} failed: ${(error as Error).message}`);
        }
        done.push(file.name);
      }
      return { applied: done, alreadyApplied: files.length - done.length };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}
