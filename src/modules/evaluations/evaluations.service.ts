import type { Db, Tx } from '../../db/client.js';
import { checkRatings, summariseScorecards, type Scorecard } from '../../domain/scorecards.js';
import { isFinished } from '../../domain/procedure-changes.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { ruleError } from '../../lib/rule-errors.js';
import { recordChange } from '../../db/audit.js';
import { isUniqueViolation } from '../candidates/index.js';
import { findInterview, type InterviewRow } from '../interviews/index.js';
import { isCommitteeKey, seesOthersScorecards, seesProcedure, seesScorecardSummary } from '../../domain/visibility.js';
import { visibleInterviewWhere } from '../../db/visibility-where.js';
import {
  committeeInterviewsWithScorecards,
  findEvaluation,
  findProfile,
  insertEvaluation,
  listEvaluations,
  type EvaluationRow,
} from './evaluations.repository.js';
import type { EvaluationInput, EvaluationListQuery } from './evaluations.schemas.js';

export function toEvaluationView(row: EvaluationRow) {
  const ratings = row.ratings;
  return {
    id: row.id,
    interviewId: row.interviewId,
    applicationId: row.interview.applicationId,
    procedureId: row.interview.procedureId,
    member: { id: row.member.id, name: row.member.name, role: row.member.role },
    ratings: Object.fromEntries(Object.entries(ratings).map(([k, r]) => [k, { score: r.score, notes: r.notes ?? null }])),
    overallAdvice: row.overallAdvice as EvaluationInput['overallAdvice'],
    notes: row.notes,
    submittedAt: row.submittedAt.toISOString(),
  };
}

