import type { Tx } from '../../db/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { Actor } from '../../lib/actor.js';
import { likeTerm } from '../../lib/like.js';
import { ts } from '../../db/sql.js';
import { bulkChangeCtes, bulkStageMoveCtes } from '../../db/bulk-change.js';
import { ERASED_RESPONSE, erasureAssignments, genericErasureTables, INQUIRIES_OF, PERSONAL_DATA, redactMentions } from '../../domain/personal-data.js';
import { PRIVACY_ZONE } from '../../domain/deadlines.js';
import { FINISHED_PHASES } from '../../domain/procedure-changes.js';
import { ACTIVE_STAGES } from '../../domain/stage-graph.js';
import { interviewHistory } from '../interviews/index.js';

/** Stored content that an erasure has released and that is still to be removed from the document store. */
export const MARK_CONTENT_DELETE = 'document_content_delete';

/**
 * Of the given candidates, those not yet erased whose erasure is due at `now`
 * under the retention rule (candidates.retention_due_at, kept by triggers),
 * locked for this transaction; candidates locked by another transaction
 * (another sweep erasing them) are skipped.
 */
export async function claimDueErasures(tx: Tx, ids: string[], now: Date): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id::text AS id FROM candidates
     WHERE id = ANY(${ids}::uuid[]) AND erased_at IS NULL AND retention_due_at <= ${ts(now)}
     ORDER BY id
       FOR UPDATE SKIP LOCKED`;
  return rows.map((r) => r.id);
}

/** Candidates whose erasure has come due, oldest due first. */
export async function findDueErasures(db: Tx, now: Date, limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT id::text AS id FROM candidates
     WHERE erased_at IS NULL AND retention_due_at <= ${ts(now)}
     ORDER BY retention_due_at, id
     LIMIT ${limit}::int`;
  return rows.map((r) => r.id);
}

/**
 * Withdraws the applications of candidates who asked to be erased while a
 * procedure of theirs is still running (stage -> withdrawn, with a stage
 * change, an audit entry and an application.withdrawn event each).
 */
