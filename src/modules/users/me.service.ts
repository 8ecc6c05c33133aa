import type { Db } from '../../db/client.js';
import type { UserRole } from '../../domain/roles.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { Operation } from '../../plugins/auth.js';
import { findKey, findUser } from './users.repository.js';

const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * The operations the role may call: those whose route allows it in
 * `config.roles` (or allows every role), as the auth plugin checks them on
 * each request; so the answer cannot drift from what is enforced.
 */
export function operationsFor(operations: readonly Operation[], role: Actor['role']) {
  return operations
    .filter((o) => !o.roles || o.roles.includes(role))
    .map((o) => ({ method: o.method, path: o.path, operationId: o.operationId }))
    .sort((a, b) => a.path.localeCompare(b.path) || METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
}

export function createMeService(deps: { db: Db; operations: () => readonly Operation[] }) {
  const { db } = deps;

  async function personOf(id: string | null | undefined) {
    if (!id) return null;
    const found = await findUser(db, id);
    return found ? { id: found.id, name: found.name, role: found.role as UserRole } : null;
  }

  return {
    async describe(actor: Actor) {
      let key;
      if (actor.keyId) {
        const row = await findKey(db, actor.keyId);
        // The key was authenticated a moment ago; gone now, it was deleted with its procedure.
        if (!row) throw new AppError(401, 'UNAUTHENTICATED', 'The API key is not valid or was revoked.', { headers: { 'www-authenticate': 'Bearer' } });
        key = {
          id: row.id,
          name: row.name,
          role: row.role,
          prefix: `pt_${row.prefix}`,
          expiresAt: row.expiresAt?.toISOString() ?? null,
          procedureId: row.procedureId,
          committeeMemberId: row.committeeMemberId,
          actOnBehalf: row.actOnBehalf && !row.userId,
        };
      } else {
        key = {
          id: null,
          name: 'ADMIN_API_KEY (environment)',
          role: actor.role,
          prefix: null,
          expiresAt: null,
          procedureId: null,
          committeeMemberId: null,
          actOnBehalf: false,
        };
      }
      const own = actor.onBehalf ? null : await personOf(actor.userId);
      const acting = actor.onBehalf ? await personOf(actor.userId) : null;
      return {
        key: own ? { ...key, role: own.role } : key,
        user: own,
        actingUser: acting,
        role: actor.role,
        operations: operationsFor(deps.operations(), actor.role),
      };
    },
  };
}
