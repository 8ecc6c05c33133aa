import type { Tx } from '../../db/client.js';
import type { ApplicationStage } from '../../generated/prisma/enums.js';

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
