import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';

/**
 * Locks the procedure of an application for the rest of the transaction
 * (one statement: find and lock), and returns the procedure's id, or null
 * when the application does not exist. Every stage change and gate of a
 * procedure takes this row lock first, so that a quota checked inside the
 * transaction still holds when it commits, on any instance.
 */
export async function lockProcedureOf(db: Tx, applicationId: string): Promise<string | null> {
  const rows = await db.$queryRaw<Array<{ procedureId: string }>>`
    SELECT p.id::text AS "procedureId"
    FROM applications a JOIN procedures p ON p.id = a.procedure_id
    WHERE a.id = ${applicationId}::uuid
    FOR UPDATE OF p`;
  return rows[0]?.procedureId ?? null;
}

/** What a stage change needs to know about the application. */
export function findTransitionApplication(tx: Tx, applicationId: string) {
  return tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      stage: true,
      version: true,
      rejectionReason: true,
      candidateId: true,
      documents: { where: { current: true, erasedAt: null }, select: { kind: true } },
    },
  });
}

/** Moves an application at the version read, unless it changed meanwhile. */
export function moveApplicationAt(tx: Tx, applicationId: string, version: number, data: Prisma.ApplicationUncheckedUpdateManyInput) {
  return tx.application.updateMany({ where: { id: applicationId, version }, data });
}

export function insertStageChange(tx: Tx, data: Prisma.StageChangeUncheckedCreateInput) {
  return tx.stageChange.create({ data });
}
