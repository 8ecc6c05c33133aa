import net from 'node:net';
import pg from 'pg';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/client.js';
import { ReadPipeline, type Reader } from '../../src/db/read-pipeline.js';
import { isDatabaseUnavailable } from '../../src/plugins/errors.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { createProcedure } from '../factories/procedures.js';

let database: TestDatabase;
const opened: ReadPipeline[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});
afterAll(async () => {
  await database?.drop();
});

function pipeline(options: Partial<ConstructorParameters<typeof ReadPipeline>[0]> = {}) {
  const p = new ReadPipeline({ url: database.url, connections: 2, connectTimeoutMs: 3000, statementTimeoutMs: 4000, ...options });
  opened.push(p);
  return p;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: database.url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The backends of this database that are not the asking one. */
const backends = () =>
  admin(async (c) => (await c.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')).rows);

describe('the read pipeline (src/db/read-pipeline.ts)', () => {
  it('answers many statements at once, each with its own rows, on no more connections than it has', async () => {
    const reads = pipeline();
    const before = (await backends()).length;
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        reads.query<{ n: number; s: string }>({ name: 'echo', text: 'SELECT $1::int AS n, repeat($2, $1) AS s', values: [i, 'x'] }),
      ),
    );
    answers.forEach((answer, i) => expect(answer.rows).toEqual([{ n: i, s: 'x'.repeat(i) }]));
    expect(reads.openConnections).toBe(2);
    expect((await backends()).length - before).toBe(2);
  });

  it('sends the statements of one turn of the event loop to PostgreSQL in one write', async () => {
    const reads = pipeline({ connections: 1 });
    const echo = (n: number) => reads.query<{ n: number }>({ name: 'echo_turn', text: 'SELECT $1::int AS n', values: [n] });
    await echo(0); // connected, and the statement prepared
    const socket = net.Socket.prototype as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown>;
    const original = { _write: socket._write, _writev: socket._writev };
    let writes = 0;
    for (const name of ['_write', '_writev'] as const) {
      socket[name] = function (this: unknown, ...args: unknown[]) {
        writes++;
        return original[name].apply(this, args);
      };
    }
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => echo(i + 1)));
      answers.forEach((answer, i) => expect(answer.rows).toEqual([{ n: i + 1 }]));
    } finally {
      Object.assign(socket, original);
    }
    expect(writes).toBe(1);
  });

  it('fails only the statement that fails; those sent around it are answered', async () => {
    const reads = pipeline({ connections: 1 });
    const [before, failed, after] = await Promise.allSettled([
      reads.query({ text: 'SELECT 1 AS n' }),
      reads.query({ text: 'SELECT $1::uuid AS id', values: ['not-a-uuid'] }),
      reads.query({ text: 'SELECT 3 AS n' }),
    ]);
    expect(before).toMatchObject({ status: 'fulfilled', value: { rows: [{ n: 1 }] } });
    expect(failed).toMatchObject({ status: 'rejected', reason: { code: '22P02' } });
    expect(after).toMatchObject({ status: 'fulfilled', value: { rows: [{ n: 3 }] } });
  });

  it('prepares a named statement with one of its reads at a time: those behind a Parse that failed behind a lock answer (no 26000, no 42P05)', async () => {
    await admin((c) => c.query('CREATE TABLE pipeline_lock_probe (id int); INSERT INTO pipeline_lock_probe VALUES (1)'));
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN; LOCK TABLE pipeline_lock_probe IN ACCESS EXCLUSIVE MODE');
      const reads = pipeline({ connections: 1, statementTimeoutMs: 400 });
      const probe = () => reads.query<{ id: number }>({ name: 'lock_probe', text: 'SELECT id FROM pipeline_lock_probe WHERE id = $1', values: [1] });
      const settled = Promise.allSettled([probe(), probe(), probe()]);
      // Released after the first times out (400 ms) and well before the others, parsing again from then, would.
      const released = new Promise((resolve) => setTimeout(resolve, 650)).then(() => locker.query('COMMIT'));
      const [first, ...others] = await settled;
      await released;
      // The first Parse waits for the lock past the statement timeout; the two held back behind it are sent after
      // it failed, one preparing the statement while the other waits for it, and answer once the lock is gone.
      expect(first).toMatchObject({ status: 'rejected', reason: { code: '57014' } });
      for (const other of others)
        expect(other.status === 'rejected' ? other.reason : other).toMatchObject({ status: 'fulfilled', value: { rows: [{ id: 1 }] } });
    } finally {
      await locker.end();
    }
  });

  it('prepares a named statement on its connection under its name, once, and reads a statement with types of its own through them', async () => {
    const reads = pipeline({ connections: 1 });
    const named = { name: 'pipeline_named_probe', text: 'SELECT $1::int + 1 AS n', values: [41] };
    for (let i = 0; i < 3; i++) expect((await reads.query<{ n: number }>(named)).rows).toEqual([{ n: 42 }]);
    const prepared = await reads.query<{ name: string; calls: string }>({
      text: 'SELECT name, generic_plans + custom_plans AS calls FROM pg_prepared_statements ORDER BY name',
    });
    // Planned on each of its three runs, under its own name: prepared once, then executed.
    expect(prepared.rows).toEqual([{ name: 'pipeline_named_probe', calls: '3' }]);
    const typed = await reads.query<{ n: string }>({
      text: 'SELECT 7::int AS n',
      types: { getTypeParser: () => (value: string) => `parsed ${value}` },
    });
    expect(typed.rows).toEqual([{ n: 'parsed 7' }]);
  });

  it('applies the statement timeout, and the statements queued behind a slow one are answered after it', async () => {
    const reads = pipeline({ connections: 1, statementTimeoutMs: 300 });
    const [slow, next] = await Promise.allSettled([reads.query({ text: 'SELECT pg_sleep(5)' }), reads.query({ text: 'SELECT 2 AS n' })]);
    expect(slow).toMatchObject({ status: 'rejected', reason: { code: '57014' } });
    expect(next).toMatchObject({ status: 'fulfilled', value: { rows: [{ n: 2 }] } });
  });

  it('opens a new connection after losing one (a server restart ends connections with 57P01)', async () => {
    const lost: string[] = [];
    const reads = pipeline({ connections: 1, onConnectionLost: (e) => lost.push(e.message) });
    const { rows } = await reads.query<{ pid: number }>({ text: 'SELECT pg_backend_pid() AS pid' });
    const caught = reads.query({ text: 'SELECT pg_sleep(2)' }).catch((e: unknown) => e);
    await admin((c) => c.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]));
    // The read in flight on the lost connection fails as the database being unavailable (503).
    expect(isDatabaseUnavailable(await caught)).toBe(true);
    await expect.poll(() => reads.openConnections).toBe(0);
    expect(lost).toHaveLength(1);
    const again = await reads.query<{ pid: number }>({ text: 'SELECT pg_backend_pid() AS pid' });
    expect(again.rows[0]!.pid).not.toBe(rows[0]!.pid);
  });

  it('says so when a connection does not open in time, in the words the error handler knows (503)', async () => {
    // A listening socket that never answers PostgreSQL's start-up.
    const { createServer } = await import('node:net');
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as { port: number }).port;
      const reads = pipeline({ url: `postgresql://nobody@127.0.0.1:${port}/none`, connections: 1, connectTimeoutMs: 200 });
      const refused = await reads.query({ text: 'SELECT 1' }).catch((e: unknown) => e);
      expect(String(refused)).toMatch('timeout exceeded when trying to connect');
      expect(isDatabaseUnavailable(refused)).toBe(true);
    } finally {
      silent.close();
    }
  });

  it("sets its sessions' settings on every connection it opens", async () => {
    const reads = pipeline({ settings: { plan_cache_mode: 'force_generic_plan', application_name: 'reads' } });
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() =>
        reads.query<{ mode: string; name: string }>({ text: "SELECT current_setting('plan_cache_mode') AS mode, current_setting('application_name') AS name" }),
      ),
    );
    expect(answers.flatMap((a) => a.rows)).toEqual(Array(4).fill({ mode: 'force_generic_plan', name: 'reads' }));
    expect(reads.openConnections).toBe(2);
  });

  it('closes every connection it opened, with reads in flight and connections opening, and refuses statements after', async () => {
    const before = (await backends()).map((b) => b.pid);
    const reads = pipeline();
    await reads.query({ text: 'SELECT 1' });
    // One connection is open and busy; the second is opening when close() comes.
    const inFlight = Promise.allSettled([reads.query({ text: 'SELECT pg_sleep(0.2)' }), reads.query({ text: 'SELECT 2 AS n' })]);
    await reads.close();
    for (const outcome of await inFlight) {
      if (outcome.status === 'rejected') {
        expect(String(outcome.reason)).toMatch(/closed and is not queryable/);
        expect(isDatabaseUnavailable(outcome.reason)).toBe(true);
      }
    }
    await expect.poll(async () => (await backends()).map((b) => b.pid).filter((pid) => !before.includes(pid))).toEqual([]);
    const late = await reads.query({ text: 'SELECT 1' }).catch((e: unknown) => e);
    expect(String(late)).toMatch(/closed and is not queryable/);
    // A read that comes as the service shuts down answers 503, not 500.
    expect(isDatabaseUnavailable(late)).toBe(true);
  });

  it('keeps the start-up options of the database URL next to its own settings', async () => {
    const url = new URL(database.url);
    url.searchParams.set('options', '-c application_name=from_url');
    const reads = pipeline({ url: url.toString(), settings: { plan_cache_mode: 'force_generic_plan' } });
    const { rows } = await reads.query<{ mode: string; name: string }>({
      text: "SELECT current_setting('plan_cache_mode') AS mode, current_setting('application_name') AS name",
    });
    expect(rows).toEqual([{ mode: 'force_generic_plan', name: 'from_url' }]);
  });
});

