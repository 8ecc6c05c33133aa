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
 * could not reach them.
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
