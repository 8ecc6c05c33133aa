import type { Db, Tx } from '../../db/client.js';
import { addLocalYears, dataSubjectRequestDueAt, headhuntedNoticeDueAt, PRIVACY_ZONE } from '../../domain/deadlines.js';
import { formatInZone, toDateOnly } from '../../domain/local-time.js';
import { isFinished } from '../../domain/procedure-changes.js';
import { ACTIVE_STAGES } from '../../domain/stage-graph.js';
import type { DataSubjectRequest } from '../../generated/prisma/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { silentLog as silent, type Log } from '../../lib/log.js';
import { AppError, conflict, notFound, unprocessable } from '../../lib/errors.js';
import { decodeCursor, timeCursor, toPage } from '../../lib/pagination.js';
import { recordChange } from '../../db/audit.js';
import { findCandidate, findCandidateId, toCandidateView } from '../candidates/index.js';
import { activeConsent, recordConsent, toConsentView, withdrawConsent } from '../consents/index.js';
import type { DocumentStore } from '../../documents/document-store.js';
import { redactMentions } from '../../domain/personal-data.js';
import {
  answerRequest,
  applicationsForExport,
  applicationStagesOfCandidate,
  claimContentDeletes,
  claimDueErasures,
  consentsOfCandidate,
  contentDeleted,
  createRequest,
  eraseCandidates,
  findApplicationForConsent,
  findCandidateRow,
  findConsentWithProcedure,
  findDueErasures,
  findRequest,
  inquiriesOfCandidate,
  listRequests,
  lockCandidate,
  lockProceduresOfCandidate,
  markCandidateInformed,
  markRequestsAnswered,
  pendingContentDeletes,
  pendingRequests,
  requestsOfCandidate,
  stageJustifications,
  withdrawRunningApplications,
  type ErasedCandidate,
} from './privacy.repository.js';
import type {
  CandidateExport,
  ConsentInput,
  DataSubjectRequestAnswer,
  DataSubjectRequestInput,
  DataSubjectRequestListQuery,
  InformedInput,
  WithdrawInput,
} from './privacy.schemas.js';

export function dsrState(r: { dueAt: Date; answeredAt: Date | null }, now: Date) {
  if (r.answeredAt) return r.answeredAt.getTime() < r.dueAt.getTime() ? ('answered' as const) : ('answered_late' as const);
  return now.getTime() < r.dueAt.getTime() ? ('open' as const) : ('overdue' as const);
}

export function toRequestView(r: DataSubjectRequest, now: Date) {
  return {
    id: r.id,
    candidateId: r.candidateId,
    kind: r.kind as 'access' | 'erasure',
    receivedAt: r.receivedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    answeredAt: r.answeredAt ? r.answeredAt.toISOString() : null,
    state: dsrState(r, now),
  };
}

function notInFuture(at: Date, now: Date, path: string, code: string, what: string) {
  if (at.getTime() > now.getTime()) {
    throw unprocessable(code, `${what} cannot lie in the future.`, { errors: [{ path, message: 'lies in the future' }] });
  }
}

/**
 * Answers the person's pending requests of a kind (received by mail and
 * recorded earlier), or records one received and answered now: the export
 * and the erasure are themselves the answer.
 */
async function answerRequests(tx: Tx, actor: Actor, now: Date, candidateId: string, kind: 'access' | 'erasure') {
  const pending = await pendingRequests(tx, candidateId, kind);
  if (pending.length > 0) {
    await markRequestsAnswered(
      tx,
      pending.map((p) => p.id),
      now,
    );
  }
  const answered =
    pending.length > 0
      ? pending.map((p) => ({ ...p, answeredAt: now }))
      : [await createRequest(tx, { candidateId, kind, receivedAt: now, dueAt: dataSubjectRequestDueAt(now), answeredAt: now })];
  for (const r of answered) {
    await recordChange(tx, actor, now, {
      action: 'data_subject_request.answered',
      entityType: 'data_subject_request',
      entityId: r.id,
      changes: { kind: { to: kind }, candidateId: { to: candidateId }, answeredAt: { from: null, to: now.toISOString() } },
      event: {
        type: 'data_subject_request.answered',
        payload: { requestId: r.id, candidateId, kind, receivedAt: r.receivedAt.toISOString(), answeredAt: now.toISOString() },
      },
    });
  }
  return answered[0]!;
}

