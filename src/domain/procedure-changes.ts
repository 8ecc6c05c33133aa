import { MAX_JUSTIFICATION_LENGTH, MIN_JUSTIFICATION_LENGTH } from './gates.js';
import { formatInZone } from './local-time.js';
import { describeDate, type RuleFailure } from './rules.js';
import { checkSalary, type SalaryBound } from './salary.js';
import { MILESTONE_LABELS, timelineInstants, type MilestoneKey, type Timeline } from './timeline.js';

/**
 * The rules for changing a procedure that is running (README, "Changing a
 * running procedure"). A draft changes freely (only the shape and order of
 * its values are checked elsewhere). From the moment it opens, what callers
 * and candidates already rely on is protected in three ways:
 *
 * - frozen: the field cannot change any more (409 FIELD_FROZEN, or
 *   MILESTONE_PASSED for a date that already took effect, or
 *   PROCEDURE_FINISHED once completed or cancelled);
 * - refused because it would invalidate what already happened (409, a code of
 *   its own: STAGE_MAX_BELOW_COUNT, CLOSING_BEFORE_ACCEPTED_APPLICATIONS,
 *   OPENING_AFTER_ACCEPTED_APPLICATIONS, SALARY_EXCLUDES_ACCEPTED_OFFER,
 *   INTERVIEWS_OUTSIDE_ROUND);
 * - allowed with a written justification, kept as the reason of the audit
 *   entry (422 JUSTIFICATION_REQUIRED without one).
 *
 * Every failure names the field it is about (`path`, relative to the body).
 */

export const FINISHED_PHASES = ['completed', 'cancelled'] as const;

/** How a procedure field may change while the procedure runs (opened, not finished). */
export type ChangePolicy = 'free' | 'justified' | 'frozen';

/** The fields of PATCH /v1/procedures/{id} (and the timeline) and how each may change once the procedure opened. */
export const RUNNING_CHANGE_POLICY = {
  reference: 'free',
  title: 'justified',
  hoursPerWeek: 'justified',
  permanent: 'justified',
  locations: 'justified',
  salary: 'justified',
  stageBounds: 'justified',
  profile: 'justified',
  timeline: 'justified',
  timeZone: 'frozen',
} as const satisfies Record<string, ChangePolicy>;

export type ProcedureField = keyof typeof RUNNING_CHANGE_POLICY;

/** The milestones the preselection gate met: history once the overview was sent. */
export const PRESELECTION_MILESTONES: readonly MilestoneKey[] = ['preselectionStart', 'preselectionEnd', 'overviewDue'];

export interface RunningProcedure {
  phase: string;
  timeZone: string;
  now: Date;
  /** When the candidate overview went to the committee (the preselection gate closed). */
  overviewSentAt: Date | null;
  /** Whether the shortlist gate was closed (the interview round was invited). */
  shortlistClosed: boolean;
  /** The stored timeline; null only for a draft without one. */
  timeline: Timeline | null;
  /** Members of each quota gate now. */
  counts: { preselection: number; shortlist: number };
  /** Receipt of the first and last application that came in through the open-call window (open call, referral). */
  windowApplications: { first: Date; last: Date } | null;
  /** First start and last end of the interviews that are not cancelled. */
  interviews: { first: Date; last: Date } | null;
  /** Offers that were accepted: the agreed terms. */
  acceptedOffers: ReadonlyArray<{ applicationId: string; startDate: string; monthlySalary: string }>;
}

export interface ProcedureChange {
  /** The fields whose value the request actually changes (an unchanged value is no change). */
  changed: ReadonlyArray<ProcedureField>;
  /** The new bounds of the gates whose bounds change. */
  stageBounds?: Partial<Record<'preselection' | 'shortlist', { min: number; max: number }>>;
  /** The new salary bounds when the salary changes (null: the salary is removed). */
  salaryBounds?: readonly SalaryBound[] | null;
  /** The new timeline when it is set. */
  timeline?: Timeline;
  justification?: string | null;
}

export type ChangeVerdict = { ok: true; justification: string | null } | { ok: false; status: 409 | 422; failures: RuleFailure[] };

export function isFinished(phase: string): boolean {
  return (FINISHED_PHASES as readonly string[]).includes(phase);
}

/** The trimmed justification, or null when blank. */
function trimmed(justification: string | null | undefined): string | null {
  const text = justification?.trim() ?? '';
  return text === '' ? null : text;
}

