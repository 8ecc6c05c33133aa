import type pg from 'pg';
import type { Reader } from '../../db/read-pipeline.js';
import type { Tx } from '../../db/client.js';
import { parseJsonInstant } from '../../db/pg-types.js';
import { preparedName } from '../../db/prepared.js';
import { toDateOnly } from '../../domain/local-time.js';
import { MILESTONE_KEYS, type Timeline } from '../../domain/timeline.js';
import { Prisma } from '../../generated/prisma/client.js';
import { timeCursor, type Cursor } from '../../lib/pagination.js';
import type { ProcedurePhase } from '../../generated/prisma/enums.js';

export const procedureInclude = {
  salaryBounds: { orderBy: { validFrom: 'asc' as const } },
  milestones: { select: { key: true } },
};

export function findProcedure(db: Tx, id: string) {
  return db.procedure.findUnique({ where: { id }, include: procedureInclude, relationLoadStrategy: 'join' });
}

export function findMilestones(db: Tx, procedureId: string) {
  return db.milestone.findMany({ where: { procedureId }, orderBy: { startDate: 'asc' } });
}

/** The stored timeline of a procedure, or null when none was set. */
export async function loadTimeline(db: Tx, procedureId: string): Promise<{ timeline: Timeline | null; rows: Awaited<ReturnType<typeof findMilestones>> }> {
  const rows = await findMilestones(db, procedureId);
  const byKey = new Map(rows.map((r) => [r.key, toDateOnly(r.startDate)]));
  const complete = MILESTONE_KEYS.every((k) => byKey.has(k));
  return {
    timeline: complete ? (Object.fromEntries(MILESTONE_KEYS.map((k) => [k, byKey.get(k)!])) as unknown as Timeline) : null,
    rows,
  };
}

// The two hot reads (one procedure, a page of procedures) go straight to `pg`
// in one statement each: the ORM's query planning cost as much as the
// database work here (see npm run bench, "platform"). Rows come back in the
// shape the Prisma reads give, so one view function serves both. Each row is
// one JSON object rather than a column for each field: the driver sets up a
// parser for every column of every answer and builds each row field by field,
// which cost more than parsing one JSON text (docs/performance.md, "One JSON
// value a row").
export const PROCEDURE_SELECT = `
SELECT json_build_object(
       'id', p.id, 'client_id', p.client_id, 'reference', p.reference, 'title', p.title, 'phase', p.phase,
       'time_zone', p.time_zone, 'hours_per_week', p.hours_per_week, 'permanent', p.permanent,
       'locations', p.locations, 'salary_scale', p.salary_scale, 'ikb_percentage', p.ikb_percentage::text,
       'profile_criteria', p.profile_criteria,
       'preselection_min', p.preselection_min, 'preselection_max', p.preselection_max, 'shortlist_min', p.shortlist_min,
       'shortlist_max', p.shortlist_max, 'nominee_max', p.nominee_max,
       'version', p.version, 'created_at', p.created_at, 'updated_at', p.updated_at,
       'bounds', COALESCE((SELECT json_agg(json_build_object('validFrom', to_char(b.valid_from, 'YYYY-MM-DD'),
                                                   'minMonthly', b.min_monthly::text, 'maxMonthly', b.max_monthly::text)
                                 ORDER BY b.valid_from)
                   FROM salary_bounds b WHERE b.procedure_id = p.id), '[]'::json),
       'keys', COALESCE((SELECT json_agg(m.key) FROM milestones m WHERE m.procedure_id = p.id), '[]'::json)
       ) AS procedure
  FROM procedures p`;

/** A procedure as PROCEDURE_SELECT answers it, in JSON (instants as ISO 8601 text). */
interface RawProcedure {
  id: string;
  client_id: string;
  reference: string | null;
  title: string;
  phase: ProcedurePhase;
  time_zone: string;
  hours_per_week: number;
  permanent: boolean;
  locations: string[] | null;
  salary_scale: string | null;
  ikb_percentage: string | null;
  profile_criteria: Prisma.JsonValue;
  preselection_min: number;
  preselection_max: number;
  shortlist_min: number;
  shortlist_max: number;
  nominee_max: number;
  version: number;
  created_at: string;
  updated_at: string;
  bounds: Array<{ validFrom: string; minMonthly: string; maxMonthly: string }>;
  keys: string[];
}

