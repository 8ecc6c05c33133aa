import type { Tx } from '../../db/client.js';
import { CANDIDATE_PROFILE_FIELDS, fieldMask, without } from '../../domain/candidate.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { ApplicationStage, CandidateSource, DocumentKind } from '../../generated/prisma/enums.js';
import { timeCursor, type Cursor } from '../../lib/pagination.js';
import { MARK_CONTENT_UNREGISTERED } from '../../documents/document-store.js';

export const applicationInclude = {
  candidate: {
    select: { id: true, ...fieldMask(CANDIDATE_PROFILE_FIELDS) },
  },
  documents: { orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] },
} satisfies Prisma.ApplicationInclude;

export type ApplicationRow = Prisma.ApplicationGetPayload<{ include: typeof applicationInclude }>;

export const applicationSummaryInclude = {
  candidate: {
    select: { id: true, ...fieldMask(without(CANDIDATE_PROFILE_FIELDS, 'phone', 'linkedinUrl')) },
  },
  documents: { where: { current: true }, select: { kind: true } },
} satisfies Prisma.ApplicationInclude;

export type ApplicationSummaryRow = Prisma.ApplicationGetPayload<{ include: typeof applicationSummaryInclude }>;

export function findApplication(db: Tx, id: string, visible: Prisma.ApplicationWhereInput = {}) {
  return db.application.findFirst({ where: { AND: [{ id }, visible] }, include: applicationInclude });
}

export function findApplicationFor(db: Tx, procedureId: string, candidateId: string) {
  return db.application.findUnique({ where: { procedureId_candidateId: { procedureId, candidateId } }, select: { id: true } });
}

/**
 * A page of a procedure's applications in (createdAt, id) order. The extra
 * `createdAt >= k` bound lets PostgreSQL start the scan of the
 * (procedure_id, created_at, id) index at the cursor, so a page deep in a
 * large procedure costs what the first one does.
 */
export function listApplications(
  db: Tx,
  procedureId: string,
  q: {
    limit: number;
    cursor?: Cursor;
    updatedSince?: Date;
    stage?: ApplicationStage;
    source?: CandidateSource;
    complete?: boolean;
    visible: Prisma.ApplicationWhereInput;
  },
) {
  const cursor = q.cursor ? timeCursor(q.cursor) : null;
  const after = cursor?.at;
  return db.application.findMany({
    where: {
      procedureId,
      AND: [
        q.visible,
        after
          ? { createdAt: { gte: after }, OR: [{ createdAt: { gt: after } }, { createdAt: after, id: { gt: cursor.id } }] }
          : {},
        q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {},
        q.stage ? { stage: q.stage } : {},
        q.source ? { source: q.source } : {},
        q.complete === undefined ? {} : { completedAt: q.complete ? { not: null } : null },
      ],
    },
    include: applicationSummaryInclude,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

/**
 * Bumps the application's version and takes its row lock for the rest of the
 * transaction, so that two uploads of the same application run one after the
 * other and never leave two current documents of a kind.
 */
export function touchApplication(db: Tx, id: string, now: Date, expectedVersion?: number) {
  return db.application.updateMany({
    where: { id, ...(expectedVersion !== undefined ? { version: expectedVersion } : {}) },
    data: { version: { increment: 1 }, updatedAt: now },
  });
}

export function currentDocumentKinds(db: Tx, applicationId: string) {
  return db.document.findMany({ where: { applicationId, current: true }, select: { id: true, kind: true } });
}

export function supersedeDocuments(db: Tx, applicationId: string, kind: DocumentKind, now: Date) {
  return db.document.updateMany({ where: { applicationId, kind, current: true }, data: { current: false, supersededAt: now } });
}

/** What the intake rule needs to know about a procedure. */
export function findIntakeProcedure(db: Tx, id: string) {
  return db.procedure.findUnique({
    where: { id },
    select: {
      id: true,
      phase: true,
      timeZone: true,
      overviewSentAt: true,
      stages: { where: { name: 'preselection' }, select: { status: true } },
    },
  });
}

/** Writes down an upload before its bytes are stored (the sweep removes it if nothing registers it). */
export function markUnregistered(db: Tx, key: string, at: Date) {
  return db.sweepMark.create({ data: { kind: MARK_CONTENT_UNREGISTERED, subject: key, at } });
}

/** Removes an upload's mark; its count tells whether the mark (and the content) was still there. */
export function unmarkUnregistered(db: Tx, key: string) {
  return db.sweepMark.deleteMany({ where: { kind: MARK_CONTENT_UNREGISTERED, subject: key } });
}

export function insertApplication(tx: Tx, data: Prisma.ApplicationUncheckedCreateInput) {
  return tx.application.create({ data });
}

/** Changes an application at the version read, unless it changed meanwhile. */
export function updateApplicationAt(tx: Tx, id: string, version: number, data: Prisma.ApplicationUncheckedUpdateManyInput) {
  return tx.application.updateMany({ where: { id, version }, data });
}

/** Sets completedAt once. */
export function markApplicationCompleted(tx: Tx, applicationId: string, now: Date) {
  return tx.application.updateMany({ where: { id: applicationId, completedAt: null }, data: { completedAt: now } });
}

export function insertDocument(tx: Tx, data: Prisma.DocumentUncheckedCreateInput) {
  return tx.document.create({ data });
}
