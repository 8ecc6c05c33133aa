import type { Tx } from '../../db/client.js';
import { TIMELINE_DEADLINES } from '../../domain/deadlines.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { Actor } from '../../lib/actor.js';
import { deadlineValues, headhuntedDueSql, timelineBranch } from '../deadlines/index.js';
import { isoSql, ts } from '../../db/sql.js';
import { MARK_CONTENT_UNREGISTERED } from '../../documents/document-store.js';
import { bulkChangeCtes } from '../../db/bulk-change.js';

/**
 * The sweep's steps, each one statement: find what has come due, change it
 * under a condition that only one caller can satisfy (a conditional UPDATE,
 * or an INSERT into sweep_marks, unique on (kind, subject)), and write the
 * audit entries and events of exactly the rows it changed. Two sweeps at the
 * same moment therefore never take a step twice: the second finds the row
 * locked or changed, or the mark already there.
 */

export const MARK_INTAKE_CLOSED = 'intake_closed';
export const MARK_DEADLINE_MISSED = 'deadline_missed';
export const MARK_NOTICE_OVERDUE = 'headhunted_notice_overdue';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Closes the intake of open procedures whose closing instant (end of the closing date, local) has passed. */
export async function closeDueIntakes(db: Tx, actor: Actor, now: Date, batch: number) {
  return db.$queryRaw<Array<{ procedureId: string; closedAt: Date }>>`
    WITH due AS (
      SELECT p.id
        FROM procedures p
        JOIN milestones m ON m.procedure_id = p.id AND m.key = 'closing'
       WHERE m.procedure_running AND m.due_at <= ${ts(now)} AND p.phase = 'open'
       ORDER BY p.id
       LIMIT ${batch}::int
         FOR UPDATE OF p SKIP LOCKED
    ), closed AS (
      UPDATE procedures p
         SET phase = 'closed', version = p.version + 1, updated_at = ${ts(now)}
        FROM due
       WHERE p.id = due.id AND p.phase = 'open'
      RETURNING p.id
    ), marks AS (
      INSERT INTO sweep_marks (id, procedure_id, kind, subject, at)
      SELECT gen_random_uuid(), id, ${MARK_INTAKE_CLOSED}, id::text, ${ts(now)} FROM closed
      ON CONFLICT (kind, subject) DO NOTHING
    )
    ${bulkChangeCtes('closing', actor, now, {
      from: 'closed',
      procedureId: Prisma.sql`id`,
      action: 'procedure.intake_closed',
      entityType: 'procedure',
      entityId: Prisma.sql`id::text`,
      changes: Prisma.sql`jsonb_build_object('phase', jsonb_build_object('from', 'open', 'to', 'closed'))`,
      reason: 'The closing instant passed (end of the closing date, in the procedure time zone).',
      event: {
        type: 'procedure.intake_closed',
        payload: Prisma.sql`jsonb_build_object('procedureId', id, 'from', 'open', 'to', 'closed', 'closedAt', ${now.toISOString()}::text)`,
      },
    })}
    SELECT id::text AS "procedureId", ${ts(now)} AS "closedAt" FROM closed ORDER BY id`;
}

const MISSABLE = TIMELINE_DEADLINES.filter((d) => d.missable);
const missSubject = (t: string) => Prisma.raw(`${t}.kind || ':' || ${t}.procedure_id::text || ':' || (extract(epoch FROM ${t}.due_at) * 1000)::bigint::text`);

/**
 * Marks milestones of procedures under way (not completed) whose instant passed without the
 * step that meets them (milestones.missed_at) and writes one deadline.missed
 * event per milestone and due instant: a timeline that is set again keeps
 * its mark in sweep_marks, so re-marking the new row writes no second event.
 */
