import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { timeCursor, type Cursor } from '../../lib/pagination.js';
import { storedCriteria, storedRatings } from './evaluations.schemas.js';

export const evaluationInclude = {
  member: { select: { id: true, name: true, role: true } },
  interview: { select: { applicationId: true, procedureId: true } },
} satisfies Prisma.EvaluationInclude;

type EvaluationRecord = Prisma.EvaluationGetPayload<{ include: typeof evaluationInclude }>;

/** A scorecard as read: its `ratings` JSON column parsed. */
export type EvaluationRow = Omit<EvaluationRecord, 'ratings'> & { ratings: z.infer<typeof storedRatings> };

function withRatings<T extends { ratings: Prisma.JsonValue }>(row: T): Omit<T, 'ratings'> & { ratings: z.infer<typeof storedRatings> } {
  return { ...row, ratings: storedRatings.parse(row.ratings) };
}

export async function findEvaluation(db: Tx, interviewId: string, memberId: string): Promise<EvaluationRow | null> {
  const row = await db.evaluation.findUnique({ where: { interviewId_memberId: { interviewId, memberId } }, include: evaluationInclude });
  return row && withRatings(row);
}

/** A page of an interview's scorecards in (submittedAt, id) order, optionally of one member only. */
export async function listEvaluations(db: Tx, q: { interviewId: string; limit: number; cursor?: Cursor; memberId?: string }): Promise<EvaluationRow[]> {
  const after = q.cursor ? timeCursor(q.cursor) : null;
  const rows = await db.evaluation.findMany({
    where: {
      interviewId: q.interviewId,
      ...(q.memberId ? { memberId: q.memberId } : {}),
      ...(after ? { OR: [{ submittedAt: { gt: after.at } }, { submittedAt: after.at, id: { gt: after.id } }] } : {}),
    },
    include: evaluationInclude,
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
  return rows.map(withRatings);
}

/** The procedure's profile (criteria keys and names) and phase. */
export async function findProfile(db: Tx, procedureId: string) {
  const row = await db.procedure.findUnique({ where: { id: procedureId }, select: { id: true, phase: true, profileCriteria: true } });
  return row && { ...row, profileCriteria: storedCriteria.parse(row.profileCriteria) };
}

/**
 * Every committee interview of the procedure that was not cancelled, with its
 * application and scorecards: the material of the summary.
 */
export async function committeeInterviewsWithScorecards(db: Tx, procedureId: string) {
  const rows = await db.interview.findMany({
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
  return rows.map((r) => ({ ...r, evaluations: r.evaluations.map(withRatings) }));
}

export function insertEvaluation(tx: Tx, data: Prisma.EvaluationUncheckedCreateInput) {
  return tx.evaluation.create({ data });
}
