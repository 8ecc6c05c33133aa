import { createHash } from 'node:crypto';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrate, MigrationError, MIGRATIONS_DIR } from '../../src/db/migrate.js';
import { secretKey } from '../../src/domain/webhook-signature.js';
import { createEmptyDatabase } from '../helpers/database.js';

type EmptyDatabase = Awaited<ReturnType<typeof createEmptyDatabase>>;

interface MigrationRow {
  id: string;
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
}

/** The migrations of the repository, read independently of src/db/migrate.ts. */
async function repositoryMigrations(): Promise<{ name: string; checksum: string }[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      // What Prisma records: the SHA-256 of the file's bytes, in hex.
      checksum: createHash('sha256')
        .update(await readFile(path.join(MIGRATIONS_DIR, name, 'migration.sql')))
        .digest('hex'),
    })),
  );
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const recorded = (url: string) =>
  withClient(url, async (c) => (await c.query<MigrationRow>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name, started_at')).rows);

const tableExists = (url: string, table: string) =>
  withClient(url, async (c) => (await c.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [`public.${table}`])).rows[0]?.t != null);

/** A copy of the migrations folder that a test may change; the real files are never touched. */
async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pt-migrations-'));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function addMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, 'migration.sql'), sql);
}

/** Runs `fn` and returns what it threw, failing if it did not throw. */
async function thrown(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a MigrationError, but the call succeeded');
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function emptyDatabase(): Promise<EmptyDatabase> {
  const db = await createEmptyDatabase();
  cleanups.push(() => db.drop());
  return db;
}

async function scratchMigrations(): Promise<string> {
  const dir = await copyOfMigrations();
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('migrations on a fresh database', () => {
  let shared: EmptyDatabase;
  beforeAll(async () => {
    shared = await createEmptyDatabase();
  });
  afterAll(async () => shared?.drop());

  it('two instances starting together both succeed and apply each migration exactly once, recorded as Prisma records it', async () => {
    const files = await repositoryMigrations();
    expect(files.length).toBeGreaterThan(0);

    const results = await Promise.all([migrate(shared.url), migrate(shared.url)]);

    // One instance applied everything while the other waited for the lock, then found nothing to do.
    const names = files.map((f) => f.name);
    expect(results.map((r) => r.applied).sort((a, b) => a.length - b.length)).toEqual([[], names]);
    expect(results.map((r) => r.alreadyApplied).sort()).toEqual([0, files.length]);

    const rows = await recorded(shared.url);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const [i, row] of rows.entries()) {
      expect(row).toMatchObject({
        migration_name: files[i]!.name,
        checksum: files[i]!.checksum,
        applied_steps_count: 1,
        rolled_back_at: null,
        logs: null,
      });
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
  });

  it('a second run applies nothing and records nothing', async () => {
    const before = await recorded(shared.url);
    const again = await migrate(shared.url);
    expect(again).toEqual({ applied: [], alreadyApplied: before.length });
    expect(await recorded(shared.url)).toEqual(before);
  });

  it('the audit trail refuses UPDATE, DELETE and TRUNCATE, whoever asks', async () => {
    await withClient(shared.url, async (c) => {
      const inserted = await c.query<{ id: string }>(
        `INSERT INTO "audit_entries" ("actor", "actor_role", "action", "entity_type", "entity_id", "at")
         VALUES ('key:admin', 'admin', 'procedure.created', 'procedure', 'p-1', now()) RETURNING id`,
      );
      const id = inserted.rows[0]!.id;
      const appendOnly = { code: '42501', message: 'audit_entries is append-only' };
      await expect(c.query(`UPDATE "audit_entries" SET "action" = 'tampered' WHERE id = $1`, [id])).rejects.toMatchObject(appendOnly);
      await expect(c.query(`DELETE FROM "audit_entries" WHERE id = $1`, [id])).rejects.toMatchObject(appendOnly);
      await expect(c.query(`TRUNCATE "audit_entries"`)).rejects.toMatchObject(appendOnly);
      const after = await c.query('SELECT "action" FROM "audit_entries"');
      expect(after.rows).toEqual([{ action: 'procedure.created' }]);
    });
  });
});

describe('migrations that went wrong', () => {
  it('refuses a migration file changed after it was applied, naming it, and applies nothing after it', async () => {
    const db = await emptyDatabase();
    const dir = await scratchMigrations();
    await migrate(db.url, dir);
    const before = await recorded(db.url);
    const [first] = await repositoryMigrations();

    await appendFile(path.join(dir, first!.name, 'migration.sql'), '\n-- edited after it was applied\n');
    await addMigration(dir, '29990101000000_after_the_edit', 'CREATE TABLE "after_the_edit" ("id" INTEGER);');

    const error = await thrown(() => migrate(db.url, dir));
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toContain(first!.name);
    expect(error.message).toMatch(/changed after it was applied/);
    expect(await tableExists(db.url, 'after_the_edit')).toBe(false);
    expect(await recorded(db.url)).toEqual(before);
  });

  it('rolls a failing migration back entirely, names it, and applies it once it is fixed', async () => {
    const db = await emptyDatabase();
    const dir = await scratchMigrations();
    const name = '29990101000000_broken';
    const goodPart = 'CREATE TABLE "broken_probe" ("id" INTEGER NOT NULL);\nINSERT INTO "broken_probe" VALUES (1);\n';
    await addMigration(dir, name, `${goodPart}ALTER TABLE "no_such_table" ADD COLUMN "x" TEXT;\n`);

    const error = await thrown(() => migrate(db.url, dir));
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toContain(name);
    expect(error.message).toMatch(/no_such_table/);
    // Nothing of it survives: neither its first statements nor a record.
    expect(await tableExists(db.url, 'broken_probe')).toBe(false);
    const rows = await recorded(db.url);
    expect(rows.map((r) => r.migration_name)).toEqual((await repositoryMigrations()).map((m) => m.name));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);

    await writeFile(path.join(dir, name, 'migration.sql'), goodPart);
    expect((await migrate(db.url, dir)).applied).toEqual([name]);
    expect(await tableExists(db.url, 'broken_probe')).toBe(true);
  });

  it('refuses a database with a migration this code does not know, before applying anything', async () => {
    const db = await emptyDatabase();
    const newer = await scratchMigrations();
    await addMigration(newer, '29990101000000_from_a_newer_release', 'CREATE TABLE "newer_probe" ("id" INTEGER);');
    await migrate(db.url, newer);

    const older = await scratchMigrations();
    await addMigration(older, '29980101000000_only_here', 'CREATE TABLE "only_here_probe" ("id" INTEGER);');
    const before = await recorded(db.url);

    const error = await thrown(() => migrate(db.url, older));
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toContain('29990101000000_from_a_newer_release');
    expect(await tableExists(db.url, 'only_here_probe')).toBe(false);
    expect(await recorded(db.url)).toEqual(before);
  });
});

describe('data migrations', () => {
  it('turns each webhook secret into a Standard Webhooks secret whose key is the old secret, so receivers can derive it', async () => {
    const db = await emptyDatabase();
    const dir = await scratchMigrations();
    const name = '20261129172000_webhook_standard_secrets';
    const held = path.join(dir, '..', `${path.basename(dir)}-held`);
    cleanups.push(() => rm(held, { recursive: true, force: true }));
    // The database as it was before: every migration up to this one.
    await mkdir(held);
    for (const later of (await readdir(dir)).filter((n) => n >= name)) await cp(path.join(dir, later), path.join(held, later), { recursive: true });
    for (const later of await readdir(held)) await rm(path.join(dir, later), { recursive: true });
    await migrate(db.url, dir);
    const legacy = ['whsec_Zm9v-YmFy_YmF6-0123456789abcdefghijklmnopqrstu', 'a-long-enough-secret-0123456789', `x${'é'.repeat(90)}`];
    await withClient(db.url, async (c) => {
      for (const secret of legacy) {
        await c.query(`INSERT INTO webhooks (id, url, event_types, secret) VALUES (gen_random_uuid(), 'https://hooks.example.org/x', '{*}', $1)`, [secret]);
      }
    });
    await cp(held, dir, { recursive: true });
    await migrate(db.url, dir);
    const rows = await withClient(db.url, async (c) => (await c.query<{ secret: string }>('SELECT secret FROM webhooks')).rows);
    expect(rows.map((r) => r.secret).sort()).toEqual(legacy.map((s) => `whsec_${Buffer.from(s, 'utf8').toString('base64')}`).sort());
    // The old scheme keyed the HMAC with the secret's text; the new key is the same bytes.
    for (const { secret } of rows) expect(legacy).toContain(secretKey(secret).toString('utf8'));
  });
});
