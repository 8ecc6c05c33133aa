import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Role } from '../../lib/actor.js';
import { afterUpdatedCursor, type Cursor } from '../../lib/pagination.js';

export function findUser(db: Tx, id: string) {
  return db.user.findUnique({ where: { id } });
}

export function findUserByEmail(db: Tx, emailNormalized: string) {
  return db.user.findUnique({ where: { emailNormalized } });
}

export function listUsers(db: Tx, q: { limit: number; cursor?: Cursor; updatedSince?: Date; role?: Role; includeDeactivated?: boolean }) {
  return db.user.findMany({
    where: {
      ...afterUpdatedCursor(q.cursor),
      ...(q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {}),
      ...(q.role ? { role: q.role } : {}),
      ...(q.includeDeactivated ? {} : { deactivatedAt: null }),
    },
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

export function insertUser(tx: Tx, data: Prisma.UserUncheckedCreateInput) {
  return tx.user.create({ data });
}

/** Changes a person at the version read, unless they changed meanwhile. */
export function updateUserAt(tx: Tx, id: string, version: number, data: Prisma.UserUncheckedUpdateManyInput) {
  return tx.user.updateMany({ where: { id, version }, data });
}

/** The prefixes of the person's keys (revoked or not), to drop them from the key cache. */
export function keysOfUser(tx: Tx, userId: string) {
  return tx.apiKey.findMany({ where: { userId }, select: { id: true, prefix: true } });
}

/** A person's keys act in the person's role: their stored role follows it. */
export function setRoleOfUserKeys(tx: Tx, userId: string, role: Role) {
  return tx.apiKey.updateMany({ where: { userId }, data: { role } });
}

/** The calling key, for GET /v1/me. */
export function findKey(db: Tx, id: string) {
  return db.apiKey.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      role: true,
      prefix: true,
      expiresAt: true,
      procedureId: true,
      committeeMemberId: true,
      actOnBehalf: true,
      userId: true,
    },
  });
}
