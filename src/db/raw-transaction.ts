import type pg from 'pg';

/** What `work` of withRawTransaction tells it. */
export interface RawTransaction {
  /** The statement that commits has returned: the transaction is over and nothing is to be rolled back. */
  committed(): void;
}

/**
 * A transaction straight on `pg`, on a client of its own, for a path whose
 * own statements open and commit it (BEGIN sent with its first statements,
 * COMMIT with its last, so that each rides along in one round trip):
 *
 * - `setup` runs first, outside the transaction (preparing statements once
 *   per connection); when it fails, the client is discarded, since what it
 *   left on the connection is unknown;
 * - `work` sends the statements and calls `committed()` once the one that
 *   commits has returned;
 * - whenever `work` returns or throws before that, ROLLBACK is sent, once;
 *   a client that cannot even roll back is discarded, not given back;
 * - the client goes back to the pool (or is discarded) once, in every case.
 *
 * What `work` returns or throws is what this returns or throws.
 */
export async function withRawTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient, tx: RawTransaction) => Promise<T>,
  setup?: (client: pg.PoolClient) => Promise<void>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    if (setup) {
      try {
        await setup(client);
      } catch (error) {
        broken = asError(error);
        throw error;
      }
    }
    let open = true;
    try {
      return await work(client, {
        committed() {
          open = false;
        },
      });
    } finally {
      if (open) {
        await client.query('ROLLBACK').catch((e: unknown) => {
          broken = asError(e);
        });
      }
    }
  } finally {
    client.release(broken);
  }
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
