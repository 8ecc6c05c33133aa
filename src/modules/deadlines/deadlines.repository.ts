import type pg from 'pg';
import type { Reader } from '../../db/read-pipeline.js';
import {
  DEADLINE_KINDS,
  DEADLINE_STATES,
  DUE_WINDOW_MS,
  PRIVACY_ZONE,
  TIMELINE_DEADLINES,
  type DeadlineKind,
  type DeadlineState,
  type TimelineDeadline,
} from '../../domain/deadlines.js';
import { Prisma } from '../../generated/prisma/client.js';
import { quoteLiteral } from '../../db/sql.js';
import { withRawTransaction } from '../../db/raw-transaction.js';
import { preparedName, runInTransaction, type NamedStatement } from '../../db/prepared.js';

/**
 * Every dated obligation is read from PostgreSQL with one statement: a
 * SELECT per kind, each in due order from an index and cut at the page size,
 * joined with UNION ALL and merged. A page therefore costs about the same
 * however many procedures, questions and people the database holds, and
 * filters and keyset pagination on (due_at, id) happen in the database.
 *
 * The due instants are columns where they are not stored anyway:
 * milestones.due_at (the timeline date in the procedure's zone) and
 * candidates.retention_due_at (the retention rule), both kept by triggers
 * (migration 20261127130100_deadline_due_instants). A headhunted candidate's
 * notice is due one calendar month after being recorded, which keeps the
 * order of candidates.created_at.
 *
 * Each branch returns the same columns:
 *   id, kind, procedure_id, subject_type, subject_id, due_at, time_zone,
 *   met, met_at, marked_at, ref_id
 * `marked_at` is when the sweep recorded that the obligation passed unmet;
 * `ref_id` is the row the sweep marks (the milestone), null elsewhere.
 */
export interface DeadlineRow {
  id: string;
  kind: DeadlineKind;
  procedureId: string | null;
  subjectType: string;
  subjectId: string;
  dueAt: Date;
  timeZone: string;
  met: boolean;
  metAt: Date | null;
  markedAt: Date | null;
  refId: string | null;
}