export async function markMissedMilestones(db: Tx, actor: Actor, now: Date, batch: number) {
  const query = { now, kinds: MISSABLE.map((d) => d.kind), states: ['overdue' as const], runningOnly: true, unmarked: true, limit: batch };
  const values = deadlineValues(query);
  const branch = Prisma.join(
    MISSABLE.map((d) => timelineBranch(d, query, values)),
    ' UNION ALL ',
  );
  return db.$queryRaw<Array<{ procedureId: string; kind: string; dueAt: Date; timeZone: string }>>`
    WITH d AS (
      SELECT t.ref_id, t.procedure_id, t.kind, t.due_at, t.time_zone
        FROM (${branch}) t
       ORDER BY t.due_at, t.id
       LIMIT ${batch}::int
    ), locked AS (
      -- Skip rows another sweep is marking: no waiting, so no deadlock between sweeps.
      SELECT m.id FROM milestones m WHERE m.id IN (SELECT ref_id FROM d) ORDER BY m.id FOR UPDATE SKIP LOCKED
    ), upd AS (
      UPDATE milestones m SET missed_at = ${ts(now)}
        FROM d JOIN locked ON locked.id = d.ref_id
       WHERE m.id = d.ref_id AND m.missed_at IS NULL
      RETURNING d.procedure_id, d.kind, d.due_at, d.time_zone
    ), marks AS (
      INSERT INTO sweep_marks (id, procedure_id, kind, subject, at)
      SELECT gen_random_uuid(), procedure_id, ${MARK_DEADLINE_MISSED}, ${missSubject('upd')}, ${ts(now)} FROM upd
      ON CONFLICT (kind, subject) DO NOTHING
      RETURNING subject
    ), fresh AS (
      SELECT upd.* FROM upd JOIN marks ON marks.subject = ${missSubject('upd')}
    )
    ${bulkChangeCtes('missed', actor, now, {
      from: 'fresh',
      procedureId: Prisma.sql`procedure_id`,
      action: 'deadline.missed',
      entityType: 'procedure',
      entityId: Prisma.sql`procedure_id::text`,
      changes: Prisma.sql`jsonb_build_object('deadline', jsonb_build_object('to', kind), 'dueAt', jsonb_build_object('to', ${isoSql(Prisma.sql`due_at`)}))`,
      event: {
        type: 'deadline.missed',
        payload: Prisma.sql`jsonb_build_object('procedureId', procedure_id, 'kind', kind, 'deadlineId', kind || ':' || procedure_id::text,
                                               'dueAt', ${isoSql(Prisma.sql`due_at`)}, 'missedAt', ${now.toISOString()}::text)`,
      },
    })}
    SELECT procedure_id::text AS "procedureId", kind, due_at AS "dueAt", time_zone AS "timeZone" FROM fresh ORDER BY due_at, procedure_id`;
}

/** Marks unanswered questions whose answer is overdue (inquiries.overdue_marked_at). */
export async function markOverdueInquiries(db: Tx, actor: Actor, now: Date, batch: number) {
  return db.$queryRaw<Array<{ inquiryId: string; procedureId: string | null; dueAt: Date }>>`
    WITH due AS (
      SELECT id FROM inquiries
       WHERE answered_at IS NULL AND overdue_marked_at IS NULL AND due_at <= ${ts(now)}
       ORDER BY due_at, id
       LIMIT ${batch}::int
         FOR UPDATE SKIP LOCKED
    ), marked AS (
      UPDATE inquiries q SET overdue_marked_at = ${ts(now)}, updated_at = ${ts(now)}
        FROM due
       WHERE q.id = due.id AND q.overdue_marked_at IS NULL AND q.answered_at IS NULL
      RETURNING q.id, q.procedure_id, q.due_at
    )
    ${bulkChangeCtes('overdue', actor, now, {
      from: 'marked',
      procedureId: Prisma.sql`procedure_id`,
      action: 'inquiry.overdue',
      entityType: 'inquiry',
      entityId: Prisma.sql`id::text`,
      changes: Prisma.sql`jsonb_build_object('overdueMarkedAt', jsonb_build_object('from', NULL, 'to', ${now.toISOString()}::text))`,
      event: {
        type: 'inquiry.overdue',
        payload: Prisma.sql`jsonb_build_object('inquiryId', id, 'procedureId', procedure_id, 'dueAt', ${isoSql(Prisma.sql`due_at`)})`,
      },
    })}
    SELECT id::text AS "inquiryId", procedure_id::text AS "procedureId", due_at AS "dueAt" FROM marked ORDER BY due_at, id`;
}