describe("the service's read pipelines (createDatabase)", () => {
  it('plans the deadline reads once per connection and the everyday reads as PostgreSQL chooses', async () => {
    const service = createDatabase({ url: database.url, poolSize: 1, connectTimeoutMs: 3000, statementTimeoutMs: 4000 });
    try {
      const setting = { text: "SELECT current_setting('plan_cache_mode') AS mode" };
      expect((await service.genericReads!.query<{ mode: string }>(setting)).rows).toEqual([{ mode: 'force_generic_plan' }]);
      expect((await service.reads.query<{ mode: string }>(setting)).rows).toEqual([{ mode: 'auto' }]);
      expect(service.reads).not.toBe(service.pool);
      const onPool = createDatabase({ url: database.url, poolSize: 1, connectTimeoutMs: 3000, statementTimeoutMs: 4000, readConnections: 0 });
      expect(onPool.reads).toBe(onPool.pool);
      expect(onPool.genericReads).toBeNull();
      await onPool.close();
    } finally {
      await service.close();
    }
  });
});

describe("the service's connection budget (README: DB_POOL_SIZE + DB_READ_CONNECTIONS + 1)", () => {
  it('spreads the everyday reads over DB_READ_CONNECTIONS connections and keeps the deadline list on one', async () => {
    const service = createDatabase({ url: database.url, poolSize: 1, connectTimeoutMs: 3000, statementTimeoutMs: 4000, readConnections: 3 });
    try {
      const backends = async (reader: Reader) => {
        const answers = await Promise.all(
          Array.from({ length: 9 }, () => reader.query<{ pid: number }>({ text: 'SELECT pg_backend_pid() AS pid, pg_sleep(0.05)' })),
        );
        return new Set(answers.map((a) => a.rows[0]!.pid)).size;
      };
      expect(await backends(service.reads)).toBe(3);
      expect(await backends(service.genericReads!)).toBe(1);
    } finally {
      await service.close();
    }
  });
});

describe('reads through the API', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('answer while every pooled connection is held by writes', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const held: pg.PoolClient[] = [];
    try {
      for (let i = 0; i < 5; i++) held.push(await ctx.db.pool.connect());
      expect(ctx.db.pool.totalCount).toBe(ctx.db.pool.options.max);
      const one = await request(ctx.app.server).get(`/v1/procedures/${procedure.id}`).set('authorization', ctx.admin);
      expect(one.status).toBe(200);
      expect(one.body.id).toBe(procedure.id);
      const page = await request(ctx.app.server).get(`/v1/procedures/${procedure.id}/applications`).set('authorization', ctx.admin);
      expect(page.status).toBe(200);
      // A list without met deadlines (as the scheduler's) runs on the reads whose sessions keep generic plans.
      const due = await request(ctx.app.server).get('/v1/deadlines?state=overdue,due,upcoming').set('authorization', ctx.admin);
      expect(due.status).toBe(200);
      expect(due.body.items.length).toBeGreaterThan(0);
    } finally {
      for (const c of held) c.release();
    }
  });
});
