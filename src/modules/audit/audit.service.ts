import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { decodeCursor, isBigintText, toPage } from '../../lib/pagination.js';
import type { AuditEntry } from '../../generated/prisma/client.js';
import { findProcedureId } from '../procedures/index.js';
import { listAuditEntries } from './audit.repository.js';
import type { AuditQuery } from './audit.schemas.js';

type Changes = Record<string, { from?: unknown; to?: unknown }>;

export function toAuditView(e: AuditEntry) {
  return {
    id: e.id.toString(),
    at: e.at.toISOString(),
    actor: e.actor,
    actorRole: e.actorRole,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    changes: (e.changes ?? null) as Changes | null,
    reason: e.reason,
    requestId: e.requestId,
    userId: e.userId,
  };
}

function invalidCursor(): AppError {
  return new AppError(400, 'INVALID_CURSOR', 'The cursor is not one this API issued; start again without it.', {
    errors: [{ path: 'querystring.cursor', message: 'not a valid cursor' }],
  });
}

/** Reading the audit trail; nothing here (or anywhere) changes or deletes an entry. */
export function createAuditService(deps: { db: Db }) {
  const { db } = deps;
  return {
    async list(_actor: Actor, procedureId: string, query: AuditQuery) {
      const procedure = await findProcedureId(db, procedureId);
      if (!procedure) throw notFound('Procedure', procedureId);
      const since = query.since ? new Date(query.since) : undefined;
      const until = query.until ? new Date(query.until) : undefined;
      if (since && until && since.getTime() >= until.getTime()) {
        throw new AppError(400, 'INVALID_RANGE', '`since` must lie before `until`.', {
          errors: [{ path: 'querystring.until', message: 'must lie after since' }],
        });
      }
      const cursor = decodeCursor(query.cursor);
      if (cursor && !isBigintText(cursor.id)) throw invalidCursor();
      const rows = await listAuditEntries(db, {
        procedureId,
        limit: query.limit,
        afterId: cursor ? BigInt(cursor.id) : undefined,
        action: query.action,
        entityType: query.entityType,
        entityId: query.entityId,
        actor: query.actor,
        userId: query.userId,
        since,
        until,
      });
      return toPage(rows, query.limit, (e) => ({ k: e.id.toString(), id: e.id.toString() }), toAuditView);
    },
  };
}
