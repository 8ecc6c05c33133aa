import type { Db, Tx } from '../../db/client.js';
import { checkInterviewSlot, findConflicts, slotOf, type InterviewKind, type InterviewLocation, type Slot } from '../../domain/interview-slots.js';
import type { RuleFailure } from '../../domain/rules.js';
import { isFinished } from '../../domain/procedure-changes.js';
import { ACTIVE_STAGES, STAGE_WORDS, type ApplicationStage } from '../../domain/stage-graph.js';
import { timelineInstants } from '../../domain/timeline.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { staleVersion } from '../../lib/http.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { ruleError } from '../../lib/rule-errors.js';
import { diff, recordChange } from '../../db/audit.js';
import { lockProcedure } from '../../db/locks.js';
import { findProcedureId, loadTimeline, procedureTimeZone } from '../procedures/index.js';
import {
  findApplicationInProcedure,
  findInterview,
  findMembers,
  insertInterview,
  listInterviews,
  lockCandidate,
  lockInterview,
  overlappingInterviews,
  replacePanel,
  upcomingInterviews,
  updateInterview,
  updateInterviewAt,
  type InterviewRow,
} from './interviews.repository.js';
import type { HistoryEntry, InterviewInput, InterviewListQuery, InterviewPatch } from './interviews.schemas.js';
import { PERSONAL_KEYS } from '../../domain/personal-data.js';
import { seesProcedure } from '../../domain/visibility.js';
import { visibleInterviewWhere } from '../../db/visibility-where.js';

/** docs/procedure.md, rule 4, and the interview round of the selection funnel: the committee interviews the shortlist. */
const COMMITTEE_STAGES: readonly ApplicationStage[] = ['shortlisted', 'interviewed'];

