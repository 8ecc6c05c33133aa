import type { Tx } from '../../db/client.js';
import { DUE_WINDOW_MS, PRIVACY_ZONE, TIMELINE_DEADLINES, type DeadlineKind, type DeadlineState } from '../../domain/deadlines.js';
import { RETENTION_WEEKS } from '../../domain/retention.js';
import { Prisma } from '../../generated/prisma/client.js';

/**
 * Every dated obligation is computed in PostgreSQL, one SELECT per source
 * (timeline milestones, questions, headhunted candidates, retention,
 * data-subject requests) joined with UNION ALL, so that filters, keyset
 * pagination on (due_at, id) and the sweep's "what has come due" run as
 * set-based queries over all procedures instead of loading them into the
 * process. Each branch returns the same columns:
 *
 *   id, kind, procedure_id, subject_type, subject_id, due_at, time_zone,
 *   met, met_at, marked_at, ref_id
 *
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

/** A range that every wanted due instant lies in, used to prune rows before they are computed. */
export interface DueWindow {
  from?: Date;
  to?: Date;
}

export interface BranchFilter {
  now: Date;
  procedureId?: string;
  window: DueWindow;
  /** Only procedures in these phases (the sweep looks at running procedures only). */
  phases?: readonly string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const ts = (d: Date) => Prisma.sql`${d.toISOString()}::timestamptz`;
/** An instant as ISO 8601 in UTC inside SQL, for JSON payloads that must not depend on the session's time zone. */
export const isoSql = (expr: Prisma.Sql) => Prisma.sql`to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

/** A local midnight lies within 14 hours before and 12 after UTC midnight of its date: 2 days of margin prune safely. */
function milestoneDateRange(window: DueWindow): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (window.from) parts.push(Prisma.sql`AND m.start_date >= ${dateOnly(new Date(window.from.getTime() - 2 * DAY_MS))}::date`);
  if (window.to) parts.push(Prisma.sql`AND m.start_date <= ${dateOnly(new Date(window.to.getTime() + 2 * DAY_MS))}::date`);
  return parts.length ? Prisma.join(parts, ' ') : Prisma.empty;
}

function exactRange(column: Prisma.Sql, window: DueWindow): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (window.from) parts.push(Prisma.sql`AND ${column} >= ${ts(window.from)}`);
  if (window.to) parts.push(Prisma.sql`AND ${column} <= ${ts(window.to)}`);
  return parts.length ? Prisma.join(parts, ' ') : Prisma.empty;
}

/**
 * The timeline's obligations of procedures that are under way: drafts are
 * not published yet and a cancelled procedure owes nothing any more. The step
 * that meets each kind is described in TIMELINE_DEADLINES.
 */
export function timelineBranch(kinds: readonly DeadlineKind[], f: BranchFilter): Prisma.Sql | null {
  const wanted = TIMELINE_DEADLINES.filter((d) => kinds.includes(d.kind));
  if (wanted.length === 0) return null;
  const values = Prisma.join(
    wanted.map((d) => Prisma.sql`(${d.milestone}, ${d.kind}, ${d.at === 'end' ? 1 : 0}::int)`),
    ', ',
  );
  const procedure = f.procedureId ? Prisma.sql`AND p.id = ${f.procedureId}::uuid` : Prisma.empty;
  const phases = f.phases ? Prisma.sql`AND p.phase = ANY(${[...f.phases]}::procedure_phase[])` : Prisma.empty;
  return Prisma.sql`
    SELECT k.kind || ':' || p.id::text AS id, k.kind, p.id AS procedure_id, 'procedure'::text AS subject_type, p.id AS subject_id,
           timezone(p.time_zone, (m.start_date + k.day_offset)::timestamp) AS due_at, p.time_zone,
           CASE WHEN k.kind = 'application_closing' THEN p.phase <> 'open' ELSE x.met_at IS NOT NULL END AS met,
           x.met_at, m.missed_at AS marked_at, m.id AS ref_id
      FROM milestones m
      JOIN (VALUES ${values}) AS k(key, kind, day_offset) ON k.key = m.key
      JOIN procedures p ON p.id = m.procedure_id
      CROSS JOIN LATERAL (SELECT CASE k.kind
        WHEN 'application_closing' THEN
          (SELECT sm.at FROM sweep_marks sm WHERE sm.kind = 'intake_closed' AND sm.subject = p.id::text)
        WHEN 'overview_due' THEN
          COALESCE(p.overview_sent_at,
                   (SELECT s.closed_at FROM stages s WHERE s.procedure_id = p.id AND s.name = 'preselection' AND s.status = 'closed'))
        WHEN 'committee_meeting' THEN
          LEAST((SELECT s.closed_at FROM stages s WHERE s.procedure_id = p.id AND s.name = 'shortlist' AND s.status = 'closed'),
                (SELECT min(sc.at) FROM applications a JOIN stage_changes sc ON sc.application_id = a.id
                  WHERE a.procedure_id = p.id AND sc.to_stage = 'shortlisted'))
        WHEN 'interview_round_start' THEN
          (SELECT min(i.created_at) FROM interviews i WHERE i.procedure_id = p.id AND i.kind = 'committee' AND i.status <> 'cancelled')
        WHEN 'interview_round_end' THEN
          (SELECT CASE WHEN max(i.ends_at) <= ${ts(f.now)} THEN max(i.ends_at) END
             FROM interviews i WHERE i.procedure_id = p.id AND i.kind = 'committee' AND i.status <> 'cancelled')
        WHEN 'appointment_deadline' THEN
          COALESCE((SELECT ap.created_at FROM appointments ap WHERE ap.procedure_id = p.id),
                   CASE WHEN p.phase = 'completed' THEN p.completed_at END)
      END AS met_at) x
     WHERE p.phase NOT IN ('draft', 'cancelled') ${phases} ${procedure} ${milestoneDateRange(f.window)}`;
}

/** Candidates' questions: due by the end of the first working day after receipt (inquiries.due_at). */
export function inquiryBranch(f: BranchFilter): Prisma.Sql {
  const procedure = f.procedureId ? Prisma.sql`AND q.procedure_id = ${f.procedureId}::uuid` : Prisma.empty;
  return Prisma.sql`
    SELECT 'inquiry_answer_due:' || q.id::text AS id, 'inquiry_answer_due'::text AS kind, q.procedure_id, 'inquiry'::text AS subject_type,
           q.id AS subject_id, q.due_at, COALESCE(p.time_zone, ${PRIVACY_ZONE}) AS time_zone,
           q.answered_at IS NOT NULL AS met, q.answered_at AS met_at, q.overdue_marked_at AS marked_at, NULL::uuid AS ref_id
      FROM inquiries q
      LEFT JOIN procedures p ON p.id = q.procedure_id
     WHERE TRUE ${procedure} ${exactRange(Prisma.sql`q.due_at`, f.window)}`;
}

/** The instant a headhunted candidate must have been told: one calendar month after being recorded, Amsterdam time. */
export const headhuntedDueSql = Prisma.sql`timezone(${PRIVACY_ZONE}, timezone(${PRIVACY_ZONE}, c.created_at) + interval '1 month')`;

/**
 * Candidates from the agency's search who must be told that it holds their
 * data. The procedure is the one they were first added to. An erased
 * candidate who was never told owes nothing any more.
 */
export function headhuntedBranch(f: BranchFilter): Prisma.Sql {
  const range: Prisma.Sql[] = [];
  // A month is 28 to 31 days (plus an hour across a DST change): prune by the day recorded.
  if (f.window.from) range.push(Prisma.sql`AND c.created_at >= ${ts(new Date(f.window.from.getTime() - 32 * DAY_MS))}`);
  if (f.window.to) range.push(Prisma.sql`AND c.created_at <= ${ts(new Date(f.window.to.getTime() - 27 * DAY_MS))}`);
  const procedure = f.procedureId ? Prisma.sql`AND hp.procedure_id = ${f.procedureId}::uuid` : Prisma.empty;
  return Prisma.sql`
    SELECT 'headhunted_notice_due:' || c.id::text AS id, 'headhunted_notice_due'::text AS kind, hp.procedure_id, 'candidate'::text AS subject_type,
           c.id AS subject_id, ${headhuntedDueSql} AS due_at, ${PRIVACY_ZONE}::text AS time_zone,
           c.informed_at IS NOT NULL AS met, c.informed_at AS met_at, sm.at AS marked_at, NULL::uuid AS ref_id
      FROM candidates c
      LEFT JOIN LATERAL (SELECT a.procedure_id FROM applications a WHERE a.candidate_id = c.id ORDER BY a.created_at, a.id LIMIT 1) hp ON TRUE
      LEFT JOIN sweep_marks sm ON sm.kind = 'headhunted_notice_overdue' AND sm.subject = c.id::text
     WHERE c.source = 'agency_search' AND (c.erased_at IS NULL OR c.informed_at IS NOT NULL)
           ${range.length ? Prisma.join(range, ' ') : Prisma.empty} ${procedure}`;
}

/** Access and erasure requests: answered within one calendar month of receipt. */
export function dataSubjectRequestBranch(f: BranchFilter): Prisma.Sql | null {
  // Requests concern a person, not a procedure.
  if (f.procedureId) return null;
  return Prisma.sql`
    SELECT 'data_subject_request_due:' || r.id::text AS id, 'data_subject_request_due'::text AS kind, NULL::uuid AS procedure_id,
           'data_subject_request'::text AS subject_type, r.id AS subject_id, r.due_at, ${PRIVACY_ZONE}::text AS time_zone,
           r.answered_at IS NOT NULL AS met, r.answered_at AS met_at, NULL::timestamptz AS marked_at, NULL::uuid AS ref_id
      FROM data_subject_requests r
     WHERE TRUE ${exactRange(Prisma.sql`r.due_at`, f.window)}`;
}

/**
 * When each candidate's data must be erased: the rule of src/domain/retention.ts
 * (`retentionErasure`) in SQL, over every candidate at once. Columns:
 * candidate_id, procedure_id (the procedure that ended last, null for a
 * talent-pool entry), time_zone, due_at, erased_at.
 *
 * `onlyCandidates` limits it to some people (the sweep's claimed batch);
 * `procedureId` to the people of one procedure; `notErased` skips those
 * already erased.
 */
export function retentionDueSql(opts: { procedureId?: string; onlyCandidates?: string[]; notErased?: boolean }): Prisma.Sql {
  const some = opts.onlyCandidates ? Prisma.sql`AND a.candidate_id = ANY(${opts.onlyCandidates}::uuid[])` : Prisma.empty;
  const ofProcedure = opts.procedureId
    ? Prisma.sql`AND a.candidate_id IN (SELECT candidate_id FROM applications WHERE procedure_id = ${opts.procedureId}::uuid)`
    : Prisma.empty;
  const erased = opts.notErased ? Prisma.sql`AND c.erased_at IS NULL` : Prisma.empty;
  const poolSome = opts.onlyCandidates ? Prisma.sql`AND candidate_id = ANY(${opts.onlyCandidates}::uuid[])` : Prisma.empty;
  const latestConsent = (candidate: Prisma.Sql) => Prisma.sql`
    LEFT JOIN LATERAL (SELECT given_at, expires_at, withdrawn_at FROM consents
                        WHERE candidate_id = ${candidate} AND kind = 'retention'
                        ORDER BY given_at DESC, created_at DESC LIMIT 1) rc ON TRUE`;
  const yearAfterGiven = Prisma.sql`timezone(${PRIVACY_ZONE}, timezone(${PRIVACY_ZONE}, rc.given_at) + interval '1 year')`;
  const weeks = `${RETENTION_WEEKS * 7} days`;
  const talentPool = opts.procedureId
    ? Prisma.empty
    : Prisma.sql`
    UNION ALL
    SELECT c.id AS candidate_id, NULL::uuid AS procedure_id, ${PRIVACY_ZONE}::text AS time_zone,
           COALESCE(rc.withdrawn_at, rc.expires_at, ${yearAfterGiven}) AS due_at, c.erased_at
      FROM (SELECT DISTINCT candidate_id FROM consents WHERE kind = 'retention' ${poolSome}) k
      JOIN candidates c ON c.id = k.candidate_id
      ${latestConsent(Prisma.sql`c.id`)}
     WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id) ${erased}`;
  return Prisma.sql`
    SELECT per.candidate_id, per.procedure_id, per.time_zone,
           CASE
             WHEN rc.given_at IS NULL THEN per.base
             WHEN rc.withdrawn_at IS NOT NULL THEN
               CASE WHEN rc.withdrawn_at < per.ended_at THEN per.base ELSE LEAST(rc.withdrawn_at, per.cap) END
             WHEN COALESCE(rc.expires_at, ${yearAfterGiven}) <= per.base THEN per.base
             ELSE LEAST(COALESCE(rc.expires_at, ${yearAfterGiven}), per.cap)
           END AS due_at,
           c.erased_at
      FROM (
        SELECT e.*, timezone(e.time_zone, timezone(e.time_zone, e.ended_at) + ${weeks}::interval) AS base,
               timezone(e.time_zone, timezone(e.time_zone, e.ended_at) + interval '1 year') AS cap
          FROM (
            SELECT a.candidate_id,
                   (array_agg(p.id ORDER BY COALESCE(p.completed_at, p.cancelled_at, p.updated_at) DESC))[1] AS procedure_id,
                   (array_agg(p.time_zone ORDER BY COALESCE(p.completed_at, p.cancelled_at, p.updated_at) DESC))[1] AS time_zone,
                   max(COALESCE(p.completed_at, p.cancelled_at, p.updated_at)) AS ended_at
              FROM applications a
              JOIN procedures p ON p.id = a.procedure_id
             WHERE TRUE ${some} ${ofProcedure}
             GROUP BY a.candidate_id
            HAVING NOT bool_or(a.stage = 'appointed') AND NOT bool_or(p.phase NOT IN ('completed', 'cancelled'))
          ) e
      ) per
      JOIN candidates c ON c.id = per.candidate_id
      ${latestConsent(Prisma.sql`per.candidate_id`)}
     WHERE TRUE ${erased}
    ${talentPool}`;
}

export function retentionBranch(f: BranchFilter): Prisma.Sql {
  return Prisma.sql`
    SELECT 'retention_erasure_due:' || r.candidate_id::text AS id, 'retention_erasure_due'::text AS kind, r.procedure_id,
           'candidate'::text AS subject_type, r.candidate_id AS subject_id, r.due_at, r.time_zone,
           r.erased_at IS NOT NULL AS met, r.erased_at AS met_at, NULL::timestamptz AS marked_at, NULL::uuid AS ref_id
      FROM (${retentionDueSql({ procedureId: f.procedureId })}) r`;
}

export function stateSql(now: Date): Prisma.Sql {
  return Prisma.sql`CASE WHEN d.met THEN 'met' WHEN d.due_at <= ${ts(now)} THEN 'overdue'
                         WHEN d.due_at <= ${ts(new Date(now.getTime() + DUE_WINDOW_MS))} THEN 'due' ELSE 'upcoming' END`;
}

export interface DeadlineQuery {
  now: Date;
  kinds: readonly DeadlineKind[];
  states?: readonly DeadlineState[];
  procedureId?: string;
  from?: Date;
  to?: Date;
  after?: { dueAt: Date; id: string };
  limit: number;
}

/**
 * The window every wanted due instant lies in, from the time range, the
 * cursor and the states asked for (upcoming and due lie ahead of now, overdue
 * and due at most 24 hours ahead; met ones can lie anywhere).
 */
export function dueWindow(q: DeadlineQuery): DueWindow {
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

export function deadlineBranches(q: DeadlineQuery): Prisma.Sql[] {
  const f: BranchFilter = { now: q.now, procedureId: q.procedureId, window: dueWindow(q) };
  const branches: Array<Prisma.Sql | null> = [
    timelineBranch(q.kinds, f),
    q.kinds.includes('inquiry_answer_due') ? inquiryBranch(f) : null,
    q.kinds.includes('headhunted_notice_due') ? headhuntedBranch(f) : null,
    q.kinds.includes('retention_erasure_due') ? retentionBranch(f) : null,
    q.kinds.includes('data_subject_request_due') ? dataSubjectRequestBranch(f) : null,
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

export function toDeadlineRow(r: RawDeadline): DeadlineRow {
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

/** One page of deadlines in (due_at, id) order; fetches `limit + 1` rows. */
export async function listDeadlines(db: Tx, q: DeadlineQuery): Promise<DeadlineRow[]> {
  const branches = deadlineBranches(q);
  if (branches.length === 0) return [];
  const where: Prisma.Sql[] = [];
  if (q.states && q.states.length > 0) where.push(Prisma.sql`AND ${stateSql(q.now)} = ANY(${[...q.states]}::text[])`);
  if (q.from) where.push(Prisma.sql`AND d.due_at >= ${ts(q.from)}`);
  if (q.to) where.push(Prisma.sql`AND d.due_at < ${ts(q.to)}`);
  if (q.after) where.push(Prisma.sql`AND (d.due_at, d.id COLLATE "C") > (${ts(q.after.dueAt)}, ${q.after.id}::text COLLATE "C")`);
  const rows = await db.$queryRaw<RawDeadline[]>`
    SELECT d.id, d.kind, d.procedure_id::text AS procedure_id, d.subject_type, d.subject_id::text AS subject_id, d.due_at,
           d.time_zone, d.met, d.met_at, d.marked_at, d.ref_id::text AS ref_id
      FROM (${Prisma.join(branches, ' UNION ALL ')}) d
     WHERE TRUE ${where.length ? Prisma.join(where, ' ') : Prisma.empty}
     ORDER BY d.due_at, d.id COLLATE "C"
     LIMIT ${q.limit + 1}::int`;
  return rows.map(toDeadlineRow);
}
