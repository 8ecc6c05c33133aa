import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { timeCursor, type Cursor } from '../../lib/pagination.js';

/**
 * An application with what the later steps (references, offer, appointment)
 * check: its stage, its person and its procedure's phase and terms.
 */
export function findPipelineApplication(db: Tx, id: string) {
  return db.application.findUnique({
    where: { id },
    select: {
      id: true,
      procedureId: true,
      candidateId: true,
      stage: true,
      candidate: { select: { id: true, firstName: true, lastName: true } },
      procedure: {
        select: {
          id: true,
          phase: true,
          timeZone: true,
          salaryScale: true,
          hoursPerWeek: true,
          ikbPercentage: true,
          salaryBounds: { orderBy: { validFrom: 'asc' } },
        },
      },
    },
  });
}

export type PipelineApplication = NonNullable<Awaited<ReturnType<typeof findPipelineApplication>>>;

/**
 * Locks the application row for the rest of the transaction, so that its
 * consent, references and offer change one request at a time, and the
 * appointment (which locks it too) sees them settled.
 */
export async function lockApplication(db: Tx, id: string): Promise<boolean> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`SELECT id::text AS id FROM applications WHERE id = ${id}::uuid FOR UPDATE`;
  return rows.length > 0;
}

export function findReference(db: Tx, applicationId: string, id: string) {
  return db.referenceCheck.findFirst({ where: { id, applicationId } });
}

export function listReferences(db: Tx, q: { applicationId: string; limit: number; cursor?: Cursor }) {
  const after = q.cursor ? timeCursor(q.cursor) : null;
  return db.referenceCheck.findMany({
    where: {
      applicationId: q.applicationId,
      ...(after ? { OR: [{ createdAt: { gt: after.at } }, { createdAt: after.at, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

/** Every reference check of an application, for the appointment's conditions. */
export function referencesOf(db: Tx, applicationId: string) {
  return db.referenceCheck.findMany({ where: { applicationId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

export function insertReference(tx: Tx, data: Prisma.ReferenceCheckUncheckedCreateInput) {
  return tx.referenceCheck.create({ data });
}

/** Changes a reference check at the version read, unless it changed meanwhile. */
export function updateReferenceAt(tx: Tx, id: string, version: number, data: Prisma.ReferenceCheckUncheckedUpdateManyInput) {
  return tx.referenceCheck.updateMany({ where: { id, version }, data });
}