export async function withdrawRunningApplications(tx: Tx, actor: Actor, now: Date, ids: string[]) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    WITH old AS (
      SELECT a.id, a.procedure_id, a.candidate_id, a.stage AS from_stage
        FROM applications a
        JOIN procedures p ON p.id = a.procedure_id
       WHERE a.candidate_id = ANY(${ids}::uuid[])
         AND a.stage::text = ANY(${ACTIVE_STAGES}::text[])
         AND p.phase::text <> ALL(${FINISHED_PHASES}::text[])
         FOR UPDATE OF a
    )
    ${bulkStageMoveCtes('withdrawn', actor, now, { from: 'old', to: 'withdrawn', reason: null, reasonCategory: null })}
    ${bulkChangeCtes('withdrawn', actor, now, {
      from: 'old',
      procedureId: Prisma.sql`procedure_id`,
      action: 'application.withdrawn',
      entityType: 'application',
      entityId: Prisma.sql`id::text`,
      changes: Prisma.sql`jsonb_build_object('stage', jsonb_build_object('from', from_stage::text, 'to', 'withdrawn'))`,
      reason: 'The candidate asked for their data to be erased.',
      event: {
        type: 'application.withdrawn',
        payload: Prisma.sql`jsonb_build_object('applicationId', id, 'procedureId', procedure_id, 'candidateId', candidate_id,
                                               'from', from_stage::text, 'to', 'withdrawn', 'kind', 'withdraw', 'reasonCategory', NULL,
                                               'overQuota', false, 'erasureRequested', true)`,
      },
    })}
    SELECT id::text AS id FROM old`;
  return rows.length;
}

export interface ErasedCandidate {
  candidateId: string;
  applications: number;
  documents: number;
}

/**
 * The ids of every record about the candidates and the personal values that
 * identify them (names, e-mail address): what an erased person's stored
 * Idempotency-Key responses are recognised by.
 */
async function traces(tx: Tx, ids: string[]): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ t: string | null }>>(
    `WITH apps AS (SELECT id FROM applications WHERE candidate_id = ANY($1::uuid[]))
     SELECT unnest($1::text[]) AS t
     UNION SELECT id::text FROM apps
     UNION SELECT id::text FROM documents WHERE application_id IN (SELECT id FROM apps)
     UNION SELECT id::text FROM stage_changes WHERE application_id IN (SELECT id FROM apps)
     UNION SELECT id::text FROM interviews WHERE application_id IN (SELECT id FROM apps)
     UNION SELECT e.id::text FROM evaluations e JOIN interviews i ON i.id = e.interview_id WHERE i.application_id IN (SELECT id FROM apps)
     UNION SELECT id::text FROM reference_checks WHERE application_id IN (SELECT id FROM apps)
     UNION SELECT id::text FROM application_notes WHERE application_id IN (SELECT id FROM apps)
     UNION SELECT id::text FROM offers WHERE application_id IN (SELECT id FROM apps)
     UNION SELECT id::text FROM consents WHERE candidate_id = ANY($1::uuid[])
     UNION SELECT id::text FROM data_subject_requests WHERE candidate_id = ANY($1::uuid[])
     UNION SELECT id::text FROM inquiries WHERE ${INQUIRIES_OF}
     UNION SELECT email FROM candidates WHERE id = ANY($1::uuid[])
     UNION SELECT last_name FROM candidates WHERE id = ANY($1::uuid[]) AND length(last_name) >= 3
     UNION SELECT first_name || ' ' || last_name FROM candidates WHERE id = ANY($1::uuid[])`,
    ids,
  );
  return rows.map((r) => r.t).filter((t): t is string => t !== null && t.length > 0);
}

const likeEscape = (t: string) => `%${likeTerm(t)}%`;

/**
 * Stored Idempotency-Key responses that hold an id of a record about the
 * candidates or one of their personal values keep their row, so that a retry
 * still is not carried out twice, but lose what they held: a replay answers
 * 410 RESPONSE_ERASED.
 */
async function eraseStoredResponses(tx: Tx, ids: string[]) {
  const patterns = (await traces(tx, ids)).map(likeEscape);
  await tx.$executeRaw`
    UPDATE idempotency_keys
       SET path = '[erased]', response_status = ${ERASED_RESPONSE.status}::int,
           response_headers = ${JSON.stringify(ERASED_RESPONSE.headers)}::jsonb, response_body = ${ERASED_RESPONSE.body}
     WHERE (response_body ILIKE ANY(${patterns}::text[]) OR path ILIKE ANY(${patterns}::text[]) OR response_headers::text ILIKE ANY(${patterns}::text[]))
       AND response_body IS DISTINCT FROM ${ERASED_RESPONSE.body}`;
}

/**
 * Free text about a procedure that may name its candidates (the written
 * justification of a stage closed outside its bounds): the erased person's
 * names and e-mail address are replaced by [erased] in the stages of every
 * procedure they applied to.
 */
async function eraseMentions(tx: Tx, ids: string[]) {
  const rows = await tx.$queryRaw<Array<{ id: string; justification: string; terms: Array<string | null> }>>`
    SELECT s.id::text AS id, s.justification,
           array_agg(t.term) AS terms
      FROM stages s
      JOIN applications a ON a.procedure_id = s.procedure_id AND a.candidate_id = ANY(${ids}::uuid[])
      JOIN candidates c ON c.id = a.candidate_id
     CROSS JOIN LATERAL (VALUES (c.first_name), (c.last_name), (c.email), (c.first_name || ' ' || c.last_name)) AS t(term)
     WHERE s.justification IS NOT NULL
     GROUP BY s.id, s.justification`;
  for (const row of rows) {
    const redacted = redactMentions(row.justification, row.terms);
    if (redacted !== row.justification) {
      await tx.$executeRaw`UPDATE stages SET justification = ${redacted} WHERE id = ${row.id}::uuid`;
    }
  }
}

/**
 * Erases the personal data of candidates (locked by the caller, not yet
 * erased) in one transaction, for all of them at once, as the registry of
 * personal data (src/domain/personal-data.ts) says column by column:
 *  - every candidate column of its tables (candidate, application, stage
 *    changes, interviews and their histories, evaluations, consents, reference
 *    checks, questions) is set to NULL, `[erased]` or its anonymous form; ids,
 *    codes, dates and scores stay, an anonymous record for the procedure's
 *    statistics and audit; the candidate row stays as an anonymous id with its
 *    source and erasedAt;
 *  - every document of their applications, current and superseded: the row
 *    keeps kind, size and dates for the statistics, loses its file name,
 *    hash and storage key; the content is removed from the store after the
 *    commit (`storageKeys`, also recorded in sweep_marks so that a sweep
 *    finishes the removal if this process stops before);
 *  - the notes on their applications are deleted;
 *  - their names and e-mail address in stage justifications of their procedures;
 *  - stored Idempotency-Key responses about them.
 * Audit entries and events never hold personal values (recordChange redacts
 * them when written), so they stay as they are. One candidate.erased event per
 * person, without personal data.
 */
export async function eraseCandidates(
  tx: Tx,
  actor: Actor,
  now: Date,
  ids: string[],
  reason: string,
  cause: 'retention' | 'request',
): Promise<{ erased: ErasedCandidate[]; storageKeys: string[] }> {
  if (ids.length === 0) return { erased: [], storageKeys: [] };
  const documents = await tx.$queryRaw<Array<{ candidateId: string; storageKey: string | null }>>`
    WITH old AS (
      SELECT d.id, d.storage_key, a.candidate_id
        FROM documents d JOIN applications a ON a.id = d.application_id
       WHERE a.candidate_id = ANY(${ids}::uuid[]) AND d.erased_at IS NULL
         FOR UPDATE OF d
    ), erased AS (
      UPDATE documents d SET storage_key = NULL, file_name = NULL, sha256 = 'erased', erased_at = ${ts(now)}
        FROM old WHERE d.id = old.id
      RETURNING d.id
    ), pending AS (
      INSERT INTO sweep_marks (id, procedure_id, kind, subject, at)
      SELECT gen_random_uuid(), NULL, ${MARK_CONTENT_DELETE}, storage_key, ${ts(now)} FROM old WHERE storage_key IS NOT NULL
      ON CONFLICT (kind, subject) DO NOTHING
    )
    SELECT candidate_id::text AS "candidateId", storage_key AS "storageKey" FROM old`;
  // Read before the rows they are recognised by are erased.
  await eraseStoredResponses(tx, ids);
  await eraseMentions(tx, ids);
  // The agency's notes on their applications are about them and nothing else: they go entirely.
  await tx.$executeRaw`DELETE FROM application_notes WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = ANY(${ids}::uuid[]))`;
  for (const table of genericErasureTables()) {
    if (table === 'candidates' || table === 'applications') continue;
    const { rows, touch } = PERSONAL_DATA[table]!;
    const set = [...erasureAssignments(table), ...(touch ? [touch] : [])];
    await tx.$executeRawUnsafe(`UPDATE "${table}" SET ${set.join(', ')} WHERE ${rows}`, ids, ...(touch ? [now.toISOString()] : []));
  }
  const applications = await tx.$queryRaw<Array<{ candidateId: string; n: number }>>`
    WITH erased AS (
      UPDATE applications SET ${Prisma.raw(erasureAssignments('applications').join(', '))}, erased_at = ${ts(now)}, version = version + 1, updated_at = ${ts(now)}
       WHERE candidate_id = ANY(${ids}::uuid[])
      RETURNING id, procedure_id, candidate_id
    )
    ${bulkChangeCtes('app', actor, now, {
      from: 'erased',
      procedureId: Prisma.sql`procedure_id`,
      action: 'application.erased',
      entityType: 'application',
      entityId: Prisma.sql`id::text`,
      changes: Prisma.sql`jsonb_build_object('erasedAt', jsonb_build_object('from', NULL, 'to', ${now.toISOString()}::text),
                                             'personalData', jsonb_build_object('from', '[personal data]', 'to', NULL))`,
      reason,
    })}
    SELECT candidate_id::text AS "candidateId", count(*)::int AS n FROM erased GROUP BY candidate_id`;
  const candidates = await tx.$queryRaw<Array<{ id: string }>>`
    WITH erased AS (
      UPDATE candidates
         SET ${Prisma.raw(erasureAssignments('candidates').join(', '))},
             erased_at = ${ts(now)}, version = version + 1, updated_at = ${ts(now)}
       WHERE id = ANY(${ids}::uuid[]) AND erased_at IS NULL
      RETURNING id
    ), counted AS (
      SELECT e.id,
             (SELECT count(*) FROM applications a WHERE a.candidate_id = e.id)::int AS applications,
             (SELECT count(*) FROM documents d JOIN applications a ON a.id = d.application_id
               WHERE a.candidate_id = e.id AND d.erased_at = ${ts(now)})::int AS documents
        FROM erased e
    )
    ${bulkChangeCtes('cand', actor, now, {
      from: 'counted',
      procedureId: Prisma.sql`NULL::uuid`,
      action: 'candidate.erased',
      entityType: 'candidate',
      entityId: Prisma.sql`id::text`,
      changes: Prisma.sql`jsonb_build_object('erasedAt', jsonb_build_object('from', NULL, 'to', ${now.toISOString()}::text),
                                             'personalData', jsonb_build_object('from', '[personal data]', 'to', NULL))`,
      reason,
      event: {
        type: 'candidate.erased',
        payload: Prisma.sql`jsonb_build_object('candidateId', id, 'cause', ${cause}::text, 'erasedAt', ${now.toISOString()}::text,
                                               'applications', applications, 'documents', documents)`,
      },
    })}
    SELECT id::text AS id FROM counted`;
  const appCount = new Map(applications.map((a) => [a.candidateId, a.n]));
  const docCount = new Map<string, number>();
  for (const d of documents) docCount.set(d.candidateId, (docCount.get(d.candidateId) ?? 0) + 1);
  return {
    erased: candidates.map((c) => ({ candidateId: c.id, applications: appCount.get(c.id) ?? 0, documents: docCount.get(c.id) ?? 0 })),
    storageKeys: documents.map((d) => d.storageKey).filter((k): k is string => k !== null),
  };
}

/** Content still to be removed from the document store after erasures. */
export async function pendingContentDeletes(db: Tx, limit: number): Promise<string[]> {
  const rows = await db.sweepMark.findMany({ where: { kind: MARK_CONTENT_DELETE }, select: { subject: true }, orderBy: { at: 'asc' }, take: limit });
  return rows.map((r) => r.subject);
}

/** Locks the marks of these keys that no other transaction holds; the caller removes their content. */
export async function claimContentDeletes(tx: Tx, keys: string[]): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ subject: string }>>`
    SELECT subject FROM sweep_marks WHERE kind = ${MARK_CONTENT_DELETE} AND subject = ANY(${keys}::text[])
       FOR UPDATE SKIP LOCKED`;
  return rows.map((r) => r.subject);
}

export async function contentDeleted(db: Tx, keys: string[]) {
  await db.sweepMark.deleteMany({ where: { kind: MARK_CONTENT_DELETE, subject: { in: keys } } });
}

/**
 * Questions that belong to no candidate (not linked, and not recognised as a
 * candidate's when that candidate was erased) lose their sender's name,
 * address and subject four weeks (28 local days, Europe/Amsterdam) after
 * they were answered; the question stays as channel and dates. An
 * unanswered question keeps them until it is answered.
 */
export async function eraseAnsweredStrangerInquiries(tx: Tx, actor: Actor, now: Date): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ n: number }>>`
    WITH erased AS (
      UPDATE inquiries SET ${Prisma.raw(erasureAssignments('inquiries').join(', '))}, updated_at = ${ts(now)}
       WHERE candidate_id IS NULL AND answered_at IS NOT NULL
         AND timezone(${PRIVACY_ZONE}, timezone(${PRIVACY_ZONE}, answered_at) + interval '28 days') <= ${ts(now)}
         AND (from_name IS NOT NULL OR from_email IS NOT NULL OR subject IS NOT NULL)
      RETURNING id, procedure_id
    )
    ${bulkChangeCtes('inq', actor, now, {
      from: 'erased',
      procedureId: Prisma.sql`procedure_id`,
      action: 'inquiry.sender_erased',
      entityType: 'inquiry',
      entityId: Prisma.sql`id::text`,
      changes: Prisma.sql`jsonb_build_object('personalData', jsonb_build_object('from', '[personal data]', 'to', NULL))`,
      reason: 'Four weeks after the answer to a question that belongs to no candidate.',
    })}
    SELECT count(*)::int AS n FROM erased`;
  return rows[0]?.n ?? 0;
}

/** The candidate row itself, without relations. */
export function findCandidateRow(db: Tx, id: string) {
  return db.candidate.findUnique({ where: { id } });
}

/** Records that an agency-search candidate was told, unless that was recorded meanwhile. */
export function markCandidateInformed(tx: Tx, candidateId: string, informedAt: Date, now: Date) {
  return tx.candidate.updateMany({
    where: { id: candidateId, informedAt: null },
    data: { informedAt, version: { increment: 1 }, updatedAt: now },
  });
}

export function consentsOfCandidate(db: Tx, candidateId: string) {
  return db.consent.findMany({ where: { candidateId }, orderBy: [{ givenAt: 'asc' }, { createdAt: 'asc' }] });
}

export function findConsentWithProcedure(tx: Tx, consentId: string) {
  return tx.consent.findUnique({ where: { id: consentId }, include: { application: { select: { procedureId: true } } } });
}

/** The application a reference-check consent is given for, with its procedure's phase. */
export function findApplicationForConsent(tx: Tx, applicationId: string) {
  return tx.application.findUnique({
    where: { id: applicationId },
    select: { id: true, candidateId: true, procedureId: true, stage: true, procedure: { select: { phase: true } } },
  });
}

/** A person's unanswered requests of a kind, oldest first. */
export function pendingRequests(tx: Tx, candidateId: string, kind: 'access' | 'erasure') {
  return tx.dataSubjectRequest.findMany({
    where: { candidateId, kind, answeredAt: null },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
  });
}

export function markRequestsAnswered(tx: Tx, ids: string[], answeredAt: Date) {
  return tx.dataSubjectRequest.updateMany({ where: { id: { in: ids }, answeredAt: null }, data: { answeredAt } });
}

export function createRequest(tx: Tx, data: { candidateId: string | null; kind: string; receivedAt: Date; dueAt: Date; answeredAt?: Date }) {
  return tx.dataSubjectRequest.create({ data });
}

export function findRequest(tx: Tx, id: string) {
  return tx.dataSubjectRequest.findUnique({ where: { id } });
}

/** Answers a request, unless it was answered meanwhile. */
export function answerRequest(tx: Tx, id: string, answeredAt: Date) {
  return tx.dataSubjectRequest.updateMany({ where: { id, answeredAt: null }, data: { answeredAt } });
}

export function listRequests(
  db: Tx,
  q: { after: { at: Date; id: string } | null; candidateId?: string; kind?: 'access' | 'erasure'; answered?: boolean; limit: number },
) {
  const { after } = q;
  return db.dataSubjectRequest.findMany({
    where: {
      AND: [
        after ? { OR: [{ receivedAt: { gt: after.at } }, { receivedAt: after.at, id: { gt: after.id } }] } : {},
        q.candidateId ? { candidateId: q.candidateId } : {},
        q.kind ? { kind: q.kind } : {},
        q.answered === undefined ? {} : { answeredAt: q.answered ? { not: null } : null },
      ],
    },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

export function requestsOfCandidate(tx: Tx, candidateId: string) {
  return tx.dataSubjectRequest.findMany({ where: { candidateId }, orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }] });
}

/** Every application of a person with everything held in it, for an access request. */
export async function applicationsForExport(tx: Tx, candidateId: string) {
  const rows = await tx.application.findMany({
    where: { candidateId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: {
      procedure: { select: { id: true, title: true, reference: true, phase: true } },
      stageChanges: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
      documents: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      interviews: { orderBy: { startsAt: 'asc' }, include: { evaluations: { orderBy: { submittedAt: 'asc' } } } },
      referenceChecks: { orderBy: { createdAt: 'asc' } },
      notes: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      offer: true,
      appointment: true,
    },
  });
  // The interviews' `history` JSON column parsed here, where it is read.
  return rows.map((a) => ({ ...a, interviews: a.interviews.map((i) => ({ ...i, history: interviewHistory.parse(i.history ?? []) })) }));
}

/** The inquiries that are about a person (INQUIRIES_OF). */
export function inquiriesOfCandidate(tx: Tx, candidateId: string) {
  return tx
    .$queryRawUnsafe<Array<{ id: string }>>(`SELECT id::text AS id FROM inquiries WHERE ${INQUIRIES_OF}`, [candidateId])
    .then((ids) => tx.inquiry.findMany({ where: { id: { in: ids.map((i) => i.id) } }, orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }] }));
}

/** The stage justifications written in the given procedures. */
export function stageJustifications(tx: Tx, procedureIds: string[]) {
  return tx.stage.findMany({
    where: { procedureId: { in: procedureIds }, justification: { not: null } },
    select: { procedureId: true, name: true, justification: true },
    orderBy: [{ procedureId: 'asc' }, { name: 'asc' }],
  });
}

/** Locks the procedures of a person's applications, in id order. */
export async function lockProceduresOfCandidate(tx: Tx, candidateId: string) {
  await tx.$queryRaw`
          SELECT p.id FROM procedures p
           WHERE p.id IN (SELECT a.procedure_id FROM applications a WHERE a.candidate_id = ${candidateId}::uuid)
           ORDER BY p.id FOR UPDATE OF p`;
}

export function lockCandidate(tx: Tx, candidateId: string) {
  return tx.$queryRaw<Array<{ id: string; erased_at: Date | null }>>`
          SELECT id::text AS id, erased_at FROM candidates WHERE id = ${candidateId}::uuid FOR UPDATE`;
}

/** A person's applications with their stage and their procedure's phase. */
export function applicationStagesOfCandidate(tx: Tx, candidateId: string) {
  return tx.application.findMany({
    where: { candidateId },
    select: { id: true, stage: true, procedureId: true, procedure: { select: { phase: true } } },
  });
}
