import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { createEmptyDatabase } from '../helpers/database.js';
import { compareSchemas, HAND_WRITTEN_INDEXES, readDatabaseSchema, type DbSchema } from '../helpers/db-schema.js';
import { expectedDatabaseSchema, parsePrismaSchema } from '../helpers/prisma-schema.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let client: pg.Client;
let source: string;
let expected: DbSchema;

beforeAll(async () => {
  database = await createEmptyDatabase();
  await migrate(database.url);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  source = await readFile(SCHEMA_FILE, 'utf8');
  expected = expectedDatabaseSchema(parsePrismaSchema(source));
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe('the migrations build the database schema.prisma describes', () => {
  it('reads every model and enum of schema.prisma', () => {
    expect(expected.tables.size).toBe(source.match(/^model \w+ \{/gm)?.length);
    expect(expected.enums.size).toBe(source.match(/^enum \w+ \{/gm)?.length);
  });

  it('matches it table by table: columns, types, nullability, defaults, keys, indexes, foreign keys and enums', async () => {
    const actual = await readDatabaseSchema(client);
    expect(compareSchemas(expected, actual)).toEqual([]);
    // Both ways: the database has nothing schema.prisma lacks, apart from Prisma's bookkeeping.
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(['_prisma_migrations', ...expected.tables.keys()].sort());
  });

  it('has the hand-written indexes schema.prisma cannot express', async () => {
    const found = await client.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname = ANY($1::text[]) ORDER BY indexname`,
      [HAND_WRITTEN_INDEXES],
    );
    expect(found.rows.map((r) => r.indexname)).toEqual([...HAND_WRITTEN_INDEXES].sort());
  });

  it('reports a database that drifted from schema.prisma, every difference on its own line', async () => {
    // DDL is transactional in PostgreSQL: drift the schema, read it, roll back.
    await client.query('BEGIN');
    try {
      await client.query(`
        ALTER TABLE "offers" DROP COLUMN "state";
        ALTER TABLE "clients" ALTER COLUMN "version" TYPE BIGINT;
        ALTER TABLE "milestones" ALTER COLUMN "label" SET NOT NULL;
        ALTER TABLE "procedures" ALTER COLUMN "time_zone" DROP DEFAULT;
        ALTER TABLE "candidates" ADD COLUMN "nickname" TEXT;
        DROP INDEX "inquiries_due_at_idx";
        ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_procedure_id_fkey";
        ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_procedure_id_fkey" FOREIGN KEY ("procedure_id")
          REFERENCES "procedures"("id") ON DELETE SET NULL ON UPDATE CASCADE;
        ALTER TYPE "stage_status" ADD VALUE 'archived';
        CREATE TABLE "leftovers" ("id" INTEGER PRIMARY KEY);
      `);
      const drifted = compareSchemas(expected, await readDatabaseSchema(client));
      expect(drifted).toEqual([
        'enum "stage_status" has the values (pending, open, closed, archived); schema.prisma says (pending, open, closed)',
        'table "leftovers" is in the database but not in schema.prisma',
        'table "api_keys": foreign key missing from the database: FOREIGN KEY "api_keys_procedure_id_fkey" ("procedure_id") REFERENCES "procedures" ("id") ON DELETE CASCADE ON UPDATE CASCADE',
        'table "api_keys": foreign key in the database but not in schema.prisma: FOREIGN KEY "api_keys_procedure_id_fkey" ("procedure_id") REFERENCES "procedures" ("id") ON DELETE SET NULL ON UPDATE CASCADE',
        'column "candidates"."nickname" is in the database but not in schema.prisma',
        'column "clients"."version" has the type bigint; schema.prisma says integer',
        'table "inquiries": index missing from the database: INDEX "inquiries_due_at_idx" ("due_at")',
        'column "milestones"."label" is NOT NULL; schema.prisma says nullable',
        'column "offers"."state" is missing from the database',
        'column "procedures"."time_zone" has the default (none); schema.prisma says \'Europe/Amsterdam\'::text',
      ]);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(compareSchemas(expected, await readDatabaseSchema(client))).toEqual([]);
  });
});
