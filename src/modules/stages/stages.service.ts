import type { Db, Tx } from '../../db/client.js';
import {
  checkGateClose,
  GATE_MEMBER_STAGES,
  GATE_NAMES,
  STAGE_LABELS,
  STAGE_NAMES,
  stageStatuses,
  stageWindows,
  type GateName,
  type QuotaGate,
  type StageName,
  type StageStatus,
} from '../../domain/gates.js';
import type { EventType } from '../../domain/event-types.js';
import { isFinished } from '../../domain/procedure-changes.js';
import type { TimelineInstants } from '../../domain/timeline.js';
import type { Actor } from '../../lib/actor.js';
import { seesGateClosing, seesProcedure } from '../../domain/visibility.js';
import type { Clock } from '../../lib/clock.js';
import { conflict, notFound } from '../../lib/errors.js';
import { ruleError } from '../../lib/rule-errors.js';
import { recordChange } from '../../db/audit.js';
import { lockProcedure } from '../../db/locks.js';
import {
  boundsOf,
  closeStage,
  findApplicationsInStages,
  findStageProcedure,
  gateCounts,
  loadInstants,
  markPresented,
  storedStatuses,
  updateProcedure,
  type StageProcedure,
} from './stages.repository.js';
import type { GateCloseBody } from './stages.schemas.js';

/** What closing each gate does to the procedure (docs/procedure.md, "Selection funnel" and timeline rows 5 and 6). */
const GATES: Record<QuotaGate, { phase: 'committee_review' | 'interviews'; event: EventType }> = {
  preselection: { phase: 'committee_review', event: 'procedure.overview_sent' },
  shortlist: { phase: 'interviews', event: 'procedure.shortlist_closed' },
};

function isQuotaGate(stage: StageName): stage is QuotaGate {
  return stage === 'preselection' || stage === 'shortlist';
}

function isGate(stage: StageName): stage is GateName {
  return (GATE_NAMES as readonly string[]).includes(stage);
}

/**
 * The stages of a procedure as GET /stages shows them. Without a timeline
 * nothing has opened yet: a stage is then closed or pending.
 */
export function toStagesView(p: StageProcedure, counts: Record<GateName, number>, instants: TimelineInstants | null, now: Date) {
  const stored = storedStatuses(p);
  const statuses: Record<StageName, StageStatus> = instants
    ? stageStatuses({ stored, now, instants })
    : (Object.fromEntries(STAGE_NAMES.map((s) => [s, stored[s] === 'closed' ? 'closed' : 'pending'])) as Record<StageName, StageStatus>);
  const windows = instants ? stageWindows(instants) : null;
  const bounds = boundsOf(p);
  const zone = p.timeZone;
  return {
    procedureId: p.id,
    phase: p.phase,
    timeZone: zone,
    overviewSentAt: p.overviewSentAt ? p.overviewSentAt.toISOString() : null,
    stages: STAGE_NAMES.map((name) => {
      const row = p.stages.find((s) => s.name === name);
      const window = windows?.[name];
      return {
        name,
        label: STAGE_LABELS[name],
        status: statuses[name],
        bounds: isGate(name) ? bounds[name] : null,
        count: isGate(name) ? counts[name] : null,
        window: window ? { startsAt: window.startsAt.toISOString(), endsAt: window.endsAt.toISOString() } : null,
        closedAt: row?.closedAt ? row.closedAt.toISOString() : null,
        closedBy: row?.closedBy ?? null,
        closedByUserId: row?.closedByUserId ?? null,
        justification: row?.justification ?? null,
      };
    }),
  };
}

export type StagesView = ReturnType<typeof toStagesView>;

/** A committee key reads counts, bounds, windows and status, not who closed a gate (key or person) nor the agency's justification. */
export function toCommitteeStagesView(view: StagesView) {
  return {
    procedureId: view.procedureId,
    phase: view.phase,
    overviewSentAt: view.overviewSentAt,
    stages: view.stages.map(({ closedBy: _by, closedByUserId: _person, justification: _why, ...rest }) => rest),
  };
}

function notClosable(stage: StageName) {
  return conflict(
    'STAGE_NOT_CLOSABLE',
    stage === 'nomination'
      ? 'The nomination has no gate to close: nominate one interviewed candidate with a stage change (to: nominated).'
      : `The ${STAGE_LABELS[stage]} is not closed by hand: it ends with the appointment decision (POST /v1/procedures/{procedureId}/appointment).`,
  );
}

