import type pg from 'pg';
import type { Tx } from '../../db/client.js';
import { TIMELINE_DEADLINES } from '../../domain/deadlines.js';
import { listDeadlines, type DeadlineRow } from '../deadlines/index.js';

const TIMELINE_KINDS = TIMELINE_DEADLINES.map((d) => d.kind);
/** More timeline obligations than a report ever reads at once. */
const NO_LIMIT = 1_000_000;

/** The procedure, its opening date, appointment and client. */
export function findReportProcedure(db: Tx, procedureId: string) {
  return db.procedure.findUnique({
    where: { id: procedureId },
    select: {
      id: true,
      title: true,
      reference: true,
      phase: true,
      timeZone: true,
      completedAt: true,
      client: { select: { id: true, name: true } },
      milestones: { where: { key: 'opening' }, select: { startDate: true } },
      appointment: { select: { decisionDate: true } },
    },
  });
}

/** Every application of the procedure with its stage changes. */
export function reportApplications(db: Tx, procedureId: string) {
  return db.application.findMany({
    where: { procedureId },
    select: { source: true, receivedAt: true, stageChanges: { select: { fromStage: true, toStage: true, at: true } } },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
  });
}

/** The timeline obligations of one procedure (drafts and cancelled procedures have none), in due order. */
export function procedureMilestones(pool: pg.Pool, procedureId: string, now: Date): Promise<DeadlineRow[]> {
  return listDeadlines(pool, null, { now, kinds: TIMELINE_KINDS, procedureId, limit: NO_LIMIT });
}

/** The timeline obligations due in [from, to) of every procedure under way or finished. */
export function milestonesDueIn(pool: pg.Pool, from: Date, to: Date, now: Date): Promise<DeadlineRow[]> {
  return listDeadlines(pool, null, { now, kinds: TIMELINE_KINDS, from, to, limit: NO_LIMIT });
}

/**
 * The procedures the agency report counts: opened (not a draft) with the
 * opening date in [fromDate, toDate], completed in [from, to), appointed
 * with a decision in [fromDate, toDate], or with one of `procedureIds`.
 */
export function agencyProcedures(db: Tx, p: { fromDate: Date; toDate: Date; from: Date; to: Date; procedureIds: string[] }) {
  return db.procedure.findMany({
    where: {
      OR: [
        { phase: { not: 'draft' }, milestones: { some: { key: 'opening', startDate: { gte: p.fromDate, lte: p.toDate } } } },
        { completedAt: { gte: p.from, lt: p.to } },
        { appointment: { decisionDate: { gte: p.fromDate, lte: p.toDate } } },
        { id: { in: p.procedureIds } },
      ],
    },
    select: {
      id: true,
      phase: true,
      completedAt: true,
      client: { select: { id: true, name: true } },
      milestones: { where: { key: 'opening' }, select: { startDate: true } },
      appointment: { select: { decisionDate: true } },
    },
    orderBy: { id: 'asc' },
  });
}
