import type pg from 'pg';
import type { Reader } from '../../db/read-pipeline.js';
import type { Tx } from '../../db/client.js';
import { parseJsonInstant } from '../../db/pg-types.js';
import { preparedName } from '../../db/prepared.js';
import { visibleApplicationSql } from '../../db/visibility-where.js';
import type { Viewer } from '../../domain/visibility.js';
import { CANDIDATE_PROFILE_FIELDS, fieldMask } from '../../domain/candidate.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { ApplicationStage, CandidateSource, DocumentKind } from '../../generated/prisma/enums.js';
import type { Cursor } from '../../lib/pagination.js';
import { MARK_CONTENT_UNREGISTERED } from '../../documents/document-store.js';
import { applicationListOrder, type ApplicationSort } from './application-list-order.js';

export const applicationInclude = {
  candidate: {
    select: { id: true, ...fieldMask(CANDIDATE_PROFILE_FIELDS) },
  },
  documents: { orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] },
  /** The last stage change (when the current stage was entered), if any. */
  stageChanges: { select: { at: true }, orderBy: [{ at: 'desc' as const }, { id: 'desc' as const }], take: 1 },
} satisfies Prisma.ApplicationInclude;

export type ApplicationRow = Prisma.ApplicationGetPayload<{ include: typeof applicationInclude }>;

export function findApplication(db: Tx, id: string, visible: Prisma.ApplicationWhereInput = {}) {
  return db.application.findFirst({ where: { AND: [{ id }, visible] }, include: applicationInclude });
}

export function findApplicationFor(db: Tx, procedureId: string, candidateId: string) {
  return db.application.findUnique({ where: { procedureId_candidateId: { procedureId, candidateId } }, select: { id: true } });
}

// The hot reads (one application, a page of a procedure's applications) go
// straight to `pg`, one statement each: the ORM's query building and result
// nesting cost several times the database work (see npm run bench, "reads").
// Rows come back in the shape the Prisma reads give (ApplicationRow, and the
// summary fields), so the views are the same functions. The benchmark's raw
// peer (scripts/bench/peer.ts) runs these very statements.

/**
 * One application as a JSON object (RawApplication, read by fromRawApplication):
 * its columns, its candidate's, every document oldest first and the instant
 * it entered its stage, of the application `a` and its candidate `c`. One
 * JSON object rather than a column for each field: the driver sets up a
 * parser for every column of every answer, which cost more than parsing one
 * JSON text (docs/performance.md, "One JSON value a row"). APPLICATION_SELECT
 * and the facts of a stage change (transitions.repository.ts) read it.
 */
export const APPLICATION_JSON = `json_build_object(
       'id', a.id, 'procedure_id', a.procedure_id, 'candidate_id', a.candidate_id, 'source', a.source, 'stage', a.stage,
       'rejection_reason', a.rejection_reason, 'agency_motivation', a.agency_motivation, 'presented_at', a.presented_at,
       'received_at', a.received_at, 'completed_at', a.completed_at, 'erased_at', a.erased_at, 'version', a.version,
       'created_at', a.created_at, 'updated_at', a.updated_at,
       'first_name', c.first_name, 'last_name', c.last_name, 'email', c.email, 'phone', c.phone, 'city', c.city,
       'current_position', c.current_position, 'current_organisation', c.current_organisation, 'linkedin_url', c.linkedin_url,
       'documents', COALESCE((SELECT json_agg(json_build_object('id', d.id, 'kind', d.kind, 'storageKey', d.storage_key, 'store', d.store,
                                                   'fileName', d.file_name, 'sizeBytes', d.size_bytes, 'sha256', d.sha256,
                                                   'current', d.current, 'uploadedBy', d.uploaded_by,
                                                   'uploadedByUserId', d.uploaded_by_user_id, 'createdAt', d.created_at,
                                                   'supersededAt', d.superseded_at, 'erasedAt', d.erased_at)
                                 ORDER BY d.created_at, d.id)
                   FROM documents d WHERE d.application_id = a.id), '[]'::json),
       'stage_entered_at', (SELECT max(sc.at) FROM stage_changes sc WHERE sc.application_id = a.id)
       )`;

/** One application with its candidate and every document, oldest first, as findApplication reads it. */
export const APPLICATION_SELECT = `
SELECT ${APPLICATION_JSON} AS application
  FROM applications a JOIN candidates c ON c.id = a.candidate_id
 WHERE a.id = $1`;

/** One application as APPLICATION_JSON writes it (instants as ISO 8601 text). */
export interface RawApplication {
  id: string;
  procedure_id: string;
  candidate_id: string;
  source: CandidateSource;
  stage: ApplicationStage;
  rejection_reason: string | null;
  agency_motivation: string | null;
  presented_at: string | null;
  received_at: string;
  completed_at: string | null;
  erased_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  city: string | null;
  current_position: string | null;
  current_organisation: string | null;
  linkedin_url: string | null;
  documents: Array<{
    id: string;
    kind: DocumentKind;
    storageKey: string | null;
    store: string;
    fileName: string | null;
    sizeBytes: number;
    sha256: string;
    current: boolean;
    uploadedBy: string;
    uploadedByUserId: string | null;
    createdAt: string;
    supersededAt: string | null;
    erasedAt: string | null;
  }>;
  /** The instant of the last stage change; null when there is none. */
  stage_entered_at: string | null;
}

