import type { TimelineInstants } from './timeline.js';
import { describeInstant, type RuleChecks, type RuleFailure } from './rules.js';

/**
 * The procedure's stages (docs/procedure.md, "Procedure stages and gates") and their gates.
 *
 * A stage's status is derived, not set by hand: it is `closed` once its gate
 * was closed (the stored status, the only state kept in the database), `open`
 * once the timeline and the previous gate allow work in it, and `pending`
 * before that. See {@link stageStatuses}.
 *
 * Bounds come from the procedure (docs/procedure.md, rule 3: preselection "about 4
 * to 6", interview shortlist "about 3 to 4", exactly one nominee). "About"
 * means a consultant may go past a bound only with a written justification,
 * which the caller keeps with the stage and in the audit trail.
 */

export type StageName = 'preselection' | 'shortlist' | 'nomination' | 'references' | 'terms' | 'appointment';
export const STAGE_NAMES: readonly StageName[] = ['preselection', 'shortlist', 'nomination', 'references', 'terms', 'appointment'];

/** The stages that have member bounds and govern an application stage. */
export type GateName = 'preselection' | 'shortlist' | 'nomination';
export const GATE_NAMES: readonly GateName[] = ['preselection', 'shortlist', 'nomination'];

/** The gates whose bounds a consultant may pass with a justification. */
export type QuotaGate = 'preselection' | 'shortlist';

export type StageStatus = 'pending' | 'open' | 'closed';

export interface StageBounds {
  min: number;
  max: number;
}

/** Defaults of the procedure template (docs/procedure.md, rule 3); the procedure's own values win. */
export const DEFAULT_BOUNDS: Record<GateName, StageBounds> = {
  preselection: { min: 4, max: 6 },
  shortlist: { min: 3, max: 4 },
  nomination: { min: 1, max: 1 },
};

/** A justification must be a real sentence, not "ok" (docs/procedure.md, rule 3: "kept"). */
export const MIN_JUSTIFICATION_LENGTH = 20;
export const MAX_JUSTIFICATION_LENGTH = 2000;

export const STAGE_LABELS: Record<StageName, string> = {
  preselection: 'preselection',
  shortlist: 'interview shortlist',
  nomination: 'nomination',
  references: 'reference check',
  terms: 'terms of employment',
  appointment: 'appointment',
};

/** What closing each quota gate means to the people involved. */
export const GATE_ACTIONS: Record<QuotaGate, string> = {
  preselection: 'send the candidate overview to the committee',
  shortlist: 'invite the shortlist to the interview round',
};

/** The application stages counted as members of a gate: those that got at least that far and are still in. */
export const GATE_MEMBER_STAGES = {
  preselection: ['preselected', 'shortlisted', 'interviewed', 'nominated', 'appointed'],
  shortlist: ['shortlisted', 'interviewed', 'nominated', 'appointed'],
  nomination: ['nominated', 'appointed'],
} as const satisfies Record<GateName, readonly string[]>;

/** Every stage some gate counts (GATE_MEMBER_STAGES): the only ones a gate count needs to read. */
export const COUNTED_STAGES: ReadonlyArray<(typeof GATE_MEMBER_STAGES)[GateName][number]> = [...new Set(Object.values(GATE_MEMBER_STAGES).flat())];

/**
 * The trimmed justification, or null when none was given (blank counts as none).
 */
