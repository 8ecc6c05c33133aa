import type { Tx } from '../../db/client.js';
import { timeCursor, type Cursor } from '../../lib/pagination.js';

export function findWebhook(db: Tx, id: string) {
  return db.webhook.findUnique({ where: { id } });
}

export function listWebhooks(db: Tx, q: { limit: number; cursor?: Cursor }) {
  const after = q.cursor ? timeCursor(q.cursor) : undefined;
  return db.webhook.findMany({
    where: after ? { OR: [{ createdAt: { gt: after.at } }, { createdAt: after.at, id: { gt: after.id } }] } : {},
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

export async function listDeliveries(db: Tx, q: { webhookId: string; limit: number; after?: Cursor; status?: string }) {
  const after = q.after ? { k: BigInt(q.after.k), id: q.after.id } : undefined;
  const rows = await db.webhookDelivery.findMany({
    where: {
      webhookId: q.webhookId,
      ...(q.status ? { status: q.status } : {}),
      ...(after ? { OR: [{ eventId: { gt: after.k } }, { eventId: after.k, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ eventId: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
  const events = await db.event.findMany({
    where: { id: { in: rows.map((r) => r.eventId) } },
    select: { id: true, type: true },
  });
  const typeOf = new Map(events.map((e) => [e.id, e.type]));
  return rows.map((r) => ({ ...r, eventType: typeOf.get(r.eventId) ?? 'unknown' }));
}

/**
 * Turns the events below `horizon` that each active webhook has not seen yet
 * into pending deliveries, and moves the webhooks' scan position to the
 * horizon. One statement, so it commits whole; running it from several
 * instances at once is harmless (the unique (webhook_id, event_id) absorbs
 * the overlap and the position only moves forward).
 */
export async function createDueDeliveries(db: Tx, horizon: bigint, now: Date): Promise<number> {
  const rows = await db.$queryRaw<Array<{ created: number }>>`
    WITH hooks AS (
      SELECT id, event_types, scan_tx_id, created_snapshot::pg_snapshot AS snap
        FROM webhooks
       WHERE active AND scan_tx_id < ${horizon}::bigint
    ), ins AS (
      INSERT INTO webhook_deliveries (id, webhook_id, event_id, procedure_id, status, attempts, next_attempt_at, created_at)
      SELECT gen_random_uuid(), w.id, e.id, e.procedure_id, 'pending', 0, ${now}::timestamptz, ${now}::timestamptz
        FROM hooks w
        JOIN events e ON e.tx_id >= w.scan_tx_id AND e.tx_id < ${horizon}::bigint
       WHERE ('*' = ANY(w.event_types) OR e.type = ANY(w.event_types))
         AND NOT pg_visible_in_snapshot(e.tx_id::text::xid8, w.snap)
      ON CONFLICT (webhook_id, event_id) DO NOTHING
      RETURNING 1
    ), moved AS (
      UPDATE webhooks SET scan_tx_id = ${horizon}::bigint
       WHERE id IN (SELECT id FROM hooks) AND scan_tx_id < ${horizon}::bigint
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM ins)::int AS created, (SELECT count(*) FROM moved)::int AS moved`;
  return rows[0]?.created ?? 0;
}

export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  eventId: string;
  attempts: number;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
}

/**
 * Claims up to `limit` due deliveries for one attempt each: counts the
 * attempt and leases the row until `leaseUntil`, so no other pass (on this
 * or another instance) takes it meanwhile; SKIP LOCKED lets concurrent passes
 * split the work instead of waiting. A delivery is due only when no earlier
 * delivery of the same webhook and procedure is still pending or retrying, so
 * each procedure's events arrive in order. A pass that dies mid-send leaves a
 * lease that runs out, and the delivery is tried again (at least once).
 */
export function claimDueDeliveries(db: Tx, now: Date, leaseUntil: Date, limit: number) {
  return db.$queryRaw<ClaimedDelivery[]>`
    WITH claimed AS (
      UPDATE webhook_deliveries d
         SET attempts = d.attempts + 1, next_attempt_at = ${leaseUntil}::timestamptz, last_attempt_at = ${now}::timestamptz
       WHERE d.id IN (
         SELECT c.id
           FROM webhook_deliveries c
           JOIN webhooks w ON w.id = c.webhook_id AND w.active
          WHERE c.status IN ('pending', 'retrying')
            AND c.next_attempt_at <= ${now}::timestamptz
            AND (c.procedure_id IS NULL OR NOT EXISTS (
                  SELECT 1 FROM webhook_deliveries p
                   WHERE p.webhook_id = c.webhook_id
                     AND p.procedure_id = c.procedure_id
                     AND p.event_id < c.event_id
                     AND p.status IN ('pending', 'retrying')))
          ORDER BY c.next_attempt_at, c.event_id
          LIMIT ${limit}::int
          FOR UPDATE OF c SKIP LOCKED)
      RETURNING d.id, d.webhook_id, d.event_id, d.attempts
    )
    SELECT c.id::text AS "id", c.webhook_id::text AS "webhookId", c.event_id::text AS "eventId", c.attempts AS "attempts",
           w.url AS "url", w.secret AS "secret",
           w.previous_secret AS "previousSecret", w.previous_secret_expires_at AS "previousSecretExpiresAt"
      FROM claimed c JOIN webhooks w ON w.id = c.webhook_id`;
}

/** Records the outcome of an attempt, unless another pass has since re-claimed the row. */
export function recordAttempt(
  db: Tx,
  claim: { id: string; attempts: number },
  outcome:
    | { status: 'delivered'; at: Date; statusCode: number }
    | { status: 'retrying'; nextAttemptAt: Date; statusCode: number | null; error: string }
    | { status: 'failed'; at: Date; statusCode: number | null; error: string },
) {
  const data =
    outcome.status === 'delivered'
      ? { status: 'delivered', deliveredAt: outcome.at, lastStatusCode: outcome.statusCode, lastError: null, nextAttemptAt: outcome.at }
      : outcome.status === 'retrying'
        ? { status: 'retrying', nextAttemptAt: outcome.nextAttemptAt, lastStatusCode: outcome.statusCode, lastError: outcome.error }
        : { status: 'failed', nextAttemptAt: outcome.at, lastStatusCode: outcome.statusCode, lastError: outcome.error };
  return db.webhookDelivery.updateMany({ where: { id: claim.id, attempts: claim.attempts }, data });
}

export function insertWebhook(tx: Tx, data: { url: string; eventTypes: string[]; secret: string; createdAt: Date }) {
  return tx.webhook.create({ data });
}

/** Locks the webhook's row for the rest of the transaction and returns its secret (none when it does not exist). */
export function lockWebhookSecret(tx: Tx, id: string) {
  return tx.$queryRaw<Array<{ secret: string }>>`SELECT secret FROM webhooks WHERE id = ${id}::uuid FOR UPDATE`;
}

export function updateWebhookSecrets(tx: Tx, id: string, data: { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null }) {
  return tx.webhook.update({ where: { id }, data });
}

export function deleteWebhook(tx: Tx, id: string) {
  return tx.webhook.deleteMany({ where: { id } });
}
