import type { Tx } from '../../db/client.js';
import { Prisma } from '../../generated/prisma/client.js';

/**
 * The transaction-id horizon of the event feed: every transaction of this
 * database with an id below it has finished, so its events are visible to any
 * statement that starts afterwards and no event can appear below it later.
 *
 * Event ids are drawn from a sequence before commit, so a transaction can
 * commit event 10 after another committed event 11; a reader that kept "last
 * id seen = 11" would skip 10 for ever. Reading only below this horizon, in
 * (tx_id, id) order, cannot skip. It takes the lowest transaction id still
 * running in this database (pg_stat_activity.backend_xid, a 32-bit xid that is
 * widened to the 64-bit form with the epoch of the snapshot's xmax) and
 * otherwise the next id to be assigned. Only this database counts, so another
 * database of the same server never holds the feed back.
 *
 * It must be computed in a statement of its own, BEFORE the statement that
 * reads events: a transaction that is not running at this moment has then
 * committed before the reader's snapshot is taken.
 */
export async function eventHorizon(db: Tx): Promise<bigint> {
  const rows = await db.$queryRaw<Array<{ horizon: string }>>`
    WITH s AS (SELECT (pg_snapshot_xmax(pg_current_snapshot()))::text::bigint AS xmax)
    SELECT LEAST(
      s.xmax,
      (SELECT MIN(s.xmax - (((s.xmax % 4294967296) - a.backend_xid::text::bigint + 4294967296) % 4294967296))
         FROM pg_stat_activity a
        WHERE a.datname = current_database() AND a.backend_xid IS NOT NULL)
    )::text AS horizon
    FROM s`;
  return BigInt(rows[0]!.horizon);
}

export interface EventRow {
  id: string;
  txId: string;
  type: string;
  procedureId: string | null;
  entityType: string;
  entityId: string;
  payload: unknown;
  userId: string | null;
  createdAt: Date;
}

export interface FeedPosition {
  txId: bigint;
  id: bigint;
}

export async function readEvents(
  db: Tx,
  q: { horizon: bigint; after?: FeedPosition; limit: number; types?: string[]; procedureId?: string },
): Promise<EventRow[]> {
  const after = q.after ? Prisma.sql`AND (tx_id, id) > (${q.after.txId}::bigint, ${q.after.id}::bigint)` : Prisma.empty;
  const types = q.types && q.types.length > 0 ? Prisma.sql`AND type = ANY(${q.types}::text[])` : Prisma.empty;
  const procedure = q.procedureId ? Prisma.sql`AND procedure_id = ${q.procedureId}::uuid` : Prisma.empty;
  return db.$queryRaw<EventRow[]>`
    SELECT id::text AS "id", tx_id::text AS "txId", type, procedure_id::text AS "procedureId",
           entity_type AS "entityType", entity_id AS "entityId", payload, user_id::text AS "userId", created_at AS "createdAt"
      FROM events
     WHERE tx_id < ${q.horizon}::bigint ${after} ${types} ${procedure}
     ORDER BY tx_id, id
     LIMIT ${q.limit}::int`;
}

export function findEvent(db: Tx, id: bigint) {
  return db.event.findUnique({ where: { id } });
}