export function normaliseJustification(justification: string | null | undefined): string | null {
  const trimmed = justification?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The refusal for a justification that is too short or too long, or null when it is fine. */
export function justificationProblem(justification: string, path = 'justification'): RuleFailure | null {
  const length = justification.trim().length;
  if (length < MIN_JUSTIFICATION_LENGTH) {
    return {
      code: 'JUSTIFICATION_TOO_SHORT',
      message: `The justification is too short (${length} characters): write at least ${MIN_JUSTIFICATION_LENGTH} characters saying why the procedure goes past its bounds.`,
      path,
    };
  }
  if (length > MAX_JUSTIFICATION_LENGTH) {
    return {
      code: 'JUSTIFICATION_TOO_LONG',
      message: `The justification is too long (${length} characters); keep it under ${MAX_JUSTIFICATION_LENGTH}.`,
      path,
    };
  }
  return null;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface QuotaInput {
  gate: QuotaGate;
  /** Members of the gate now (see {@link GATE_MEMBER_STAGES}), before the one being added. */
  count: number;
  bounds: StageBounds;
  /** The consultant's written justification for going past the maximum; the transition's reason. */
  justification?: string | null;
}

/**
 * May one more candidate join an open stage? Up to the maximum always; past
 * it only with a justification of at least {@link MIN_JUSTIFICATION_LENGTH}
 * characters (a 7th preselection without one is refused with
 * STAGE_QUOTA_EXCEEDED). The lower bound is not checked here: it applies when
 * the gate closes. `overQuota` tells the caller that the justification was
 * needed, so that it keeps it.
 */
export function checkStageQuota(input: QuotaInput): RuleChecks<{ overQuota: boolean }> {
  const { gate, count, bounds } = input;
  if (count + 1 <= bounds.max) return { ok: true, overQuota: false };
  const justification = normaliseJustification(input.justification);
  const label = STAGE_LABELS[gate];
  if (justification === null) {
    return {
      ok: false,
      failures: [
        {
          code: 'STAGE_QUOTA_EXCEEDED',
          message: `The ${label} already holds ${plural(count, 'candidate')}, and this procedure allows ${bounds.min} to ${bounds.max}. Adding another needs a written justification (at least ${MIN_JUSTIFICATION_LENGTH} characters) as the reason.`,
          path: 'reason',
        },
      ],
    };
  }
  const problem = justificationProblem(justification, 'reason');
  if (problem) return { ok: false, failures: [problem] };
  return { ok: true, overQuota: true };
}

export interface GateCloseInput {
  gate: QuotaGate;
  /** The stored status of the stage; only `closed` matters here. */
  status: StageStatus;
  /** For the shortlist: whether the preselection gate is closed (the overview was sent). */
  previousClosed?: boolean;
  /** Members of the gate now (see {@link GATE_MEMBER_STAGES}). */
  count: number;
  bounds: StageBounds;
  now: Date;
  instants: Pick<TimelineInstants, 'applicationsCloseAt' | 'committeeMeetingStartsAt'>;
  /** The procedure's time zone, for the wording of dates. */
  zone: string;
  justification?: string | null;
}

/**
 * The earliest instant a gate may close:
 * - preselection: the end of the closing date for applications (the overview
 *   covers every applicant, so it cannot be sent while applications may still
 *   arrive; docs/procedure.md, "Selection funnel": "after the closing date").
 * - shortlist: the start of the committee-meeting day, in the procedure's zone.
 *   The meeting's hour is not recorded, so the invitations may go out any time
 *   on that day (the reference procedure invites on 16 January, the meeting day).
 */
export function gateClosableFrom(gate: QuotaGate, instants: GateCloseInput['instants']): Date {
  return gate === 'preselection' ? instants.applicationsCloseAt : instants.committeeMeetingStartsAt;
}

/**
 * Closing a gate: preselection ("send the overview to the committee") or
 * shortlist ("invite the shortlist to the interview round"). Returns every
 * failed condition:
 * - STAGE_ALREADY_CLOSED: the gate was closed before.
 * - STAGE_NOT_OPEN: the shortlist cannot close before the overview was sent.
 * - GATE_TOO_EARLY: before {@link gateClosableFrom}.
 * - STAGE_QUOTA_NOT_MET / STAGE_QUOTA_EXCEEDED: the count lies outside the
 *   bounds and no justification was given. With a justification of at least
 *   {@link MIN_JUSTIFICATION_LENGTH} characters the bounds may be passed, but
 *   never down to zero: a gate with no candidates cannot close.
 * - JUSTIFICATION_TOO_SHORT: a justification was needed and is too short.
 *   A justification given while none is needed is kept but not judged.
 *
 * On success, `withinBounds` says whether the justification was needed and
 * `justification` is the trimmed text to keep (or null).
 */
export function checkGateClose(input: GateCloseInput): RuleChecks<{ withinBounds: boolean; justification: string | null }> {
  const { gate, count, bounds, now, zone } = input;
  const label = STAGE_LABELS[gate];
  const failures: RuleFailure[] = [];
  if (input.status === 'closed') {
    failures.push({
      code: 'STAGE_ALREADY_CLOSED',
      message:
        gate === 'preselection'
          ? 'The candidate overview was already sent to the committee; the preselection is closed.'
          : 'The shortlist was already invited to the interview round; the shortlist is closed.',
    });
  }
  if (gate === 'shortlist' && input.previousClosed === false) {
    failures.push({
      code: 'STAGE_NOT_OPEN',
      message: 'The shortlist cannot be invited before the candidate overview was sent to the committee.',
    });
  }
  const from = gateClosableFrom(gate, input.instants);
  if (now.getTime() < from.getTime()) {
    failures.push({
      code: 'GATE_TOO_EARLY',
      message:
        gate === 'preselection'
          ? `The candidate overview can be sent only after the closing date for applications, from ${describeInstant(from, zone)}.`
          : `The shortlist can be invited only from the day of the committee meeting, ${describeInstant(from, zone)}.`,
    });
  }
  const justification = normaliseJustification(input.justification);
  const withinBounds = count >= bounds.min && count <= bounds.max;
  if (count === 0) {
    failures.push({
      code: 'STAGE_QUOTA_NOT_MET',
      message: `The ${label} holds no candidates; at least one is needed to ${GATE_ACTIONS[gate]}, whatever the justification.`,
    });
  } else if (!withinBounds) {
    const below = count < bounds.min;
    if (justification === null) {
      failures.push({
        code: below ? 'STAGE_QUOTA_NOT_MET' : 'STAGE_QUOTA_EXCEEDED',
        message: `The ${label} holds ${plural(count, 'candidate')}, ${below ? 'fewer' : 'more'} than the ${bounds.min} to ${bounds.max} of this procedure. To ${GATE_ACTIONS[gate]} anyway, give a written justification (at least ${MIN_JUSTIFICATION_LENGTH} characters).`,
        path: 'justification',
      });
    } else {
      const problem = justificationProblem(justification);
      if (problem) failures.push(problem);
    }
  }
  if (failures.length > 0) return { ok: false, failures };
  return { ok: true, withinBounds, justification };
}

export interface StageStatusInput {
  /** Stored statuses; a stage counts as closed only when its stored status is `closed`. */
  stored: Partial<Record<StageName, StageStatus>>;
  now: Date;
  instants: Pick<TimelineInstants, 'applicationsCloseAt' | 'interviewRoundStartsAt'>;
}

/**
 * The effective status of every stage:
 * - preselection opens when the closing date for applications has passed;
 * - shortlist opens when the preselection is closed (the overview was sent),
 *   because the committee chooses whom to invite from that overview;
 * - nomination opens when the shortlist is closed and the interview round has
 *   started (docs/procedure.md: nomination "after the interview round"; a nominee
 *   may be chosen once interviews have begun);
 * - references, terms and appointment open with the nomination (they run "in
 *   parallel, after nomination").
 * Each is closed when its stored status says so, whatever the rest.
 */
export function stageStatuses(input: StageStatusInput): Record<StageName, StageStatus> {
  const { stored, now, instants } = input;
  const closed = (s: StageName) => stored[s] === 'closed';
  const reached = (t: Date) => now.getTime() >= t.getTime();
  const status = (s: StageName, opens: boolean): StageStatus => (closed(s) ? 'closed' : opens ? 'open' : 'pending');
  const nominationOpens = closed('shortlist') && reached(instants.interviewRoundStartsAt);
  return {
    preselection: status('preselection', reached(instants.applicationsCloseAt)),
    shortlist: status('shortlist', closed('preselection')),
    nomination: status('nomination', nominationOpens),
    references: status('references', nominationOpens),
    terms: status('terms', nominationOpens),
    appointment: status('appointment', nominationOpens),
  };
}

/**
 * The planned window of each stage from the timeline, for display
 * (`GET /stages`); end instants are exclusive.
 * - preselection: from the end of the closing date to the end of the overview day;
 * - shortlist: the committee-meeting day up to the start of the interview round;
 * - nomination, references, terms, appointment: from the start of the interview
 *   round up to the appointment deadline (exclusive: "vóór 1 februari").
 */
export function stageWindows(instants: TimelineInstants): Record<StageName, { startsAt: Date; endsAt: Date }> {
  const afterInterviews = { startsAt: instants.interviewRoundStartsAt, endsAt: instants.appointmentDeadlineAt };
  return {
    preselection: { startsAt: instants.applicationsCloseAt, endsAt: instants.overviewDueAt },
    shortlist: { startsAt: instants.committeeMeetingStartsAt, endsAt: instants.interviewRoundStartsAt },
    nomination: afterInterviews,
    references: afterInterviews,
    terms: afterInterviews,
    appointment: afterInterviews,
  };
}
