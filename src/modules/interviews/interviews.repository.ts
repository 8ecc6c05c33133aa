import type { Tx } from '../../db/client.js';
import type { BookedInterview, Slot } from '../../domain/interview-slots.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { timeCursor, type Cursor } from '../../lib/pagination.js';
import { interviewHistory, type HistoryEntry } from './interviews.schemas.js';

export const interviewInclude = {
  application: { select: { id: true, stage: true, candidate: { select: { id: true, firstName: true, lastName: true } } } },
  panel: { include: { member: { select: { id: true, name: true, role: true } } } },
  procedure: { select: { timeZone: true } },
} satisfies Prisma.InterviewInclude;

type InterviewRecord = Prisma.InterviewGetPayload<{ include: typeof interviewInclude }>;

/** An interview as read: its `history` JSON column parsed into schedule changes. */
export type InterviewRow = Omit<InterviewRecord, 'history'> & { history: HistoryEntry[] };

function withHistory(row: InterviewRecord): InterviewRow {
  return { ...row, history: interviewHistory.parse(row.history) };
}

export async function findInterview(db: Tx, id: string, where: Prisma.InterviewWhereInput = {}): Promise<InterviewRow | null> {
  const row = await db.interview.findFirst({ where: { AND: [{ id }, where] }, include: interviewInclude });
  return row && withHistory(row);
}

/** Locks one interview row for the rest of the transaction (reschedule, cancel). */
export async function lockInterview(db: Tx, id: string): Promise<boolean> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`SELECT id::text AS id FROM interviews WHERE id = ${id}::uuid FOR UPDATE`;
  return rows.length > 0;
}

/**
 * Locks the candidate's row: a person may be in two procedures, and their
 * interviews in both must not overlap, while the procedure lock only
 * serialises bookings within one procedure.
 */
export async function lockCandidate(db: Tx, candidateId: string): Promise<void> {
  await db.$queryRaw`SELECT id FROM candidates WHERE id = ${candidateId}::uuid FOR UPDATE`;
}

/** The application with what scheduling needs, only within the procedure. */
export function findApplicationInProcedure(db: Tx, procedureId: string, applicationId: string) {
  return db.application.findFirst({
    where: { id: applicationId, procedureId },
    select: { id: true, stage: true, candidateId: true },
  });
}

export function findMembers(db: Tx, procedureId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.committeeMember.findMany({ where: { procedureId, id: { in: [...ids] } }, select: { id: true, name: true, removedAt: true } });
}

/**
 * Scheduled interviews overlapping `slot` that could clash: those of the
 * procedure (its panel members sit on no other procedure's panels) and those
 * of the same person in any procedure. Interviews of that person are reported
 * under `applicationId`, so that the domain rule sees one candidate.
 */
export async function overlappingInterviews(
  db: Tx,
  q: { procedureId: string; candidateId: string; applicationId: string; slot: Slot },
): Promise<BookedInterview[]> {
  const rows = await db.interview.findMany({
    where: {
      status: { not: 'cancelled' },
      startsAt: { lt: q.slot.endsAt },
      endsAt: { gt: q.slot.startsAt },
      OR: [{ procedureId: q.procedureId }, { application: { candidateId: q.candidateId } }],
    },
    select: {
      id: true,
      applicationId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      application: { select: { candidateId: true } },
      panel: { select: { memberId: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    applicationId: r.application.candidateId === q.candidateId ? q.applicationId : r.applicationId,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    status: r.status,
    panel: r.panel.map((p) => p.memberId),
  }));
}

/** A page of a procedure's interviews in (startsAt, id) order. */
export async function listInterviews(
  db: Tx,
  q: {
    procedureId: string;
    limit: number;
    cursor?: Cursor;
    updatedSince?: Date;
    applicationId?: string;
    kind?: string;
    status?: string;
    visible: Prisma.InterviewWhereInput;
  },
) {
  const after = q.cursor ? timeCursor(q.cursor) : null;
  const rows = await db.interview.findMany({
    where: {
      AND: [
        { procedureId: q.procedureId },
        q.visible,
        after ? { OR: [{ startsAt: { gt: after.at } }, { startsAt: after.at, id: { gt: after.id } }] } : {},
        q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {},
        q.applicationId ? { applicationId: q.applicationId } : {},
        q.kind ? { kind: q.kind } : {},
        q.status ? { status: q.status } : {},
      ],
    },
    include: interviewInclude,
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
  return rows.map(withHistory);
}

/**
 * Whether a committee interview of the application has taken place: one that
 * was not cancelled and has started by `now`. The `interviewed` stage needs
 * this (stage-graph `interviewHeld`).
 */
export async function interviewHeld(db: Tx, applicationId: string, now: Date): Promise<boolean> {
  const found = await db.interview.findFirst({
    where: { applicationId, kind: 'committee', status: { not: 'cancelled' }, startsAt: { lte: now } },
    select: { id: true },
  });
  return found !== null;
}

/** Scheduled interviews of the procedure that have not started by `now`, optionally of some applications only. */
export async function upcomingInterviews(db: Tx, procedureId: string, now: Date, applicationIds?: readonly string[]): Promise<InterviewRow[]> {
  const rows = await db.interview.findMany({
    where: {
      procedureId,
      status: 'scheduled',
      startsAt: { gt: now },
      ...(applicationIds ? { applicationId: { in: [...applicationIds] } } : {}),
    },
    include: interviewInclude,
  });
  return rows.map(withHistory);
}

/** A procedure's scheduled interviews in time order, of the kinds `visibleKinds` lets through (visibleInterviewKindWhere). */
export function scheduledInterviewsOf(db: Tx, procedureId: string, visibleKinds: Prisma.InterviewWhereInput) {
  return db.interview.findMany({
    where: { procedureId, status: 'scheduled', ...visibleKinds },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  });
}

export function updateInterview(tx: Tx, id: string, data: Prisma.InterviewUncheckedUpdateInput) {
  return tx.interview.update({ where: { id }, data });
}

export function insertInterview(tx: Tx, data: Prisma.InterviewUncheckedCreateInput) {
  return tx.interview.create({ data });
}

/** Changes an interview at the version read, unless it changed meanwhile. */
export function updateInterviewAt(tx: Tx, id: string, version: number, data: Prisma.InterviewUncheckedUpdateManyInput) {
  return tx.interview.updateMany({ where: { id, version }, data });
}

/** Replaces the panel of an interview. */
export async function replacePanel(tx: Tx, interviewId: string, memberIds: string[]) {
  await tx.interviewPanelist.deleteMany({ where: { interviewId } });
  await tx.interviewPanelist.createMany({ data: memberIds.map((memberId) => ({ interviewId, memberId })) });
}