export function createPrivacyService(deps: { db: Db; clock: Clock; documents: DocumentStore; log?: Pick<Log, 'warn'> }) {
  const { db, clock, documents } = deps;
  const log = deps.log ?? silent;

  async function candidateOr404(tx: Tx, id: string) {
    const found = await findCandidateRow(tx, id);
    if (!found) throw notFound('Candidate', id);
    return found;
  }

  /**
   * Removes released content from the store after the erasure committed.
   * Each key's sweep mark is locked while its content is removed and deleted
   * with it, so that two sweeps never remove the same content twice, and a
   * removal that fails or is cut short leaves its mark for the next sweep.
   */
  async function removeContent(keys: string[]): Promise<number> {
    let removed = 0;
    for (let i = 0; i < keys.length; i += 32) {
      const slice = keys.slice(i, i + 32);
      removed += await db.$transaction(
        async (tx) => {
          const claimed = await claimContentDeletes(tx, slice);
          const done: string[] = [];
          for (let j = 0; j < claimed.length; j += 8) {
            await Promise.all(
              claimed.slice(j, j + 8).map(async (key) => {
                try {
                  await documents.delete(key);
                  done.push(key);
                } catch (error) {
                  log.warn({ err: { message: (error as Error).message } }, 'document content could not be removed; the next sweep retries');
                }
              }),
            );
          }
          if (done.length > 0) await contentDeleted(tx, done);
          return done.length;
        },
        { timeout: 60_000 },
      );
    }
    return removed;
  }

  const service = {
    async listConsents(candidateId: string) {
      const now = clock.now();
      await candidateOr404(db, candidateId);
      const rows = await consentsOfCandidate(db, candidateId);
      return { items: rows.map((c) => toConsentView(c, now)), nextCursor: null };
    },

    async recordConsent(actor: Actor, candidateId: string, input: ConsentInput) {
      const now = clock.now();
      const givenAt = input.givenAt ? new Date(input.givenAt) : now;
      notInFuture(givenAt, now, 'body.givenAt', 'CONSENT_IN_FUTURE', 'Consent can be recorded once it was given; givenAt');
      let expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
      if (expiresAt && expiresAt.getTime() <= givenAt.getTime()) {
        throw unprocessable('CONSENT_EXPIRES_BEFORE_GIVEN', 'A consent must end after it was given.', {
          errors: [{ path: 'body.expiresAt', message: 'must be after givenAt' }],
        });
      }
      if (input.kind === 'retention') {
        // docs/procedure.md, rule 9: retention consent (talent pool) for at most one year.
        const limit = addLocalYears(givenAt, 1, PRIVACY_ZONE);
        if (expiresAt && expiresAt.getTime() > limit.getTime()) {
          throw unprocessable('RETENTION_TOO_LONG', `A retention consent lasts at most one year: until ${formatInZone(limit, PRIVACY_ZONE)} at the latest.`, {
            errors: [{ path: 'body.expiresAt', message: 'more than one year after givenAt' }],
          });
        }
        if (input.applicationId) {
          throw unprocessable('CONSENT_APPLICATION_NOT_ALLOWED', 'A retention consent concerns the person, not one application; leave applicationId out.', {
            errors: [{ path: 'body.applicationId', message: 'only for kind reference_check' }],
          });
        }
        expiresAt ??= limit;
      } else if (!input.applicationId) {
        throw unprocessable('CONSENT_APPLICATION_REQUIRED', 'A reference-check consent is given for one application: send its applicationId.', {
          errors: [{ path: 'body.applicationId', message: 'required for kind reference_check' }],
        });
      }
      return db.$transaction(async (tx) => {
        const candidate = await candidateOr404(tx, candidateId);
        if (candidate.erasedAt) throw conflict('CANDIDATE_ERASED', "This candidate's personal data was erased; no consent can be recorded for them.");
        let procedureId: string | null = null;
        if (input.kind === 'reference_check') {
          const application = await findApplicationForConsent(tx, input.applicationId!);
          if (!application || application.candidateId !== candidateId) {
            throw unprocessable('APPLICATION_NOT_OF_CANDIDATE', `Application ${input.applicationId} is not one of this candidate's.`, {
              errors: [{ path: 'body.applicationId', message: "not one of the candidate's applications" }],
            });
          }
          if (!ACTIVE_STAGES.includes(application.stage) || isFinished(application.procedure.phase)) {
            throw conflict('APPLICATION_NOT_ACTIVE', 'This application is no longer in the running; no reference check will take place.');
          }
          const existing = await activeConsent(tx, { candidateId, kind: 'reference_check', applicationId: application.id, now });
          if (existing) {
            throw conflict(
              'CONSENT_EXISTS',
              'A consent to the reference check is already recorded for this application; withdraw it first to record another.',
              {
                extensions: { consentId: existing.id },
              },
            );
          }
          procedureId = application.procedureId;
        }
        const created = await recordConsent(
          tx,
          {
            candidateId,
            applicationId: input.applicationId ?? null,
            kind: input.kind,
            scope: input.scope,
            givenAt,
            expiresAt,
            recordedBy: actor.id,
            recordedByUserId: actor.userId ?? null,
          },
          now,
        );
        await recordChange(tx, actor, now, {
          procedureId,
          action: 'consent.recorded',
          entityType: 'consent',
          entityId: created.id,
          changes: {
            kind: { to: input.kind },
            candidateId: { to: candidateId },
            ...(input.applicationId ? { applicationId: { to: input.applicationId } } : {}),
            givenAt: { to: givenAt.toISOString() },
            expiresAt: { to: expiresAt?.toISOString() ?? null },
            scope: { to: '[personal data]' },
          },
          event: {
            type: 'consent.recorded',
            payload: { consentId: created.id, candidateId, applicationId: input.applicationId ?? null, procedureId, kind: input.kind },
          },
        });
        return toConsentView(created, now);
      });
    },

    async withdrawConsent(actor: Actor, candidateId: string, consentId: string, input: WithdrawInput) {
      const now = clock.now();
      const withdrawnAt = input.withdrawnAt ? new Date(input.withdrawnAt) : now;
      notInFuture(withdrawnAt, now, 'body.withdrawnAt', 'WITHDRAWN_IN_FUTURE', 'A withdrawal');
      return db.$transaction(async (tx) => {
        const found = await findConsentWithProcedure(tx, consentId);
        if (!found || found.candidateId !== candidateId) throw notFound('Consent', consentId);
        if (found.withdrawnAt) {
          throw conflict('CONSENT_ALREADY_WITHDRAWN', `This consent was already withdrawn at ${found.withdrawnAt.toISOString()}.`);
        }
        if (withdrawnAt.getTime() < found.givenAt.getTime()) {
          throw unprocessable('WITHDRAWN_BEFORE_GIVEN', 'A consent cannot be withdrawn before it was given.', {
            errors: [{ path: 'body.withdrawnAt', message: `is before givenAt ${found.givenAt.toISOString()}` }],
          });
        }
        const result = await withdrawConsent(tx, consentId, withdrawnAt);
        if (result.count === 0) throw conflict('CONSENT_ALREADY_WITHDRAWN', 'This consent was withdrawn meanwhile.');
        const procedureId = found.application?.procedureId ?? null;
        await recordChange(tx, actor, now, {
          procedureId,
          action: 'consent.withdrawn',
          entityType: 'consent',
          entityId: consentId,
          changes: { withdrawnAt: { from: null, to: withdrawnAt.toISOString() } },
          event: {
            type: 'consent.withdrawn',
            payload: { consentId, candidateId, applicationId: found.applicationId, procedureId, kind: found.kind, withdrawnAt: withdrawnAt.toISOString() },
          },
        });
        return toConsentView({ ...found, withdrawnAt }, now);
      });
    },

    /** Records that a candidate from the agency's search was told that the agency holds their data. */
    async markInformed(actor: Actor, candidateId: string, input: InformedInput) {
      const now = clock.now();
      const informedAt = input.informedAt ? new Date(input.informedAt) : now;
      notInFuture(informedAt, now, 'body.informedAt', 'INFORMED_IN_FUTURE', 'The moment the candidate was told');
      return db.$transaction(async (tx) => {
        const candidate = await candidateOr404(tx, candidateId);
        if (candidate.source !== 'agency_search') {
          throw conflict(
            'NOTICE_NOT_REQUIRED',
            "Only candidates found by the agency's own search must be told that it holds their data; this one came in through the open call or a referral.",
          );
        }
        if (candidate.erasedAt) throw conflict('CANDIDATE_ERASED', "This candidate's personal data was erased.");
        if (candidate.informedAt) {
          throw conflict('CANDIDATE_ALREADY_INFORMED', `This candidate was already told on ${formatInZone(candidate.informedAt, PRIVACY_ZONE)}.`);
        }
        if (informedAt.getTime() < candidate.createdAt.getTime()) {
          throw unprocessable('INFORMED_BEFORE_RECORDED', 'The candidate cannot have been told before the agency recorded them.', {
            errors: [{ path: 'body.informedAt', message: `is before ${candidate.createdAt.toISOString()}` }],
          });
        }
        const updated = await markCandidateInformed(tx, candidateId, informedAt, now);
        if (updated.count === 0) throw conflict('CANDIDATE_ALREADY_INFORMED', 'This candidate was told meanwhile.');
        const dueAt = headhuntedNoticeDueAt(candidate.createdAt);
        await recordChange(tx, actor, now, {
          action: 'candidate.informed',
          entityType: 'candidate',
          entityId: candidateId,
          changes: { informedAt: { from: null, to: informedAt.toISOString() } },
          event: {
            type: 'candidate.informed',
            payload: { candidateId, informedAt: informedAt.toISOString(), noticeDueAt: dueAt.toISOString(), late: informedAt >= dueAt },
          },
        });
        return {
          candidateId,
          recordedAt: candidate.createdAt.toISOString(),
          noticeDueAt: dueAt.toISOString(),
          informedAt: informedAt.toISOString(),
          late: informedAt.getTime() >= dueAt.getTime(),
        };
      });
    },

    async createRequest(actor: Actor, input: DataSubjectRequestInput) {
      const now = clock.now();
      const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
      notInFuture(receivedAt, now, 'body.receivedAt', 'RECEIVED_IN_FUTURE', 'A request');
      return db.$transaction(async (tx) => {
        if (input.candidateId) {
          const found = await findCandidateId(tx, input.candidateId);
          if (!found) {
            throw unprocessable('CANDIDATE_NOT_FOUND', `Candidate ${input.candidateId} does not exist.`, {
              errors: [{ path: 'body.candidateId', message: 'no candidate with this id' }],
            });
          }
        }
        const created = await createRequest(tx, {
          candidateId: input.candidateId ?? null,
          kind: input.kind,
          receivedAt,
          dueAt: dataSubjectRequestDueAt(receivedAt),
        });
        await recordChange(tx, actor, now, {
          action: 'data_subject_request.received',
          entityType: 'data_subject_request',
          entityId: created.id,
          changes: { kind: { to: input.kind }, candidateId: { to: created.candidateId }, receivedAt: { to: receivedAt.toISOString() } },
          event: {
            type: 'data_subject_request.received',
            payload: { requestId: created.id, candidateId: created.candidateId, kind: input.kind, dueAt: created.dueAt.toISOString() },
          },
        });
        return toRequestView(created, now);
      });
    },

    async listRequests(query: DataSubjectRequestListQuery) {
      const now = clock.now();
      const cursor = decodeCursor(query.cursor);
      const after = cursor ? timeCursor(cursor) : null;
      const rows = await listRequests(db, { after, candidateId: query.candidateId, kind: query.kind, answered: query.answered, limit: query.limit });
      return toPage(
        rows,
        query.limit,
        (r) => ({ k: r.receivedAt.toISOString(), id: r.id }),
        (r) => toRequestView(r, now),
      );
    },

    async answerRequest(actor: Actor, id: string, input: DataSubjectRequestAnswer) {
      const now = clock.now();
      const answeredAt = input.answeredAt ? new Date(input.answeredAt) : now;
      notInFuture(answeredAt, now, 'body.answeredAt', 'ANSWERED_IN_FUTURE', 'An answer');
      return db.$transaction(async (tx) => {
        const found = await findRequest(tx, id);
        if (!found) throw notFound('Data-subject request', id);
        if (found.answeredAt) throw conflict('REQUEST_ALREADY_ANSWERED', `This request was already answered at ${found.answeredAt.toISOString()}.`);
        if (answeredAt.getTime() < found.receivedAt.getTime()) {
          throw unprocessable('ANSWERED_BEFORE_RECEIVED', 'A request cannot be answered before it was received.', {
            errors: [{ path: 'body.answeredAt', message: `is before receivedAt ${found.receivedAt.toISOString()}` }],
          });
        }
        const result = await answerRequest(tx, id, answeredAt);
        if (result.count === 0) throw conflict('REQUEST_ALREADY_ANSWERED', 'This request was answered meanwhile.');
        await recordChange(tx, actor, now, {
          action: 'data_subject_request.answered',
          entityType: 'data_subject_request',
          entityId: id,
          changes: { answeredAt: { from: null, to: answeredAt.toISOString() } },
          event: {
            type: 'data_subject_request.answered',
            payload: {
              requestId: id,
              candidateId: found.candidateId,
              kind: found.kind,
              receivedAt: found.receivedAt.toISOString(),
              answeredAt: answeredAt.toISOString(),
            },
          },
        });
        return toRequestView({ ...found, answeredAt }, now);
      });
    },

    /**
     * Everything held on a person, as the answer to an access request (GDPR
     * art. 15): every candidate column of the registry of personal data
     * (src/domain/personal-data.ts) of every record about them, the same
     * records an erasure reaches. Evaluations leave out who wrote them
     * (art. 15(4): the rights of others).
     */
    async exportCandidate(actor: Actor, candidateId: string): Promise<CandidateExport> {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const row = await findCandidate(tx, candidateId);
        if (!row) throw notFound('Candidate', candidateId);
        const applications = await applicationsForExport(tx, candidateId);
        const [consents, inquiries] = await Promise.all([consentsOfCandidate(tx, candidateId), inquiriesOfCandidate(tx, candidateId)]);
        const terms = [row.firstName, row.lastName, row.email, row.firstName && row.lastName ? `${row.firstName} ${row.lastName}` : null];
        const stages = await stageJustifications(
          tx,
          applications.map((a) => a.procedureId),
        );
        const mentioning = stages.filter((st) => redactMentions(st.justification!, terms) !== st.justification);
        const request = await answerRequests(tx, actor, now, candidateId, 'access');
        const requests = await requestsOfCandidate(tx, candidateId);
        await recordChange(tx, actor, now, {
          action: 'candidate.exported',
          entityType: 'candidate',
          entityId: candidateId,
          changes: { dataSubjectRequestId: { to: request.id } },
        });
        return {
          exportedAt: now.toISOString(),
          request: toRequestView(request, now),
          candidate: { ...toCandidateView(row), informedAt: row.informedAt?.toISOString() ?? null },
          applications: applications.map((a) => ({
            id: a.id,
            procedure: { id: a.procedure.id, title: a.procedure.title, reference: a.procedure.reference, phase: a.procedure.phase },
            source: a.source,
            stage: a.stage,
            rejectionReason: a.rejectionReason,
            agencyMotivation: a.agencyMotivation,
            receivedAt: a.receivedAt.toISOString(),
            completedAt: a.completedAt?.toISOString() ?? null,
            erasedAt: a.erasedAt?.toISOString() ?? null,
            stageHistory: a.stageChanges.map((s) => ({
              from: s.fromStage,
              to: s.toStage,
              at: s.at.toISOString(),
              reasonCategory: s.reasonCategory,
              reason: s.reason,
            })),
            documents: a.documents.map((d) => ({
              id: d.id,
              kind: d.kind,
              fileName: d.fileName,
              sizeBytes: d.sizeBytes,
              uploadedAt: d.createdAt.toISOString(),
              current: d.current,
              supersededAt: d.supersededAt?.toISOString() ?? null,
              erasedAt: d.erasedAt?.toISOString() ?? null,
              sha256: d.sha256,
              downloadUrl: d.current && !d.erasedAt && d.storageKey ? `/v1/applications/${a.id}/documents/${d.kind}` : null,
            })),
            interviews: a.interviews.map((i) => ({
              id: i.id,
              kind: i.kind,
              startsAt: i.startsAt.toISOString(),
              endsAt: i.endsAt.toISOString(),
              location: i.location,
              locationDetail: i.locationDetail,
              status: i.status,
              history: i.history.map((h) => ({
                change: h.change,
                startsAt: new Date(h.startsAt).toISOString(),
                endsAt: new Date(h.endsAt).toISOString(),
                location: h.location,
                locationDetail: h.locationDetail ?? null,
                changedAt: h.changedAt,
                reason: h.reason ?? null,
              })),
            })),
            evaluations: a.interviews.flatMap((i) =>
              i.evaluations.map((e) => ({
                interviewId: i.id,
                submittedAt: e.submittedAt.toISOString(),
                ratings: Object.fromEntries(
                  Object.entries((e.ratings ?? {}) as Record<string, { score?: number; notes?: string | null }>).map(([k, v]) => [
                    k,
                    { score: Number(v?.score), notes: v?.notes ?? null },
                  ]),
                ),
                overallAdvice: e.overallAdvice,
                notes: e.notes,
              })),
            ),
            references: a.referenceChecks.map((r) => ({
              refereeName: r.refereeName,
              relation: r.relation,
              contact: r.contact,
              outcome: r.outcome,
              notes: r.notes,
              completedAt: r.completedAt?.toISOString() ?? null,
              concernsResolvedAt: r.concernsResolvedAt?.toISOString() ?? null,
              resolutionNote: r.resolutionNote,
            })),
            notes: a.notes.map((n) => ({
              id: n.id,
              text: n.text,
              shared: n.shared,
              createdAt: n.createdAt.toISOString(),
              updatedAt: n.updatedAt.toISOString(),
            })),
            stageJustifications: mentioning
              .filter((st) => st.procedureId === a.procedureId)
              .map((st) => ({ stage: st.name, justification: st.justification! })),
            offer: a.offer
              ? {
                  salaryScale: a.offer.salaryScale,
                  monthlySalary: a.offer.monthlySalary.toFixed(2),
                  hoursPerWeek: a.offer.hoursPerWeek,
                  ikbPercentage: a.offer.ikbPercentage.toFixed(2),
                  startDate: toDateOnly(a.offer.startDate),
                  state: a.offer.state,
                }
              : null,
            appointment: a.appointment ? { decisionDate: toDateOnly(a.appointment.decisionDate), decisionReference: a.appointment.decisionReference } : null,
          })),
          // Who recorded a consent stays the key, as before; the person of the
          // agency behind it is left out, as the authors of notes are (GDPR art. 15(4)).
          consents: consents.map((c) => {
            const { recordedByUserId: _person, ...view } = toConsentView(c, now);
            return view;
          }),
          inquiries: inquiries.map((q) => ({
            id: q.id,
            procedureId: q.procedureId,
            channel: q.channel,
            fromName: q.fromName,
            fromEmail: q.fromEmail,
            subject: q.subject,
            receivedAt: q.receivedAt.toISOString(),
            dueAt: q.dueAt.toISOString(),
            answeredAt: q.answeredAt?.toISOString() ?? null,
          })),
          dataSubjectRequests: requests.map((r) => toRequestView(r, now)),
        };
      });
    },

    /**
     * Erases a person on their request. Refused while they are the nominee of
     * a running procedure or appointed anywhere: the procedure (and the
     * employment) needs their data. Applications in running procedures are
     * withdrawn with it.
     */
    async eraseOnRequest(actor: Actor, candidateId: string) {
      const now = clock.now();
      const result = await db.$transaction(async (tx) => {
        // The procedures of the person's applications first, in id order: stage
        // changes, intake and application edits take the procedure's row lock
        // before the application's, and withdrawing here in the other order
        // deadlocked with them.
        await lockProceduresOfCandidate(tx, candidateId);
        const locked = await lockCandidate(tx, candidateId);
        if (locked.length === 0) throw notFound('Candidate', candidateId);
        if (locked[0]!.erased_at) {
          throw conflict('CANDIDATE_ALREADY_ERASED', `This candidate's personal data was already erased at ${locked[0]!.erased_at.toISOString()}.`);
        }
        const applications = await applicationStagesOfCandidate(tx, candidateId);
        const appointed = applications.find((a) => a.stage === 'appointed');
        if (appointed) {
          throw new AppError(409, 'APPOINTED_CANDIDATE_EXEMPT', 'This candidate was appointed; their data passes to the employment and is not erased here.', {
            extensions: { applicationId: appointed.id, procedureId: appointed.procedureId },
          });
        }
        const nominee = applications.find((a) => a.stage === 'nominated' && !isFinished(a.procedure.phase));
        if (nominee) {
          throw new AppError(
            409,
            'NOMINEE_CANNOT_BE_ERASED',
            'This candidate is the nominee of a running procedure: withdraw or reject the nomination first (POST /v1/applications/{applicationId}/transitions), then erase.',
            { extensions: { applicationId: nominee.id, procedureId: nominee.procedureId } },
          );
        }
        const withdrawn = await withdrawRunningApplications(tx, actor, now, [candidateId]);
        const { erased, storageKeys } = await eraseCandidates(tx, actor, now, [candidateId], 'Erased at the request of the candidate.', 'request');
        const request = await answerRequests(tx, actor, now, candidateId, 'erasure');
        return { erased: erased[0]!, withdrawn, storageKeys, request };
      });
      await removeContent(result.storageKeys);
      return {
        candidateId,
        erasedAt: now.toISOString(),
        applicationsKept: result.erased.applications,
        applicationsWithdrawn: result.withdrawn,
        documentsRemoved: result.erased.documents,
        request: toRequestView(result.request, now),
      };
    },

    /**
     * The sweep's step: erases every candidate whose retention period ended
     * at `now`, in batches, each candidate exactly once however many sweeps
     * run at the same moment (the candidate row is locked and re-checked).
     */
    async eraseDue(actor: Actor, now: Date, batch = 100): Promise<{ erased: ErasedCandidate[]; contentRemoved: number }> {
      const erased: ErasedCandidate[] = [];
      let contentRemoved = 0;
      for (;;) {
        const due = await findDueErasures(db, now, batch);
        if (due.length === 0) break;
        const done = await db.$transaction(async (tx) => {
          const claimed = await claimDueErasures(tx, due, now);
          return eraseCandidates(
            tx,
            actor,
            now,
            claimed,
            'Retention period ended (4 weeks after the procedure ended, or the retention consent ended).',
            'retention',
          );
        });
        erased.push(...done.erased);
        contentRemoved += await removeContent(done.storageKeys);
        // Nothing claimed: the rest is being erased by another sweep right now.
        if (done.erased.length === 0 || due.length < batch) break;
      }
      return { erased, contentRemoved };
    },

    /** Retries removing content whose erasure committed but whose removal did not finish. */
    async finishContentRemoval(limit = 1000): Promise<number> {
      const keys = await pendingContentDeletes(db, limit);
      return keys.length > 0 ? removeContent(keys) : 0;
    },
  };
  return service;
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
