import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { timeCursor, type Cursor } from '../../lib/pagination.js';

export function findMember(db: Tx, procedureId: string, memberId: string) {
  return db.committeeMember.findFirst({ where: { id: memberId, procedureId } });
}

export function listMembers(db: Tx, q: { procedureId: string; limit: number; cursor?: Cursor; includeRemoved?: boolean }) {
  const cursor = q.cursor ? timeCursor(q.cursor) : undefined;
  const at = cursor?.at;
  return db.committeeMember.findMany({
    where: {
      procedureId: q.procedureId,
      ...(q.includeRemoved ? {} : { removedAt: null }),
      ...(at ? { OR: [{ createdAt: { gt: at } }, { createdAt: at, id: { gt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

/** Active members of the procedure with this role or this e-mail address (any case). */
export function findClashingMembers(db: Tx, procedureId: string, q: { role?: string; email?: string | null }) {
  const or = [...(q.role ? [{ role: q.role }] : []), ...(q.email ? [{ email: { equals: q.email, mode: 'insensitive' as const } }] : [])];
  if (or.length === 0) return Promise.resolve([]);
  return db.committeeMember.findMany({ where: { procedureId, removedAt: null, OR: or } });
}

export function activeKeysOf(db: Tx, memberId: string) {
  return db.apiKey.findMany({ where: { committeeMemberId: memberId, revokedAt: null } });
}

/** The procedure's id and phase, or null when it does not exist. */
export function findProcedurePhase(db: Tx, procedureId: string) {
  return db.procedure.findUnique({ where: { id: procedureId }, select: { id: true, phase: true } });
}

export function insertMember(tx: Tx, data: Prisma.CommitteeMemberUncheckedCreateInput) {
  return tx.committeeMember.create({ data });
}

export function markMemberRemoved(tx: Tx, memberId: string, now: Date) {
  return tx.committeeMember.update({ where: { id: memberId }, data: { removedAt: now } });
}
