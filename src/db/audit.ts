import type { Tx } from './client.js';
import type { Actor } from '../lib/actor.js';
import type { Prisma } from '../generated/prisma/client.js';
import { redactPersonal } from '../domain/personal-data.js';
import type { EventType } from '../domain/event-types.js';

export interface Change {
  procedureId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** Changed fields as `{ field: { from, to } }`; personal values must be redacted by the caller. */
  changes?: Record<string, { from?: unknown; to?: unknown }> | null;
  reason?: string | null;
  /** When set, an event of this type is written in the same transaction. */
  event?: { type: EventType; payload: Record<string, unknown> };
}

/**
 * Writes the audit entry (and the outgoing event, when there is one) of a
 * change inside the caller's transaction, so that both commit with the change
 * or not at all. The values of personal keys (src/domain/personal-data.ts) in
 * the changes and the payload are written as `[personal data]`: the audit
 * trail is append-only and events go out to webhook receivers, so erasure
 * could not reach them. changeValues and changeSql below write the same
 * rows within a statement of the caller's (the stage change's hot path).
 */
export async function recordChange(tx: Tx, actor: Actor, at: Date, change: Change): Promise<void> {
  await tx.auditEntry.create({
    data: {
      procedureId: change.procedureId ?? null,
      actor: actor.id,
      actorRole: actor.role,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      changes: (change.changes ? redactPersonal(change.changes) : undefined) as Prisma.InputJsonValue | undefined,
      reason: change.reason ?? null,
      requestId: actor.requestId,
      userId: actor.userId ?? null,
      at,
    },
  });
  if (change.event) {
    await tx.event.create({
      data: {
        type: change.event.type,
        procedureId: change.procedureId ?? null,
        entityType: change.entityType,
        entityId: change.entityId,
        payload: redactPersonal(change.event.payload) as Prisma.InputJsonValue,
        userId: actor.userId ?? null,
        createdAt: at,
      },
    });
  }
}

/** The fields of `after` whose values differ from `before`, as audit changes. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  redact: readonly string[] = [],
): Record<string, { from?: unknown; to?: unknown }> {
  const out: Record<string, { from?: unknown; to?: unknown }> = {};
  for (const key of Object.keys(after)) {
    const a = JSON.stringify(before[key] ?? null);
    const b = JSON.stringify(after[key] ?? null);
    if (a === b) continue;
    out[key] = redact.includes(key) ? { from: '[personal data]', to: '[personal data]' } : { from: before[key] ?? null, to: after[key] ?? null };
  }
  return out;
}

/**
 * The values recordChange writes for a change, for a statement that writes
 * them itself (changeSql): the changes and the payload as JSON, redacted as
 * recordChange redacts them.
 */
export function changeValues(actor: Actor, change: Change) {
  return {
    procedureId: change.procedureId ?? null,
    actor: actor.id,
    actorRole: actor.role,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    changes: change.changes ? JSON.stringify(redactPersonal(change.changes)) : null,
    reason: change.reason ?? null,
    requestId: actor.requestId,
    userId: actor.userId ?? null,
    eventType: change.event?.type ?? null,
    payload: change.event ? JSON.stringify(redactPersonal(change.event.payload)) : null,
  };
}

/** Where changeSql takes each column of the audit entry and event: a parameter (`$n`) of the statement. */
export type ChangeColumns = { [K in keyof ReturnType<typeof changeValues> | 'at']: string };

const PARAMETER = /^\$[1-9][0-9]*$/;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * The SQL of the audit entry and the event of a change, as recordChange
 * writes them, as two common table expressions (`audit_entry`, `change_event`)
 * of a statement that writes the change itself: each row is written once per
 * row of `guard` (a CTE of that statement), so nothing when the change wrote
 * nothing. Every column is a parameter of the statement (`$n`, checked), its
 * value from changeValues; the event is written when `event` is true.
 */
export function changeSql(guard: string, columns: ChangeColumns, event = true): string {
  if (!IDENTIFIER.test(guard)) throw new Error(`not an identifier: ${guard}`);
  for (const [column, parameter] of Object.entries(columns)) {
    if (!PARAMETER.test(parameter)) throw new Error(`${column}: not a parameter: ${parameter}`);
  }
  const c = columns;
  const audit = `audit_entry AS (
  INSERT INTO audit_entries (procedure_id, actor, actor_role, action, entity_type, entity_id, changes, reason, request_id, user_id, at)
  SELECT ${c.procedureId}, ${c.actor}, ${c.actorRole}, ${c.action}, ${c.entityType}, ${c.entityId}, ${c.changes}, ${c.reason}, ${c.requestId}, ${c.userId}, ${c.at} FROM ${guard}
)`;
  if (!event) return audit;
  return `${audit}, change_event AS (
  INSERT INTO events (type, procedure_id, entity_type, entity_id, payload, user_id, created_at)
  SELECT ${c.eventType}, ${c.procedureId}, ${c.entityType}, ${c.entityId}, ${c.payload}, ${c.userId}, ${c.at} FROM ${guard}
)`;
}
