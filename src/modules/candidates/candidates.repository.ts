import { likeTerm } from '../../lib/like.js';
import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { CandidateSource } from '../../generated/prisma/enums.js';
import { afterUpdatedCursor, type Cursor } from '../../lib/pagination.js';

export const candidateInclude = {
  applications: { select: { id: true, procedureId: true, stage: true, source: true }, orderBy: { createdAt: 'asc' as const } },
} satisfies Prisma.CandidateInclude;

export type CandidateRow = Prisma.CandidateGetPayload<{ include: typeof candidateInclude }>;

/** The form in which e-mail addresses are compared: the same mailbox in any letter case is one person. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findCandidate(db: Tx, id: string) {
  return db.candidate.findUnique({ where: { id }, include: candidateInclude });
}

/** Whether the candidate exists (their id, or null). */
export function findCandidateId(db: Tx, id: string) {
  return db.candidate.findUnique({ where: { id }, select: { id: true } });
}

export function findCandidateIdByEmail(db: Tx, email: string) {
  return db.candidate.findUnique({ where: { emailNormalized: normalizeEmail(email) }, select: { id: true } });
}

export function listCandidates(
  db: Tx,
  q: { limit: number; cursor?: Cursor; updatedSince?: Date; search?: string; source?: CandidateSource },
) {
  const terms = (q.search ?? '').normalize('NFC').split(/\s+/).filter(Boolean).slice(0, 8);
  return db.candidate.findMany({
    where: {
      AND: [
        afterUpdatedCursor(q.cursor),
        q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {},
        q.source ? { source: q.source } : {},
        ...terms.map((term) => ({
          OR: [
            { firstName: { contains: likeTerm(term), mode: 'insensitive' as const } },
            { lastName: { contains: likeTerm(term), mode: 'insensitive' as const } },
            { emailNormalized: { contains: likeTerm(term.toLowerCase()) } },
          ],
        })),
      ],
    },
    include: candidateInclude,
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

export function insertCandidateRow(tx: Tx, data: Prisma.CandidateUncheckedCreateInput) {
  return tx.candidate.create({ data });
}

/** Changes a candidate at the version read, unless it changed meanwhile. */
export function updateCandidateAt(tx: Tx, id: string, version: number, data: Prisma.CandidateUncheckedUpdateManyInput) {
  return tx.candidate.updateMany({ where: { id, version }, data });
}
