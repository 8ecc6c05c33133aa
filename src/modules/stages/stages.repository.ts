import type { Tx } from '../../db/client.js';
import { COUNTED_STAGES, GATE_MEMBER_STAGES, GATE_NAMES, type GateName, type StageBounds, type StageName, type StageStatus } from '../../domain/gates.js';
import { timelineInstants, type TimelineInstants } from '../../domain/timeline.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { ApplicationStage } from '../../generated/prisma/enums.js';
import { loadTimeline } from '../procedures/index.js';

/** The procedure's own fields that the stage rules need. */
export function findStageProcedure(db: Tx, procedureId: string) {
  return db.procedure.findUnique({
    where: { id: procedureId },
    select: {
      id: true,
      phase: true,
      timeZone: true,
      overviewSentAt: true,
      preselectionMin: true,
      preselectionMax: true,
      shortlistMin: true,
      shortlistMax: true,
      nomineeMax: true,
      version: true,
      stages: { select: { name: true, status: true, closedAt: true, closedBy: true, closedByUserId: true, justification: true } },
    },
  });
}

export type StageProcedure = NonNullable<Awaited<ReturnType<typeof findStageProcedure>>>;

export function boundsOf(p: StageProcedure): Record<GateName, StageBounds> {
  return {
    preselection: { min: p.preselectionMin, max: p.preselectionMax },
    shortlist: { min: p.shortlistMin, max: p.shortlistMax },
    nomination: { min: 1, max: p.nomineeMax },
  };
}

export function storedStatuses(p: StageProcedure): Partial<Record<StageName, StageStatus>> {
  return Object.fromEntries(p.stages.map((s) => [s.name, s.status]));
}

/**
 * How many applications of the procedure are in each gate now
 * (GATE_MEMBER_STAGES), leaving out one application when given: the one
 * that is about to move, so that the quota check counts the others. Only the
 * stages a gate counts are read, not the procedure's many applied or rejected.
 */
export async function gateCounts(db: Tx, procedureId: string, exceptApplicationId?: string): Promise<Record<GateName, number>> {
  const rows = await db.application.groupBy({
    by: ['stage'],
    where: { procedureId, stage: { in: [...COUNTED_STAGES] }, ...(exceptApplicationId ? { id: { not: exceptApplicationId } } : {}) },
    _count: { _all: true },
  });
  return gateCountsOf(new Map<ApplicationStage, number>(rows.map((r) => [r.stage, r._count._all])));
}

/** The gate counts (GATE_MEMBER_STAGES) of the number of applications in each stage. */
export function gateCountsOf(byStage: ReadonlyMap<ApplicationStage, number>): Record<GateName, number> {
  const counts = {} as Record<GateName, number>;
  for (const gate of GATE_NAMES) {
    counts[gate] = (GATE_MEMBER_STAGES[gate] as readonly ApplicationStage[]).reduce((n, s) => n + (byStage.get(s) ?? 0), 0);
  }
  return counts;
}

/** The timeline's instants in the procedure's zone, or null when it has no (complete) timeline. */
export async function loadInstants(db: Tx, procedureId: string, zone: string): Promise<TimelineInstants | null> {
  const { timeline } = await loadTimeline(db, procedureId);
  return timeline ? timelineInstants(timeline, zone) : null;
}

/** The stage an application was rejected from: the origin of its last move into `rejected`. */
export async function rejectedFrom(db: Tx, applicationId: string): Promise<ApplicationStage | null> {
  const last = await db.stageChange.findFirst({
    where: { applicationId, toStage: 'rejected' },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { fromStage: true },
  });
  return last?.fromStage ?? null;
}

/** Closes a stage of the procedure, creating its row when it has none yet. */
export function closeStage(
  tx: Tx,
  procedureId: string,
  name: GateName,
  by: { closedBy: string; closedByUserId: string | null },
  now: Date,
  justification: string | null,
) {
  return tx.stage.upsert({
    where: { procedureId_name: { procedureId, name } },
    create: { procedureId, name, status: 'closed', closedAt: now, ...by, justification },
    update: { status: 'closed', closedAt: now, ...by, justification, version: { increment: 1 } },
  });
}

export function updateProcedure(tx: Tx, procedureId: string, data: Prisma.ProcedureUncheckedUpdateInput) {
  return tx.procedure.update({ where: { id: procedureId }, data });
}

/** The applications of the procedure in the given stages, in id order. */
export function findApplicationsInStages(tx: Tx, procedureId: string, stages: ApplicationStage[]) {
  return tx.application.findMany({
    where: { procedureId, stage: { in: stages } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
}

/** Marks applications as presented in the overview. */
export function markPresented(tx: Tx, ids: string[], now: Date) {
  return tx.application.updateMany({ where: { id: { in: ids } }, data: { presentedAt: now } });
}
