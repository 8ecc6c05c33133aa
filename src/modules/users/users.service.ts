import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { conflict, notFound } from '../../lib/errors.js';
import { staleVersion } from '../../lib/http.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { User } from '../../generated/prisma/client.js';
import { diff, recordChange } from '../../db/audit.js';
import { findUser, findUserByEmail, insertUser, keysOfUser, listUsers, setRoleOfUserKeys, updateUserAt } from './users.repository.js';
import type { UserInput, UserListQuery, UserPatch } from './users.schemas.js';

/**
 * A person's name and e-mail address are personal data of staff
 * (src/domain/personal-data.ts): the audit trail records that they changed,
 * never their values, and no event carries them.
 */
const PERSONAL = ['name', 'email'] as const;

export function toUserView(u: User) {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role as 'admin' | 'consultant',
    active: u.deactivatedAt === null,
    deactivatedAt: u.deactivatedAt?.toISOString() ?? null,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function emailTaken(): Error {
  return conflict('USER_EMAIL_EXISTS', 'Another person of the agency already has this e-mail address.', {
    errors: [{ path: 'body.email', message: 'already used by another person' }],
  });
}

/** A lost race on the e-mail address (another request took it between the check and the write) is the same 409. */
function rethrowEmailTaken(error: unknown): never {
  const e = error as { code?: string; meta?: unknown; message?: string };
  if (e?.code === 'P2002' && /email_?normalized/i.test(JSON.stringify(e.meta ?? {}) + String(e.message ?? ''))) throw emailTaken();
  throw error;
}

async function ensureEmailFree(tx: Tx, emailNormalized: string, self?: string) {
  const existing = await findUserByEmail(tx, emailNormalized);
  if (existing && existing.id !== self) throw emailTaken();
}

export function createUsersService(deps: { db: Db; clock: Clock; forget: (prefix: string) => void }) {
  const { db, clock } = deps;
  return {
    async create(actor: Actor, input: UserInput) {
      const now = clock.now();
      const emailNormalized = normalizeEmail(input.email);
      return db
        .$transaction(async (tx) => {
          await ensureEmailFree(tx, emailNormalized);
          const created = await insertUser(tx, {
            name: input.name,
            email: input.email.trim(),
            emailNormalized,
            role: input.role,
            createdAt: now,
            updatedAt: now,
          });
          await recordChange(tx, actor, now, {
            action: 'user.created',
            entityType: 'user',
            entityId: created.id,
            changes: diff({}, { name: created.name, email: created.email, role: created.role }, PERSONAL),
          });
          return toUserView(created);
        })
        .catch(rethrowEmailTaken);
    },

    async get(id: string) {
      const found = await findUser(db, id);
      if (!found) throw notFound('User', id);
      return toUserView(found);
    },

    async list(query: UserListQuery) {
      const rows = await listUsers(db, {
        limit: query.limit,
        cursor: decodeCursor(query.cursor),
        updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined,
        role: query.role,
        includeDeactivated: query.includeDeactivated,
      });
      return toPage(rows, query.limit, (u) => ({ k: u.updatedAt.toISOString(), id: u.id }), toUserView);
    },

    /**
     * Changes a person. A new role is the role of their keys from now on; a
     * deactivated person's keys stop working and no key acts on their behalf
     * (at once on this instance, within the key cache time on the others:
     * KEY_CACHE_MS of src/plugins/auth.ts).
     */
    async update(actor: Actor, id: string, expected: number | undefined, patch: UserPatch) {
      const now = clock.now();
      const { updated, prefixes } = await db
        .$transaction(async (tx) => {
          const current = await findUser(tx, id);
          if (!current) throw notFound('User', id);
          if (expected !== undefined && current.version !== expected) throw staleVersion('user');
          const emailNormalized = patch.email !== undefined ? normalizeEmail(patch.email) : undefined;
          if (emailNormalized !== undefined && emailNormalized !== current.emailNormalized) await ensureEmailFree(tx, emailNormalized, id);
          const deactivatedAt = patch.active === undefined ? current.deactivatedAt : patch.active ? null : (current.deactivatedAt ?? now);
          const after = {
            ...(patch.name !== undefined ? { name: patch.name } : {}),
            ...(patch.email !== undefined ? { email: patch.email.trim(), emailNormalized } : {}),
            ...(patch.role !== undefined ? { role: patch.role } : {}),
            deactivatedAt,
          };
          const result = await updateUserAt(tx, id, current.version, { ...after, version: { increment: 1 }, updatedAt: now });
          if (result.count === 0) throw staleVersion('user');
          if (patch.role !== undefined && patch.role !== current.role) await setRoleOfUserKeys(tx, id, patch.role);
          const before = { ...current, deactivatedAt: current.deactivatedAt?.toISOString() ?? null };
          const changed = diff(
            before,
            {
              ...(patch.name !== undefined ? { name: patch.name } : {}),
              ...(patch.email !== undefined ? { email: patch.email.trim() } : {}),
              ...(patch.role !== undefined ? { role: patch.role } : {}),
              deactivatedAt: deactivatedAt?.toISOString() ?? null,
            },
            PERSONAL,
          );
          const action =
            patch.active === false && !current.deactivatedAt
              ? 'user.deactivated'
              : patch.active === true && current.deactivatedAt
                ? 'user.reactivated'
                : 'user.updated';
          await recordChange(tx, actor, now, { action, entityType: 'user', entityId: id, changes: changed });
          const keys = await keysOfUser(tx, id);
          return { updated: (await findUser(tx, id))!, prefixes: keys.map((k) => k.prefix) };
        })
        .catch(rethrowEmailTaken);
      for (const prefix of prefixes) deps.forget(prefix);
      return toUserView(updated);
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
