import type { Tx } from '../../db/client.js';
import { afterUpdatedCursor, type Cursor } from '../../lib/pagination.js';
import type { ProcedurePhase } from '../../generated/prisma/enums.js';

export const procedureInclude = {
  salaryBounds: { orderBy: { validFrom: 'asc' as const } },
  milestones: { select: { key: true } },
};

export function findProcedure(db: Tx, id: string) {
  return db.procedure.findUnique({ where: { id }, include: procedureInclude, relationLoadStrategy: 'join' });
}

export function listProcedures(
  db: Tx,
  q: { limit: number; cursor?: Cursor; updatedSince?: Date; clientId?: string; phase?: ProcedurePhase; onlyId?: string },
) {
  return db.procedure.findMany({
    where: {
      ...afterUpdatedCursor(q.cursor),
      ...(q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {}),
      ...(q.clientId ? { clientId: q.clientId } : {}),
      ...(q.phase ? { phase: q.phase } : {}),
      ...(q.onlyId ? { id: q.onlyId } : {}),
    },
    include: procedureInclude,
    relationLoadStrategy: 'join',
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

export function findMilestones(db: Tx, procedureId: string) {
  return db.milestone.findMany({ where: { procedureId }, orderBy: { startDate: 'asc' } });
}