function justificationFailure(justification: string | null, fields: readonly string[]): RuleFailure | null {
  const what = fields.join(', ');
  if (justification === null) {
    return {
      code: 'JUSTIFICATION_REQUIRED',
      message: `Changing ${what} of a running procedure needs a written justification (justification, at least ${MIN_JUSTIFICATION_LENGTH} characters); it is kept in the audit trail.`,
      path: 'justification',
    };
  }
  if (justification.length < MIN_JUSTIFICATION_LENGTH || justification.length > MAX_JUSTIFICATION_LENGTH) {
    return {
      code: 'JUSTIFICATION_REQUIRED',
      message: `The justification for changing ${what} must have ${MIN_JUSTIFICATION_LENGTH} to ${MAX_JUSTIFICATION_LENGTH} characters (it has ${justification.length}).`,
      path: 'justification',
    };
  }
  return null;
}

/** The milestones whose date differs between two timelines. */
export function changedMilestones(before: Timeline | null, after: Timeline): MilestoneKey[] {
  return (Object.keys(after) as MilestoneKey[]).filter((k) => before?.[k] !== after[k]);
}

function finishedFailures(phase: string, fields: readonly string[]): RuleFailure[] {
  return fields.map((field) => ({
    code: 'PROCEDURE_FINISHED',
    message: `The procedure is ${phase}; ${field} can no longer change.`,
    path: field,
  }));
}

function timelineFailures(state: RunningProcedure, next: Timeline): RuleFailure[] {
  const failures: RuleFailure[] = [];
  const before = state.timeline;
  const zone = state.timeZone;
  const moved = new Set(changedMilestones(before, next));
  if (!before || moved.size === 0) return failures;
  const was = timelineInstants(before, zone);
  const will = timelineInstants(next, zone);
  const at = (d: Date) => formatInZone(d, zone);
  const now = state.now.getTime();

  if (moved.has('opening') && was.applicationsOpenAt.getTime() <= now) {
    failures.push({
      code: 'MILESTONE_PASSED',
      message: `The procedure opened for applications at ${at(was.applicationsOpenAt)}; its opening date (${describeDate(before.opening)}) can no longer move.`,
      path: 'opening',
    });
  } else if (moved.has('opening') && state.windowApplications && will.applicationsOpenAt > state.windowApplications.first) {
    failures.push({
      code: 'OPENING_AFTER_ACCEPTED_APPLICATIONS',
      message: `An application was already accepted at ${at(state.windowApplications.first)}; the opening cannot move after it.`,
      path: 'opening',
    });
  }
  if (moved.has('closing') && was.applicationsCloseAt.getTime() <= now) {
    failures.push({
      code: 'MILESTONE_PASSED',
      message: `The intake closed at ${at(was.applicationsCloseAt)}; its closing date (${describeDate(before.closing)}) can no longer move.`,
      path: 'closing',
    });
  } else if (moved.has('closing') && state.windowApplications && will.applicationsCloseAt <= state.windowApplications.last) {
    failures.push({
      code: 'CLOSING_BEFORE_ACCEPTED_APPLICATIONS',
      message: `An application was already accepted at ${at(state.windowApplications.last)}; the closing date cannot move before it (the intake would end at ${at(will.applicationsCloseAt)}).`,
      path: 'closing',
    });
  }
  if (state.overviewSentAt) {
    for (const key of PRESELECTION_MILESTONES) {
      if (moved.has(key)) {
        failures.push({
          code: 'FIELD_FROZEN',
          message: `The candidate overview was sent at ${at(state.overviewSentAt)}; the ${MILESTONE_LABELS[key]} can no longer move.`,
          path: key,
        });
      }
    }
  }
  if (state.shortlistClosed && moved.has('committeeMeeting')) {
    failures.push({
      code: 'FIELD_FROZEN',
      message: 'The shortlist was invited to the interview round after the committee meeting; the meeting date can no longer move.',
      path: 'committeeMeeting',
    });
  }
  if (state.interviews && (moved.has('interviewRoundStart') || moved.has('interviewRoundEnd'))) {
    if (will.interviewRoundStartsAt > state.interviews.first) {
      failures.push({
        code: 'INTERVIEWS_OUTSIDE_ROUND',
        message: `An interview is scheduled at ${at(state.interviews.first)}; the interview round cannot start after it.`,
        path: 'interviewRoundStart',
      });
    }
    if (will.interviewRoundEndsAt < state.interviews.last) {
      failures.push({
        code: 'INTERVIEWS_OUTSIDE_ROUND',
        message: `An interview is scheduled until ${at(state.interviews.last)}; the interview round cannot end before it.`,
        path: 'interviewRoundEnd',
      });
    }
  }
  return failures;
}

/**
 * May this change be made to the procedure in its present state? Lists every
 * refusal at once; the verdict is 409 when something is frozen or would be
 * invalidated, else 422 when the justification is missing.
 */