function fromRaw(r: RawProcedure) {
  return {
    id: r.id,
    clientId: r.client_id,
    reference: r.reference,
    title: r.title,
    phase: r.phase,
    timeZone: r.time_zone,
    hoursPerWeek: r.hours_per_week,
    permanent: r.permanent,
    locations: r.locations ?? [],
    salaryScale: r.salary_scale,
    // numeric(5,2) and numeric(10,2) as text already have the two decimals the
    // view writes, and the dates are YYYY-MM-DD: no Decimal or Date between.
    ikbPercentage: r.ikb_percentage,
    profileCriteria: r.profile_criteria,
    preselectionMin: r.preselection_min,
    preselectionMax: r.preselection_max,
    shortlistMin: r.shortlist_min,
    shortlistMax: r.shortlist_max,
    nomineeMax: r.nominee_max,
    version: r.version,
    createdAt: parseJsonInstant(r.created_at),
    updatedAt: parseJsonInstant(r.updated_at),
    salaryBounds: r.bounds,
    milestones: r.keys.map((key) => ({ key })),
  };
}

export type ProcedureRead = ReturnType<typeof fromRaw>;

/** One procedure by id. The benchmark's raw peer (scripts/bench/peer.ts) runs these very statements. */
export const PROCEDURE_BY_ID = `${PROCEDURE_SELECT} WHERE p.id = $1`;

export async function readProcedure(pool: Reader, id: string): Promise<ProcedureRead | null> {
  const { rows } = await pool.query<{ procedure: RawProcedure }>({ name: 'read_procedure', text: PROCEDURE_BY_ID, values: [id] });
  return rows[0] ? fromRaw(rows[0].procedure) : null;
}

export interface ProcedurePageQuery {
  limit: number;
  cursor?: Cursor;
  updatedSince?: Date;
  clientId?: string;
  phase?: ProcedurePhase;
  onlyId?: string;
}

/** The statement of a page of procedures in (updatedAt, id) order, `limit + 1` rows so the last tells whether more follow. */
export function procedurePageStatement(q: ProcedurePageQuery): pg.QueryConfig {
  const where: string[] = [];
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  if (q.cursor) {
    const after = timeCursor(q.cursor);
    const at = param(after.at);
    where.push(`(p.updated_at > ${at} OR (p.updated_at = ${at} AND p.id > ${param(after.id)}::uuid))`);
  }
  if (q.updatedSince) where.push(`p.updated_at >= ${param(q.updatedSince)}`);
  if (q.clientId) where.push(`p.client_id = ${param(q.clientId)}::uuid`);
  if (q.phase) where.push(`p.phase = ${param(q.phase)}::procedure_phase`);
  if (q.onlyId) where.push(`p.id = ${param(q.onlyId)}::uuid`);
  const text = `${PROCEDURE_SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY p.updated_at, p.id LIMIT ${param(q.limit + 1)}`;
  return { name: preparedName('read_procedures', text), text, values };
}

export async function readProcedures(pool: Reader, q: ProcedurePageQuery): Promise<ProcedureRead[]> {
  const { rows } = await pool.query<{ procedure: RawProcedure }>(procedurePageStatement(q));
  return rows.map((r) => fromRaw(r.procedure));
}

/**
 * What the rules for changing a running procedure need to know of what
 * already happened in it (src/domain/procedure-changes.ts), read in one
 * statement. Callers hold the procedure's row lock, so the stage moves,
 * intake, interviews and offers these figures count wait for the change.
 */
