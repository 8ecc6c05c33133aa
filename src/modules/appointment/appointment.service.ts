import type { Db, Tx } from '../../db/client.js';
import { checkAppointment, type OfferState, type ReferenceCheckState, type ReferenceOutcome } from '../../domain/appointment.js';
import { fromDateOnly, localDateOf, toDateOnly } from '../../domain/local-time.js';
import { isFinished } from '../../domain/procedure-changes.js';
import type { RuleFailure } from '../../domain/rules.js';
import { ACTIVE_STAGES, STAGE_WORDS, type RejectionCategory } from '../../domain/stage-graph.js';
import type { Actor } from '../../lib/actor.js';
import { seesProcedure } from '../../domain/visibility.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { ruleError } from '../../lib/rule-errors.js';
import { recordChange } from '../../db/audit.js';
import { lockProcedure } from '../../db/locks.js';
import { cancelUpcomingInterviews } from '../interviews/index.js';
import { findOffer } from '../offers/index.js';
import { findProcedureId, loadTimeline, procedureTimeZone } from '../procedures/index.js';
import { lockApplication, referencesOf } from '../references/index.js';
import {
  closeStages,
  completeProcedure,
  findAppointment,
  findApplicationOf,
  insertAppointment,
  moveStage,
  nomineesOf,
  rejectOpenApplications,
  positionFilledIds,
} from './appointment.repository.js';
import type { AppointmentInput } from './appointment.schemas.js';

/** The stages the appointment concludes; closed with it. */
const CONCLUDED_STAGES = ['nomination', 'references', 'terms', 'appointment'] as const;
const POSITION_FILLED: RejectionCategory = 'position_filled';

/** Where each refusal points in the request, for `errors[].path`. */
const CONDITION_PATHS: Record<string, string> = {
  NO_NOMINEE: 'body.applicationId',
  NOT_NOMINEE: 'body.applicationId',
  NOMINEE_AMBIGUOUS: 'body.applicationId',
  REFERENCES_MISSING: 'references',
  REFERENCES_INCOMPLETE: 'references',
  UNRESOLVED_CONCERNS: 'references',
  NEGATIVE_REFERENCE: 'references',
  OFFER_NOT_ACCEPTED: 'offer',
};

type AppointmentRow = NonNullable<Awaited<ReturnType<typeof findAppointment>>>;

function toAppointmentView(a: AppointmentRow, rejected: string[]) {
  return {
    id: a.id,
    procedureId: a.procedureId,
    applicationId: a.applicationId,
    candidate: { ...a.application.candidate },
    decisionDate: toDateOnly(a.decisionDate),
    decisionReference: a.decisionReference,
    createdAt: a.createdAt.toISOString(),
    rejectedApplicationIds: rejected,
  };
}