export function createEvaluationsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function interviewFor(tx: Tx, actor: Actor, interviewId: string): Promise<InterviewRow> {
    const found = await findInterview(tx, interviewId, visibleInterviewWhere(actor));
    if (!found) throw notFound('Interview', interviewId);
    return found;
  }

  /** Whose scorecard: a committee key's own member, or the member an agency key names. */
  function memberOf(actor: Actor, input: EvaluationInput): string {
    if (isCommitteeKey(actor)) {
      if (!actor.memberId) throw new AppError(403, 'FORBIDDEN', 'This committee key belongs to no committee member.');
      if (input.memberId !== undefined && input.memberId !== actor.memberId) {
        throw new AppError(403, 'NOT_OWN_SCORECARD', 'A committee member submits their own scorecard only.', {
          errors: [{ path: 'body.memberId', message: 'must be your own member id (or left out)' }],
        });
      }
      return actor.memberId;
    }
    if (!input.memberId) {
      throw new AppError(422, 'MEMBER_REQUIRED', 'Say on whose behalf this scorecard is submitted: give the memberId of a panel member.', {
        errors: [{ path: 'body.memberId', message: 'required for agency keys' }],
      });
    }
    return input.memberId;
  }

  return {
    /**
     * One scorecard per panel member and interview, once the interview has
     * started: a rating of 1 to 5 for every criterion of the procedure's
     * profile (and nothing else), an overall advice and notes.
     */
    async submit(actor: Actor, interviewId: string, input: EvaluationInput) {
      const now = clock.now();
      const memberId = memberOf(actor, input);
      try {
        return await db.$transaction(async (tx) => {
          const interview = await interviewFor(tx, actor, interviewId);
          const procedure = (await findProfile(tx, interview.procedureId))!;
          if (isFinished(procedure.phase)) {
            throw conflict('PROCEDURE_FINISHED', `The procedure is ${procedure.phase}; no scorecards can be added any more.`);
          }
          const onPanel = interview.panel.find((p) => p.memberId === memberId);
          if (!onPanel) {
            throw isCommitteeKey(actor)
              ? new AppError(403, 'NOT_ON_PANEL', 'You did not sit on the panel of this interview, so you cannot submit a scorecard for it.')
              : new AppError(422, 'NOT_ON_PANEL', `Committee member ${memberId} did not sit on the panel of this interview.`, {
                  errors: [{ path: 'body.memberId', message: 'not on the panel of this interview' }],
                });
          }
          if (interview.status === 'cancelled') {
            throw conflict('INTERVIEW_CANCELLED', 'This interview was cancelled; there is nothing to evaluate.');
          }
          if (now.getTime() < interview.startsAt.getTime()) {
            throw conflict('INTERVIEW_NOT_STARTED', 'A scorecard can be submitted once the interview has started.');
          }
          const criteria = procedure.profileCriteria;
          const check = checkRatings(
            criteria.map((c) => c.key),
            Object.keys(input.ratings),
          );
          if (!check.ok) throw ruleError(422, check.failures);
          if (await findEvaluation(tx, interviewId, memberId)) throw evaluationExists();

          const ratings = Object.fromEntries(criteria.map((c) => [c.key, { score: input.ratings[c.key]!.score, notes: input.ratings[c.key]!.notes ?? null }]));
          const created = await insertEvaluation(tx, {
            interviewId,
            memberId,
            ratings,
            overallAdvice: input.overallAdvice,
            notes: input.notes ?? null,
            submittedAt: now,
          });
          // Notes are opinions about a person: they stay out of the audit trail and the events.
          await recordChange(tx, actor, now, {
            procedureId: interview.procedureId,
            action: 'evaluation.submitted',
            entityType: 'evaluation',
            entityId: created.id,
            changes: {
              interviewId: { to: interviewId },
              memberId: { to: memberId },
              scores: { to: Object.fromEntries(Object.entries(ratings).map(([k, r]) => [k, r.score])) },
              overallAdvice: { to: input.overallAdvice },
              ...(input.notes || Object.values(ratings).some((r) => r.notes) ? { notes: { to: '[personal data]' } } : {}),
            },
            event: {
              type: 'evaluation.submitted',
              payload: { evaluationId: created.id, interviewId, applicationId: interview.applicationId, procedureId: interview.procedureId, memberId },
            },
          });
          return toEvaluationView((await findEvaluation(tx, interviewId, memberId))!);
        });
      } catch (error) {
        if (isUniqueViolation(error, 'interview_id') || isUniqueViolation(error, 'interviewId')) throw evaluationExists();
        throw error;
      }
    },

    /**
     * The scorecards of an interview. Agency keys see all. A committee member
     * sees the others' only after submitting their own, so that no one's
     * judgement leans on another's; before that, the list is empty.
     */
    async list(actor: Actor, interviewId: string, query: EvaluationListQuery) {
      const interview = await interviewFor(db, actor, interviewId);
      const ownSubmitted = isCommitteeKey(actor) && actor.memberId !== null && (await findEvaluation(db, interview.id, actor.memberId)) !== null;
      const othersVisible = seesOthersScorecards(actor, ownSubmitted);
      const onlyMember = othersVisible ? undefined : (actor.memberId ?? '00000000-0000-0000-0000-000000000000');
      const rows = await listEvaluations(db, { interviewId, limit: query.limit, cursor: decodeCursor(query.cursor), memberId: onlyMember });
      return { ...toPage(rows, query.limit, (r) => ({ k: r.submittedAt.toISOString(), id: r.id }), toEvaluationView), othersVisible };
    },

    /**
     * Averages per candidate and criterion over the scorecards of the
     * committee interviews, best overall average first. A committee member
     * sees a candidate's averages once they submitted their own scorecard
     * for that candidate (the rule of the scorecards themselves).
     */
    async summary(actor: Actor, procedureId: string) {
      if (!seesProcedure(actor, procedureId)) throw notFound('Procedure', procedureId);
      const procedure = await findProfile(db, procedureId);
      if (!procedure) throw notFound('Procedure', procedureId);
      const criteria = procedure.profileCriteria;
      const interviews = await committeeInterviewsWithScorecards(db, procedureId);
      const byApplication = new Map<
        string,
        { application: (typeof interviews)[number]['application']; interviews: number; cards: Scorecard[]; memberIds: Set<string> }
      >();
      for (const interview of interviews) {
        const entry = byApplication.get(interview.applicationId) ?? {
          application: interview.application,
          interviews: 0,
          cards: [],
          memberIds: new Set<string>(),
        };
        entry.interviews += 1;
        for (const e of interview.evaluations) {
          entry.cards.push({ ratings: e.ratings, overallAdvice: e.overallAdvice });
          entry.memberIds.add(e.memberId);
        }
        byApplication.set(interview.applicationId, entry);
      }
      const visible = [...byApplication.values()].filter((e) => seesScorecardSummary(actor, e.memberIds));
      const items = visible.map((e) => {
        const summary = summariseScorecards(
          criteria.map((c) => c.key),
          e.cards,
        );
        return {
          applicationId: e.application.id,
          candidate: { ...e.application.candidate },
          stage: e.application.stage,
          interviews: e.interviews,
          ...summary,
        };
      });
      items.sort((a, b) => {
        if (a.overallAverage !== b.overallAverage) {
          if (a.overallAverage === null) return 1;
          if (b.overallAverage === null) return -1;
          return Number(b.overallAverage.replace('.', '')) - Number(a.overallAverage.replace('.', ''));
        }
        return a.applicationId.localeCompare(b.applicationId);
      });
      return { procedureId, criteria, items };
    },
  };
}

function evaluationExists(): AppError {
  return conflict('EVALUATION_EXISTS', 'This panel member already submitted a scorecard for this interview; a scorecard cannot be submitted twice.');
}

export type EvaluationsService = ReturnType<typeof createEvaluationsService>;
