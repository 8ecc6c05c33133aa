import type { IncomingMessage } from 'node:http';
import type { Reader } from '../../db/read-pipeline.js';
import type { Readable } from 'node:stream';
import type { Multipart } from '@fastify/multipart';
import type { Db, Tx } from '../../db/client.js';
import { isComplete, missingDocuments, type DocumentKindName } from '../../domain/documents.js';
import { checkApplicationChange, isFinished } from '../../domain/procedure-changes.js';
import { stageEnteredAt } from '../../domain/stage-history.js';
import { intakeRefusal, type IntakeSource, type IntakeState } from '../../domain/intake.js';
import { timelineInstants } from '../../domain/timeline.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { staleVersion } from '../../lib/http.js';
import { ruleError } from '../../lib/rule-errors.js';
import { lockProcedure } from '../../db/locks.js';
import { decodeCursor, encodeCursor } from '../../lib/pagination.js';
import { diff, recordChange } from '../../db/audit.js';
import { findCandidate, insertCandidate, isUniqueViolation, rethrowEmailConflict } from '../candidates/index.js';
import { trackedDocumentStore, type DocumentStore } from '../../documents/document-store.js';
import { drainLimit, ingestPdf, type StoredPdf } from '../../documents/ingest.js';
import { applicationListDetail, seesContactData, seesDocuments, seesProcedure } from '../../domain/visibility.js';
import { visibleApplicationWhere } from '../../db/visibility-where.js';
import { committeeApplicationView, committeeSummaryView } from './committee-views.js';
import { loadTimeline } from '../procedures/index.js';
import {
  currentDocumentKinds,
  findApplication,
  findApplicationFor,
  findIntakeProcedure,
  insertApplication,
  insertDocument,
  markApplicationCompleted,
  markUnregistered,
  readApplication,
  readApplicationPage,
  supersedeDocuments,
  touchApplication,
  unmarkUnregistered,
  updateApplicationAt,
  type ApplicationRow,
  type ApplicationSummaryRead,
} from './applications.repository.js';
import {
  finishRequestBody,
  formDigest,
  FORM_LIMITS,
  formToInput,
  readApplicationForm,
  readSingleFileForm,
  SINGLE_FILE_LIMITS,
  type UploadSink,
} from './application-uploads.js';
import { applicationListOrder } from './application-list-order.js';
import type { ApplicationInput, ApplicationListQuery, ApplicationPatch } from './applications.schemas.js';
import { isoString } from '../../lib/instant.js';

export interface UploadedDocument extends StoredPdf {
  kind: DocumentKindName;
  fileName: string | null;
}

/**
 * The body of an upload as the route hands it over: the request's stream,
 * and its parts when it is a multipart form (opened only once the checks
 * made before reading have passed).
 */
export interface UploadBody {
  raw: IncomingMessage;
  parts?: (limits: typeof FORM_LIMITS) => AsyncIterable<Multipart>;
}

function documentView(d: ApplicationRow['documents'][number]) {
  return {
    id: d.id,
    kind: d.kind,
    fileName: d.fileName,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    current: d.current,
    uploadedAt: isoString(d.createdAt),
    uploadedBy: d.uploadedBy,
    uploadedByUserId: d.uploadedByUserId,
    supersededAt: d.supersededAt ? isoString(d.supersededAt) : null,
    downloadUrl: d.current && !d.erasedAt ? `/v1/applications/${d.applicationId}/documents/${d.kind}` : null,
  };
}

export function toApplicationView(a: ApplicationRow) {
  const current = a.documents.filter((d) => d.current);
  const byKind = (kind: DocumentKindName) => {
    const found = current.find((d) => d.kind === kind);
    return found ? documentView(found) : null;
  };
  const missing = missingDocuments(current.map((d) => d.kind));
  return {
    id: a.id,
    procedureId: a.procedureId,
    candidate: { ...a.candidate },
    source: a.source,
    stage: a.stage,
    rejectionReason: a.rejectionReason,
    agencyMotivation: a.agencyMotivation,
    receivedAt: isoString(a.receivedAt),
    stageEnteredAt: isoString(stageEnteredAt(a.receivedAt, a.stageChanges[0]?.at ?? null)),
    completedAt: a.completedAt ? isoString(a.completedAt) : null,
    complete: missing.length === 0,
    missingDocuments: missing,
    documents: { motivation: byKind('motivation'), cv: byKind('cv') },
    documentHistory: a.documents.map(documentView),
    version: a.version,
    createdAt: isoString(a.createdAt),
    updatedAt: isoString(a.updatedAt),
  };
}

