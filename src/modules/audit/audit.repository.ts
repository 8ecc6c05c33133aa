import type { Tx } from '../../db/client.js';

/** Entries of a procedure in id order, after `afterId`, with optional filters; fetches `limit + 1`. */
export function listAuditEntries(
  db: Tx,
  q: {
    procedureId: string;
    limit: number;
    afterId?: bigint;
    action?: string;
    entityType?: string;
    entityId?: string;
    actor?: string;
    userId?: string;
    since?: Date;
    until?: Date;
  },
) {
  return db.auditEntry.findMany({
    where: {
      procedureId: q.procedureId,
      ...(q.afterId !== undefined ? { id: { gt: q.afterId } } : {}),
      ...(q.action ? { action: q.action } : {}),
      ...(q.entityType ? { entityType: q.entityType } : {}),
      ...(q.entityId ? { entityId: q.entityId } : {}),
      ...(q.actor ? { actor: q.actor } : {}),
      ...(q.userId ? { userId: q.userId } : {}),
      ...(q.since || q.until ? { at: { ...(q.since ? { gte: q.since } : {}), ...(q.until ? { lt: q.until } : {}) } } : {}),
    },
    orderBy: { id: 'asc' },
    take: q.limit + 1,
  });
}
