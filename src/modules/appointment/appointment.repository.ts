import type { Tx } from '../../db/client.js';
import type { ApplicationStage, StageName } from '../../generated/prisma/enums.js';
import { Prisma } from '../../generated/prisma/client.js';
import { bulkChangeCtes, bulkStageMoveCtes } from '../../db/bulk-change.js';
import type { Actor } from '../../lib/actor.js';

const candidateSelect = { select: { id: true, firstName: true, lastName: true } } as const;

export function findAppointment(db: Tx, procedureId: string) {
  return db.appointment.findUnique({ where: { procedureId }, include: { application: { select: { candidate: candidateSelect } } } });
}

export function findApplicationOf(db: Tx, procedureId: string, applicationId: string) {
  return db.application.findFirst({ where: { id: applicationId, procedureId }, select: { id: true, stage: true, candidate: candidateSelect } });
}

export function nomineesOf(db: Tx, procedureId: string) {
  return db.application.findMany({ where: { procedureId, stage: 'nominated' }, select: { id: true, stage: true, candidate: candidateSelect } });
}

/**
 * Rejects, in one statement, the applications of the procedure still in the
 * running (in `stages`) except the appointed one: each gets stage rejected
 * with the reason category, a stage change, an audit entry and an
 * application.rejected event, as a stage move records them one by one
 * (moveStage and recordChange). Returns their ids, oldest application first.
 */
export async function rejectOpenApplications(
  tx: Tx,
  actor: Actor,
  now: Date,
  r: { procedureId: string; stages: readonly ApplicationStage[]; except: string; reason: string; auditReason: string; reasonCategory: string },
): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    WITH old AS (
      SELECT a.id, a.procedure_id, a.stage AS from_stage, a.created_at
        FROM applications a
       WHERE a.procedure_id = ${r.procedureId}::uuid
         AND a.stage::text = ANY(${[...r.stages]}::text[])
         AND a.id <> ${r.except}::uuid
         FOR UPDATE OF a
    )
    ${bulkStageMoveCtes('rejected', actor, now, { from: 'old', to: 'rejected', reason: r.reason, reasonCategory: r.reasonCategory, rejectionReason: r.reasonCategory })}
    ${bulkChangeCtes('rejected', actor, now, {
      from: 'old',
      procedureId: Prisma.sql`procedure_id`,
      action: 'application.rejected',
      entityType: 'application',
      entityId: Prisma.sql`id::text`,
      changes: Prisma.sql`jsonb_build_object('stage', jsonb_build_object('from', from_stage::text, 'to', 'rejected'),
                                             'rejectionReason', jsonb_build_object('from', NULL, 'to', ${r.reasonCategory}::text))`,
      reason: r.auditReason,
      event: {
        type: 'application.rejected',
        payload: Prisma.sql`jsonb_build_object('applicationId', id, 'procedureId', procedure_id, 'from', from_stage::text, 'to', 'rejected',
                                               'reasonCategory', ${r.reasonCategory}::text)`,
      },
    })}
    SELECT id::text AS id FROM old ORDER BY created_at, id`;
  return rows.map((row) => row.id);
}

/** The applications the appointment rejected ("position filled"). */
export async function positionFilledIds(db: Tx, procedureId: string): Promise<string[]> {
  const rows = await db.application.findMany({
    where: { procedureId, stage: 'rejected', stageChanges: { some: { toStage: 'rejected', reasonCategory: 'position_filled' } } },
    select: { id: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => r.id);
}

export function insertAppointment(tx: Tx, data: Prisma.AppointmentUncheckedCreateInput) {
  return tx.appointment.create({ data });
}

/** Closes the given stages of the procedure that are not closed yet. */
export function closeStages(tx: Tx, procedureId: string, names: StageName[], by: { closedBy: string; closedByUserId: string | null }, now: Date) {
  return tx.stage.updateMany({
    where: { procedureId, name: { in: names }, status: { not: 'closed' } },
    data: { status: 'closed', closedAt: now, ...by, version: { increment: 1 } },
  });
}

export function completeProcedure(tx: Tx, procedureId: string, now: Date) {
  return tx.procedure.update({
    where: { id: procedureId },
    data: { phase: 'completed', completedAt: now, version: { increment: 1 }, updatedAt: now },
  });
}

/** One stage change of the appointment: the application row and its stage_changes record. */
export async function moveStage(
  tx: Tx,
  actor: Actor,
  now: Date,
  move: { id: string; from: ApplicationStage; to: ApplicationStage; reason: string; reasonCategory?: string },
) {
  await tx.application.update({
    where: { id: move.id },
    data: {
      stage: move.to,
      ...(move.reasonCategory ? { rejectionReason: move.reasonCategory } : {}),
      version: { increment: 1 },
      updatedAt: now,
    },
  });
  await tx.stageChange.create({
    data: {
      applicationId: move.id,
      fromStage: move.from,
      toStage: move.to,
      reason: move.reason,
      reasonCategory: move.reasonCategory ?? null,
      actor: actor.id,
      userId: actor.userId ?? null,
      at: now,
    },
  });
}