export type ApplicationView = ReturnType<typeof toApplicationView>;

function toSummaryView(a: ApplicationSummaryRead, contact: boolean) {
  const kinds = new Set(a.documents.map((d) => d.kind));
  const missing = missingDocuments(kinds);
  return {
    id: a.id,
    procedureId: a.procedureId,
    candidate: {
      id: a.candidate.id,
      firstName: a.candidate.firstName,
      lastName: a.candidate.lastName,
      ...(contact ? { email: a.candidate.email } : {}),
    },
    source: a.source,
    stage: a.stage,
    receivedAt: isoString(a.receivedAt),
    stageEnteredAt: isoString(stageEnteredAt(a.receivedAt, a.lastStageChangeAt)),
    completedAt: a.completedAt ? isoString(a.completedAt) : null,
    complete: missing.length === 0,
    missingDocuments: missing,
    documentsPresent: { motivation: kinds.has('motivation'), cv: kinds.has('cv') },
    createdAt: isoString(a.createdAt),
    updatedAt: isoString(a.updatedAt),
  };
}

function refusalError(refusal: NonNullable<ReturnType<typeof intakeRefusal>>): AppError {
  const { code, status, message, ...extensions } = refusal;
  return new AppError(status, code, message, { extensions });
}

export function createApplicationsService(deps: { db: Db; reads: Reader; clock: Clock; documents: DocumentStore; maxDocumentBytes: number }) {
  const { db, reads, clock, maxDocumentBytes } = deps;
  // Uploads are written down before their bytes are stored, so that the sweep
  // removes content whose registering transaction never committed.
  const documents = trackedDocumentStore(
    deps.documents,
    {
      add: (key, at) => markUnregistered(db, key, at),
      remove: (key) => unmarkUnregistered(db, key),
    },
    () => clock.now(),
  );

  async function intakeState(tx: Tx, actor: Actor, procedureId: string): Promise<IntakeState> {
    const procedure = await findIntakeProcedure(tx, procedureId);
    if (!procedure || !seesProcedure(actor, procedureId)) throw notFound('Procedure', procedureId);
    const { timeline } = await loadTimeline(tx, procedureId);
    return {
      phase: procedure.phase,
      timeZone: procedure.timeZone,
      instants: timeline ? timelineInstants(timeline, procedure.timeZone) : null,
      overviewSentAt: procedure.overviewSentAt,
      preselectionClosed: procedure.stages.some((s) => s.status === 'closed'),
    };
  }

  /** An application as the actor sees it, read outside a transaction in one statement. */
  async function readRow(actor: Actor, id: string): Promise<ApplicationRow> {
    const found = await readApplication(reads, id, actor);
    if (!found) throw notFound('Application', id);
    return found;
  }

  async function getRow(tx: Tx, actor: Actor, id: string): Promise<ApplicationRow> {
    const found = await findApplication(tx, id, visibleApplicationWhere(actor));
    if (!found) throw notFound('Application', id);
    return found;
  }

  /** An erased application never takes personal data again (nothing would erase it a second time). */
  function assertNotErased(row: { id: string; erasedAt: Date | null }) {
    if (row.erasedAt) {
      throw conflict('APPLICATION_ERASED', `Application ${row.id} was erased; it keeps only its anonymous stage history and cannot be changed.`);
    }
  }

  /**
   * A document of an existing application is a change to it: in a completed or
   * cancelled procedure it is refused as PATCH refuses one (PROCEDURE_FINISHED).
   * PROCEDURE_NOT_ACCEPTING stays the intake's answer (docs/procedure.md, rule 2):
   * no new application.
   */
  async function assertProcedureOpenForDocuments(tx: Tx, procedureId: string) {
    const procedure = await findIntakeProcedure(tx, procedureId);
    if (procedure && isFinished(procedure.phase)) {
      throw conflict('PROCEDURE_FINISHED', `The procedure is ${procedure.phase}; its documents can no longer be changed.`);
    }
  }

  async function insertDocuments(tx: Tx, actor: Actor, now: Date, procedureId: string, applicationId: string, files: UploadedDocument[]) {
    for (const file of files) {
      // The mark of the upload goes with its registration. Without it, the sweep
      // took the content as abandoned (it was stored over an hour ago).
      const marked = await unmarkUnregistered(tx, file.key);
      if (marked.count === 0) {
        throw conflict('UPLOAD_EXPIRED', 'The uploaded document waited too long for its registration and was removed; send it again.');
      }
      const replaced = await supersedeDocuments(tx, applicationId, file.kind, now);
      const created = await insertDocument(tx, {
        applicationId,
        kind: file.kind,
        storageKey: file.key,
        store: file.store,
        fileName: file.fileName,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        current: true,
        uploadedBy: actor.id,
        uploadedByUserId: actor.userId ?? null,
        createdAt: now,
      });
      // File names often carry the person's name, and a hash identifies the
      // person's file: both stay out of the audit trail and the event.
      await recordChange(tx, actor, now, {
        procedureId,
        action: 'document.uploaded',
        entityType: 'application',
        entityId: applicationId,
        changes: {
          [file.kind]: { to: { documentId: created.id, sizeBytes: file.sizeBytes } },
          ...(replaced.count > 0 ? { replaced: { to: true } } : {}),
        },
        event: {
          type: 'document.uploaded',
          payload: { applicationId, procedureId, documentId: created.id, kind: file.kind, sizeBytes: file.sizeBytes, replaced: replaced.count > 0 },
        },
      });
    }
  }

  /** Sets completedAt when the second kind arrives (and only then). */
  async function markCompleteIfBoth(tx: Tx, actor: Actor, now: Date, procedureId: string, applicationId: string) {
    const present = await currentDocumentKinds(tx, applicationId);
    if (!isComplete(present.map((d) => d.kind))) return;
    const set = await markApplicationCompleted(tx, applicationId, now);
    if (set.count === 0) return;
    await recordChange(tx, actor, now, {
      procedureId,
      action: 'application.completed',
      entityType: 'application',
      entityId: applicationId,
      changes: { completedAt: { from: null, to: now.toISOString() } },
      event: { type: 'application.completed', payload: { applicationId, procedureId } },
    });
  }

  /** Runs an upload; when it is refused, the rest of the body is read and dropped first. */
  async function withUpload<T>(body: UploadBody, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      await finishRequestBody(body.raw, drainLimit(maxDocumentBytes));
      throw error;
    }
  }

  const sink: UploadSink = {
    store: (stream, kind, fileName, truncated) => service.storeDocument(stream, kind, fileName, truncated),
    discard: (files) => service.discardStored(files),
  };

  const service = {
    /**
     * The checks that need neither the form nor its files, made before any
     * byte of an upload is stored: the procedure exists and takes
     * applications, and not every kind of intake has closed.
     */
    async intakePreflight(actor: Actor, procedureId: string): Promise<void> {
      const state = await intakeState(db, actor, procedureId);
      const now = clock.now();
      const openCall = intakeRefusal(state, 'open_call', now);
      if (!openCall) return;
      if (openCall.code !== 'OUTSIDE_APPLICATION_WINDOW') throw refusalError(openCall);
      const searched = intakeRefusal(state, 'agency_search', now);
      if (searched) {
        // Whatever the form says about its source, no kind of intake is open.
        const { code: _c1, status: _s1, message: _m1, ...openWindow } = openCall;
        const { code: _c2, status: _s2, message: _m2, ...searchWindow } = searched;
        throw new AppError(422, 'OUTSIDE_APPLICATION_WINDOW', `${openCall.message} ${searched.message}`, {
          extensions: { ...openWindow, ...searchWindow },
        });
      }
    },

    /** Streams one PDF into the store, checked and hashed; nothing stays stored when it fails. */
    async storeDocument(stream: Readable, kind: DocumentKindName, fileName: string | null, truncated?: () => boolean): Promise<UploadedDocument> {
      const stored = await ingestPdf(documents, stream, { maxBytes: maxDocumentBytes, truncated });
      return { ...stored, kind, fileName };
    },

    async discardStored(files: StoredPdf[]): Promise<void> {
      await Promise.all(files.map((f) => documents.delete(f.key).catch(() => undefined)));
    },

    /**
     * Receives an application sent as a multipart form: the procedure is
     * checked before any byte is stored, each file is streamed into the
     * store as it arrives, and everything is registered together or not at
     * all. Once the whole form is read, `settle` tells a retry under the same
     * Idempotency-Key from another request by the form's digest; when it
     * answers with a replay, the stored files are removed, the replay is sent
     * and the result is null.
     */
    async createFromForm(
      actor: Actor,
      procedureId: string,
      body: Required<UploadBody>,
      settle: (digest: string) => Promise<(() => unknown) | null>,
    ): Promise<ApplicationView | null> {
      return withUpload(body, async () => {
        await service.intakePreflight(actor, procedureId);
        const form = await readApplicationForm(body.parts(FORM_LIMITS), sink);
        try {
          // The whole form is read: a retry under the same Idempotency-Key is told from another request here.
          const replay = await settle(formDigest(form));
          if (replay) {
            await service.discardStored(form.files);
            replay();
            return null;
          }
          return await service.create(actor, procedureId, formToInput(form.fields), form.files);
        } catch (error) {
          await service.discardStored(form.files);
          throw error;
        }
      });
    },

    /**
     * Registers the application, the candidate when new, and the documents
     * already streamed into the store, in one transaction. The caller removes
     * the stored content when this throws.
     */
    async create(actor: Actor, procedureId: string, input: ApplicationInput, files: UploadedDocument[] = []): Promise<ApplicationView> {
      const now = clock.now();
      try {
        return await db.$transaction(async (tx) => {
          // The procedure's row lock, as the stage gates take it: closing the
          // preselection waits for this intake, or this intake sees it closed.
          await lockProcedure(tx, procedureId);
          const state = await intakeState(tx, actor, procedureId);
          const existing = input.candidateId ? await findCandidate(tx, input.candidateId) : null;
          if (input.candidateId && !existing) {
            throw new AppError(422, 'CANDIDATE_NOT_FOUND', `Candidate ${input.candidateId} does not exist.`, {
              errors: [{ path: 'body.candidateId', message: 'no candidate with this id' }],
            });
          }
          if (existing?.erasedAt) {
            throw conflict('CANDIDATE_ERASED', "This candidate's personal data was erased; register the person again to apply.");
          }
          const source: IntakeSource = input.source ?? existing?.source ?? input.candidate!.source;
          const refusal = intakeRefusal(state, source, now);
          if (refusal) throw refusalError(refusal);

          if (existing) {
            const already = await findApplicationFor(tx, procedureId, existing.id);
            if (already) throw duplicateApplication(already.id);
          }
          const candidate = existing ?? (await insertCandidate(tx, actor, now, input.candidate!, procedureId));
          const created = await insertApplication(tx, {
            procedureId,
            candidateId: candidate.id,
            source,
            agencyMotivation: input.agencyMotivation ?? null,
            receivedAt: now,
            createdAt: now,
            updatedAt: now,
          });
          await recordChange(tx, actor, now, {
            procedureId,
            action: 'application.received',
            entityType: 'application',
            entityId: created.id,
            changes: {
              candidateId: { to: candidate.id },
              source: { to: source },
              ...(input.agencyMotivation ? { agencyMotivation: { to: '[personal data]' } } : {}),
            },
            event: {
              type: 'application.received',
              payload: { applicationId: created.id, procedureId, candidateId: candidate.id, source, documents: files.map((f) => f.kind) },
            },
          });
          await insertDocuments(tx, actor, now, procedureId, created.id, files);
          await markCompleteIfBoth(tx, actor, now, procedureId, created.id);
          return toApplicationView((await findApplication(tx, created.id))!);
        });
      } catch (error) {
        if (isUniqueViolation(error, 'procedure_id') || isUniqueViolation(error, 'procedureId')) {
          const candidateId = input.candidateId;
          const already = candidateId ? await findApplicationFor(db, procedureId, candidateId) : null;
          throw duplicateApplication(already?.id ?? null);
        }
        return rethrowEmailConflict(db, error, input.candidate?.email);
      }
    },

    async get(actor: Actor, id: string): Promise<ApplicationView> {
      return toApplicationView(await readRow(actor, id));
    },

    /** A committee key's read: the preselected in full, other applicants in summary. */
    async getForCommittee(actor: Actor, id: string) {
      return committeeApplicationView(await readRow(actor, id));
    },

    async list(actor: Actor, procedureId: string, query: ApplicationListQuery) {
      // A procedure the actor may not see does not exist for it, as one that does not exist at all.
      if (!seesProcedure(actor, procedureId)) throw notFound('Procedure', procedureId);
      const filters = {
        limit: query.limit,
        updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined,
        stage: query.stage,
        source: query.source,
        complete: query.complete,
      };
      // The order of application-list-order.ts, read in one SQL statement (readApplicationPage).
      const order = applicationListOrder(query.sort, undefined);
      let rows;
      try {
        rows = await readApplicationPage(reads, procedureId, { ...filters, sort: query.sort, cursor: decodeCursor(query.cursor), viewer: actor });
      } catch (error) {
        // A missing procedure answers 404 before a cursor is judged.
        if (error instanceof AppError && error.code === 'INVALID_CURSOR' && !(await findIntakeProcedure(db, procedureId))) {
          throw notFound('Procedure', procedureId);
        }
        throw error;
      }
      if (!rows) throw notFound('Procedure', procedureId);
      const contact = seesContactData(actor);
      const hasMore = rows.length > query.limit;
      const page = hasMore ? rows.slice(0, query.limit) : rows;
      const last = page[page.length - 1];
      const nextCursor = hasMore && last ? encodeCursor(order.cursorOf(last)) : null;
      if (applicationListDetail(actor) === 'committee-summary') return { items: page.map(committeeSummaryView), nextCursor };
      return { items: page.map((r) => toSummaryView(r, contact)), nextCursor };
    },

    async update(actor: Actor, id: string, expected: number | undefined, patch: ApplicationPatch): Promise<ApplicationView> {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const current = await getRow(tx, actor, id);
        if (expected !== undefined && current.version !== expected) throw staleVersion('application');
        assertNotErased(current);
        await lockProcedure(tx, current.procedureId);
        const state = await intakeState(tx, actor, current.procedureId);
        const sourceChanged = patch.source !== undefined && patch.source !== current.source;
        const verdict = checkApplicationChange(
          { procedurePhase: state.phase, overviewSentAt: state.overviewSentAt, presented: current.presentedAt !== null },
          {
            sourceChanged,
            agencyMotivationChanged: patch.agencyMotivation !== undefined && (patch.agencyMotivation ?? null) !== current.agencyMotivation,
            justification: patch.justification,
          },
        );
        if (!verdict.ok) throw ruleError(verdict.status, verdict.failures);
        if (sourceChanged && patch.source !== 'agency_search') {
          // An application may be re-labelled as open call or referral only if it arrived while that window was open.
          const refusal = intakeRefusal({ ...state, phase: 'open' }, patch.source!, current.receivedAt);
          if (refusal) throw refusalError(refusal);
        }
        const result = await updateApplicationAt(tx, id, current.version, {
          ...(patch.agencyMotivation !== undefined ? { agencyMotivation: patch.agencyMotivation } : {}),
          ...(patch.source !== undefined ? { source: patch.source } : {}),
          version: { increment: 1 },
          updatedAt: now,
        });
        if (result.count === 0) throw staleVersion('application');
        const updated = (await findApplication(tx, id))!;
        const { justification: _justification, ...fields } = patch;
        const changes = diff(
          { agencyMotivation: current.agencyMotivation, source: current.source },
          Object.fromEntries(Object.keys(fields).map((k) => [k, (updated as Record<string, unknown>)[k]])),
          ['agencyMotivation'],
        );
        await recordChange(tx, actor, now, {
          procedureId: current.procedureId,
          action: 'application.updated',
          entityType: 'application',
          entityId: id,
          changes,
          reason: verdict.justification ?? undefined,
          event: { type: 'application.updated', payload: { applicationId: id, procedureId: current.procedureId, fields: Object.keys(changes) } },
        });
        return toApplicationView(updated);
      });
    },

    /** Checks made before an upload to an existing application is read. */
    async uploadPreflight(actor: Actor, applicationId: string, expected?: number): Promise<void> {
      const row = await getRow(db, actor, applicationId);
      if (expected !== undefined && row.version !== expected) throw staleVersion('application');
      assertNotErased(row);
      await assertProcedureOpenForDocuments(db, row.procedureId);
    },

    /**
     * Receives one document, as a raw PDF (`fileName` from the request) or
     * as a form with one file, and makes it the current one of its kind.
     */
    async uploadDocument(
      actor: Actor,
      applicationId: string,
      kind: DocumentKindName,
      expected: number | undefined,
      body: UploadBody,
      fileName: string | null,
    ): Promise<{ view: ApplicationView; created: boolean }> {
      return withUpload(body, async () => {
        await service.uploadPreflight(actor, applicationId, expected);
        const stored = body.parts
          ? await readSingleFileForm(body.parts(SINGLE_FILE_LIMITS), sink, kind)
          : await service.storeDocument(body.raw, kind, fileName);
        try {
          return await service.attachDocument(actor, applicationId, stored, expected);
        } catch (error) {
          await service.discardStored([stored]);
          throw error;
        }
      });
    },

    /**
     * Makes an uploaded PDF the current document of its kind; an earlier one
     * stays in the history as superseded. Returns whether the kind was new.
     */
    async attachDocument(actor: Actor, applicationId: string, file: UploadedDocument, expected?: number): Promise<{ view: ApplicationView; created: boolean }> {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const row = await getRow(tx, actor, applicationId);
        assertNotErased(row);
        await assertProcedureOpenForDocuments(tx, row.procedureId);
        const touched = await touchApplication(tx, applicationId, now, expected);
        if (touched.count === 0) throw staleVersion('application');
        const before = await currentDocumentKinds(tx, applicationId);
        await insertDocuments(tx, actor, now, row.procedureId, applicationId, [file]);
        await markCompleteIfBoth(tx, actor, now, row.procedureId, applicationId);
        return {
          view: toApplicationView((await findApplication(tx, applicationId))!),
          created: !before.some((d) => d.kind === file.kind),
        };
      });
    },

    /** The current PDF of a kind, with its metadata, as a stream from the store. */
    async openDocument(actor: Actor, applicationId: string, kind: DocumentKindName) {
      const row = await getRow(db, actor, applicationId);
      // A committee key downloads the PDFs of the preselection only.
      if (!seesDocuments(actor, row)) throw notFound('Application', applicationId);
      const doc = row.documents.find((d) => d.current && d.kind === kind);
      if (!doc || !doc.storageKey || doc.erasedAt) {
        throw new AppError(404, 'DOCUMENT_NOT_FOUND', `Application ${applicationId} has no ${kind === 'cv' ? 'CV' : 'motivation letter'} yet.`);
      }
      const stream = await documents.get(doc.storageKey);
      if (!stream) {
        throw new AppError(500, 'DOCUMENT_CONTENT_MISSING', `The content of document ${doc.id} is missing from the ${doc.store} store.`);
      }
      return { document: documentView(doc), stream };
    },
  };
  return service;
}

function duplicateApplication(existingId: string | null): AppError {
  return conflict(
    'DUPLICATE_APPLICATION',
    `This candidate already applied in this procedure${existingId ? ` (application ${existingId})` : ''}; a candidate has one application per procedure.`,
    { extensions: existingId ? { existingApplicationId: existingId } : {} },
  );
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