/** An application as APPLICATION_JSON writes it, in the shape of ApplicationRow. */
export function fromRawApplication(r: RawApplication): ApplicationRow {
  return {
    id: r.id,
    procedureId: r.procedure_id,
    candidateId: r.candidate_id,
    source: r.source,
    stage: r.stage,
    rejectionReason: r.rejection_reason,
    agencyMotivation: r.agency_motivation,
    presentedAt: parseJsonInstant(r.presented_at),
    receivedAt: parseJsonInstant(r.received_at),
    completedAt: parseJsonInstant(r.completed_at),
    erasedAt: parseJsonInstant(r.erased_at),
    version: r.version,
    createdAt: parseJsonInstant(r.created_at),
    updatedAt: parseJsonInstant(r.updated_at),
    candidate: {
      id: r.candidate_id,
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      phone: r.phone,
      city: r.city,
      currentPosition: r.current_position,
      currentOrganisation: r.current_organisation,
      linkedinUrl: r.linkedin_url,
    },
    documents: r.documents.map((d) => ({
      id: d.id,
      applicationId: r.id,
      kind: d.kind,
      storageKey: d.storageKey,
      store: d.store,
      fileName: d.fileName,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
      current: d.current,
      uploadedBy: d.uploadedBy,
      uploadedByUserId: d.uploadedByUserId,
      createdAt: parseJsonInstant(d.createdAt),
      supersededAt: parseJsonInstant(d.supersededAt),
      erasedAt: parseJsonInstant(d.erasedAt),
    })),
    stageChanges: r.stage_entered_at === null ? [] : [{ at: parseJsonInstant(r.stage_entered_at) }],
  };
}

/** findApplication outside a transaction, with the viewer's visibility (src/db/visibility-where.ts), in one statement. */
export async function readApplication(pool: Reader, id: string, viewer: Viewer): Promise<ApplicationRow | null> {
  const values: unknown[] = [id];
  const visible = visibleApplicationSql(viewer, (value) => `$${values.push(value)}`);
  const text = visible === null ? APPLICATION_SELECT : `${APPLICATION_SELECT} AND ${visible}`;
  const { rows } = await pool.query<{ application: RawApplication }>({ name: preparedName('read_application', text), text, values });
  return rows[0] ? fromRawApplication(rows[0].application) : null;
}

/** What a list shows of an application: the summary fields, and the kinds of its current documents. */
export interface ApplicationSummaryRead {
  id: string;
  procedureId: string;
  source: CandidateSource;
  stage: ApplicationStage;
  presentedAt: Date | null;
  receivedAt: Date;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  candidate: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    email: string | null;
    city: string | null;
    currentPosition: string | null;
    currentOrganisation: string | null;
  };
  documents: Array<{ kind: DocumentKind }>;
  /** The instant of the last stage change; null when there is none (stageEnteredAt in src/domain/stage-history.ts). */
  lastStageChangeAt: Date | null;
}

interface RawSummary {
  /** Null on the one row of a procedure whose page is empty. */
  id: string | null;
  procedure_id: string;
  source: CandidateSource;
  stage: ApplicationStage;
  presented_at: Date | null;
  received_at: Date;
  completed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  candidate_id: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  city: string | null;
  current_position: string | null;
  current_organisation: string | null;
  kinds: DocumentKind[];
  stage_entered_at: Date | null;
}

export interface ApplicationPageQuery {
  limit: number;
  /** The order (none: creation order) and the cursor, as application-list-order.ts reads them. */
  sort?: ApplicationSort;
  cursor?: Cursor;
  updatedSince?: Date;
  stage?: ApplicationStage;
  source?: CandidateSource;
  complete?: boolean;
  viewer: Viewer;
}

/**
 * The statement of a page of a procedure's applications in the order and
 * after the cursor that application-list-order.ts gives (its SQL form),
 * `limit + 1` rows so the last tells whether more follow. The page is joined
 * to its procedure, so one statement also tells a procedure without
 * applications (one row of nulls) from no procedure (no row). The last stage
 * change of each row is the same subquery as APPLICATION_SELECT's, one probe
 * of the index on stage_changes (application_id, at) per row, so a page and a
 * single read agree on stageEnteredAt.
 */
