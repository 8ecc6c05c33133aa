import type { Db } from '../../db/client.js';
import { isComplete } from '../../domain/documents.js';
import type { EventType } from '../../domain/event-types.js';
import { checkTransition, type TransitionKind } from '../../domain/stage-graph.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { staleVersion } from '../../lib/http.js';
import { ruleError } from '../../lib/rule-errors.js';
import { findApplication, toApplicationView, type ApplicationView } from '../applications/index.js';
import { recordChange } from '../../db/audit.js';
import { cancelUpcomingInterviews, interviewHeld } from '../interviews/index.js';
import { boundsOf, findStageProcedure, gateCounts, loadInstants, rejectedFrom, storedStatuses } from '../stages/index.js';
import { findTransitionApplication, insertStageChange, lockProcedureOf, moveApplicationAt } from './transitions.repository.js';
import type { TransitionBody } from './transitions.schemas.js';

/** The audit action and event type of each kind of move. */
const EVENT_TYPES: Record<TransitionKind, EventType> = {
  advance: 'application.stage_changed',
  reinstate: 'application.stage_changed',
  reject: 'application.rejected',
  withdraw: 'application.withdrawn',
};

export function createTransitionsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  return {
    /**
     * Moves an application along the stage graph (docs/procedure.md, "Application
     * stages"). The procedure row is locked first: every stage change of a
     * procedure runs one after the other, on any instance, so that the count
     * a quota is checked against is still the count when the change commits.
     */
    async transition(actor: Actor, applicationId: string, expected: number | undefined, body: TransitionBody): Promise<ApplicationView> {
      if (body.reasonCategory && body.to !== 'rejected') {
        throw new AppError(422, 'REASON_CATEGORY_UNEXPECTED', 'A reason category belongs to a rejection only; leave it out for this move.', {
          errors: [{ path: 'body.reasonCategory', message: 'only for to: rejected' }],
        });
      }
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const procedureId = await lockProcedureOf(tx, applicationId);
        if (!procedureId) throw notFound('Application', applicationId);
        // Read after the lock: a move that waited for it sees the stage the one before it left.
        const application = await findTransitionApplication(tx, applicationId);
        if (expected !== undefined && application.version !== expected) throw staleVersion('application');
        const procedure = (await findStageProcedure(tx, procedureId))!;
        const instants = await loadInstants(tx, procedureId, procedure.timeZone);
        if (!instants) {
          throw conflict('TIMELINE_REQUIRED', 'The procedure has no timeline, so its stages have no dates yet; set the timeline first.');
        }
        const from = application.stage;
        const to = body.to;
        const verdict = checkTransition({
          from,
          to,
          reason: body.reason,
          reasonCategory: body.reasonCategory,
          rejectedFrom: from === 'rejected' ? await rejectedFrom(tx, applicationId) : null,
          complete: isComplete(application.documents.map((d) => d.kind)),
          interviewHeld: to === 'interviewed' ? await interviewHeld(tx, applicationId, now) : false,
          procedurePhase: procedure.phase,
          stages: storedStatuses(procedure),
          counts: await gateCounts(tx, procedureId, applicationId),
          bounds: boundsOf(procedure),
          now,
          instants,
          zone: procedure.timeZone,
        });
        if (!verdict.ok) throw ruleError(409, [verdict]);

        const rejectionReason = to === 'rejected' ? body.reasonCategory! : verdict.kind === 'reinstate' ? null : application.rejectionReason;
        const updated = await moveApplicationAt(tx, applicationId, application.version, {
          stage: to,
          rejectionReason,
          version: { increment: 1 },
          updatedAt: now,
        });
        if (updated.count === 0) throw staleVersion('application');
        const reason = body.reason?.trim() || null;
        const stageChange = await insertStageChange(tx, {
          applicationId,
          fromStage: from,
          toStage: to,
          reason,
          reasonCategory: to === 'rejected' ? body.reasonCategory! : null,
          actor: actor.id,
          at: now,
        });
        const type = EVENT_TYPES[verdict.kind];
        await recordChange(tx, actor, now, {
          procedureId,
          action: type,
          entityType: 'application',
          entityId: applicationId,
          changes: {
            stage: { from, to },
            ...(rejectionReason !== application.rejectionReason ? { rejectionReason: { from: application.rejectionReason, to: rejectionReason } } : {}),
            ...(verdict.overQuota ? { overQuota: { to: true } } : {}),
          },
          // The consultant's reason is free text about a person: it stays with the
          // stage change, which erasure can clear; the append-only audit trail
          // only points to it.
          reason: reason ? `given with stage change ${stageChange.id}` : null,
          event: {
            type,
            payload: {
              applicationId,
              procedureId,
              candidateId: application.candidateId,
              from,
              to,
              kind: verdict.kind,
              reasonCategory: to === 'rejected' ? body.reasonCategory! : null,
              overQuota: verdict.overQuota,
            },
          },
        });
        if (verdict.kind === 'reject' || verdict.kind === 'withdraw') {
          // Interviews still to come of someone who left the procedure free their slot and panel.
          await cancelUpcomingInterviews(tx, actor, now, procedureId, [applicationId], verdict.kind === 'reject' ? 'application rejected' : 'candidate withdrew');
        }
        return toApplicationView((await findApplication(tx, applicationId))!);
      });
    },
  };
}

export type TransitionsService = ReturnType<typeof createTransitionsService>;
