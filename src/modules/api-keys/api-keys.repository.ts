import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Role } from '../../lib/actor.js';

export function createApiKeyRow(tx: Tx, data: Prisma.ApiKeyUncheckedCreateInput) {
  return tx.apiKey.create({ data });
}

export function listApiKeys(
  db: Tx,
  q: { cursor: { at: Date; id: string } | null | undefined; role?: Role; userId?: string; includeRevoked?: boolean; limit: number },
) {
  const { cursor } = q;
  return db.apiKey.findMany({
    where: {
      ...(cursor ? { OR: [{ createdAt: { gt: cursor.at } }, { createdAt: cursor.at, id: { gt: cursor.id } }] } : {}),
      ...(q.role ? { role: q.role } : {}),
      ...(q.userId ? { userId: q.userId } : {}),
      ...(q.includeRevoked ? {} : { revokedAt: null }),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

export function findApiKey(tx: Tx, id: string) {
  return tx.apiKey.findUnique({ where: { id } });
}

export function revokeApiKey(tx: Tx, id: string, now: Date) {
  return tx.apiKey.update({ where: { id }, data: { revokedAt: now } });
}

export function revokeApiKeys(tx: Tx, ids: string[], now: Date) {
  return tx.apiKey.updateMany({ where: { id: { in: ids } }, data: { revokedAt: now } });
}
