import type { Db, Tx } from '../../db/client.js';
import { ACTIVE_STAGES, STAGE_WORDS } from '../../domain/stage-graph.js';
import { isFinished } from '../../domain/procedure-changes.js';
import type { ReferenceCheck } from '../../generated/prisma/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { staleVersion } from '../../lib/http.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { diff, recordChange } from '../../db/audit.js';
import { activeConsent, latestConsent, recordConsent, toConsentView, withdrawConsent } from '../consents/index.js';
import {
  findPipelineApplication,
  findReference,
  insertReference,
  listReferences,
  lockApplication,
  updateReferenceAt,
  type PipelineApplication,
} from './references.repository.js';
import { PERSONAL_KEYS } from '../../domain/personal-data.js';
import type { ConsentInput, ReferenceInput, ReferenceListQuery, ReferencePatch } from './references.schemas.js';

/** Referees' names, relation and contact data, and what they said, are personal data: never audit values. */
const PERSONAL = [...PERSONAL_KEYS];

export function toReferenceView(r: ReferenceCheck) {
  return {
    id: r.id,
    applicationId: r.applicationId,
    refereeName: r.refereeName,
    relation: r.relation,
    contact: r.contact,
    outcome: r.outcome as 'positive' | 'concerns' | 'negative' | null,
    notes: r.notes,
    completedAt: r.completedAt?.toISOString() ?? null,
    concernsResolvedAt: r.concernsResolvedAt?.toISOString() ?? null,
    resolutionNote: r.resolutionNote,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export type ReferenceView = ReturnType<typeof toReferenceView>;

/** The refusal for a step of the nominee's only (docs/procedure.md, rule 5: "it concerns the nominee only"). */
export function notNominee(stage: PipelineApplication['stage'], what: string): AppError {
  return conflict('NOT_NOMINEE', `${what} concern${what.endsWith('s') ? '' : 's'} the nominee only; this candidate is ${STAGE_WORDS[stage]}.`);
}

export function assertProcedureOpen(application: PipelineApplication): void {
  if (isFinished(application.procedure.phase)) {
    throw conflict('PROCEDURE_FINISHED', `The procedure is ${application.procedure.phase}; this can no longer change.`);
  }
}

/** Loads an application (404 when it does not exist) and, in a transaction, locks it first. */
export async function pipelineApplication(tx: Tx, id: string, lock: boolean): Promise<PipelineApplication> {
  if (lock && !(await lockApplication(tx, id))) throw notFound('Application', id);
  const found = await findPipelineApplication(tx, id);
  if (!found) throw notFound('Application', id);
  return found;
}

function consentMissing(): AppError {
  return conflict(
    'REFERENCE_CONSENT_MISSING',
    "The nominee's consent to a reference check is not recorded (or was withdrawn): record it first with POST /v1/applications/{applicationId}/reference-consent.",
  );
}

export function createReferencesService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function requireConsent(tx: Tx, application: PipelineApplication, now: Date) {
    const consent = await activeConsent(tx, { candidateId: application.candidateId, kind: 'reference_check', applicationId: application.id, now });
    if (!consent) throw consentMissing();
  }

  return {
    /**
     * Records the candidate's consent to a reference check for this
     * application: when it was given, its scope, and (from the key) who
     * recorded it. One consent in force at a time.
     */
    async recordConsent(actor: Actor, applicationId: string, input: ConsentInput) {
      const now = clock.now();
      const givenAt = input.givenAt ? new Date(input.givenAt) : now;
      if (givenAt.getTime() > now.getTime()) {
        throw new AppError(422, 'CONSENT_IN_FUTURE', 'Consent can be recorded once it was given; givenAt lies in the future.', {
          errors: [{ path: 'body.givenAt', message: 'must not lie in the future' }],
        });
      }
      return db.$transaction(async (tx) => {
        const application = await pipelineApplication(tx, applicationId, true);
        assertProcedureOpen(application);
        if (!ACTIVE_STAGES.includes(application.stage)) {
          throw conflict('APPLICATION_NOT_ACTIVE', `This candidate is ${STAGE_WORDS[application.stage]}; no reference check will take place.`);
        }
        const existing = await activeConsent(tx, { candidateId: application.candidateId, kind: 'reference_check', applicationId, now });
        if (existing) {
          throw conflict('CONSENT_EXISTS', 'A consent to the reference check is already recorded for this application; withdraw it first to record another.', {
            extensions: { consentId: existing.id },
          });
        }
        const created = await recordConsent(
          tx,
          {
            candidateId: application.candidateId,
            applicationId,
            kind: 'reference_check',
            scope: input.scope,
            givenAt,
            recordedBy: actor.id,
            recordedByUserId: actor.userId ?? null,
          },
          now,
        );
        await recordChange(tx, actor, now, {
          procedureId: application.procedureId,
          action: 'consent.recorded',
          entityType: 'consent',
          entityId: created.id,
          changes: {
            kind: { to: 'reference_check' },
            applicationId: { to: applicationId },
            givenAt: { to: givenAt.toISOString() },
            scope: { to: '[personal data]' },
          },
          event: {
            type: 'consent.recorded',
            payload: {
              consentId: created.id,
              candidateId: application.candidateId,
              applicationId,
              procedureId: application.procedureId,
              kind: 'reference_check',
            },
          },
        });
        return toConsentView(created, now);
      });
    },

    async getConsent(actor: Actor, applicationId: string) {
      void actor;
      const application = await pipelineApplication(db, applicationId, false);
      const found = await latestConsent(db, { candidateId: application.candidateId, kind: 'reference_check', applicationId });
      if (!found) throw notFound('A reference-check consent for application', applicationId);
      return toConsentView(found, clock.now());
    },

    /** Withdraws the consent in force; references already completed stay, no new ones can be taken. */
    async withdrawConsent(actor: Actor, applicationId: string) {
      const now = clock.now();
      await db.$transaction(async (tx) => {
        const application = await pipelineApplication(tx, applicationId, true);
        const found = await activeConsent(tx, { candidateId: application.candidateId, kind: 'reference_check', applicationId, now });
        if (!found) throw notFound('A reference-check consent in force for application', applicationId);
        await withdrawConsent(tx, found.id, now);
        await recordChange(tx, actor, now, {
          procedureId: application.procedureId,
          action: 'consent.withdrawn',
          entityType: 'consent',
          entityId: found.id,
          changes: { withdrawnAt: { from: null, to: now.toISOString() } },
          event: {
            type: 'consent.withdrawn',
            payload: {
              consentId: found.id,
              candidateId: application.candidateId,
              applicationId,
              procedureId: application.procedureId,
              kind: 'reference_check',
            },
          },
        });
      });
    },

    /** A referee for the nominee, once the nominee's consent is recorded (docs/procedure.md, rule 5). */
    async add(actor: Actor, applicationId: string, input: ReferenceInput) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const application = await pipelineApplication(tx, applicationId, true);
        assertProcedureOpen(application);
        if (application.stage !== 'nominated') throw notNominee(application.stage, 'Reference checks');
        await requireConsent(tx, application, now);
        const created = await insertReference(tx, {
          applicationId,
          refereeName: input.refereeName,
          relation: input.relation,
          contact: input.contact ?? null,
          createdAt: now,
          updatedAt: now,
        });
        await recordChange(tx, actor, now, {
          procedureId: application.procedureId,
          action: 'reference.added',
          entityType: 'reference_check',
          entityId: created.id,
          changes: diff({}, { refereeName: created.refereeName, relation: created.relation, contact: created.contact }, PERSONAL),
          event: { type: 'reference.added', payload: { referenceId: created.id, applicationId, procedureId: application.procedureId } },
        });
        return toReferenceView(created);
      });
    },

    async list(actor: Actor, applicationId: string, query: ReferenceListQuery) {
      void actor;
      await pipelineApplication(db, applicationId, false);
      const rows = await listReferences(db, { applicationId, limit: query.limit, cursor: decodeCursor(query.cursor) });
      return toPage(rows, query.limit, (r) => ({ k: r.createdAt.toISOString(), id: r.id }), toReferenceView);
    },

    async get(actor: Actor, applicationId: string, referenceId: string) {
      void actor;
      const found = await findReference(db, applicationId, referenceId);
      if (!found) throw notFound('Reference check', referenceId);
      return toReferenceView(found);
    },

    /**
     * Records the referee's details, the outcome (once, with notes; it
     * completes the check) and the resolution of concerns (with a note). A
     * completed check keeps its referee and outcome. Recording an outcome
     * needs the consent still in force.
     */
    async update(actor: Actor, applicationId: string, referenceId: string, expected: number | undefined, patch: ReferencePatch) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const application = await pipelineApplication(tx, applicationId, true);
        const current = await findReference(tx, applicationId, referenceId);
        if (!current) throw notFound('Reference check', referenceId);
        if (expected !== undefined && current.version !== expected) throw staleVersion('reference check');
        assertProcedureOpen(application);
        if (application.stage !== 'nominated') throw notNominee(application.stage, 'Reference checks');

        const completed = current.outcome !== null;
        const settingOutcome = patch.outcome !== undefined && !completed;
        const touchesCheck = patch.refereeName !== undefined || patch.relation !== undefined || patch.contact !== undefined || patch.notes !== undefined;
        if (completed && (touchesCheck || (patch.outcome !== undefined && patch.outcome !== current.outcome))) {
          throw conflict('REFERENCE_COMPLETED', `This reference check was completed (${current.outcome}); its referee, outcome and notes stay as recorded.`);
        }
        const outcome = settingOutcome ? patch.outcome! : current.outcome;
        const notes = patch.notes ?? current.notes;
        if (settingOutcome && !notes) {
          throw new AppError(422, 'NOTES_REQUIRED', 'A reference check ends with an outcome and notes: say what the referee told you.', {
            errors: [{ path: 'body.notes', message: 'required with the outcome' }],
          });
        }
        if (settingOutcome) await requireConsent(tx, application, now);
        if (patch.resolutionNote !== undefined) {
          if (outcome !== 'concerns' && outcome !== 'negative') {
            throw conflict(
              'NOTHING_TO_RESOLVE',
              outcome === null
                ? 'This reference check has no outcome yet; there are no concerns to resolve.'
                : 'This reference was positive; there are no concerns to resolve.',
            );
          }
          if (current.concernsResolvedAt) {
            throw conflict('CONCERNS_ALREADY_RESOLVED', 'The concerns of this reference were already marked resolved.');
          }
        }

        const data = {
          ...(patch.refereeName !== undefined ? { refereeName: patch.refereeName } : {}),
          ...(patch.relation !== undefined ? { relation: patch.relation } : {}),
          ...(patch.contact !== undefined ? { contact: patch.contact ?? null } : {}),
          ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
          ...(settingOutcome ? { outcome, completedAt: now } : {}),
          ...(patch.resolutionNote !== undefined ? { resolutionNote: patch.resolutionNote, concernsResolvedAt: now } : {}),
        };
        if (Object.keys(data).length === 0) return toReferenceView(current);
        const updated = await updateReferenceAt(tx, referenceId, current.version, { ...data, version: { increment: 1 }, updatedAt: now });
        if (updated.count === 0) throw staleVersion('reference check');
        const fresh = (await findReference(tx, applicationId, referenceId))!;
        const before = toReferenceView(current) as Record<string, unknown>;
        const after = toReferenceView(fresh) as Record<string, unknown>;
        const fields = (keys: string[]) => diff(before, Object.fromEntries(keys.map((k) => [k, after[k]])), PERSONAL);
        const base = { procedureId: application.procedureId, entityType: 'reference_check', entityId: referenceId };
        const payload = { referenceId, applicationId, procedureId: application.procedureId };

        const detailKeys = ['refereeName', 'relation', 'contact'].filter((k) => k in data);
        if (settingOutcome) {
          await recordChange(tx, actor, now, {
            ...base,
            action: 'reference.completed',
            changes: fields([...detailKeys, 'outcome', 'notes', 'completedAt']),
            event: { type: 'reference.completed', payload: { ...payload, outcome } },
          });
        } else if (detailKeys.length > 0 || patch.notes !== undefined) {
          await recordChange(tx, actor, now, {
            ...base,
            action: 'reference.updated',
            changes: fields([...detailKeys, ...(patch.notes !== undefined ? ['notes'] : [])]),
          });
        }
        if (patch.resolutionNote !== undefined) {
          await recordChange(tx, actor, now, {
            ...base,
            action: 'reference.concerns_resolved',
            changes: fields(['resolutionNote', 'concernsResolvedAt']),
            event: { type: 'reference.concerns_resolved', payload: { ...payload, outcome } },
          });
        }
        return toReferenceView(fresh);
      });
    },
  };
}

export type ReferencesService = ReturnType<typeof createReferencesService>;
