import type { Db, Tx } from '../../db/client.js';
import { isFinished } from '../../domain/procedure-changes.js';
import type { Actor } from '../../lib/actor.js';
import { seesMemberDetails, seesProcedure } from '../../domain/visibility.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, notFound } from '../../lib/errors.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { CommitteeMember } from '../../generated/prisma/client.js';
import { insertApiKey, revokeApiKeys } from '../api-keys/index.js';
import { diff, recordChange } from '../../db/audit.js';
import { activeKeysOf, findClashingMembers, findMember, findProcedurePhase, insertMember, listMembers, markMemberRemoved } from './committee.repository.js';
import { lockProcedure } from '../../db/locks.js';
import type { KeyInput, MemberInput, MemberListQuery } from './committee.schemas.js';

type CommitteeRole = MemberInput['role'];

/** Name and e-mail are personal data: never in audit values or events. */
const PERSONAL = ['name', 'email'] as const;

export function toMemberView(m: CommitteeMember) {
  return {
    id: m.id,
    procedureId: m.procedureId,
    name: m.name,
    role: m.role as CommitteeRole,
    email: m.email,
    createdAt: m.createdAt.toISOString(),
    removedAt: m.removedAt?.toISOString() ?? null,
  };
}

/** What a committee key sees of its fellow members: names and roles only. */
export function toCommitteeMemberView(m: CommitteeMember) {
  return { id: m.id, procedureId: m.procedureId, name: m.name, role: m.role as CommitteeRole };
}

function procedureNotFound(id: string) {
  return notFound('Procedure', id);
}

export function createCommitteeService(deps: { db: Db; clock: Clock; forget: (prefix: string) => void }) {
  const { db, clock } = deps;

  /** The procedure must exist and, for a committee key, be its own; anything else does not exist. */
  async function visibleProcedure(tx: Tx, actor: Actor, procedureId: string, lock = false) {
    if (!seesProcedure(actor, procedureId)) throw procedureNotFound(procedureId);
    const found = lock ? await lockProcedure(tx, procedureId) : await findProcedurePhase(tx, procedureId);
    if (!found) throw procedureNotFound(procedureId);
    return found;
  }

  async function memberOf(tx: Tx, procedureId: string, memberId: string) {
    const found = await findMember(tx, procedureId, memberId);
    if (!found) throw notFound('Committee member', memberId);
    return found;
  }

  return {
    async list(actor: Actor, procedureId: string, query: MemberListQuery) {
      await visibleProcedure(db, actor, procedureId);
      const details = seesMemberDetails(actor);
      const rows = await listMembers(db, {
        procedureId,
        limit: query.limit,
        cursor: decodeCursor(query.cursor),
        includeRemoved: details && query.includeRemoved === true,
      });
      return toPage(rows, query.limit, (m) => ({ k: m.createdAt.toISOString(), id: m.id }), details ? toMemberView : toCommitteeMemberView);
    },

    async add(actor: Actor, procedureId: string, input: MemberInput) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const procedure = await visibleProcedure(tx, actor, procedureId, true);
        if (isFinished(procedure.phase)) {
          throw new AppError(409, 'PROCEDURE_FINISHED', `The procedure is ${procedure.phase}; its committee can no longer change.`);
        }
        const email = input.email?.trim() || null;
        const clashes = await findClashingMembers(tx, procedureId, { role: input.role === 'chair' ? 'chair' : undefined, email });
        if (email && clashes.some((m) => m.email?.toLowerCase() === email.toLowerCase())) {
          throw new AppError(409, 'COMMITTEE_MEMBER_EXISTS', 'A member of this committee already has this e-mail address.', {
            errors: [{ path: 'body.email', message: 'already used by a member of this committee' }],
          });
        }
        if (input.role === 'chair' && clashes.some((m) => m.role === 'chair')) {
          throw new AppError(
            409,
            'COMMITTEE_CHAIR_EXISTS',
            'This committee already has a chair; remove the current chair first or add this person as member or adviser.',
            { errors: [{ path: 'body.role', message: 'the committee already has a chair' }] },
          );
        }
        const created = await insertMember(tx, { procedureId, name: input.name, email, role: input.role, createdAt: now });
        await recordChange(tx, actor, now, {
          procedureId,
          action: 'committee_member.added',
          entityType: 'committee_member',
          entityId: created.id,
          changes: diff({}, { name: created.name, email: created.email, role: created.role }, PERSONAL),
          event: {
            type: 'committee_member.added',
            payload: { procedureId, memberId: created.id, role: created.role },
          },
        });
        return toMemberView(created);
      });
    },

    /**
     * A member leaves the committee: the row stays (their evaluations refer to
     * it) with `removedAt`, and every key of theirs is revoked at once.
     * Removing a removed member changes nothing.
     */
    async remove(actor: Actor, procedureId: string, memberId: string) {
      const now = clock.now();
      const revoked = await db.$transaction(async (tx) => {
        await visibleProcedure(tx, actor, procedureId, true);
        const found = await memberOf(tx, procedureId, memberId);
        if (found.removedAt) return [];
        await markMemberRemoved(tx, memberId, now);
        const keys = await activeKeysOf(tx, memberId);
        if (keys.length > 0) {
          await revokeApiKeys(
            tx,
            keys.map((k) => k.id),
            now,
          );
        }
        for (const key of keys) {
          await recordChange(tx, actor, now, {
            procedureId,
            action: 'api_key.revoked',
            entityType: 'api_key',
            entityId: key.id,
            changes: { revokedAt: { from: null, to: now.toISOString() } },
            reason: 'committee member removed',
          });
        }
        await recordChange(tx, actor, now, {
          procedureId,
          action: 'committee_member.removed',
          entityType: 'committee_member',
          entityId: memberId,
          changes: { removedAt: { from: null, to: now.toISOString() } },
          event: { type: 'committee_member.removed', payload: { procedureId, memberId, role: found.role } },
        });
        return keys;
      });
      for (const key of revoked) deps.forget(key.prefix);
    },

    /**
     * Issues a committee key for an active member, scoped to the procedure and
     * the member. The key's name carries no personal data (it is audited).
     */
    async issueKey(actor: Actor, procedureId: string, memberId: string, input: KeyInput) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        // The procedure's row lock, as remove() takes it: a removal either
        // comes first (and is seen here) or waits and revokes this key too.
        const procedure = await visibleProcedure(tx, actor, procedureId, true);
        const found = await memberOf(tx, procedureId, memberId);
        // As add(): a finished procedure's committee no longer changes, nor gets new keys.
        if (isFinished(procedure.phase)) {
          throw new AppError(409, 'PROCEDURE_FINISHED', `The procedure is ${procedure.phase}; no committee key can be issued for it any more.`);
        }
        if (found.removedAt) {
          throw new AppError(409, 'COMMITTEE_MEMBER_REMOVED', 'This person has left the committee; no key can be issued for them.');
        }
        return insertApiKey(tx, actor, now, {
          name: `committee ${found.role} ${found.id}`,
          role: 'committee',
          procedureId,
          committeeMemberId: found.id,
          expiresAt: input?.expiresAt ?? null,
        });
      });
    },
  };
}

export type CommitteeService = ReturnType<typeof createCommitteeService>;
