import type { Tx } from '../../db/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { Actor } from '../../lib/actor.js';
import { ts } from '../deadlines/deadlines.repository.js';
import { bulkChangeCtes } from '../jobs/bulk-change.js';

/** Stored content that an erasure has released and that is still to be removed from the document store. */
export const MARK_CONTENT_DELETE = 'document_content_delete';

/** Stages in which a candidate is still taking part; an erasure on request withdraws such applications. */
const ACTIVE_STAGES = ['applied', 'preselected', 'shortlisted', 'interviewed', 'nominated'];

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
         AND p.phase NOT IN ('completed', 'cancelled')
         FOR UPDATE OF a
    ), moved AS (
      UPDATE applications a SET stage = 'withdrawn', version = a.version + 1, updated_at = ${ts(now)}
        FROM old WHERE a.id = old.id
      RETURNING a.id
    ), history AS (
      INSERT INTO stage_changes (id, application_id, from_stage, to_stage, reason, reason_category, actor, at)
      SELECT gen_random_uuid(), id, from_stage, 'withdrawn', NULL, NULL, ${actor.id}::text, ${ts(now)} FROM old
    )
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
 * Erases the personal data of candidates (locked by the caller, not yet
 * erased) in one transaction, for all of them at once:
 *  - the candidate's personal fields (names, e-mail, phone, city, position,
 *    organisation, LinkedIn, notes); the row stays as an anonymous id with
 *    its source and erasedAt;
 *  - every document of their applications, current and superseded: the row
 *    keeps kind, size and dates for the statistics, loses its file name,
 *    hash and storage key; the content is removed from the store after the
 *    commit (`storageKeys`, also recorded in sweep_marks so that a sweep
 *    finishes the removal if this process stops before);
 *  - the agency's motivation on the application and the free-text reasons
 *    of its stage changes; the stages, dates and reason categories stay, an
 *    anonymous record for the procedure's statistics and audit;
 *  - name, e-mail and subject of their questions (linked, or from the same
 *    address);
 *  - referees' names, contact data and notes (the outcome stays);
 *  - the free-text notes of evaluations about them (scores and advice stay
 *    as anonymous statistics).
 * Audit entries never hold personal values (they are redacted when written,
 * and free-text reasons about a person stay in stage changes and interview
 * histories, cleared here), so they stay as they are. One candidate.erased event per person, without
 * personal data.
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
  const emails = await tx.$queryRaw<Array<{ email: string }>>`
    SELECT email_normalized AS email FROM candidates WHERE id = ANY(${ids}::uuid[]) AND email_normalized IS NOT NULL`;
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
  const applications = await tx.$queryRaw<Array<{ candidateId: string; n: number }>>`
    WITH erased AS (
      UPDATE applications SET agency_motivation = NULL, erased_at = ${ts(now)}, version = version + 1, updated_at = ${ts(now)}
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
  await tx.$executeRaw`
    UPDATE stage_changes sc SET reason = NULL
      FROM applications a
     WHERE sc.application_id = a.id AND a.candidate_id = ANY(${ids}::uuid[]) AND sc.reason IS NOT NULL`;
  // Reasons given when their interviews were moved or cancelled, and the
  // scope text of their consents, are free text about them too.
  await tx.$executeRaw`
    UPDATE interviews i
       SET history = (SELECT COALESCE(jsonb_agg(h - 'reason'), '[]'::jsonb) FROM jsonb_array_elements(i.history) h)
      FROM applications a
     WHERE i.application_id = a.id AND a.candidate_id = ANY(${ids}::uuid[]) AND jsonb_array_length(i.history) > 0`;
  await tx.$executeRaw`
    UPDATE consents SET scope = '[erased]' WHERE candidate_id = ANY(${ids}::uuid[])`;
  // Stored Idempotency-Key responses may repeat their data (kept 24 hours at most).
  await tx.$executeRaw`
    DELETE FROM idempotency_keys WHERE response_body LIKE ANY(${ids.map((id) => `%${id}%`)}::text[])`;
  await tx.$executeRaw`
    UPDATE inquiries SET from_name = NULL, from_email = NULL, subject = NULL, updated_at = ${ts(now)}
     WHERE (candidate_id = ANY(${ids}::uuid[]) OR lower(from_email) = ANY(${emails.map((e) => e.email)}::text[]))
       AND (from_name IS NOT NULL OR from_email IS NOT NULL OR subject IS NOT NULL)`;
  await tx.$executeRaw`
    UPDATE reference_checks r
       SET referee_name = '[erased]', contact = NULL, notes = NULL, resolution_note = NULL, updated_at = ${ts(now)}, version = r.version + 1
      FROM applications a
     WHERE r.application_id = a.id AND a.candidate_id = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`
    UPDATE evaluations e
       SET notes = NULL,
           ratings = (SELECT COALESCE(jsonb_object_agg(r.key, jsonb_build_object('score', r.value -> 'score', 'notes', NULL)), '{}'::jsonb)
                        FROM jsonb_each(e.ratings) r)
      FROM interviews i JOIN applications a ON a.id = i.application_id
     WHERE e.interview_id = i.id AND a.candidate_id = ANY(${ids}::uuid[])`;
  const candidates = await tx.$queryRaw<Array<{ id: string }>>`
    WITH erased AS (
      UPDATE candidates
         SET first_name = NULL, last_name = NULL, email = NULL, email_normalized = NULL, phone = NULL, city = NULL,
             current_position = NULL, current_organisation = NULL, linkedin_url = NULL, notes = NULL,
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
