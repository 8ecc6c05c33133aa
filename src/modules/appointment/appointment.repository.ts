import type { Tx } from '../../db/client.js';
import type { ApplicationStage, StageName } from '../../generated/prisma/enums.js';
import type { Prisma } from '../../generated/prisma/client.js';
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

/** The applications still in the running (any stage from applied to nominated), except one. */
export function openApplicationsOf(db: Tx, procedureId: string, stages: readonly ApplicationStage[], except: string) {
  return db.application.findMany({
    where: { procedureId, stage: { in: [...stages] }, id: { not: except } },
    select: { id: true, stage: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
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
