import type { Db, Tx } from '../../db/client.js';
import type { Actor, Role } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, notFound } from '../../lib/errors.js';
import { decodeCursor, timeCursor, toPage } from '../../lib/pagination.js';
import type { ApiKey } from '../../generated/prisma/client.js';
import { recordChange } from '../../db/audit.js';
import { findProcedureRow } from '../procedures/index.js';
import { createApiKeyRow, findApiKey, listApiKeys, revokeApiKey } from './api-keys.repository.js';
import { generateKey } from './api-keys.secrets.js';

export interface NewKey {
  name: string;
  role: Role;
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
    expiresAt: k.expiresAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
    createdAt: k.createdAt.toISOString(),
  };
}

/** Creates a key inside a transaction; the token is returned once and never stored. */
export async function insertApiKey(tx: Tx, actor: Actor | null, now: Date, input: NewKey) {
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
      changes: { role: { to: row.role }, name: { to: row.name } },
    });
  }
  return { ...toApiKeyView(row), token };
}

export function createApiKeysService(deps: { db: Db; clock: Clock; forget: (prefix: string) => void }) {
  const { db, clock } = deps;
  return {
    create(actor: Actor, input: NewKey) {
      return db.$transaction((tx) => insertApiKey(tx, actor, clock.now(), input));
    },
    async list(query: { limit: number; cursor?: string; role?: Role; includeRevoked?: boolean }) {
      const decoded = decodeCursor(query.cursor);
      const cursor = decoded && timeCursor(decoded);
      const rows = await listApiKeys(db, { cursor, role: query.role, includeRevoked: query.includeRevoked, limit: query.limit });
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
