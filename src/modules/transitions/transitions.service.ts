import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Db } from '../../db/client.js';
import { withRawTransaction } from '../../db/raw-transaction.js';
import type { GateName } from '../../domain/gates.js';
import { MILESTONE_KEYS, timelineInstants, type Timeline, type TimelineInstants } from '../../domain/timeline.js';
import type { ApplicationStage } from '../../generated/prisma/enums.js';
import { isComplete } from '../../domain/documents.js';
import type { EventType } from '../../domain/event-types.js';
import { checkTransition, type TransitionKind } from '../../domain/stage-graph.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { staleVersion } from '../../lib/http.js';
import { ruleError } from '../../lib/rule-errors.js';
import { changeValues, recordChange, type Change } from '../../db/audit.js';
import type { IdempotencyClaim, KeyHeld } from '../../plugins/idempotency.js';
import { findApplication, toApplicationView, type ApplicationView } from '../applications/index.js';
import { cancelUpcomingInterviews, interviewHeld } from '../interviews/index.js';
import { boundsOf, findStageProcedure, gateCounts, gateCountsOf, loadInstants, rejectedFrom, storedStatuses, type StageProcedure } from '../stages/index.js';
import {
  beginTransitionFacts,
  findTransitionApplication,
  insertStageChange,
  isKeyTaken,
  keepTransitionClaim,
  lockProcedureOf,
  moveApplicationAt,
  prepareTransitionStatements,
  writeTransitionAndCommit,
} from './transitions.repository.js';
import type { TransitionBody } from './transitions.schemas.js';

/** The audit action and event type of each kind of move. */
const EVENT_TYPES: Record<TransitionKind, EventType> = {
  advance: 'application.stage_changed',
  reinstate: 'application.stage_changed',
  reject: 'application.rejected',
  withdraw: 'application.withdrawn',
};

/**
 * The request's Idempotency-Key and the answer of a move, made before it
 * commits, so that the key is claimed and its record written with the
 * answer in the move's own transaction (withIdempotencyClaim of
 * src/plugins/idempotency.ts): `serialize` turns the application into the
 * response body the route sends.
 */
export interface TransitionAnswer {
  /** The key's claim; null without an Idempotency-Key. */
  claim: IdempotencyClaim | null;
  /** Called once the claim's row has committed: the record is the request's from then on. */
  kept(): void;
  serialize(view: ApplicationView): string;
  headers(view: ApplicationView): Record<string, string>;
}