export function createAppointmentService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /** The nominee the decision is about, or the failure that says why there is none. */
  async function nomineeFor(tx: Tx, procedureId: string, applicationId: string | undefined) {
    if (applicationId) {
      const chosen = await findApplicationOf(tx, procedureId, applicationId);
      if (!chosen) {
        throw new AppError(422, 'APPLICATION_NOT_FOUND', `Application ${applicationId} is not an application of this procedure.`, {
          errors: [{ path: 'body.applicationId', message: 'no application with this id in the procedure' }],
        });
      }
      if (chosen.stage === 'nominated') return { nominee: chosen, failure: null };
      return {
        nominee: null,
        failure: {
          code: 'NOT_NOMINEE',
          message: `Only the nominee can be appointed; this candidate is ${STAGE_WORDS[chosen.stage]}.`,
        } satisfies RuleFailure,
      };
    }
    const nominees = await nomineesOf(tx, procedureId);
    if (nominees.length > 1) {
      return {
        nominee: null,
        failure: {
          code: 'NOMINEE_AMBIGUOUS',
          message: `The procedure has ${nominees.length} nominees; say which one is appointed in applicationId.`,
        } satisfies RuleFailure,
      };
    }
    return { nominee: nominees[0] ?? null, failure: null };
  }

  return {
    /**
     * The supervisory board's decision (docs/procedure.md, rule 7). Every missing
     * condition is listed at once; on success one transaction records the
     * appointment, appoints the nominee, rejects everyone else still in the
     * running with "position filled" (cancelling their interviews still to
     * come), closes the concluding stages and completes the procedure.
     */
    async record(actor: Actor, procedureId: string, input: AppointmentInput) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const locked = await lockProcedure(tx, procedureId);
        if (!locked) throw notFound('Procedure', procedureId);
        if (await findAppointment(tx, procedureId)) {
          throw conflict('APPOINTMENT_EXISTS', 'The appointment of this procedure was already recorded.');
        }
        if (isFinished(locked.phase)) {
          throw conflict('PROCEDURE_FINISHED', `The procedure is ${locked.phase}; no appointment can be recorded.`);
        }
        const procedure = await procedureTimeZone(tx, procedureId);
        const { timeline } = await loadTimeline(tx, procedureId);
        if (!timeline) throw conflict('TIMELINE_REQUIRED', 'Set the timeline of the procedure first: the appointment deadline comes from it.');

        const { nominee, failure } = await nomineeFor(tx, procedureId, input.applicationId);
        if (nominee) await lockApplication(tx, nominee.id);
        const references = nominee ? await referencesOf(tx, nominee.id) : [];
        const offer = nominee ? await findOffer(tx, nominee.id) : null;
        const check = checkAppointment({
          nominee: nominee ? { applicationId: nominee.id } : null,
          referenceChecks: references.map((r): ReferenceCheckState => ({
            id: r.id,
            outcome: r.outcome as ReferenceOutcome | null,
            completedAt: r.completedAt,
            concernsResolvedAt: r.concernsResolvedAt,
          })),
          offer: offer ? { state: offer.state as OfferState } : null,
          decisionDate: input.decisionDate,
          appointmentDeadline: timeline.appointmentDeadline,
          today: localDateOf(now, procedure.timeZone),
        });
        if (!check.ok || failure) {
          const failures: RuleFailure[] = [
            ...(failure ? [failure] : []),
            ...(check.ok ? [] : check.failures.filter((f) => !(failure && f.code === 'NO_NOMINEE'))),
          ];
          const onlyDate = failures.every((f) => f.path === 'decisionDate');
          throw ruleError(onlyDate ? 422 : 409, failures, {
            code: 'APPOINTMENT_CONDITIONS_NOT_MET',
            detail: `The appointment cannot be recorded: ${failures.map((f) => f.message.replace(/\.$/, '')).join('; ')}.`,
            fallbackPath: (f) => CONDITION_PATHS[f.code] ?? 'body',
          });
        }
        const appointed = nominee!;

        const created = await insertAppointment(tx, {
          procedureId,
          applicationId: appointed.id,
          decisionDate: fromDateOnly(input.decisionDate),
          decisionReference: input.decisionReference,
          createdAt: now,
        });
        await recordChange(tx, actor, now, {
          procedureId,
          action: 'appointment.recorded',
          entityType: 'appointment',
          entityId: created.id,
          changes: {
            applicationId: { to: appointed.id },
            decisionDate: { to: input.decisionDate },
            decisionReference: { to: input.decisionReference },
          },
        });

        await moveStage(tx, actor, now, { id: appointed.id, from: 'nominated', to: 'appointed', reason: `Decision ${input.decisionReference}` });
        await recordChange(tx, actor, now, {
          procedureId,
          action: 'application.appointed',
          entityType: 'application',
          entityId: appointed.id,
          changes: { stage: { from: 'nominated', to: 'appointed' } },
          reason: `Decision ${input.decisionReference} of ${input.decisionDate}`,
          event: {
            type: 'application.appointed',
            payload: {
              applicationId: appointed.id,
              procedureId,
              appointmentId: created.id,
              decisionDate: input.decisionDate,
              decisionReference: input.decisionReference,
            },
          },
        });

        const others = await rejectOpenApplications(tx, actor, now, {
          procedureId,
          stages: ACTIVE_STAGES,
          except: appointed.id,
          reason: 'Position filled',
          auditReason: 'position filled',
          reasonCategory: POSITION_FILLED,
        });
        await cancelUpcomingInterviews(tx, actor, now, procedureId, others, 'position filled');

        const closed = await closeStages(tx, procedureId, [...CONCLUDED_STAGES], { closedBy: actor.id, closedByUserId: actor.userId ?? null }, now);
        await completeProcedure(tx, procedureId, now);
        await recordChange(tx, actor, now, {
          procedureId,
          action: 'procedure.completed',
          entityType: 'procedure',
          entityId: procedureId,
          changes: {
            phase: { from: locked.phase, to: 'completed' },
            completedAt: { from: null, to: now.toISOString() },
            ...(closed.count > 0 ? { stagesClosed: { to: closed.count } } : {}),
          },
          event: {
            type: 'procedure.completed',
            payload: { procedureId, appointmentId: created.id, applicationId: appointed.id, rejected: others.length, completedAt: now.toISOString() },
          },
        });
        return toAppointmentView((await findAppointment(tx, procedureId))!, others);
      });
    },

    async get(actor: Actor, procedureId: string) {
      if (!seesProcedure(actor, procedureId)) throw notFound('Procedure', procedureId);
      const procedure = await findProcedureId(db, procedureId);
      if (!procedure) throw notFound('Procedure', procedureId);
      const found = await findAppointment(db, procedureId);
      if (!found) throw notFound('The appointment of procedure', procedureId);
      return toAppointmentView(found, await positionFilledIds(db, procedureId));
    },
  };
}

export type AppointmentService = ReturnType<typeof createAppointmentService>;
