import type { Tx } from './client.js';

/**
 * Locks the procedure row for the rest of the transaction, so that checks
 * over its committee (one chair, no duplicate e-mail), its stages, intake and
 * terms hold under concurrency. FOR NO KEY UPDATE: it waits for (and holds
 * off) every other locker and writer of the row, but not the key-share locks
 * that inserting a row referring to the procedure takes (an audit entry, an
 * event), so a transaction that holds other rows and writes an audit entry
 * never deadlocks against it.
 */
export async function lockProcedure(db: Tx, procedureId: string) {
  const rows = await db.$queryRaw<Array<{ id: string; phase: string }>>`
    SELECT id::text AS id, phase::text AS phase FROM procedures WHERE id = ${procedureId}::uuid FOR NO KEY UPDATE`;
  return rows[0] ?? null;
}