export function createTransitionsService(deps: { db: Db; pool: pg.Pool; clock: Clock }) {
  const { db, pool, clock } = deps;

  /**
   * The common move in two round trips, straight on `pg`: open the
   * transaction, claim the Idempotency-Key, lock the procedure and read
   * every fact (one simple query), decide in TypeScript (decideMove), write
   * the application, stage change, audit entry, event and idempotency record
   * (one statement) and commit (the same round trip).
   * KeyHeld, rolled back, when the key is not the request's. A move refused
   * commits the claim alone, so that the refusal is stored as the key's
   * answer. Null when the move cancels upcoming interviews: that rarer one
   * goes through `withPrisma`, which shares those writes with the
   * interviews, the claim committed first.
   */
  function onPg(
    actor: Actor,
    applicationId: string,
    expected: number | undefined,
    body: TransitionBody,
    now: Date,
    answer: TransitionAnswer,
  ): Promise<KeyHeld | { view: ApplicationView; recorded: boolean } | null> {
    const { claim } = answer;
    return withRawTransaction(
      pool,
      async (client, tx) => {
        const begun = await beginTransitionFacts(client, applicationId, now, claim);
        if ('keyHeld' in begun) return begun;
        // False when the key's record appeared meanwhile (isKeyTaken): the key is then judged as taken.
        const keepClaim = async (): Promise<boolean> => {
          if (!claim) return true;
          try {
            await keepTransitionClaim(client, claim);
          } catch (error) {
            if (isKeyTaken(error)) return false;
            throw error;
          }
          tx.committed();
          answer.kept();
          return true;
        };
        const { facts } = begun;
        let verdict: { kind: TransitionKind; overQuota: boolean };
        try {
          if (!facts) throw notFound('Application', applicationId);
          ({ verdict } = await decideMove(
            { ...facts.application, documentKinds: facts.application.documents.filter((d) => d.current && d.erasedAt === null).map((d) => d.kind) },
            expected,
            body,
            now,
            {
              procedure: () => facts.procedure,
              instants: () => instantsOf(facts.milestones, facts.procedure.timeZone),
              rejectedFrom: () => facts.rejectedFrom,
              interviewHeld: () => facts.interviewHeld,
              counts: () => gateCountsOf(facts.stageCounts),
            },
          ));
        } catch (refusal) {
          if (!(await keepClaim())) return { keyHeld: 'taken' };
          throw refusal;
        }
        const { application, procedure } = facts;
        // The move goes through withPrisma (rolled back by withRawTransaction without a claim).
        if ((verdict.kind === 'reject' || verdict.kind === 'withdraw') && facts.upcomingInterviews) {
          return (await keepClaim()) ? null : { keyHeld: 'taken' };
        }

        const move = describeMove(actor, applicationId, procedure.id, application, body, verdict, randomUUID());
        const view = toApplicationView({
          ...application,
          stage: body.to,
          rejectionReason: move.rejectionReason,
          version: application.version + 1,
          updatedAt: now,
          stageChanges: [{ at: now }],
        });
        let version: number | null;
        try {
          version = await writeTransitionAndCommit(client, {
            applicationId,
            procedureId: procedure.id,
            version: application.version,
            from: application.stage,
            to: body.to,
            rejectionReason: move.rejectionReason,
            stageChangeId: move.stageChangeId,
            reason: move.reason,
            reasonCategory: move.reasonCategory,
            change: changeValues(actor, move.change),
            at: now,
            idempotency: claim ? { claim, status: 200, headers: answer.headers(view), body: answer.serialize(view) } : null,
          });
        } catch (error) {
          if (isKeyTaken(error)) return { keyHeld: 'taken' };
          throw error;
        }
        tx.committed();
        // Only an upload (which bumps the version without the procedure lock) can come between;
        // nothing was written then, the key's record neither, and the refusal claims the key afresh.
        if (version === null) throw staleVersion('application');
        if (claim) answer.kept();
        return { view, recorded: claim !== null };
      },
      prepareTransitionStatements,
    );
  }

  async function withPrisma(actor: Actor, applicationId: string, expected: number | undefined, body: TransitionBody, now: Date): Promise<ApplicationView> {
    return db.$transaction(async (tx) => {
      const procedureId = await lockProcedureOf(tx, applicationId);
      if (!procedureId) throw notFound('Application', applicationId);
      // Read after the lock: a move that waited for it sees the stage the one before it left.
      const application = await findTransitionApplication(tx, applicationId);
      const { verdict } = await decideMove({ ...application, documentKinds: application.documents.map((d) => d.kind) }, expected, body, now, {
        procedure: async () => (await findStageProcedure(tx, procedureId))!,
        instants: (procedure) => loadInstants(tx, procedureId, procedure.timeZone),
        rejectedFrom: () => rejectedFrom(tx, applicationId),
        interviewHeld: () => interviewHeld(tx, applicationId, now),
        counts: () => gateCounts(tx, procedureId, applicationId),
      });

      const from = application.stage;
      const to = body.to;
      const move = describeMove(actor, applicationId, procedureId, application, body, verdict, randomUUID());
      const updated = await moveApplicationAt(tx, applicationId, application.version, {
        stage: to,
        rejectionReason: move.rejectionReason,
        version: { increment: 1 },
        updatedAt: now,
      });
      if (updated.count === 0) throw staleVersion('application');
      await insertStageChange(tx, {
        id: move.stageChangeId,
        applicationId,
        fromStage: from,
        toStage: to,
        reason: move.reason,
        reasonCategory: move.reasonCategory,
        actor: actor.id,
        userId: actor.userId ?? null,
        at: now,
      });
      await recordChange(tx, actor, now, move.change);
      if (verdict.kind === 'reject' || verdict.kind === 'withdraw') {
        // Interviews still to come of someone who left the procedure free their slot and panel.
        await cancelUpcomingInterviews(tx, actor, now, procedureId, [applicationId], verdict.kind === 'reject' ? 'application rejected' : 'candidate withdrew');
      }
      return toApplicationView((await findApplication(tx, applicationId))!);
    });
  }

  return {
    /**
     * Moves an application along the stage graph (docs/procedure.md, "Application
     * stages"). The procedure row is locked first: every stage change of a
     * procedure runs one after the other, on any instance, so that the count
     * a quota is checked against is still the count when the change commits.
     * `recorded`: the idempotency record (answer.claim) holds the answer
     * already, written in the move's transaction. KeyHeld when the key is not
     * the request's, nothing done.
     */
    async transition(
      actor: Actor,
      applicationId: string,
      expected: number | undefined,
      body: TransitionBody,
      answer: TransitionAnswer,
    ): Promise<KeyHeld | { view: ApplicationView; recorded: boolean }> {
      if (body.reasonCategory && body.to !== 'rejected') {
        throw new AppError(422, 'REASON_CATEGORY_UNEXPECTED', 'A reason category belongs to a rejection only; leave it out for this move.', {
          errors: [{ path: 'body.reasonCategory', message: 'only for to: rejected' }],
        });
      }
      const now = clock.now();
      const done = await onPg(actor, applicationId, expected, body, now, answer);
      return done ?? { view: await withPrisma(actor, applicationId, expected, body, now), recorded: false };
    },
  };
}

