import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { timeCursor, type Cursor } from '../../lib/pagination.js';

export const evaluationInclude = {
  member: { select: { id: true, name: true, role: true } },
  interview: { select: { applicationId: true, procedureId: true } },
} satisfies Prisma.EvaluationInclude;

export type EvaluationRow = Prisma.EvaluationGetPayload<{ include: typeof evaluationInclude }>;

export function findEvaluation(db: Tx, interviewId: string, memberId: string) {
  return db.evaluation.findUnique({ where: { interviewId_memberId: { interviewId, memberId } }, include: evaluationInclude });
}

/** A page of an interview's scorecards in (submittedAt, id) order, optionally of one member only. */
export function listEvaluations(db: Tx, q: { interviewId: string; limit: number; cursor?: Cursor; memberId?: string }) {
  const after = q.cursor ? timeCursor(q.cursor) : null;
  return db.evaluation.findMany({
    where: {
      interviewId: q.interviewId,
      ...(q.memberId ? { memberId: q.memberId } : {}),
      ...(after ? { OR: [{ submittedAt: { gt: after.at } }, { submittedAt: after.at, id: { gt: after.id } }] } : {}),
    },
    include: evaluationInclude,
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

/** The procedure's profile (criteria keys and names) and phase. */
export function findProfile(db: Tx, procedureId: string) {
  return db.procedure.findUnique({ where: { id: procedureId }, select: { id: true, phase: true, profileCriteria: true } });
}

/**
 * Every committee interview of the procedure that was not cancelled, with its
 * application and scorecards: the material of the summary.
 */
export function committeeInterviewsWithScorecards(db: Tx, procedureId: string) {
  return db.interview.findMany({
    where: { procedureId, kind: 'committee', status: { not: 'cancelled' } },
    select: {
      id: true,
      applicationId: true,
      application: {
        select: { id: true, stage: true, createdAt: true, candidate: { select: { id: true, firstName: true, lastName: true } } },
      },
      evaluations: { select: { memberId: true, ratings: true, overallAdvice: true } },
    },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  });
}

export function insertEvaluation(tx: Tx, data: Prisma.EvaluationUncheckedCreateInput) {
  return tx.evaluation.create({ data });
}