export async function findChangeFacts(db: Tx, procedureId: string) {
  const rows = await db.$queryRaw<
    Array<{
      preselection: number;
      shortlist: number;
      shortlist_closed: boolean;
      first_window: Date | null;
      last_window: Date | null;
      first_interview: Date | null;
      last_interview: Date | null;
      offers: Array<{ applicationId: string; startDate: string; monthlySalary: string }>;
    }>
  >`
    SELECT
      (SELECT count(*)::int FROM applications a WHERE a.procedure_id = ${procedureId}::uuid
          AND a.stage IN ('preselected', 'shortlisted', 'interviewed', 'nominated', 'appointed')) AS preselection,
      (SELECT count(*)::int FROM applications a WHERE a.procedure_id = ${procedureId}::uuid
          AND a.stage IN ('shortlisted', 'interviewed', 'nominated', 'appointed')) AS shortlist,
      EXISTS (SELECT 1 FROM stages s WHERE s.procedure_id = ${procedureId}::uuid AND s.name = 'shortlist' AND s.status = 'closed') AS shortlist_closed,
      (SELECT min(a.received_at) FROM applications a WHERE a.procedure_id = ${procedureId}::uuid AND a.source IN ('open_call', 'referral')) AS first_window,
      (SELECT max(a.received_at) FROM applications a WHERE a.procedure_id = ${procedureId}::uuid AND a.source IN ('open_call', 'referral')) AS last_window,
      (SELECT min(i.starts_at) FROM interviews i WHERE i.procedure_id = ${procedureId}::uuid AND i.status <> 'cancelled') AS first_interview,
      (SELECT max(i.ends_at) FROM interviews i WHERE i.procedure_id = ${procedureId}::uuid AND i.status <> 'cancelled') AS last_interview,
      COALESCE((SELECT json_agg(json_build_object('applicationId', o.application_id, 'startDate', to_char(o.start_date, 'YYYY-MM-DD'),
                                                  'monthlySalary', o.monthly_salary::text))
                  FROM offers o JOIN applications a ON a.id = o.application_id
                 WHERE a.procedure_id = ${procedureId}::uuid AND o.state = 'accepted'), '[]'::json) AS offers`;
  const r = rows[0]!;
  return {
    counts: { preselection: r.preselection, shortlist: r.shortlist },
    shortlistClosed: r.shortlist_closed,
    windowApplications: r.first_window && r.last_window ? { first: r.first_window, last: r.last_window } : null,
    interviews: r.first_interview && r.last_interview ? { first: r.first_interview, last: r.last_interview } : null,
    acceptedOffers: r.offers,
  };
}

export function insertProcedure(tx: Tx, data: Prisma.ProcedureUncheckedCreateInput) {
  return tx.procedure.create({ data, include: { salaryBounds: true, milestones: { select: { key: true } } } });
}

/** Changes a procedure at the version read, unless it changed meanwhile. */
export function updateProcedureAt(tx: Tx, id: string, version: number, data: Prisma.ProcedureUncheckedUpdateManyInput) {
  return tx.procedure.updateMany({ where: { id, version }, data });
}

/** Replaces a procedure's salary bounds. */
export async function replaceSalaryBounds(tx: Tx, procedureId: string, bounds: Prisma.SalaryBoundCreateManyInput[]) {
  await tx.salaryBound.deleteMany({ where: { procedureId } });
  await tx.salaryBound.createMany({ data: bounds });
}

/** Replaces a procedure's milestones. */
export async function replaceMilestones(tx: Tx, procedureId: string, milestones: Prisma.MilestoneCreateManyInput[]) {
  await tx.milestone.deleteMany({ where: { procedureId } });
  await tx.milestone.createMany({ data: milestones });
}

/** The procedure's own row, without relations. */
export function findProcedureRow(db: Tx, id: string) {
  return db.procedure.findUnique({ where: { id } });
}

/** Whether the procedure exists (its id, or null). */
export function findProcedureId(db: Tx, id: string) {
  return db.procedure.findUnique({ where: { id }, select: { id: true } });
}

export function findProcedureTimeZone(db: Tx, id: string) {
  return db.procedure.findUnique({ where: { id }, select: { timeZone: true } });
}

/** The time zone of a procedure known to exist. */
export function procedureTimeZone(db: Tx, id: string) {
  return db.procedure.findUniqueOrThrow({ where: { id }, select: { timeZone: true } });
}