/**
 * What deciding a move needs besides the application, each asked for only
 * when the rules get to it and in this order: the fast path (onPg) read them
 * all in one round trip already, the other path (withPrisma) reads each then.
 */
interface MoveFacts {
  procedure(): StageProcedure | Promise<StageProcedure>;
  /** The timeline's instants in the procedure's zone; null when it has no (complete) timeline. */
  instants(procedure: StageProcedure): Readonly<TimelineInstants> | null | Promise<Readonly<TimelineInstants> | null>;
  /** The stage of the last move into `rejected`; asked for only when the application is rejected. */
  rejectedFrom(): ApplicationStage | null | Promise<ApplicationStage | null>;
  /** Whether a committee interview was held; asked for only for a move to `interviewed`. */
  interviewHeld(): boolean | Promise<boolean>;
  /** The gate counts of the procedure, not counting this application. */
  counts(): Record<GateName, number> | Promise<Record<GateName, number>>;
}

/**
 * The decision of a move, the same on both paths: the version the caller
 * expects (If-Match), a timeline, then the stage graph and its rules
 * (checkTransition of src/domain/stage-graph.ts). Throws the 409/412 problem
 * of the first broken rule; the allowed move's kind otherwise.
 */
async function decideMove(
  application: { version: number; stage: ApplicationStage; documentKinds: readonly string[] },
  expected: number | undefined,
  body: TransitionBody,
  now: Date,
  facts: MoveFacts,
): Promise<{ procedure: StageProcedure; verdict: { kind: TransitionKind; overQuota: boolean } }> {
  if (expected !== undefined && application.version !== expected) throw staleVersion('application');
  const procedure = await facts.procedure();
  const instants = await facts.instants(procedure);
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
    rejectedFrom: from === 'rejected' ? await facts.rejectedFrom() : null,
    complete: isComplete(application.documentKinds),
    interviewHeld: to === 'interviewed' ? await facts.interviewHeld() : false,
    procedurePhase: procedure.phase,
    stages: storedStatuses(procedure),
    counts: await facts.counts(),
    bounds: boundsOf(procedure),
    now,
    instants,
    zone: procedure.timeZone,
  });
  if (!verdict.ok) throw ruleError(409, [verdict]);
  return { procedure, verdict };
}

// The instants of a timeline cost a dozen time-zone conversions; the same few
// timelines come back on every move, so they are kept (by dates and zone).
const instantsCache = new Map<string, Readonly<TimelineInstants>>();

/** The timeline's instants in `zone`, from its milestones' dates; null when it is not complete. */
function instantsOf(milestones: Record<string, string>, zone: string): Readonly<TimelineInstants> | null {
  if (!MILESTONE_KEYS.every((k) => k in milestones)) return null;
  const dates = MILESTONE_KEYS.map((k) => milestones[k]!);
  const key = `${zone}|${dates.join('|')}`;
  let instants = instantsCache.get(key);
  if (!instants) {
    instants = Object.freeze(timelineInstants(Object.fromEntries(MILESTONE_KEYS.map((k, i) => [k, dates[i]])) as unknown as Timeline, zone));
    if (instantsCache.size >= 1_000) instantsCache.clear();
    instantsCache.set(key, instants);
  }
  return instants;
}

/** What a move writes besides the application: the stage change's fields and the audit entry with its event (recordChange). */
function describeMove(
  actor: Actor,
  applicationId: string,
  procedureId: string,
  application: { stage: ApplicationStage; rejectionReason: string | null; candidateId: string },
  body: TransitionBody,
  verdict: { kind: TransitionKind; overQuota: boolean },
  stageChangeId: string,
): { rejectionReason: string | null; reason: string | null; reasonCategory: string | null; stageChangeId: string; change: Change } {
  const from = application.stage;
  const to = body.to;
  const rejectionReason = to === 'rejected' ? body.reasonCategory! : verdict.kind === 'reinstate' ? null : application.rejectionReason;
  const reason = body.reason?.trim() || null;
  const reasonCategory = to === 'rejected' ? body.reasonCategory! : null;
  const type = EVENT_TYPES[verdict.kind];
  return {
    rejectionReason,
    reason,
    reasonCategory,
    stageChangeId,
    change: {
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
      reason: reason ? `given with stage change ${stageChangeId}` : null,
      event: {
        type,
        payload: {
          applicationId,
          procedureId,
          candidateId: application.candidateId,
          from,
          to,
          kind: verdict.kind,
          reasonCategory,
          overQuota: verdict.overQuota,
        },
      },
    },
  };
}

export type TransitionsService = ReturnType<typeof createTransitionsService>;