export function applicationPageStatement(procedureId: string, q: ApplicationPageQuery): pg.QueryConfig {
  const values: unknown[] = [procedureId];
  const param = (value: unknown) => `$${values.push(value)}`;
  const where = ['a.procedure_id = p.id'];
  const order = applicationListOrder(q.sort, q.cursor).sql(param);
  if (order.after !== null) where.push(order.after);
  if (q.updatedSince) where.push(`a.updated_at >= ${param(q.updatedSince)}`);
  if (q.stage) where.push(`a.stage = ${param(q.stage)}::application_stage`);
  if (q.source) where.push(`a.source = ${param(q.source)}::candidate_source`);
  if (q.complete !== undefined) where.push(`a.completed_at IS ${q.complete ? 'NOT ' : ''}NULL`);
  const visible = visibleApplicationSql(q.viewer, param);
  if (visible !== null) where.push(visible);
  const text = `
SELECT p.id AS procedure_id, s.*
  FROM procedures p
  LEFT JOIN LATERAL (
    SELECT a.id, a.source, a.stage, a.presented_at, a.received_at, a.completed_at, a.created_at, a.updated_at, a.candidate_id,
           c.first_name, c.last_name, c.email, c.city, c.current_position, c.current_organisation,
           ARRAY(SELECT d.kind::text FROM documents d WHERE d.application_id = a.id AND d.current) AS kinds,
           (SELECT max(sc.at) FROM stage_changes sc WHERE sc.application_id = a.id) AS stage_entered_at
      FROM applications a JOIN candidates c ON c.id = a.candidate_id
     WHERE ${where.join('\n       AND ')}
     ORDER BY ${order.orderBy}
     LIMIT ${param(q.limit + 1)}
  ) s ON true
 WHERE p.id = $1`;
  return { name: preparedName('application_page', text), text, values };
}

/** A page of a procedure's applications (see applicationPageStatement); null when the procedure does not exist. */
export async function readApplicationPage(pool: Reader, procedureId: string, q: ApplicationPageQuery): Promise<ApplicationSummaryRead[] | null> {
  const { rows } = await pool.query<RawSummary>(applicationPageStatement(procedureId, q));
  if (rows.length === 0) return null;
  const out: ApplicationSummaryRead[] = [];
  for (const r of rows) {
    if (r.id === null) continue;
    out.push({
      id: r.id,
      procedureId: r.procedure_id,
      source: r.source,
      stage: r.stage,
      presentedAt: r.presented_at,
      receivedAt: r.received_at,
      completedAt: r.completed_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      candidate: {
        id: r.candidate_id,
        firstName: r.first_name,
        lastName: r.last_name,
        email: r.email,
        city: r.city,
        currentPosition: r.current_position,
        currentOrganisation: r.current_organisation,
      },
      documents: r.kinds.map((kind) => ({ kind })),
      lastStageChangeAt: r.stage_entered_at,
    });
  }
  return out;
}

/**
 * Bumps the application's version and takes its row lock for the rest of the
 * transaction, so that two uploads of the same application run one after the
 * other and never leave two current documents of a kind.
 */
export function touchApplication(db: Tx, id: string, now: Date, expectedVersion?: number) {
  return db.application.updateMany({
    where: { id, ...(expectedVersion !== undefined ? { version: expectedVersion } : {}) },
    data: { version: { increment: 1 }, updatedAt: now },
  });
}

export function currentDocumentKinds(db: Tx, applicationId: string) {
  return db.document.findMany({ where: { applicationId, current: true }, select: { id: true, kind: true } });
}

export function supersedeDocuments(db: Tx, applicationId: string, kind: DocumentKind, now: Date) {
  return db.document.updateMany({ where: { applicationId, kind, current: true }, data: { current: false, supersededAt: now } });
}

/** What the intake rule needs to know about a procedure. */
export function findIntakeProcedure(db: Tx, id: string) {
  return db.procedure.findUnique({
    where: { id },
    select: {
      id: true,
      phase: true,
      timeZone: true,
      overviewSentAt: true,
      stages: { where: { name: 'preselection' }, select: { status: true } },
    },
  });
}

/** Writes down an upload before its bytes are stored (the sweep removes it if nothing registers it). */
export function markUnregistered(db: Tx, key: string, at: Date) {
  return db.sweepMark.create({ data: { kind: MARK_CONTENT_UNREGISTERED, subject: key, at } });
}

/** Removes an upload's mark; its count tells whether the mark (and the content) was still there. */
export function unmarkUnregistered(db: Tx, key: string) {
  return db.sweepMark.deleteMany({ where: { kind: MARK_CONTENT_UNREGISTERED, subject: key } });
}

export function insertApplication(tx: Tx, data: Prisma.ApplicationUncheckedCreateInput) {
  return tx.application.create({ data });
}

/** Changes an application at the version read, unless it changed meanwhile. */
export function updateApplicationAt(tx: Tx, id: string, version: number, data: Prisma.ApplicationUncheckedUpdateManyInput) {
  return tx.application.updateMany({ where: { id, version }, data });
}

/** Sets completedAt once. */
export function markApplicationCompleted(tx: Tx, applicationId: string, now: Date) {
  return tx.application.updateMany({ where: { id: applicationId, completedAt: null }, data: { completedAt: now } });
}

export function insertDocument(tx: Tx, data: Prisma.DocumentUncheckedCreateInput) {
  return tx.document.create({ data });
}
