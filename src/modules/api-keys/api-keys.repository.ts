import type pg from 'pg';
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

/** What authentication needs of a key and of the person it belongs to. */
export interface KeyForAuth {
  id: string;
  role: Role;
  procedureId: string | null;
  committeeMemberId: string | null;
  userId: string | null;
  secretHash: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  actOnBehalf: boolean;
  /** The person's current role and deactivation; null for a key of no person. */
  user: { role: Role; deactivatedAt: Date | null } | null;
}

/**
 * A key by its prefix, with its person, in one statement straight on `pg`:
 * every request's authentication looks a key up again once a second
 * (src/plugins/auth.ts), and the ORM's query building took over a millisecond
 * of the event loop each time.
 */
export async function findKeyForAuth(pool: pg.Pool, prefix: string): Promise<KeyForAuth | null> {
  const { rows } = await pool.query<{
    id: string;
    role: Role;
    procedure_id: string | null;
    committee_member_id: string | null;
    user_id: string | null;
    secret_hash: string;
    expires_at: Date | null;
    revoked_at: Date | null;
    act_on_behalf: boolean;
    user_role: Role | null;
    deactivated_at: Date | null;
  }>({
    name: 'key_for_auth',
    text: `SELECT k.id, k.role::text AS role, k.procedure_id, k.committee_member_id, k.user_id, k.secret_hash, k.expires_at, k.revoked_at,
                  k.act_on_behalf, u.role::text AS user_role, u.deactivated_at
             FROM api_keys k LEFT JOIN users u ON u.id = k.user_id
            WHERE k.prefix = $1`,
    values: [prefix],
  });
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    role: r.role,
    procedureId: r.procedure_id,
    committeeMemberId: r.committee_member_id,
    userId: r.user_id,
    secretHash: r.secret_hash,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    actOnBehalf: r.act_on_behalf,
    user: r.user_id !== null && r.user_role !== null ? { role: r.user_role, deactivatedAt: r.deactivated_at } : null,
  };
}