function minutesOf(slot: Slot): number {
  return Math.round((slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000);
}

export function toInterviewView(row: InterviewRow) {
  const zone = row.procedure.timeZone;
  const history = row.history.map((h) => ({
    ...h,
    startsAt: new Date(h.startsAt).toISOString(),
    endsAt: new Date(h.endsAt).toISOString(),
  }));
  return {
    id: row.id,
    procedureId: row.procedureId,
    applicationId: row.applicationId,
    candidate: {
      id: row.application.candidate.id,
      firstName: row.application.candidate.firstName,
      lastName: row.application.candidate.lastName,
    },
    kind: row.kind as InterviewKind,
    status: row.status as 'scheduled' | 'cancelled',
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    durationMinutes: minutesOf(row),
    timeZone: zone,
    location: row.location as InterviewLocation,
    locationDetail: row.locationDetail,
    panel: row.panel.map((p) => ({ memberId: p.member.id, name: p.member.name, role: p.member.role })).sort((a, b) => a.memberId.localeCompare(b.memberId)),
    history,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type InterviewView = ReturnType<typeof toInterviewView>;

/** The audited shape of a schedule: no names, only ids; recordChange redacts the location detail. */
function scheduleOf(row: { startsAt: Date; endsAt: Date; location: string; locationDetail: string | null; panel: readonly string[] }) {
  return {
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    location: row.location,
    locationDetail: row.locationDetail,
    panel: [...row.panel].sort(),
  };
}

function panelIds(row: InterviewRow): string[] {
  return row.panel.map((p) => p.memberId).sort();
}

function historyEntry(row: InterviewRow, change: HistoryEntry['change'], actor: Actor, now: Date, reason: string | null): HistoryEntry {
  return {
    change,
    ...scheduleOf({ ...row, panel: panelIds(row) }),
    location: row.location as InterviewLocation,
    changedAt: now.toISOString(),
    actor: actor.id,
    reason,
  };
}

/**
 * Cancels a scheduled interview inside the caller's transaction: the row
 * stays with status `cancelled` and its last schedule appended to the history.
 * Used by DELETE and by the appointment, which cancels the interviews still
 * to come of the candidates it rejects.
 */
export async function cancelInterviewRow(tx: Tx, actor: Actor, now: Date, row: InterviewRow, reason: string | null): Promise<void> {
  const history = [...row.history, historyEntry(row, 'cancelled', actor, now, reason)];
  await updateInterview(tx, row.id, {
    status: 'cancelled',
    history,
    version: { increment: 1 },
    updatedAt: now,
  });
  await recordChange(tx, actor, now, {
    procedureId: row.procedureId,
    action: 'interview.cancelled',
    entityType: 'interview',
    entityId: row.id,
    changes: { status: { from: 'scheduled', to: 'cancelled' } },
    // Free text about a person stays in the interview's history (which erasure
    // clears), not in the append-only audit trail or the outgoing event.
    reason: reason ? 'given in the interview history' : null,
    event: {
      type: 'interview.cancelled',
      payload: { interviewId: row.id, procedureId: row.procedureId, applicationId: row.applicationId, kind: row.kind },
    },
  });
}

/** Cancels the scheduled interviews of these applications that have not started yet. */
export async function cancelUpcomingInterviews(
  tx: Tx,
  actor: Actor,
  now: Date,
  procedureId: string,
  applicationIds: readonly string[],
  reason: string,
): Promise<number> {
  if (applicationIds.length === 0) return 0;
  const rows = await upcomingInterviews(tx, procedureId, now, applicationIds);
  for (const row of rows) await cancelInterviewRow(tx, actor, now, row, reason);
  return rows.length;
}

interface Plan {
  kind: InterviewKind;
  slot: Slot;
  location: string;
  locationDetail: string | null;
  panel: string[];
}

export function createInterviewsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /** Takes the procedure's row lock; a finished procedure's interviews no longer change (scheduling, rescheduling, cancelling). */
  async function lockRunningProcedure(tx: Tx, procedureId: string) {
    const locked = await lockProcedure(tx, procedureId);
    if (!locked) throw notFound('Procedure', procedureId);
    if (isFinished(locked.phase)) {
      throw conflict('PROCEDURE_FINISHED', `The procedure is ${locked.phase}; its interviews can no longer change.`);
    }
  }

  async function procedureFor(tx: Tx, actor: Actor, procedureId: string) {
    if (!seesProcedure(actor, procedureId)) throw notFound('Procedure', procedureId);
    await lockRunningProcedure(tx, procedureId);
    const procedure = await procedureTimeZone(tx, procedureId);
    const { timeline } = await loadTimeline(tx, procedureId);
    if (!timeline) {
      throw conflict('TIMELINE_REQUIRED', 'Set the timeline of the procedure first: interviews are planned in its windows.');
    }
    return { zone: procedure.timeZone, instants: timelineInstants(timeline, procedure.timeZone) };
  }

  async function getRow(tx: Tx, actor: Actor, id: string): Promise<InterviewRow> {
    const found = await findInterview(tx, id, visibleInterviewWhere(actor));
    if (!found) throw notFound('Interview', id);
    return found;
  }

  /** `path` names the input the refusal is about: the applicationId when scheduling, nothing when rescheduling. */
  function assertStage(kind: InterviewKind, stage: ApplicationStage, path?: string) {
    const errors = (code: string) => (path ? { errors: [{ path, message: `the application is ${stage}`, code }] } : {});
    if (kind === 'committee' && !COMMITTEE_STAGES.includes(stage)) {
      throw conflict(
        'NOT_SHORTLISTED',
        `The committee interviews shortlisted candidates only; this candidate is ${STAGE_WORDS[stage]}.`,
        errors('NOT_SHORTLISTED'),
      );
    }
    if (kind === 'agency_screening' && !ACTIVE_STAGES.includes(stage)) {
      throw conflict(
        'APPLICATION_NOT_ACTIVE',
        `This candidate is ${STAGE_WORDS[stage]}; no interview can be planned with them.`,
        errors('APPLICATION_NOT_ACTIVE'),
      );
    }
  }

  /**
   * Every check of a planned interview, in the order a consultant fixes them:
   * the input itself (panel, location; 422), its window (422), then double
   * bookings against what is already planned (409). The procedure is locked
   * by the caller, so two bookings cannot both pass the last check.
   */
  async function checkPlan(
    tx: Tx,
    procedureId: string,
    application: { id: string; candidateId: string },
    plan: Plan,
    context: Awaited<ReturnType<typeof procedureFor>>,
    ignoreId?: string,
  ) {
    const input: RuleFailure[] = [];
    if (plan.location === 'other' && !plan.locationDetail) {
      input.push({ code: 'LOCATION_DETAIL_REQUIRED', message: 'For a location "other", say where in locationDetail.', path: 'locationDetail' });
    }
    if (plan.kind === 'committee' && plan.panel.length === 0) {
      input.push({ code: 'PANEL_REQUIRED', message: 'A committee interview needs at least one committee member on the panel.', path: 'panel' });
    }
    const seen = new Set<string>();
    plan.panel.forEach((id, i) => {
      if (seen.has(id)) input.push({ code: 'PANEL_MEMBER_REPEATED', message: `Committee member ${id} is on the panel twice.`, path: `panel.${i}` });
      seen.add(id);
    });
    const members = await findMembers(tx, procedureId, [...seen]);
    const byId = new Map(members.map((m) => [m.id, m]));
    plan.panel.forEach((id, i) => {
      const member = byId.get(id);
      if (!member) {
        input.push({ code: 'PANEL_MEMBER_UNKNOWN', message: `${id} is not a member of this procedure's committee.`, path: `panel.${i}` });
      } else if (member.removedAt) {
        input.push({ code: 'PANEL_MEMBER_REMOVED', message: `${member.name} has left the committee and cannot sit on a panel.`, path: `panel.${i}` });
      }
    });
    const slot = checkInterviewSlot({ kind: plan.kind, slot: plan.slot, instants: context.instants, zone: context.zone });
    if (!slot.ok) input.push(...slot.failures);
    if (input.length > 0) throw ruleError(422, input);

    await lockCandidate(tx, application.candidateId);
    const existing = await overlappingInterviews(tx, {
      procedureId,
      candidateId: application.candidateId,
      applicationId: application.id,
      slot: plan.slot,
    });
    const clashes = findConflicts({
      slot: plan.slot,
      applicationId: application.id,
      panel: plan.panel,
      existing,
      ignoreId,
      zone: context.zone,
      memberLabel: (id) => byId.get(id)?.name ?? `Committee member ${id}`,
    });
    if (!clashes.ok) throw ruleError(409, clashes.failures);
  }

  return {
    async schedule(actor: Actor, procedureId: string, input: InterviewInput): Promise<InterviewView> {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const context = await procedureFor(tx, actor, procedureId);
        const application = await findApplicationInProcedure(tx, procedureId, input.applicationId);
        if (!application) {
          throw new AppError(422, 'APPLICATION_NOT_FOUND', `Application ${input.applicationId} is not an application of this procedure.`, {
            errors: [{ path: 'body.applicationId', message: 'no application with this id in the procedure' }],
          });
        }
        assertStage(input.kind, application.stage, 'body.applicationId');
        const plan: Plan = {
          kind: input.kind,
          slot: slotOf(new Date(input.startsAt), input.durationMinutes),
          location: input.location,
          locationDetail: input.locationDetail ?? null,
          panel: input.panel,
        };
        await checkPlan(tx, procedureId, application, plan, context);
        const created = await insertInterview(tx, {
          procedureId,
          applicationId: application.id,
          kind: plan.kind,
          startsAt: plan.slot.startsAt,
          endsAt: plan.slot.endsAt,
          location: plan.location,
          locationDetail: plan.locationDetail,
          status: 'scheduled',
          createdAt: now,
          updatedAt: now,
          panel: { create: plan.panel.map((memberId) => ({ memberId })) },
        });
        const schedule = scheduleOf({ ...plan.slot, location: plan.location, locationDetail: plan.locationDetail, panel: plan.panel });
        await recordChange(tx, actor, now, {
          procedureId,
          action: 'interview.scheduled',
          entityType: 'interview',
          entityId: created.id,
          changes: diff({}, { applicationId: application.id, kind: plan.kind, ...schedule }, [...PERSONAL_KEYS]),
          event: {
            type: 'interview.scheduled',
            payload: { interviewId: created.id, procedureId, applicationId: application.id, kind: plan.kind, ...schedule },
          },
        });
        return toInterviewView((await findInterview(tx, created.id))!);
      });
    },

    async list(actor: Actor, procedureId: string, query: InterviewListQuery) {
      if (!seesProcedure(actor, procedureId)) throw notFound('Procedure', procedureId);
      const procedure = await findProcedureId(db, procedureId);
      if (!procedure) throw notFound('Procedure', procedureId);
      const rows = await listInterviews(db, {
        procedureId,
        limit: query.limit,
        cursor: decodeCursor(query.cursor),
        updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined,
        applicationId: query.applicationId,
        kind: query.kind,
        status: query.status,
        visible: visibleInterviewWhere(actor),
      });
      return toPage(rows, query.limit, (r) => ({ k: r.startsAt.toISOString(), id: r.id }), toInterviewView);
    },

    async get(actor: Actor, id: string): Promise<InterviewView> {
      return toInterviewView(await getRow(db, actor, id));
    },

    /**
     * Moves an interview (time, length, place or panel). Every rule of
     * scheduling applies again; the schedule before the change is appended to
     * the history. An interview that has started or was cancelled stays as it is.
     */
    async reschedule(actor: Actor, id: string, expected: number | undefined, patch: InterviewPatch): Promise<InterviewView> {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const peek = await getRow(tx, actor, id);
        const context = await procedureFor(tx, actor, peek.procedureId);
        await lockInterview(tx, id);
        const current = await getRow(tx, actor, id);
        if (expected !== undefined && current.version !== expected) throw staleVersion('interview');
        if (current.status === 'cancelled') throw conflict('INTERVIEW_CANCELLED', 'This interview was cancelled; schedule a new one instead.');
        if (current.startsAt.getTime() <= now.getTime()) {
          throw conflict('INTERVIEW_ALREADY_STARTED', 'This interview has already started; its schedule is kept as it took place.');
        }
        const application = await findApplicationInProcedure(tx, current.procedureId, current.applicationId);
        assertStage(current.kind as InterviewKind, application!.stage);
        const startsAt = patch.startsAt !== undefined ? new Date(patch.startsAt) : current.startsAt;
        const plan: Plan = {
          kind: current.kind as InterviewKind,
          slot: slotOf(startsAt, patch.durationMinutes ?? minutesOf(current)),
          location: patch.location ?? current.location,
          locationDetail: patch.locationDetail !== undefined ? (patch.locationDetail ?? null) : current.locationDetail,
          panel: patch.panel ?? panelIds(current),
        };
        const before = scheduleOf({ ...current, panel: panelIds(current) });
        const after = scheduleOf({ ...plan.slot, location: plan.location, locationDetail: plan.locationDetail, panel: plan.panel });
        const changes = diff(before, after, [...PERSONAL_KEYS]);
        if (Object.keys(changes).length === 0) return toInterviewView(current);
        await checkPlan(tx, current.procedureId, application!, plan, context, current.id);

        const reason = patch.reason ?? null;
        const history = [...current.history, historyEntry(current, 'rescheduled', actor, now, reason)];
        const updated = await updateInterviewAt(tx, id, current.version, {
          startsAt: plan.slot.startsAt,
          endsAt: plan.slot.endsAt,
          location: plan.location,
          locationDetail: plan.locationDetail,
          history,
          version: { increment: 1 },
          updatedAt: now,
        });
        if (updated.count === 0) throw staleVersion('interview');
        if (changes.panel) {
          await replacePanel(tx, id, plan.panel);
        }
        await recordChange(tx, actor, now, {
          procedureId: current.procedureId,
          action: 'interview.rescheduled',
          entityType: 'interview',
          entityId: id,
          changes,
          reason: reason ? 'given in the interview history' : null,
          event: {
            type: 'interview.rescheduled',
            payload: { interviewId: id, procedureId: current.procedureId, applicationId: current.applicationId, kind: current.kind, before, after },
          },
        });
        return toInterviewView((await findInterview(tx, id))!);
      });
    },

    /** Cancels an interview that has not started; cancelling a cancelled one changes nothing. */
    async cancel(actor: Actor, id: string, expected: number | undefined, reason: string | null): Promise<void> {
      const now = clock.now();
      await db.$transaction(async (tx) => {
        const peek = await getRow(tx, actor, id);
        // As reschedule: the procedure's row lock first, then the interview's.
        await lockRunningProcedure(tx, peek.procedureId);
        await lockInterview(tx, id);
        const current = await getRow(tx, actor, id);
        if (expected !== undefined && current.version !== expected) throw staleVersion('interview');
        if (current.status === 'cancelled') return;
        if (current.startsAt.getTime() <= now.getTime()) {
          throw conflict('INTERVIEW_ALREADY_STARTED', 'This interview has already started and cannot be cancelled any more.');
        }
        await cancelInterviewRow(tx, actor, now, current, reason);
      });
    },
  };
}

export type InterviewsService = ReturnType<typeof createInterviewsService>;
