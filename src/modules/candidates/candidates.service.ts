import type { Db, Tx } from '../../db/client.js';
import { CANDIDATE_PERSONAL_FIELDS } from '../../domain/candidate.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { staleVersion } from '../../lib/http.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { diff, recordChange } from '../../db/audit.js';
import { stageEnteredAt } from '../../domain/stage-history.js';
import { applicationListDetail, candidateSearchScope, searchesByEmail, type Viewer } from '../../domain/visibility.js';
import { visibleApplicationWhere } from '../../db/visibility-where.js';
import {
  findCandidatesByIds,
  findSearchApplications,
  findVisibleCandidateIds,
  searchCandidates,
  findCandidate,
  findCandidateIdByEmail,
  insertCandidateRow,
  listCandidates,
  normalizeEmail,
  updateCandidateAt,
  type CandidateRow,
} from './candidates.repository.js';
import type { CandidateInput, CandidateListQuery, CandidatePatch, CandidateSearchQuery } from './candidates.schemas.js';

export function toCandidateView(c: CandidateRow) {
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    city: c.city,
    currentPosition: c.currentPosition,
    currentOrganisation: c.currentOrganisation,
    linkedinUrl: c.linkedinUrl,
    source: c.source,
    notes: c.notes,
    applications: c.applications.map((a) => ({
      id: a.id,
      procedureId: a.procedureId,
      stage: a.stage,
      stageEnteredAt: stageEnteredAt(a.receivedAt, a.stageChanges[0]?.at ?? null).toISOString(),
      source: a.source,
    })),
    erasedAt: c.erasedAt ? c.erasedAt.toISOString() : null,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export type CandidateView = ReturnType<typeof toCandidateView>;

export function candidateExists(existingId: string): AppError {
  return conflict(
    'CANDIDATE_EXISTS',
    `A candidate with this e-mail address already exists (${existingId}); use that candidate, for an application send candidateId ${existingId}.`,
    { extensions: { existingCandidateId: existingId }, errors: [{ path: 'body.email', message: 'belongs to an existing candidate' }] },
  );
}

/** True for a unique violation (P2002) whose constraint mentions `column`. */
export function isUniqueViolation(error: unknown, column: string): boolean {
  const e = error as { code?: string; meta?: unknown; message?: string };
  if (e?.code !== 'P2002') return false;
  return JSON.stringify(e.meta ?? {}).includes(column) || String(e.message ?? '').includes(column);
}

/**
 * Turns a lost race on the e-mail address (another request created the same
 * person between our check and our insert) into the same 409 as the check.
 */
export async function rethrowEmailConflict(db: Tx, error: unknown, email: string | null | undefined): Promise<never> {
  if (email && (isUniqueViolation(error, 'email_normalized') || isUniqueViolation(error, 'emailNormalized'))) {
    const existing = await findCandidateIdByEmail(db, email);
    if (existing) throw candidateExists(existing.id);
  }
  throw error;
}

function candidateData(input: Omit<CandidateInput, 'firstName' | 'lastName' | 'source'>) {
  return {
    ...(input.email !== undefined ? { email: input.email ?? null, emailNormalized: input.email ? normalizeEmail(input.email) : null } : {}),
    ...(input.phone !== undefined ? { phone: input.phone ?? null } : {}),
    ...(input.city !== undefined ? { city: input.city ?? null } : {}),
    ...(input.currentPosition !== undefined ? { currentPosition: input.currentPosition ?? null } : {}),
    ...(input.currentOrganisation !== undefined ? { currentOrganisation: input.currentOrganisation ?? null } : {}),
    ...(input.linkedinUrl !== undefined ? { linkedinUrl: input.linkedinUrl ?? null } : {}),
    ...(input.notes !== undefined ? { notes: input.notes ?? null } : {}),
  };
}

/**
 * Creates a candidate inside the caller's transaction, refusing a second
 * person with the same e-mail address; used by the candidates API and by
 * application intake (which creates the candidate with the application).
 */
export async function insertCandidate(tx: Tx, actor: Actor, now: Date, input: CandidateInput, procedureId?: string): Promise<CandidateRow> {
  if (input.email) {
    const existing = await findCandidateIdByEmail(tx, input.email);
    if (existing) throw candidateExists(existing.id);
  }
  const created = await insertCandidateRow(tx, {
    firstName: input.firstName,
    lastName: input.lastName,
    source: input.source,
    ...candidateData(input),
    createdAt: now,
    updatedAt: now,
  });
  const row = (await findCandidate(tx, created.id))!;
  await recordChange(tx, actor, now, {
    procedureId: procedureId ?? null,
    action: 'candidate.created',
    entityType: 'candidate',
    entityId: created.id,
    changes: diff({}, toCandidateView(row), CANDIDATE_PERSONAL_FIELDS),
    event: { type: 'candidate.created', payload: { candidateId: created.id, source: created.source } },
  });
  return row;
}

export function createCandidatesService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async create(actor: Actor, input: CandidateInput) {
      const now = clock.now();
      try {
        return toCandidateView(await db.$transaction((tx) => insertCandidate(tx, actor, now, input)));
      } catch (error) {
        return rethrowEmailConflict(db, error, input.email);
      }
    },

    /**
     * Candidates whose name (or e-mail address) resembles the query, best
     * match first, each with the applications the viewer sees; a committee
     * key finds only the candidates of the applications it sees, by name,
     * and reads no e-mail address.
     */
    async search(viewer: Viewer, query: CandidateSearchQuery) {
      const withEmail = searchesByEmail(viewer);
      // As in a page of applications: agency keys read when the current stage was entered, a committee key the summary only.
      const withStageEntered = applicationListDetail(viewer) === 'agency';
      const visible = visibleApplicationWhere(viewer);
      const onlyIds = candidateSearchScope(viewer).kind === 'all' ? undefined : await findVisibleCandidateIds(db, visible);
      if (onlyIds && onlyIds.length === 0) return { items: [] };
      const hits = await searchCandidates(db, { query: query.q, limit: query.limit, matchEmail: withEmail, onlyIds });
      const ids = hits.map((h) => h.id);
      const [people, applications] = await Promise.all([findCandidatesByIds(db, ids), findSearchApplications(db, ids, visible)]);
      const byId = new Map(people.map((p) => [p.id, p]));
      const items = hits.flatMap((hit) => {
        const person = byId.get(hit.id);
        if (!person) return [];
        return [
          {
            id: person.id,
            firstName: person.firstName,
            lastName: person.lastName,
            ...(withEmail ? { email: person.email } : {}),
            score: Math.round(hit.score * 1000) / 1000,
            applications: applications
              .filter((a) => a.candidateId === person.id)
              .map((a) => ({
                id: a.id,
                procedureId: a.procedureId,
                procedureTitle: a.procedure.title,
                stage: a.stage,
                ...(withStageEntered ? { stageEnteredAt: stageEnteredAt(a.receivedAt, a.stageChanges[0]?.at ?? null).toISOString() } : {}),
              })),
          },
        ];
      });
      return { items };
    },

    async get(id: string) {
      const found = await findCandidate(db, id);
      if (!found) throw notFound('Candidate', id);
      return toCandidateView(found);
    },

    async list(query: CandidateListQuery) {
      const rows = await listCandidates(db, {
        limit: query.limit,
        cursor: decodeCursor(query.cursor),
        updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined,
        search: query.q,
        source: query.source,
      });
      return toPage(rows, query.limit, (c) => ({ k: c.updatedAt.toISOString(), id: c.id }), toCandidateView);
    },

    async update(actor: Actor, id: string, expected: number | undefined, patch: CandidatePatch) {
      const now = clock.now();
      try {
        return await db.$transaction(async (tx) => {
          const current = await findCandidate(tx, id);
          if (!current) throw notFound('Candidate', id);
          if (expected !== undefined && current.version !== expected) throw staleVersion('candidate');
          if (current.erasedAt) {
            throw conflict('CANDIDATE_ERASED', "This candidate's personal data was erased; the record can no longer be changed.");
          }
          const source = patch.source ?? current.source;
          const email = patch.email !== undefined ? patch.email : current.email;
          if (source !== 'agency_search' && !email) {
            throw new AppError(422, 'EMAIL_REQUIRED', 'A candidate from the open call or a referral needs an e-mail address.', {
              errors: [{ path: 'body.email', message: 'is required for a candidate from the open call or a referral' }],
            });
          }
          if (patch.email && normalizeEmail(patch.email) !== current.emailNormalized) {
            const other = await findCandidateIdByEmail(tx, patch.email);
            if (other && other.id !== id) throw candidateExists(other.id);
          }
          const result = await updateCandidateAt(tx, id, current.version, {
            ...(patch.firstName !== undefined ? { firstName: patch.firstName } : {}),
            ...(patch.lastName !== undefined ? { lastName: patch.lastName } : {}),
            ...(patch.source !== undefined ? { source: patch.source } : {}),
            ...candidateData(patch),
            version: { increment: 1 },
            updatedAt: now,
          });
          if (result.count === 0) throw staleVersion('candidate');
          const updated = (await findCandidate(tx, id))!;
          const before = toCandidateView(current);
          const after = toCandidateView(updated);
          const changed = Object.fromEntries(Object.keys(patch).map((k) => [k, (after as Record<string, unknown>)[k]]));
          await recordChange(tx, actor, now, {
            action: 'candidate.updated',
            entityType: 'candidate',
            entityId: id,
            changes: diff(before, changed, CANDIDATE_PERSONAL_FIELDS),
            event: { type: 'candidate.updated', payload: { candidateId: id, fields: Object.keys(diff(before, changed)) } },
          });
          return after;
        });
      } catch (error) {
        return rethrowEmailConflict(db, error, patch.email);
      }
    },
  };
}

export type CandidatesService = ReturnType<typeof createCandidatesService>;
