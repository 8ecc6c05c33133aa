import { likeTerm } from '../../lib/like.js';
import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { afterUpdatedCursor, type Cursor } from '../../lib/pagination.js';

export function findClient(db: Tx, id: string) {
  return db.client.findUnique({ where: { id } });
}

export function listClients(db: Tx, q: { limit: number; cursor?: Cursor; updatedSince?: Date; search?: string }) {
  return db.client.findMany({
    where: {
      ...afterUpdatedCursor(q.cursor),
      ...(q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {}),
      ...(q.search ? { name: { contains: likeTerm(q.search), mode: 'insensitive' as const } } : {}),
    },
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

export function insertClient(tx: Tx, data: Prisma.ClientUncheckedCreateInput) {
  return tx.client.create({ data });
}

/** Changes a client at the version read, unless it changed meanwhile. */
export function updateClientAt(tx: Tx, id: string, version: number, data: Prisma.ClientUncheckedUpdateManyInput) {
  return tx.client.updateMany({ where: { id, version }, data });
}