export interface DeadlineQuery {
  now: Date;
  kinds: readonly DeadlineKind[];
  states?: readonly DeadlineState[];
  procedureId?: string;
  /** Due at or after. */
  from?: Date;
  /** Due before. */
  to?: Date;
  after?: { dueAt: Date; id: string };
  limit: number;
  /** Only procedures under way, not completed (the sweep marks missed milestones of those only). */
  runningOnly?: boolean;
  /** Only obligations the sweep has not marked yet. */
  unmarked?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The range every wanted due instant lies in, from the time range, the
 * cursor and the states asked for (upcoming and due lie ahead of now, overdue
 * and due at most 24 hours ahead; met ones can lie anywhere). Inclusive.
 */
export function dueWindow(q: DeadlineQuery): { from?: Date; to?: Date } {
  const lower: number[] = [];
  const upper: number[] = [];
  if (q.from) lower.push(q.from.getTime());
  if (q.after) lower.push(q.after.dueAt.getTime());
  if (q.to) upper.push(q.to.getTime());
  const states = q.states && q.states.length > 0 ? q.states : null;
  if (states && !states.includes('met')) {
    if (!states.includes('overdue')) lower.push(q.now.getTime());
    if (!states.includes('upcoming')) upper.push(q.now.getTime() + DUE_WINDOW_MS);
  }
  return {
    from: lower.length ? new Date(Math.max(...lower)) : undefined,
    to: upper.length ? new Date(Math.min(...upper)) : undefined,
  };
}

/**
 * The values a deadline statement refers to, each with its type and how it
 * follows from the query. The branches below take them as SQL from a
 * DeadlineValues rather than from the query itself, so that the text of a
 * statement depends only on the query's shape (which kinds, which states,
 * which filters), and listDeadlines builds it once per shape.
 */
const VALUES = {
  now: ['timestamptz', (q) => q.now],
  /** The end of the `due` window. */
  dueEnd: ['timestamptz', (q) => new Date(q.now.getTime() + DUE_WINDOW_MS)],
  windowFrom: ['timestamptz', (q) => dueWindow(q).from],
  windowTo: ['timestamptz', (q) => dueWindow(q).to],
  to: ['timestamptz', (q) => q.to],
  afterDueAt: ['timestamptz', (q) => q.after?.dueAt],
  afterId: ['text', (q) => q.after?.id],
  procedureId: ['uuid', (q) => q.procedureId],
  states: ['text[]', (q) => (q.states ? [...q.states] : undefined)],
  /** One row more than the page, to tell whether another follows. */
  limit: ['int', (q) => q.limit + 1],
  // A headhunted candidate's notice is due a calendar month after being recorded: 28 to 31 days (and an hour
  // across a DST change). Bounds of the day recorded, from the window.
  recordedFrom: ['timestamptz', (q) => shiftDays(dueWindow(q).from, -32)],
  recordedTo: ['timestamptz', (q) => shiftDays(dueWindow(q).to, -27)],
} satisfies Record<string, readonly [string, (q: DeadlineQuery) => unknown]>;
type ValueName = keyof typeof VALUES;
const VALUE_NAMES = Object.keys(VALUES) as ValueName[];

/** Each value of a deadline statement as SQL: a parameter with its type. */
export type DeadlineValues = Readonly<Record<ValueName, Prisma.Sql>>;

function shiftDays(instant: Date | undefined, days: number): Date | undefined {
  return instant && new Date(instant.getTime() + days * DAY_MS);
}

function valueOf(name: ValueName, q: DeadlineQuery): unknown {
  const value = VALUES[name][1](q);
  if (value === undefined) throw new Error(`a deadline statement uses ${name}, which the query does not give`);
  return value instanceof Date ? value.toISOString() : value;
}

/** DeadlineValues whose SQL for each value is `sqlOf(name)`, asked for only where a branch uses the value. */
function valuesAs(sqlOf: (name: ValueName) => Prisma.Sql): DeadlineValues {
  const values = {} as Record<ValueName, Prisma.Sql>;
  for (const name of VALUE_NAMES) Object.defineProperty(values, name, { get: () => sqlOf(name) });
  return values;
}

/** The values of `q` as parameters of a Prisma.sql statement (the sweep puts a branch into a statement of its own). */
export function deadlineValues(q: DeadlineQuery): DeadlineValues {
  return valuesAs((name) => Prisma.sql`${valueOf(name, q)}::${Prisma.raw(VALUES[name][0])}`);
}

/**
 * Numbered parameters instead ($1::timestamptz, ...), numbered in the order
 * the statement first asks for them; `names` lists them in that order.
 */
function numberedValues(): { values: DeadlineValues; names: ValueName[] } {
  const names: ValueName[] = [];
  const values = valuesAs((name) => {
    const index = names.indexOf(name);
    return Prisma.raw(`$${index >= 0 ? index + 1 : names.push(name)}::${VALUES[name][0]}`);
  });
  return { values, names };
}

/** A constant of this module as a SQL literal (so that a statement carries only the values above). */
const literal = (value: string, type = 'text') => Prisma.raw(`${quoteLiteral(value)}::${type}`);

function stateSql(met: Prisma.Sql, due: Prisma.Sql, v: DeadlineValues): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${met} THEN 'met' WHEN ${due} <= ${v.now} THEN 'overdue'
                         WHEN ${due} <= ${v.dueEnd} THEN 'due' ELSE 'upcoming' END`;
}

/** The conditions every branch applies to its own due instant, id and met flag. */
function common(q: DeadlineQuery, v: DeadlineValues, due: Prisma.Sql, id: Prisma.Sql, met: Prisma.Sql): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  const window = dueWindow(q);
  if (window.from) parts.push(Prisma.sql`AND ${due} >= ${v.windowFrom}`);
  if (window.to) parts.push(Prisma.sql`AND ${due} <= ${v.windowTo}`);
  if (q.to) parts.push(Prisma.sql`AND ${due} < ${v.to}`);
  if (q.after) {
    parts.push(Prisma.sql`AND (${due} > ${v.afterDueAt} OR (${id}) COLLATE "C" > ${v.afterId} COLLATE "C")`);
  }
  if (unmetOnly(q)) {
    // Each branch states "not met" itself, as conditions the planner can estimate from statistics (a column, an
    // anti-join); what is left of the state is a range of the due instant.
    const range = unmetStateRange(q.states!, due, v);
    if (range) parts.push(Prisma.sql`AND ${range}`);
  } else if (q.states && q.states.length > 0) {
    parts.push(Prisma.sql`AND ${stateSql(met, due, v)} = ANY(${v.states})`);
  }
  return parts.length ? Prisma.join(parts, ' ') : Prisma.empty;
}

/**
 * The due instants of obligations not met in the given states (see
 * deadlineState): overdue at or before now, due within the next 24 hours,
 * upcoming after that. Null when every instant qualifies.
 */
function unmetStateRange(states: readonly DeadlineState[], due: Prisma.Sql, v: DeadlineValues): Prisma.Sql | null {
  const overdue = states.includes('overdue');
  const soon = states.includes('due');
  const upcoming = states.includes('upcoming');
  if (overdue && soon && upcoming) return null;
  if (overdue && upcoming) return Prisma.sql`(${due} <= ${v.now} OR ${due} > ${v.dueEnd})`;
  const lower = overdue ? null : soon ? Prisma.sql`${due} > ${v.now}` : Prisma.sql`${due} > ${v.dueEnd}`;
  const upper = upcoming ? null : soon ? Prisma.sql`${due} <= ${v.dueEnd}` : Prisma.sql`${due} <= ${v.now}`;
  if (lower && upper) return Prisma.sql`${lower} AND ${upper}`;
  return lower ?? upper;
}

/** True when no met obligation is wanted: branches then add index-friendly "not met" conditions. */
function unmetOnly(q: DeadlineQuery): boolean {
  return Boolean(q.states && q.states.length > 0 && !q.states.includes('met'));
}

/** What meets each timeline obligation (see TIMELINE_DEADLINES), as SQL over procedure `p`. */
function timelineMetAt(kind: DeadlineKind, v: DeadlineValues): Prisma.Sql {
  switch (kind) {
    case 'application_closing':
      return Prisma.sql`(SELECT sm.at FROM sweep_marks sm WHERE sm.kind = 'intake_closed' AND sm.subject = p.id::text)`;
    case 'overview_due':
      return Prisma.sql`COALESCE(p.overview_sent_at,
        (SELECT s.closed_at FROM stages s WHERE s.procedure_id = p.id AND s.name = 'preselection' AND s.status = 'closed'))`;
    case 'committee_meeting':
      return Prisma.sql`LEAST(
        (SELECT s.closed_at FROM stages s WHERE s.procedure_id = p.id AND s.name = 'shortlist' AND s.status = 'closed'),
        (SELECT min(sc.at) FROM applications a JOIN stage_changes sc ON sc.application_id = a.id
          WHERE a.procedure_id = p.id AND sc.to_stage = 'shortlisted'))`;
    case 'interview_round_start':
      return Prisma.sql`(SELECT min(i.created_at) FROM interviews i
        WHERE i.procedure_id = p.id AND i.kind = 'committee' AND i.status <> 'cancelled')`;
    case 'interview_round_end':
      return Prisma.sql`(SELECT CASE WHEN max(i.ends_at) <= ${v.now} THEN max(i.ends_at) END FROM interviews i
        WHERE i.procedure_id = p.id AND i.kind = 'committee' AND i.status <> 'cancelled')`;
    case 'appointment_deadline':
      return Prisma.sql`COALESCE((SELECT ap.created_at FROM appointments ap WHERE ap.procedure_id = p.id),
        CASE WHEN p.phase = 'completed' THEN COALESCE(p.completed_at, p.updated_at) END)`;
    default:
      throw new Error(`${kind} is not a timeline deadline`);
  }
}

/**
 * That a timeline obligation is not met (timelineMetAt is null; for the
 * closing, the intake is still open), over procedure `p`, as anti-joins the
 * planner estimates from statistics: a filter on the value of a correlated
 * subquery it estimates at half a percent of the rows, and would then sort a
 * whole range of milestones instead of reading a page of it from the index.
 */
function timelineUnmet(kind: DeadlineKind, v: DeadlineValues): Prisma.Sql {
  const committeeInterviews = Prisma.sql`FROM interviews i WHERE i.procedure_id = p.id AND i.kind = 'committee' AND i.status <> 'cancelled'`;
  switch (kind) {
    case 'application_closing':
      return Prisma.sql`p.phase = 'open'`;
    case 'overview_due':
      return Prisma.sql`p.overview_sent_at IS NULL AND NOT EXISTS (SELECT 1 FROM stages s
        WHERE s.procedure_id = p.id AND s.name = 'preselection' AND s.status = 'closed' AND s.closed_at IS NOT NULL)`;
    case 'committee_meeting':
      return Prisma.sql`NOT EXISTS (SELECT 1 FROM stages s
          WHERE s.procedure_id = p.id AND s.name = 'shortlist' AND s.status = 'closed' AND s.closed_at IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM applications a JOIN stage_changes sc ON sc.application_id = a.id
          WHERE a.procedure_id = p.id AND sc.to_stage = 'shortlisted')`;
    case 'interview_round_start':
      return Prisma.sql`NOT EXISTS (SELECT 1 ${committeeInterviews})`;
    case 'interview_round_end':
      // Met once the last committee interview has ended.
      return Prisma.sql`(NOT EXISTS (SELECT 1 ${committeeInterviews}) OR EXISTS (SELECT 1 ${committeeInterviews} AND i.ends_at > ${v.now}))`;
    case 'appointment_deadline':
      return Prisma.sql`NOT EXISTS (SELECT 1 FROM appointments ap WHERE ap.procedure_id = p.id)
        AND NOT (p.phase = 'completed' AND COALESCE(p.completed_at, p.updated_at) IS NOT NULL)`;
    default:
      throw new Error(`${kind} is not a timeline deadline`);
  }
}

/**
 * One timeline obligation of the procedures under way (drafts are not
 * published yet; a cancelled procedure owes nothing any more), in due order
 * from the (key, due_at, procedure_id) index.
 */
export function timelineBranch(d: TimelineDeadline, q: DeadlineQuery, v: DeadlineValues): Prisma.Sql {
  const met = d.kind === 'application_closing' ? Prisma.sql`(p.phase <> 'open')` : Prisma.sql`(x.met_at IS NOT NULL)`;
  const id = Prisma.sql`${literal(`${d.kind}:`)} || m.procedure_id::text`;
  const procedure = q.procedureId ? Prisma.sql`AND m.procedure_id = ${v.procedureId}` : Prisma.empty;
  const unmarked = q.unmarked ? Prisma.sql`AND m.missed_at IS NULL` : Prisma.empty;
  // A closing not met has an open procedure, an appointment deadline not met a running one; with the procedure's
  // running flag a condition, the (key, procedure_running, due_at, procedure_id) index gives the order (PostgreSQL
  // ignores a boolean index column the WHERE clause fixes) and the history of finished procedures is never read.
  // The branch's order is then the page's own, so the list merges it lazily instead of sorting a page of it first.
  const running = q.runningOnly || (unmetOnly(q) && (d.kind === 'application_closing' || d.kind === 'appointment_deadline'));
  const unmet = unmetOnly(q) ? Prisma.sql`AND ${timelineUnmet(d.kind, v)}` : Prisma.empty;
  // Without met obligations every row this branch returns is unmet (timelineUnmet is timelineMetAt being null):
  // what would meet it is not looked up per row.
  const metColumns = unmetOnly(q) ? Prisma.sql`FALSE AS met, NULL::timestamptz AS met_at` : Prisma.sql`${met} AS met, x.met_at`;
  const metAt = unmetOnly(q) ? Prisma.empty : Prisma.sql`CROSS JOIN LATERAL (SELECT ${timelineMetAt(d.kind, v)} AS met_at) x`;
  return Prisma.sql`(
    SELECT ${id} AS id, ${literal(d.kind)} AS kind, m.procedure_id, 'procedure'::text AS subject_type, m.procedure_id AS subject_id,
           m.due_at, p.time_zone, ${metColumns}, m.missed_at AS marked_at, m.id AS ref_id
      FROM milestones m
      JOIN procedures p ON p.id = m.procedure_id
     ${metAt}
     WHERE m.key = ${literal(d.milestone)} AND m.due_at IS NOT NULL AND p.phase NOT IN ('draft', 'cancelled')
           ${running ? Prisma.sql`AND m.procedure_running` : Prisma.empty} ${unmet} ${procedure} ${unmarked}
           ${common(q, v, Prisma.sql`m.due_at`, id, met)}
     ORDER BY m.due_at, m.procedure_id
     LIMIT ${v.limit})`;
}

/** Candidates' questions: due by the end of the first working day after receipt (inquiries.due_at). */
export function inquiryBranch(q: DeadlineQuery, v: DeadlineValues): Prisma.Sql {
  const id = Prisma.sql`'inquiry_answer_due:' || q.id::text`;
  const met = Prisma.sql`(q.answered_at IS NOT NULL)`;
  const procedure = q.procedureId ? Prisma.sql`AND q.procedure_id = ${v.procedureId}` : Prisma.empty;
  return Prisma.sql`(
    SELECT ${id} AS id, 'inquiry_answer_due'::text AS kind, q.procedure_id, 'inquiry'::text AS subject_type, q.id AS subject_id,
           q.due_at, COALESCE(p.time_zone, ${privacyZone}) AS time_zone, ${met} AS met, q.answered_at AS met_at,
           q.overdue_marked_at AS marked_at, NULL::uuid AS ref_id
      FROM inquiries q
      LEFT JOIN procedures p ON p.id = q.procedure_id
     WHERE TRUE ${unmetOnly(q) ? Prisma.sql`AND q.answered_at IS NULL` : Prisma.empty} ${procedure} ${common(q, v, Prisma.sql`q.due_at`, id, met)}
     ORDER BY q.due_at, q.id
     LIMIT ${v.limit})`;
}

/** The instant a headhunted candidate must have been told: one calendar month after being recorded, Amsterdam time. */
const privacyZone = literal(PRIVACY_ZONE);
export const headhuntedDueSql = Prisma.sql`timezone(${privacyZone}, timezone(${privacyZone}, c.created_at) + interval '1 month')`;

/**
 * Candidates from the agency's search who must be told that it holds their
 * data, in due order. That is not quite the order they were recorded in: a
 * month after 30 January 10:00 and after 31 January 09:00 are both 28
 * February, at 10:00 and 09:00. The procedure is the one they were first
 * added to. An erased candidate who was never told owes nothing any more.
 */
export function headhuntedBranch(q: DeadlineQuery, v: DeadlineValues): Prisma.Sql {
  const id = Prisma.sql`'headhunted_notice_due:' || c.id::text`;
  const met = Prisma.sql`(c.informed_at IS NOT NULL)`;
  const window = dueWindow(q);
  const range: Prisma.Sql[] = [];
  if (window.from) range.push(Prisma.sql`AND c.created_at >= ${v.recordedFrom}`);
  if (window.to) range.push(Prisma.sql`AND c.created_at <= ${v.recordedTo}`);
  const procedure = q.procedureId ? Prisma.sql`AND hp.procedure_id = ${v.procedureId}` : Prisma.empty;
  return Prisma.sql`(
    SELECT ${id} AS id, 'headhunted_notice_due'::text AS kind, hp.procedure_id, 'candidate'::text AS subject_type, c.id AS subject_id,
           ${headhuntedDueSql} AS due_at, ${privacyZone} AS time_zone, ${met} AS met, c.informed_at AS met_at,
           sm.at AS marked_at, NULL::uuid AS ref_id
      FROM candidates c
      LEFT JOIN LATERAL (SELECT a.procedure_id FROM applications a WHERE a.candidate_id = c.id ORDER BY a.created_at, a.id LIMIT 1) hp ON TRUE
      LEFT JOIN sweep_marks sm ON sm.kind = 'headhunted_notice_overdue' AND sm.subject = c.id::text
     WHERE c.source = 'agency_search' AND (c.erased_at IS NULL OR c.informed_at IS NOT NULL)
           ${unmetOnly(q) ? Prisma.sql`AND c.informed_at IS NULL` : Prisma.empty}
           ${range.length ? Prisma.join(range, ' ') : Prisma.empty} ${procedure} ${common(q, v, headhuntedDueSql, id, met)}
     -- In due order from an index of the due instant (migration 20261130160000_headhunted_notice_due_order); without
     -- met ones, from its partial index of those not told yet.
     ORDER BY ${headhuntedDueSql}, c.id
     LIMIT ${v.limit})`;
}

/** Access and erasure requests: answered within one calendar month of receipt. They concern a person, not a procedure. */
export function dataSubjectRequestBranch(q: DeadlineQuery, v: DeadlineValues): Prisma.Sql | null {
  if (q.procedureId) return null;
  const id = Prisma.sql`'data_subject_request_due:' || r.id::text`;
  const met = Prisma.sql`(r.answered_at IS NOT NULL)`;
  return Prisma.sql`(
    SELECT ${id} AS id, 'data_subject_request_due'::text AS kind, NULL::uuid AS procedure_id, 'data_subject_request'::text AS subject_type,
           r.id AS subject_id, r.due_at, ${privacyZone} AS time_zone, ${met} AS met, r.answered_at AS met_at,
           NULL::timestamptz AS marked_at, NULL::uuid AS ref_id
      FROM data_subject_requests r
     WHERE TRUE ${unmetOnly(q) ? Prisma.sql`AND r.answered_at IS NULL` : Prisma.empty} ${common(q, v, Prisma.sql`r.due_at`, id, met)}
     ORDER BY r.due_at, r.id
     LIMIT ${v.limit})`;
}

/**
 * Erasure of each person's data under the retention rule
 * (candidates.retention_due_at); the procedure is the one that ended last.
 */
export function retentionBranch(q: DeadlineQuery, v: DeadlineValues): Prisma.Sql {
  const id = Prisma.sql`'retention_erasure_due:' || c.id::text`;
  const met = Prisma.sql`(c.erased_at IS NOT NULL)`;
  const procedure = q.procedureId ? Prisma.sql`AND c.retention_procedure_id = ${v.procedureId}` : Prisma.empty;
  return Prisma.sql`(
    SELECT ${id} AS id, 'retention_erasure_due'::text AS kind, c.retention_procedure_id AS procedure_id, 'candidate'::text AS subject_type,
           c.id AS subject_id, c.retention_due_at AS due_at, COALESCE(p.time_zone, ${privacyZone}) AS time_zone, ${met} AS met,
           c.erased_at AS met_at, NULL::timestamptz AS marked_at, NULL::uuid AS ref_id
      FROM candidates c
      LEFT JOIN procedures p ON p.id = c.retention_procedure_id
     WHERE c.retention_due_at IS NOT NULL ${unmetOnly(q) ? Prisma.sql`AND c.erased_at IS NULL` : Prisma.empty}
           ${procedure} ${common(q, v, Prisma.sql`c.retention_due_at`, id, met)}
     -- Without met ones, the partial index of the erasures not yet done gives this order and never walks past those
     -- done (migration 20261130150000_deadline_list_unerased_retention).
     ORDER BY c.retention_due_at, c.id
     LIMIT ${v.limit})`;
}

export function deadlineBranches(q: DeadlineQuery, v: DeadlineValues): Prisma.Sql[] {
  const branches: Array<Prisma.Sql | null> = [
    ...TIMELINE_DEADLINES.filter((d) => q.kinds.includes(d.kind)).map((d) => timelineBranch(d, q, v)),
    q.kinds.includes('inquiry_answer_due') ? inquiryBranch(q, v) : null,
    q.kinds.includes('headhunted_notice_due') ? headhuntedBranch(q, v) : null,
    q.kinds.includes('retention_erasure_due') ? retentionBranch(q, v) : null,
    q.kinds.includes('data_subject_request_due') ? dataSubjectRequestBranch(q, v) : null,
  ];
  return branches.filter((b): b is Prisma.Sql => b !== null);
}

interface RawDeadline {
  id: string;
  kind: DeadlineKind;
  procedure_id: string | null;
  subject_type: string;
  subject_id: string;
  due_at: Date;
  time_zone: string;
  met: boolean;
  met_at: Date | null;
  marked_at: Date | null;
  ref_id: string | null;
}

function toDeadlineRow(r: RawDeadline): DeadlineRow {
  return {
    id: r.id,
    kind: r.kind,
    procedureId: r.procedure_id,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    dueAt: r.due_at,
    timeZone: r.time_zone,
    met: r.met,
    metAt: r.met_at,
    markedAt: r.marked_at,
    refId: r.ref_id,
  };
}

/**
 * One page of deadlines in (due_at, id) order; fetches `limit + 1` rows.
 *
 * Each branch must be read in index order and stop at the page size.
 * Without met obligations (the scheduler's `state=due,overdue`) every
 * condition is one the planner estimates from statistics (a range of the due
 * instant, a column, an anti-join), and it reads each branch from its index
 * on any version; planning that statement costs more than running it, so its
 * plan is made once per connection (a named statement with a generic plan).
 * With met ones, the planner cannot estimate how many rows the state filter
 * (which depends on whether the step happened) lets through, and would
 * otherwise sort every candidate row; where the server allows it, sorts and
 * hash joins are then discouraged for this one read-only transaction (SET
 * LOCAL). One procedure's deadlines are few: that query is planned freely.
 * The statement goes straight to `pg`: a page is a few milliseconds of
 * database work, and the ORM's transaction round trips would cost more than
 * that. Its text is built once per shape of query (deadlineStatement); a read
 * fills in the values.
 */
// PostgreSQL 18 counts disabled plan nodes instead of adding a huge cost to
// them; before it, `enable_sort = off` can make the planner choose plans that
// take seconds even on a handful of rows (seen on 15). The hints are given
// only where they help.
const plannerHintsByPool = new WeakMap<pg.Pool, Promise<boolean>>();
function plannerHintsHelp(pool: pg.Pool): Promise<boolean> {
  let known = plannerHintsByPool.get(pool);
  if (!known) {
    known = pool
      .query<{ v: string }>('SHOW server_version_num')
      .then((r) => Number(r.rows[0]?.v ?? 0) >= 180000)
      .catch(() => {
        plannerHintsByPool.delete(pool);
        return false;
      });
    plannerHintsByPool.set(pool, known);
  }
  return known;
}

/** A deadline statement built for one shape of query: its text, its name, and which value each parameter takes. */
interface CompiledDeadlines {
  text: string;
  name: string;
  parameters: ValueName[];
}

/**
 * Built statements by shape (see shapeOf), the most recently used last. The shapes callers send are few (the
 * scheduler's list, a front end's filters); past this many, the one used longest ago is let go.
 */
const compiledByShape = new Map<string, CompiledDeadlines | null>();
const MAX_SHAPES = 256;

/** Everything the text of a deadline statement depends on: which kinds, which states, which filters are given. */
function shapeOf(q: DeadlineQuery): string {
  const kinds = DEADLINE_KINDS.filter((k) => q.kinds.includes(k)).join(',');
  const states = DEADLINE_STATES.filter((s) => q.states?.includes(s)).join(',');
  const filters = [q.procedureId, q.from, q.to, q.after, q.runningOnly, q.unmarked].map((given) => (given ? '1' : '0')).join('');
  return `${kinds}|${states}|${filters}`;
}

/** The page's statement, with numbered parameters; null when no kind asked for can have a row. */
function compile(q: DeadlineQuery): CompiledDeadlines | null {
  const { values, names } = numberedValues();
  const branches = deadlineBranches(q, values);
  if (branches.length === 0) return null;
  const query = Prisma.sql`
    SELECT d.id, d.kind, d.procedure_id::text AS procedure_id, d.subject_type, d.subject_id::text AS subject_id, d.due_at,
           d.time_zone, d.met, d.met_at, d.marked_at, d.ref_id::text AS ref_id
      FROM (${Prisma.join(branches, ' UNION ALL ')}) d
     ORDER BY d.due_at, d.id COLLATE "C"
     LIMIT ${values.limit}`;
  const text = query.text;
  // Every value goes through `values`; one that did not would take a parameter number of its own.
  if (query.values.length > 0 || names.some((_, i) => !text.includes(`$${i + 1}::`))) {
    throw new Error('a deadline statement must take its values from DeadlineValues, and use each it asks for');
  }
  // Named, so that each connection plans a shape once and reuses the plan.
  return { text, name: preparedName('deadlines', text), parameters: names };
}

/** The statement of one page: built once per shape, its values from `q`; null when there can be no rows. */
export function deadlineStatement(q: DeadlineQuery): NamedStatement | null {
  const shape = shapeOf(q);
  let compiled = compiledByShape.get(shape);
  if (compiled === undefined) {
    compiled = compile(q);
    if (compiledByShape.size >= MAX_SHAPES) compiledByShape.delete(compiledByShape.keys().next().value!);
  } else {
    compiledByShape.delete(shape);
  }
  compiledByShape.set(shape, compiled);
  if (compiled === null) return null;
  return { name: compiled.name, text: compiled.text, values: compiled.parameters.map((name) => valueOf(name, q)) };
}

export async function listDeadlines(pool: pg.Pool, genericReads: Reader | null, q: DeadlineQuery): Promise<DeadlineRow[]> {
  const statement = deadlineStatement(q);
  if (!statement) return [];
  if (q.procedureId) return (await pool.query<RawDeadline>(statement)).rows.map(toDeadlineRow);
  // The scheduler's list (nothing met): one statement on a session that keeps a generic plan anyway.
  if (genericReads && unmetOnly(q)) return (await genericReads.query<RawDeadline>(statement)).rows.map(toDeadlineRow);
  let settings = 'SET LOCAL plan_cache_mode = force_generic_plan';
  if (!unmetOnly(q)) {
    if (!(await plannerHintsHelp(pool))) return (await pool.query<RawDeadline>(statement)).rows.map(toDeadlineRow);
    settings = `SET LOCAL enable_sort = off; SET LOCAL enable_hashjoin = off; ${settings}`;
  }
  // One round trip once the connection has the statement (runInTransaction).
  return withRawTransaction(pool, async (client, tx) =>
    (await runInTransaction<RawDeadline>(client, tx, `BEGIN READ ONLY; ${settings}`, statement)).map(toDeadlineRow),
  );
}