export function checkProcedureChange(state: RunningProcedure, change: ProcedureChange): ChangeVerdict {
  const justification = trimmed(change.justification);
  if (change.changed.length === 0) return { ok: true, justification };
  if (isFinished(state.phase)) return { ok: false, status: 409, failures: finishedFailures(state.phase, change.changed) };
  if (state.phase === 'draft') return { ok: true, justification };

  const failures: RuleFailure[] = [];
  for (const field of change.changed) {
    if (RUNNING_CHANGE_POLICY[field] === 'frozen') {
      failures.push({
        code: 'FIELD_FROZEN',
        message: `The procedure has opened; its ${field === 'timeZone' ? 'time zone (which gives every date its instant)' : field} can no longer change.`,
        path: field,
      });
    }
  }
  if (change.changed.includes('profile') && state.overviewSentAt) {
    failures.push({
      code: 'FIELD_FROZEN',
      message: `The candidate overview was sent at ${formatInZone(state.overviewSentAt, state.timeZone)}; the candidates are assessed against this profile, which can no longer change.`,
      path: 'profile',
    });
  }
  for (const gate of ['preselection', 'shortlist'] as const) {
    const bounds = change.stageBounds?.[gate];
    if (!bounds) continue;
    const closed = gate === 'preselection' ? state.overviewSentAt !== null : state.shortlistClosed;
    if (closed) {
      failures.push({
        code: 'FIELD_FROZEN',
        message: `The ${gate} gate is closed; its bounds can no longer change.`,
        path: `stageBounds.${gate}`,
      });
    } else if (bounds.max < state.counts[gate]) {
      failures.push({
        code: 'STAGE_MAX_BELOW_COUNT',
        message: `The ${gate} already holds ${state.counts[gate]} candidates; its maximum cannot drop to ${bounds.max}.`,
        path: `stageBounds.${gate}.max`,
      });
    }
  }
  if (change.salaryBounds !== undefined) {
    for (const offer of state.acceptedOffers) {
      const verdict = checkSalary(offer.monthlySalary, offer.startDate, change.salaryBounds ?? []);
      if (!verdict.ok) {
        failures.push({
          code: 'SALARY_EXCLUDES_ACCEPTED_OFFER',
          message: `The offer accepted for application ${offer.applicationId} (EUR ${offer.monthlySalary} a month from ${describeDate(offer.startDate)}) would fall outside the new bounds: ${verdict.message}`,
          path: change.salaryBounds ? 'salary.bounds' : 'salary',
        });
      }
    }
  }
  if (change.timeline) failures.push(...timelineFailures(state, change.timeline));
  if (failures.length > 0) return { ok: false, status: 409, failures };

  const needing = change.changed.filter((f) => RUNNING_CHANGE_POLICY[f] === 'justified');
  const missing = needing.length > 0 ? justificationFailure(justification, needing) : null;
  if (missing) return { ok: false, status: 422, failures: [missing] };
  return { ok: true, justification };
}

export interface ApplicationChangeState {
  procedurePhase: string;
  /** When the overview was sent to the committee, or null. */
  overviewSentAt: Date | null;
  /** Whether this application was in the overview as preselected (the committee read it in full). */
  presented: boolean;
}

export interface ApplicationChange {
  sourceChanged: boolean;
  agencyMotivationChanged: boolean;
  justification?: string | null;
}

/**
 * An application's fields once the procedure runs: nothing changes after it
 * finished; the source is frozen once the overview was sent (it decides what
 * the committee sees); the agency's motivation of a candidate the committee
 * read in full changes only with a written justification.
 */
export function checkApplicationChange(state: ApplicationChangeState, change: ApplicationChange): ChangeVerdict {
  const justification = trimmed(change.justification);
  const changed = [...(change.sourceChanged ? ['source'] : []), ...(change.agencyMotivationChanged ? ['agencyMotivation'] : [])];
  if (changed.length === 0) return { ok: true, justification };
  if (isFinished(state.procedurePhase)) return { ok: false, status: 409, failures: finishedFailures(state.procedurePhase, changed) };
  if (change.sourceChanged && state.overviewSentAt) {
    return {
      ok: false,
      status: 409,
      failures: [
        {
          code: 'FIELD_FROZEN',
          message:
            'The candidate overview was sent to the committee; the source of an application (which decides what the committee sees) can no longer change.',
          path: 'source',
        },
      ],
    };
  }
  if (change.agencyMotivationChanged && state.presented) {
    const missing = justificationFailure(justification, ['the agency motivation of a candidate in the sent overview']);
    if (missing) return { ok: false, status: 422, failures: [missing] };
  }
  return { ok: true, justification };
}