export function createStagesService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function load(tx: Tx, actor: Actor, procedureId: string) {
    if (!seesProcedure(actor, procedureId)) throw notFound('Procedure', procedureId);
    const p = await findStageProcedure(tx, procedureId);
    if (!p) throw notFound('Procedure', procedureId);
    return p;
  }

  return {
    async get(actor: Actor, procedureId: string) {
      const p = await load(db, actor, procedureId);
      const [counts, instants] = await Promise.all([gateCounts(db, procedureId), loadInstants(db, procedureId, p.timeZone)]);
      const view = toStagesView(p, counts, instants, clock.now());
      return seesGateClosing(actor) ? view : toCommitteeStagesView(view);
    },

    /**
     * Closes a gate (docs/procedure.md, rule 3): the preselection ("send the
     * candidate overview to the committee") or the shortlist ("invite the
     * shortlist to the interview round"). Every failed condition is listed
     * in the refusal. The procedure row is locked first, so no stage change
     * slips in between the count and the close.
     */
    async close(actor: Actor, procedureId: string, stage: StageName, body: GateCloseBody) {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        if (!seesProcedure(actor, procedureId)) throw notFound('Procedure', procedureId);
        if (!(await lockProcedure(tx, procedureId))) throw notFound('Procedure', procedureId);
        const p = await load(tx, actor, procedureId);
        if (!isQuotaGate(stage)) throw notClosable(stage);
        if (isFinished(p.phase)) {
          throw conflict('PROCEDURE_FINISHED', `The procedure is ${p.phase}; its stages can no longer change.`);
        }
        const instants = await loadInstants(tx, procedureId, p.timeZone);
        if (!instants) {
          throw conflict('TIMELINE_REQUIRED', 'The procedure has no timeline, so its stages have no dates yet; set the timeline first.');
        }
        const counts = await gateCounts(tx, procedureId);
        const stored = storedStatuses(p);
        const bounds = boundsOf(p)[stage];
        const verdict = checkGateClose({
          gate: stage,
          status: stored[stage] === 'closed' ? 'closed' : 'open',
          previousClosed: stage === 'shortlist' ? stored.preselection === 'closed' : undefined,
          count: counts[stage],
          bounds,
          now,
          instants,
          zone: p.timeZone,
          justification: body?.justification,
        });
        if (!verdict.ok) throw ruleError(409, verdict.failures);

        const gate = GATES[stage];
        const previous = p.stages.find((s) => s.name === stage);
        await closeStage(tx, procedureId, stage, { closedBy: actor.id, closedByUserId: actor.userId ?? null }, now, verdict.justification);
        await updateProcedure(tx, procedureId, {
          phase: gate.phase,
          ...(stage === 'preselection' ? { overviewSentAt: now } : {}),
          version: { increment: 1 },
          updatedAt: now,
        });
        const members = await findApplicationsInStages(tx, procedureId, [...GATE_MEMBER_STAGES[stage]]);
        if (stage === 'preselection') {
          // The preselection as it was sent: what a committee key reads in full from now on.
          await markPresented(
            tx,
            members.map((m) => m.id),
            now,
          );
        }
        await recordChange(tx, actor, now, {
          procedureId,
          action: gate.event,
          entityType: 'procedure',
          entityId: procedureId,
          changes: {
            [`stages.${stage}`]: { from: previous?.status ?? 'pending', to: 'closed' },
            phase: { from: p.phase, to: gate.phase },
            ...(stage === 'preselection' ? { overviewSentAt: { from: null, to: now.toISOString() } } : {}),
            count: { to: counts[stage] },
            withinBounds: { to: verdict.withinBounds },
          },
          // The justification may name candidates: it is kept with the stage,
          // where erasure can reach it; the append-only audit trail points there.
          reason: verdict.justification ? `justification kept with stage ${stage}` : null,
          event: {
            type: gate.event,
            payload: {
              procedureId,
              stage,
              count: counts[stage],
              bounds,
              withinBounds: verdict.withinBounds,
              justified: verdict.justification !== null,
              applicationIds: members.map((m) => m.id),
            },
          },
        });
        const fresh = (await findStageProcedure(tx, procedureId))!;
        return toStagesView(fresh, counts, instants, now);
      });
    },
  };
}

export type StagesService = ReturnType<typeof createStagesService>;
