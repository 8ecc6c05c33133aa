import type { Db, Tx } from '../../db/client.js';
import type { Actor, Role } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, notFound } from '../../lib/errors.js';
import { decodeCursor, timeCursor, toPage } from '../../lib/pagination.js';
import type { ApiKey } from '../../generated/prisma/client.js';
import { diff, recordChange } from '../../db/audit.js';
import { findProcedureRow } from '../procedures/index.js';
import { findUser } from '../users/index.js';
import { createApiKeyRow, findApiKey, listApiKeys, revokeApiKey } from './api-keys.repository.js';
import { generateKey } from './api-keys.secrets.js';

/**
 * A key's name is personal data of staff (src/domain/personal-data.ts): a
 * person's key is often named after them ("Eva laptop"). The audit trail
 * records that it was set, never its value, as it does for the names of
 * people (users.service.ts).
 */
const PERSONAL = ['name'] as const;

export interface NewKey {
  name: string;
  /** Required unless the key belongs to a person (`userId`): then the person's role. */
  role?: Role;
  /** The person the key belongs to: it acts in their role and stops working when they are deactivated. */
  userId?: string | null;
  /** An integration key that may send On-Behalf-Of (admin or consultant keys of no person). */
  actOnBehalf?: boolean;
  procedureId?: string | null;
  committeeMemberId?: string | null;
  expiresAt?: string | null;
}

export function toApiKeyView(k: ApiKey) {
  return {
    id: k.id,
    name: k.name,
    role: k.role,
    prefix: `pt_${k.prefix}`,
    procedureId: k.procedureId,
    committeeMemberId: k.committeeMemberId,
    userId: k.userId,
    actOnBehalf: k.actOnBehalf,
    expiresAt: k.expiresAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
    createdAt: k.createdAt.toISOString(),
  };
}

/** Creates a key inside a transaction; the token is returned once and never stored. */
export async function insertApiKey(tx: Tx, actor: Actor | null, now: Date, newKey: NewKey) {
  const input = { ...newKey, role: await roleOfKey(tx, newKey) };
  if (input.actOnBehalf && (input.userId || (input.role !== 'admin' && input.role !== 'consultant'))) {
    throw new AppError(
      422,
      'ON_BEHALF_ONLY_FOR_AGENCY_KEYS',
      'Only an admin or consultant key of no person (an integration key) may act on behalf of people of the agency.',
      { errors: [{ path: 'body.actOnBehalf', message: input.userId ? 'not for a key of a person' : `not for role ${input.role}` }] },
    );
  }
  if (input.role === 'committee' && !input.procedureId) {
    throw new AppError(422, 'COMMITTEE_KEY_NEEDS_PROCEDURE', 'A committee key must be scoped to one procedure.', {
      errors: [{ path: 'body.procedureId', message: 'required for role committee' }],
    });
  }
  if (input.role !== 'committee' && (input.procedureId || input.committeeMemberId)) {
    throw new AppError(422, 'SCOPE_ONLY_FOR_COMMITTEE', 'Only committee keys are scoped to a procedure.', {
      errors: [{ path: 'body.procedureId', message: `not allowed for role ${input.role}` }],
    });
  }
  if (input.expiresAt && new Date(input.expiresAt).getTime() <= now.getTime()) {
    throw new AppError(422, 'EXPIRY_IN_PAST', 'expiresAt must lie in the future.', {
      errors: [{ path: 'body.expiresAt', message: 'must lie in the future' }],
    });
  }
  if (input.procedureId) {
    const procedure = await findProcedureRow(tx, input.procedureId);
    if (!procedure) {
      throw new AppError(422, 'PROCEDURE_NOT_FOUND', `Procedure ${input.procedureId} does not exist.`, {
        errors: [{ path: 'body.procedureId', message: 'no procedure with this id' }],
      });
    }
  }
  const { token, prefix, secretHash } = generateKey();
  const row = await createApiKeyRow(tx, {
    name: input.name,
    role: input.role,
    prefix,
    secretHash,
    procedureId: input.procedureId ?? null,
    committeeMemberId: input.committeeMemberId ?? null,
    userId: input.userId ?? null,
    actOnBehalf: input.actOnBehalf ?? false,
    expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
    createdBy: actor?.id ?? 'cli',
    createdAt: now,
  });
  if (actor) {
    await recordChange(tx, actor, now, {
      procedureId: row.procedureId,
      action: 'api_key.created',
      entityType: 'api_key',
      entityId: row.id,
      changes: {
        role: { to: row.role },
        ...diff({}, { name: row.name }, PERSONAL),
        ...(row.userId ? { userId: { to: row.userId } } : {}),
        ...(row.actOnBehalf ? { actOnBehalf: { to: true } } : {}),
      },
    });
  }
  return { ...toApiKeyView(row), token };
}

/**
 * The role of a new key: a person's key takes the person's role (a role sent
 * with it must be that one); any other key names its role.
 */
async function roleOfKey(tx: Tx, input: NewKey): Promise<Role> {
  if (!input.userId) {
    if (input.role) return input.role;
    throw new AppError(400, 'VALIDATION_FAILED', 'A key of no person needs a role.', {
      errors: [{ path: 'body.role', message: 'required unless userId is given' }],
    });
  }
  const user = await findUser(tx, input.userId);
  if (!user) {
    throw new AppError(422, 'USER_NOT_FOUND', `No person of the agency has the id ${input.userId}.`, {
      errors: [{ path: 'body.userId', message: 'no person with this id' }],
    });
  }
  if (user.deactivatedAt) {
    throw new AppError(422, 'USER_DEACTIVATED', `Person ${user.id} was deactivated; reactivate them before giving them a key.`, {
      errors: [{ path: 'body.userId', message: 'deactivated' }],
    });
  }
  if (input.role && input.role !== user.role) {
    throw new AppError(422, 'USER_KEY_ROLE_MISMATCH', `A person's key acts in the person's role (${user.role}); leave role out or send ${user.role}.`, {
      errors: [{ path: 'body.role', message: `must be ${user.role}, the person's role` }],
    });
  }
  return user.role;
}

export function createApiKeysService(deps: { db: Db; clock: Clock; forget: (prefix: string) => void }) {
  const { db, clock } = deps;
  return {
    create(actor: Actor, input: NewKey) {
      return db.$transaction((tx) => insertApiKey(tx, actor, clock.now(), input));
    },
    async list(query: { limit: number; cursor?: string; role?: Role; userId?: string; includeRevoked?: boolean }) {
      const decoded = decodeCursor(query.cursor);
      const cursor = decoded && timeCursor(decoded);
      const rows = await listApiKeys(db, { cursor, role: query.role, userId: query.userId, includeRevoked: query.includeRevoked, limit: query.limit });
      return toPage(rows, query.limit, (k) => ({ k: k.createdAt.toISOString(), id: k.id }), toApiKeyView);
    },
    async revoke(actor: Actor, id: string) {
      const now = clock.now();
      const row = await db.$transaction(async (tx) => {
        const found = await findApiKey(tx, id);
        if (!found) throw notFound('API key', id);
        if (found.revokedAt) return found;
        const updated = await revokeApiKey(tx, id, now);
        await recordChange(tx, actor, now, {
          procedureId: found.procedureId,
          action: 'api_key.revoked',
          entityType: 'api_key',
          entityId: id,
          changes: { revokedAt: { from: null, to: now.toISOString() } },
        });
        return updated;
      });
      deps.forget(row.prefix);
    },
  };
}
