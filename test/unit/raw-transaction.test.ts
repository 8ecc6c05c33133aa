import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { withRawTransaction } from '../../src/db/raw-transaction.js';

/** A pool of one fake client that records what is sent and how it is given back. */
function fakePool(failOn?: RegExp) {
  const sent: string[] = [];
  const released: Array<Error | undefined> = [];
  const client = {
    query(text: string) {
      sent.push(text);
      return failOn?.test(text) ? Promise.reject(new Error(`refused: ${text}`)) : Promise.resolve({ rows: [] });
    },
    release(error?: Error) {
      released.push(error);
    },
  };
  const pool = { connect: () => Promise.resolve(client) } as unknown as pg.Pool;
  return { pool, sent, released };
}

describe('withRawTransaction', () => {
  it('sends no ROLLBACK after the work committed, and gives the client back once', async () => {
    const { pool, sent, released } = fakePool();
    const result = await withRawTransaction(pool, async (client, tx) => {
      await client.query('BEGIN; SELECT 1');
      await client.query('SELECT 2; COMMIT');
      tx.committed();
      return 'done';
    });
    expect(result).toBe('done');
    expect(sent).toEqual(['BEGIN; SELECT 1', 'SELECT 2; COMMIT']);
    expect(released).toEqual([undefined]);
  });

  it('rolls back once when the work returns early without committing', async () => {
    const { pool, sent, released } = fakePool();
    const result = await withRawTransaction(pool, async (client) => {
      await client.query('BEGIN; SELECT 1');
      return null;
    });
    expect(result).toBeNull();
    expect(sent).toEqual(['BEGIN; SELECT 1', 'ROLLBACK']);
    expect(released).toEqual([undefined]);
  });

  it('rolls back once when the work throws, and throws what the work threw', async () => {
    const { pool, sent, released } = fakePool();
    const thrown = new Error('rule broken');
    await expect(
      withRawTransaction(pool, async (client) => {
        await client.query('BEGIN; SELECT 1');
        throw thrown;
      }),
    ).rejects.toBe(thrown);
    expect(sent).toEqual(['BEGIN; SELECT 1', 'ROLLBACK']);
    expect(released).toEqual([undefined]);
  });

  it('rolls back when the statement that commits fails', async () => {
    const { pool, sent, released } = fakePool(/COMMIT/);
    await expect(
      withRawTransaction(pool, async (client, tx) => {
        await client.query('BEGIN; SELECT 1');
        await client.query('SELECT 2; COMMIT');
        tx.committed();
      }),
    ).rejects.toThrow(/refused/);
    expect(sent).toEqual(['BEGIN; SELECT 1', 'SELECT 2; COMMIT', 'ROLLBACK']);
    expect(released).toEqual([undefined]);
  });

  it('does not roll back after the commit even when the work then throws', async () => {
    const { pool, sent, released } = fakePool();
    await expect(
      withRawTransaction(pool, async (client, tx) => {
        await client.query('SELECT 2; COMMIT');
        tx.committed();
        throw new Error('stale');
      }),
    ).rejects.toThrow('stale');
    expect(sent).toEqual(['SELECT 2; COMMIT']);
    expect(released).toEqual([undefined]);
  });

  it('discards a client that cannot roll back, still throwing the work’s error', async () => {
    const { pool, released } = fakePool(/ROLLBACK/);
    await expect(
      withRawTransaction(pool, async () => {
        throw new Error('first');
      }),
    ).rejects.toThrow('first');
    expect(released).toHaveLength(1);
    expect(released[0]?.message).toMatch(/ROLLBACK/);
  });

  it('discards the client when the setup fails, without running the work or rolling back', async () => {
    const { pool, sent, released } = fakePool(/PREPARE/);
    let ran = false;
    await expect(
      withRawTransaction(
        pool,
        async () => {
          ran = true;
        },
        async (client) => {
          await client.query('PREPARE x AS SELECT 1');
        },
      ),
    ).rejects.toThrow(/refused/);
    expect(ran).toBe(false);
    expect(sent).toEqual(['PREPARE x AS SELECT 1']);
    expect(released).toHaveLength(1);
    expect(released[0]?.message).toMatch(/PREPARE/);
  });
});