/** Records (once) that a headhunted candidate was not told within a month that the agency holds their data. */
export async function markOverdueHeadhuntedNotices(db: Tx, actor: Actor, now: Date, batch: number) {
  return db.$queryRaw<Array<{ candidateId: string; procedureId: string | null; dueAt: Date }>>`
    WITH due AS (
      SELECT c.id, ${headhuntedDueSql} AS due_at,
             (SELECT a.procedure_id FROM applications a WHERE a.candidate_id = c.id ORDER BY a.created_at, a.id LIMIT 1) AS procedure_id
        FROM candidates c
       WHERE c.source = 'agency_search' AND c.informed_at IS NULL AND c.erased_at IS NULL
         AND c.created_at <= ${ts(new Date(now.getTime() - 27 * DAY_MS))}
         AND ${headhuntedDueSql} <= ${ts(now)}
         AND NOT EXISTS (SELECT 1 FROM sweep_marks sm WHERE sm.kind = ${MARK_NOTICE_OVERDUE} AND sm.subject = c.id::text)
       ORDER BY c.created_at, c.id
       LIMIT ${batch}::int
    ), marks AS (
      INSERT INTO sweep_marks (id, procedure_id, kind, subject, at)
      SELECT gen_random_uuid(), procedure_id, ${MARK_NOTICE_OVERDUE}, id::text, ${ts(now)} FROM due
      ON CONFLICT (kind, subject) DO NOTHING
      RETURNING subject
    ), fresh AS (
      SELECT due.* FROM due JOIN marks ON marks.subject = due.id::text
    )
    ${bulkChangeCtes('notice', actor, now, {
      from: 'fresh',
      procedureId: Prisma.sql`procedure_id`,
      action: 'candidate.notice_overdue',
      entityType: 'candidate',
      entityId: Prisma.sql`id::text`,
      changes: Prisma.sql`jsonb_build_object('noticeDueAt', jsonb_build_object('to', ${isoSql(Prisma.sql`due_at`)}))`,
      event: {
        type: 'candidate.notice_overdue',
        payload: Prisma.sql`jsonb_build_object('candidateId', id, 'procedureId', procedure_id, 'dueAt', ${isoSql(Prisma.sql`due_at`)})`,
      },
    })}
    SELECT id::text AS "candidateId", procedure_id::text AS "procedureId", due_at AS "dueAt" FROM fresh ORDER BY due_at, id`;
}

/** Marks of uploads stored before `cutoff` and never registered, oldest first. */
export function dueUnregisteredMarks(db: Tx, cutoff: Date, limit: number) {
  return db.sweepMark.findMany({
    where: { kind: MARK_CONTENT_UNREGISTERED, at: { lt: cutoff } },
    select: { subject: true },
    orderBy: { at: 'asc' },
    take: limit,
  });
}

/** Of the given marks, those this transaction could lock; marks locked by another sweep are skipped. */
export function claimUnregisteredMarks(tx: Tx, subjects: string[]) {
  return tx.$queryRaw<Array<{ subject: string }>>`
            SELECT subject FROM sweep_marks WHERE kind = ${MARK_CONTENT_UNREGISTERED} AND subject = ANY(${subjects}::text[])
               FOR UPDATE SKIP LOCKED`;
}

/** The documents that refer to the given stored content. */
export function documentsStoredAt(tx: Tx, keys: string[]) {
  return tx.document.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } });
}

export function deleteUnregisteredMarks(tx: Tx, subjects: string[]) {
  return tx.sweepMark.deleteMany({ where: { kind: MARK_CONTENT_UNREGISTERED, subject: { in: subjects } } });
}
