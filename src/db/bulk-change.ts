import type { EventType } from '../domain/event-types.js';
import type { ApplicationStage } from '../generated/prisma/enums.js';
import type { Actor } from '../lib/actor.js';
import { Prisma } from '../generated/prisma/client.js';
import { ts } from './sql.js';

/**
 * The audit entries (and events) of a set-based change, as further CTEs of
 * the statement that makes the change: `recordChange` for many rows at once,
 * so that the change, its audit trail and its events commit together and the
 * sweep needs no round trip per row. `from` names a CTE of changed rows; the
 * expressions refer to its columns. Values must hold no personal data.
 */
export interface BulkChange {
  from: string;
  procedureId: Prisma.Sql;
  action: string;
  entityType: string;
  entityId: Prisma.Sql;
  changes: Prisma.Sql;
  reason?: string | null;
  event?: { type: EventType; payload: Prisma.Sql };
}

export function bulkChangeCtes(name: string, actor: Actor, now: Date, c: BulkChange): Prisma.Sql {
  const from = Prisma.raw(c.from);
  const audit = Prisma.sql`,
    ${Prisma.raw(`${name}_audit`)} AS (
      INSERT INTO audit_entries (procedure_id, actor, actor_role, action, entity_type, entity_id, changes, reason, request_id, user_id, at)
      SELECT ${c.procedureId}, ${actor.id}::text, ${actor.role}::text, ${c.action}::text, ${c.entityType}::text, ${c.entityId},
             ${c.changes}, ${c.reason ?? null}::text, ${actor.requestId}::text, ${actor.userId ?? null}::uuid, ${ts(now)}
        FROM ${from})`;
  if (!c.event) return audit;
  return Prisma.sql`${audit},
    ${Prisma.raw(`${name}_event`)} AS (
      INSERT INTO events (type, procedure_id, entity_type, entity_id, payload, user_id, created_at)
      SELECT ${c.event.type}::text, ${c.procedureId}, ${c.entityType}::text, ${c.entityId}, ${c.event.payload}, ${actor.userId ?? null}::uuid, ${ts(now)}
        FROM ${from})`;
}

/**
 * The stage move of many applications, as further CTEs (a stage move one by
 * one is moveStage in src/modules/appointment): each row of the CTE `from`
 * (columns `id` and `from_stage`) gets stage `to`, a new version and, when
 * given, the rejection reason, and a stage change with `reason` and
 * `reasonCategory`. Follow with bulkChangeCtes for the audit entries and events.
 */
export function bulkStageMoveCtes(
  name: string,
  actor: Actor,
  now: Date,
  m: { from: string; to: ApplicationStage; reason: string | null; reasonCategory: string | null; rejectionReason?: string },
): Prisma.Sql {
  const from = Prisma.raw(m.from);
  const rejection = m.rejectionReason === undefined ? Prisma.empty : Prisma.sql`rejection_reason = ${m.rejectionReason}::text, `;
  return Prisma.sql`,
    ${Prisma.raw(`${name}_moved`)} AS (
      UPDATE applications a SET stage = ${m.to}::application_stage, ${rejection}version = a.version + 1, updated_at = ${ts(now)}
        FROM ${from} WHERE a.id = ${from}.id
      RETURNING a.id
    ), ${Prisma.raw(`${name}_history`)} AS (
      INSERT INTO stage_changes (id, application_id, from_stage, to_stage, reason, reason_category, actor, user_id, at)
      SELECT gen_random_uuid(), id, from_stage, ${m.to}::application_stage, ${m.reason}::text, ${m.reasonCategory}::text,
             ${actor.id}::text, ${actor.userId ?? null}::uuid, ${ts(now)}
        FROM ${from})`;
}
