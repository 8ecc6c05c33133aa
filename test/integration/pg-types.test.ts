import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/db/client.js';
import { serviceTypes } from '../../src/db/pg-types.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
let service: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  service = createDatabase({ url: database.url, poolSize: 1, connectTimeoutMs: 3000, statementTimeoutMs: 4000 });
});
afterAll(async () => {
  await service?.close();
  await database?.drop();
});

describe("the service pool's timestamps (src/db/pg-types.ts)", () => {
  it("reads timestamptz values as pg's own parser does, whatever the session's time zone", async () => {
    expect((service.pool as unknown as { options: { types?: unknown } }).options.types).toBe(serviceTypes);
    const client = await service.pool.connect();
    try {
      for (const zone of ['UTC', 'Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham']) {
        await client.query(`SET TIME ZONE '${zone}'`);
        const text = `SELECT x AS at, x::text AS written
                        FROM unnest(ARRAY['2026-10-31 00:40:16.783123+00', '2026-03-29 01:59:59.999+00', '1850-01-01 00:00:00+00',
                                          '0100-01-01 12:00:00+00', '9999-12-31 23:59:59.999+00', '2024-02-29 23:59:59.5+00',
                                          'infinity', '-infinity', '0044-03-15 12:00:00+00 BC']::timestamptz[]) x`;
        const ours = await client.query<{ at: Date | number; written: string }>(text);
        const theirs = await client.query<{ at: Date | number }>({ text, types: pg.types });
        expect(ours.rows.length).toBe(9);
        // New York's mean time before 1883 is an offset with seconds.
        if (zone === 'America/New_York') expect(ours.rows[2]!.written).toBe('1849-12-31 19:03:58-04:56:02');
        ours.rows.forEach((row, i) => {
          const other = theirs.rows[i]!.at;
          expect(row.at instanceof Date ? row.at.getTime() : row.at, `${zone}: ${row.written}`).toEqual(other instanceof Date ? other.getTime() : other);
        });
      }
    } finally {
      await client.query('RESET TIME ZONE');
      client.release();
    }
  });

  it("reads text[] values as pg's own parser does", async () => {
    const text = `SELECT ARRAY['motivation', 'cv'] AS a, ARRAY[]::text[] AS b, ARRAY['two words', NULL, 'NULL', 'x"y', 'back\\slash', '', '{}'] AS c,
                         ARRAY(SELECT unnest(enum_range(NULL::document_kind))::text) AS d`;
    const [ours] = (await service.pool.query(text)).rows;
    const [theirs] = (await service.pool.query({ text, types: pg.types })).rows;
    expect(ours).toEqual(theirs);
    expect(ours.a).toEqual(['motivation', 'cv']);
    expect(ours.c).toEqual(['two words', null, 'NULL', 'x"y', 'back\\slash', '', '{}']);
  });

  it("leaves the ORM's own reading of timestamps as it was: the pool's parsers are never asked", async () => {
    const asked: number[] = [];
    const original = serviceTypes.getTypeParser;
    serviceTypes.getTypeParser = ((oid: number, format?: 'text' | 'binary') => {
      asked.push(oid);
      return original(oid, format);
    }) as typeof original;
    try {
      const [row] = await service.prisma.$queryRaw<Array<{ at: Date; kinds: string[] }>>`
        SELECT '2026-10-31 00:40:16.783+00'::timestamptz AS at, ARRAY['motivation', 'cv'] AS kinds`;
      expect(row!.at).toEqual(new Date('2026-10-31T00:40:16.783Z'));
      expect(row!.kinds).toEqual(['motivation', 'cv']);
      expect(asked).toEqual([]);
      // The pool's own statements do ask them.
      await service.pool.query("SELECT '2026-10-31 00:40:16.783+00'::timestamptz AS at");
      expect(asked).toContain(1184);
    } finally {
      serviceTypes.getTypeParser = original;
    }
  });
});
