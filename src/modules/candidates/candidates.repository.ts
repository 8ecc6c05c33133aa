import { likeTerm } from '../../lib/like.js';
import type { Db, Tx } from '../../db/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { CandidateSource } from '../../generated/prisma/enums.js';
import { afterUpdatedCursor, type Cursor } from '../../lib/pagination.js';

/** The last stage change of an application (when its current stage was entered), if any, as the applications module reads it. */
const lastStageChange = {
  select: { at: true as const },
  orderBy: [{ at: 'desc' as const }, { id: 'desc' as const }],
  take: 1,
} satisfies Prisma.Application$stageChangesArgs;

export const candidateInclude = {
  applications: {
    select: { id: true, procedureId: true, stage: true, source: true, receivedAt: true, stageChanges: lastStageChange },
    orderBy: { createdAt: 'asc' as const },
  },
} satisfies Prisma.CandidateInclude;

export type CandidateRow = Prisma.CandidateGetPayload<{ include: typeof candidateInclude }>;

/** The form in which e-mail addresses are compared: the same mailbox in any letter case is one person. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findCandidate(db: Tx, id: string) {
  return db.candidate.findUnique({ where: { id }, include: candidateInclude });
}

/** Whether the candidate exists (their id, or null). */
export function findCandidateId(db: Tx, id: string) {
  return db.candidate.findUnique({ where: { id }, select: { id: true } });
}

export function findCandidateIdByEmail(db: Tx, email: string) {
  return db.candidate.findUnique({ where: { emailNormalized: normalizeEmail(email) }, select: { id: true } });
}

export function listCandidates(db: Tx, q: { limit: number; cursor?: Cursor; updatedSince?: Date; search?: string; source?: CandidateSource }) {
  const terms = (q.search ?? '').normalize('NFC').split(/\s+/).filter(Boolean).slice(0, 8);
  return db.candidate.findMany({
    where: {
      AND: [
        afterUpdatedCursor(q.cursor),
        q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {},
        q.source ? { source: q.source } : {},
        ...terms.map((term) => ({
          OR: [
            { firstName: { contains: likeTerm(term), mode: 'insensitive' as const } },
            { lastName: { contains: likeTerm(term), mode: 'insensitive' as const } },
            { emailNormalized: { contains: likeTerm(term.toLowerCase()) } },
          ],
        })),
      ],
    },
    include: candidateInclude,
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
  });
}

export function insertCandidateRow(tx: Tx, data: Prisma.CandidateUncheckedCreateInput) {
  return tx.candidate.create({ data });
}

/** Changes a candidate at the version read, unless it changed meanwhile. */
export function updateCandidateAt(tx: Tx, id: string, version: number, data: Prisma.CandidateUncheckedUpdateManyInput) {
  return tx.candidate.updateMany({ where: { id, version }, data });
}

/** How close (pg_trgm word similarity, 0..1) a query must come to a name or e-mail address to match. */
export const SEARCH_THRESHOLD = 0.5;

/**
 * Candidates whose unaccented lower-case full name (or, when `matchEmail`,
 * e-mail address) resembles the query, best match first: pg_trgm's word
 * similarity over candidate_search_name and f_unaccent
 * (prisma/migrations/20261129211000_candidate_search), served by their
 * trigram indexes; the threshold is set for its own transaction. Erased candidates are never found. `onlyIds` narrows the
 * search to the candidates a viewer may see.
 */
export function searchCandidates(db: Db, q: { query: string; limit: number; matchEmail: boolean; onlyIds?: string[] }) {
  const only = q.onlyIds ? Prisma.sql`AND c.id = ANY(${q.onlyIds}::uuid[])` : Prisma.empty;
  const emailScore = q.matchEmail ? Prisma.sql`coalesce(word_similarity(s.q, lower(f_unaccent(c.email_normalized))), 0)` : Prisma.sql`0`;
  const emailMatch = q.matchEmail ? Prisma.sql`OR s.q <% lower(f_unaccent(c.email_normalized))` : Prisma.empty;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(SEARCH_THRESHOLD)}, true)`;
    return tx.$queryRaw<Array<{ id: string; score: number }>>`
      WITH s AS (SELECT lower(f_unaccent(${q.query})) AS q)
      SELECT c.id::text AS id,
             greatest(word_similarity(s.q, candidate_search_name(c.first_name, c.last_name)), ${emailScore})::float8 AS score
        FROM candidates c, s
       WHERE c.erased_at IS NULL
         AND (s.q <% candidate_search_name(c.first_name, c.last_name) ${emailMatch})
         ${only}
       ORDER BY score DESC, c.last_name, c.first_name, c.id
       LIMIT ${q.limit}`;
  });
}

/** The candidates' applications that pass `visible`, with their procedure's title, for search results. */
export function findSearchApplications(db: Tx, candidateIds: string[], visible: Prisma.ApplicationWhereInput) {
  return db.application.findMany({
    where: { candidateId: { in: candidateIds }, AND: [visible] },
    select: {
      id: true,
      candidateId: true,
      procedureId: true,
      stage: true,
      receivedAt: true,
      stageChanges: lastStageChange,
      procedure: { select: { title: true } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

/** The ids of the candidates with an application that passes `visible` (a committee key's procedure). */
export async function findVisibleCandidateIds(db: Tx, visible: Prisma.ApplicationWhereInput) {
  const rows = await db.application.findMany({ where: visible, select: { candidateId: true }, distinct: ['candidateId'] });
  return rows.map((r) => r.candidateId);
}

/** Candidates' names and e-mail addresses by id, for search results. */
export function findCandidatesByIds(db: Tx, ids: string[]) {
  return db.candidate.findMany({ where: { id: { in: ids } }, select: { id: true, firstName: true, lastName: true, email: true } });
}
