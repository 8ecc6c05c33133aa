import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInTransaction } from '../../src/db/prepared.js';
import { withRawTransaction } from '../../src/db/raw-transaction.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
let pool: pg.Pool;
/** The texts sent by the pool's one client, in order. */
const sent: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url, max: 1 });
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
      const first = args[0];
      sent.push(typeof first === 'string' ? first : String((first as { text?: string }).text));
      return query(...args);
    };
  });
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const statement = (values: unknown[]) => ({
  name: 'prepared_transaction_test',
  text: `SELECT $1::timestamptz AS at, $2::text[] AS words, $3::int AS n, $4::text AS odd, $5::uuid AS id, $6::text AS missing,
                current_setting('transaction_read_only') AS read_only, current_setting('plan_cache_mode') AS mode`,
  values,
});
const begin = 'BEGIN READ ONLY; SET LOCAL plan_cache_mode = force_generic_plan';
const run = (values: unknown[]) => withRawTransaction(pool, (client, tx) => runInTransaction(client, tx, begin, statement(values)));

describe('runInTransaction', () => {
  it('answers the same the first time on a connection (prepared by name) and later (one round trip), values of every kind', async () => {
    const values = [
      new Date('2026-03-29T01:30:00.000Z'),
      ['overdue', 'due', 'say "hi"', 'back\\slash', "it's", null, ''],
      26,
      `quote ' and backslash \\ and "double"`,
      '6f1c5c8e-2c2b-4c55-9d1e-2f3b9c0a7e11',
      null,
    ];
    const expected = {
      at: values[0],
      words: values[1],
      n: 26,
      odd: values[3],
      id: values[4],
      missing: null,
      read_only: 'on',
      mode: 'force_generic_plan',
    };
    sent.length = 0;
    expect(await run(values)).toEqual([expected]);
    // BEGIN and settings, the statement (prepared now), COMMIT.
    expect(sent).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      sent.length = 0;
      expect(await run(values)).toEqual([expected]);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatch(/^BEGIN READ ONLY; .*; EXECUTE prepared_transaction_test\(.*\); COMMIT$/s);
    }
    // The settings were local to the transactions.
    expect((await pool.query('SHOW plan_cache_mode')).rows[0]).toEqual({ plan_cache_mode: 'auto' });
  });

  it('rolls back and keeps the connection usable when the statement fails on a later run', async () => {
    await run([new Date(), [], 1, 'x', '6f1c5c8e-2c2b-4c55-9d1e-2f3b9c0a7e11', null]);
    await expect(run([new Date(), [], 1, 'x', 'not a uuid', null])).rejects.toThrow(/uuid/);
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    const [row] = await run([new Date(), [], 2, 'y', '6f1c5c8e-2c2b-4c55-9d1e-2f3b9c0a7e11', null]);
    expect(row).toMatchObject({ n: 2, odd: 'y', words: [] });
  });
});
