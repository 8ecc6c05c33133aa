import {
  checkStageQuota,
  DEFAULT_BOUNDS,
  normaliseJustification,
  stageStatuses,
  STAGE_LABELS,
  type GateName,
  type StageBounds,
  type StageName,
  type StageStatus,
} from './gates.js';
import { describeInstant, fail, type RuleFailure } from './rules.js';
import { isFinished } from './procedure-changes.js';
import type { TimelineInstants } from './timeline.js';

/**
 * The application stages as a declared state machine (docs/procedure.md,
 * "Application stages"):
 *
 *   applied -> preselected -> shortlisted -> interviewed -> nominated -> appointed
 *
 * and from any non-final stage to `rejected` (with a reason category) or
 * `withdrawn` (by the candidate). A rejected application can be reinstated to
 * the stage it was rejected from, with a reason, while that stage is still
 * open. `appointed` and `withdrawn` are final; `rejected` is final except for
 * reinstatement.
 */

export type ApplicationStage = 'applied' | 'preselected' | 'shortlisted' | 'interviewed' | 'nominated' | 'appointed' | 'rejected' | 'withdrawn';

export const APPLICATION_STAGES: readonly ApplicationStage[] = [
  'applied',
  'preselected',
  'shortlisted',
  'interviewed',
  'nominated',
  'appointed',
  'rejected',
  'withdrawn',
];

/** The forward path, in order. */
export const PIPELINE = ['applied', 'preselected', 'shortlisted', 'interviewed', 'nominated', 'appointed'] as const;
export type PipelineStage = (typeof PIPELINE)[number];

/** No move out of these (APPLICATION_FINAL). */
export const FINAL_STAGES: readonly ApplicationStage[] = ['appointed', 'withdrawn'];

/** Stages from which an application may still be rejected or withdrawn. */
export const ACTIVE_STAGES: readonly ApplicationStage[] = ['applied', 'preselected', 'shortlisted', 'interviewed', 'nominated'];

export type RejectionCategory = 'not_selected_by_agency' | 'not_selected_by_committee' | 'position_filled';
export const REJECTION_CATEGORIES: readonly RejectionCategory[] = ['not_selected_by_agency', 'not_selected_by_committee', 'position_filled'];
export const REJECTION_CATEGORY_LABELS: Record<RejectionCategory, string> = {
  not_selected_by_agency: 'not selected by the agency',
  not_selected_by_committee: 'not selected by the committee',
  position_filled: 'position filled',
};

export const STAGE_WORDS: Record<ApplicationStage, string> = {
  applied: 'applied',
  preselected: 'preselected',
  shortlisted: 'shortlisted',
  interviewed: 'interviewed',
  nominated: 'nominated',
  appointed: 'appointed',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

/**
 * The declared edges of the graph, without the rules of the moment. From
 * `rejected` the only edge is back to the stage it was rejected from, which
 * depends on the application's history (see {@link TransitionInput.rejectedFrom}).
 */
export const GRAPH: Record<ApplicationStage, readonly ApplicationStage[]> = {
  applied: ['preselected', 'rejected', 'withdrawn'],
  preselected: ['shortlisted', 'rejected', 'withdrawn'],
  shortlisted: ['interviewed', 'rejected', 'withdrawn'],
  interviewed: ['nominated', 'rejected', 'withdrawn'],
  nominated: ['appointed', 'rejected', 'withdrawn'],
  appointed: [],
  rejected: [],
  withdrawn: [],
};

/**
 * The procedure stage (gate) that governs an application stage: its bounds
 * limit how many applications are in it, and closing it ends moves into it.
 */
export const GOVERNING_STAGE: Record<ApplicationStage, StageName | null> = {
  applied: null,
  preselected: 'preselection',
  shortlisted: 'shortlist',
  interviewed: null,
  nominated: 'nomination',
  appointed: 'appointment',
  rejected: null,
  withdrawn: null,
};

/**
 * The stage that must still be open (not closed) to reinstate a rejected
 * application to the given stage. `applied` returns while the preselection is
 * not closed (the overview lists every applicant with their stage);
 * `interviewed` returns while the nomination is not closed.
 */
export const REINSTATEMENT_STAGE: Record<PipelineStage, StageName> = {
  applied: 'preselection',
  preselected: 'preselection',
  shortlisted: 'shortlist',
  interviewed: 'nomination',
  nominated: 'nomination',
  appointed: 'appointment',
};

export function isFinal(stage: ApplicationStage): boolean {
  return FINAL_STAGES.includes(stage);
}

export function isRejectionCategory(value: unknown): value is RejectionCategory {
  return typeof value === 'string' && (REJECTION_CATEGORIES as readonly string[]).includes(value);
}

export interface TransitionInput {
  from: ApplicationStage;
  to: ApplicationStage;
  /** Free text. Required to reinstate; serves as the justification when a stage goes past its maximum. */
  reason?: string | null;
  /** Required when `to` is `rejected`. */
  reasonCategory?: string | null;
  /** When `from` is `rejected`: the stage it was rejected from (the last stage change into `rejected`). */
  rejectedFrom?: ApplicationStage | null;
  /** Both documents (motivation and CV) are there. Only complete applications can be preselected. */
  complete: boolean;
  /** A committee interview of this application has started and was not cancelled. Needed to mark it interviewed. */
  interviewHeld: boolean;
  /** The procedure's phase; nothing moves in a completed or cancelled procedure. */
  procedurePhase: string;
  /** Stored statuses of the procedure's stages (only `closed` is taken from them; see stageStatuses). */
  stages: Partial<Record<StageName, StageStatus>>;
  /** Members of each gate now (GATE_MEMBER_STAGES), not counting this application. */
  counts: Record<GateName, number>;
  /** The procedure's bounds; DEFAULT_BOUNDS for those left out. */
  bounds?: Partial<Record<GateName, StageBounds>>;
  now: Date;
  instants: Pick<TimelineInstants, 'applicationsCloseAt' | 'interviewRoundStartsAt'>;
  zone: string;
  /**
   * True only for the appointment service: a candidate becomes `appointed` by
   * the supervisory board's decision, never by a plain stage change.
   */
  viaAppointment?: boolean;
}

export type TransitionKind = 'advance' | 'reject' | 'withdraw' | 'reinstate';

export type TransitionResult =
  | {
      ok: true;
      kind: TransitionKind;
      /** The stage went past its maximum with the reason as justification: keep it. */
      overQuota: boolean;
    }
  | ({ ok: false } & RuleFailure);

/**
 * Checks one move of an application. The first broken rule decides, in this
 * order: procedure finished, final stage, graph, reasons, completeness,
 * interview held, the governing stage's status and timing, one nominee, quota.
 *
 * Codes (all answered with 409 by the caller):
 * - PROCEDURE_FINISHED: the procedure is completed or cancelled.
 * - APPLICATION_FINAL: appointed and withdrawn applications do not move.
 * - TRANSITION_NOT_ALLOWED: the graph has no such edge (skipping a stage,
 *   going back, staying put, leaving `rejected` other than by reinstatement).
 * - NOT_INTERVIEWED: nominating a candidate who was not interviewed, or marking
 *   interviewed without a held interview.
 * - APPOINTMENT_REQUIRED: `appointed` only through the appointment decision.
 * - REJECTION_REASON_REQUIRED: rejecting without a valid reason category.
 * - REINSTATE_REASON_REQUIRED: reinstating without a reason.
 * - APPLICATION_INCOMPLETE: preselecting without both documents.
 * - STAGE_NOT_OPEN: the governing stage has not opened yet.
 * - STAGE_CLOSED: the governing stage was closed (its gate passed).
 * - NOMINATION_TOO_EARLY: nominating before the interview round started.
 * - NOMINEE_EXISTS: there is already a nominee (exactly one at a time).
 * - STAGE_QUOTA_EXCEEDED / JUSTIFICATION_TOO_SHORT: past the maximum without
 *   (enough) justification in `reason`.
 */
export function checkTransition(input: TransitionInput): TransitionResult {
  const { from, to } = input;
  if (isFinished(input.procedurePhase)) {
    return fail('PROCEDURE_FINISHED', `The procedure is ${input.procedurePhase}; its applications can no longer change stage.`);
  }
  if (isFinal(from)) {
    return fail(
      'APPLICATION_FINAL',
      from === 'appointed'
        ? 'This candidate was appointed; the application cannot change stage any more.'
        : 'This candidate withdrew; a withdrawn application cannot change stage any more.',
    );
  }
  if (from === to) {
    return fail('TRANSITION_NOT_ALLOWED', `The application is already ${STAGE_WORDS[from]}.`, 'to');
  }
  if (to === 'rejected') return checkRejection(input);
  if (to === 'withdrawn') {
    if (from === 'rejected') {
      return fail('TRANSITION_NOT_ALLOWED', 'This application was rejected; a rejected candidate cannot withdraw.', 'to');
    }
    return { ok: true, kind: 'withdraw', overQuota: false };
  }
  if (from === 'rejected') return checkReinstatement(input);
  return checkAdvance(input);
}

function checkRejection(input: TransitionInput): TransitionResult {
  if (input.from === 'rejected') {
    return fail('TRANSITION_NOT_ALLOWED', 'This application is already rejected.', 'to');
  }
  if (!isRejectionCategory(input.reasonCategory)) {
    return fail(
      'REJECTION_REASON_REQUIRED',
      `A rejection needs a reason category: one of ${REJECTION_CATEGORIES.join(', ')} (${REJECTION_CATEGORIES.map((c) => REJECTION_CATEGORY_LABELS[c]).join(', ')}).`,
      'reasonCategory',
    );
  }
  return { ok: true, kind: 'reject', overQuota: false };
}

function checkReinstatement(input: TransitionInput): TransitionResult {
  const { to, rejectedFrom } = input;
  if (!rejectedFrom || rejectedFrom === 'rejected' || isFinal(rejectedFrom)) {
    return fail('TRANSITION_NOT_ALLOWED', 'This rejected application has no earlier stage to be reinstated to.', 'to');
  }
  if (to !== rejectedFrom) {
    return fail(
      'TRANSITION_NOT_ALLOWED',
      `A rejected application can only be reinstated to the stage it was rejected from (${STAGE_WORDS[rejectedFrom]}), not to ${STAGE_WORDS[to]}.`,
      'to',
    );
  }
  if (normaliseJustification(input.reason) === null) {
    return fail('REINSTATE_REASON_REQUIRED', 'Reinstating a rejected candidate needs a reason: say why the rejection is undone.', 'reason');
  }
  const stage = REINSTATEMENT_STAGE[to as PipelineStage];
  const status = statusesOf(input)[stage];
  if (status === 'closed') {
    return fail('STAGE_CLOSED', `The ${STAGE_LABELS[stage]} is closed, so this candidate can no longer be reinstated as ${STAGE_WORDS[to]}.`);
  }
  if (to === 'preselected' && !input.complete) return incomplete();
  return checkOccupancy(input, 'reinstate');
}

function checkAdvance(input: TransitionInput): TransitionResult {
  const { from, to } = input;
  if (to === 'nominated' && from !== 'interviewed') {
    return fail('NOT_INTERVIEWED', `Only interviewed candidates can be nominated; this candidate is ${STAGE_WORDS[from]}.`, 'to');
  }
  if (!GRAPH[from].includes(to)) {
    const index = PIPELINE.indexOf(to as PipelineStage);
    const previous = index > 0 ? PIPELINE[index - 1] : undefined;
    const message =
      to === 'applied' || (index >= 0 && index < PIPELINE.indexOf(from as PipelineStage))
        ? `An application cannot go back from ${STAGE_WORDS[from]} to ${STAGE_WORDS[to]}; reject it instead if it should not go on.`
        : `An application can become ${STAGE_WORDS[to]} only when it is ${previous ? STAGE_WORDS[previous] : 'further along'}; this one is ${STAGE_WORDS[from]}.`;
    return fail('TRANSITION_NOT_ALLOWED', message, 'to');
  }
  if (to === 'appointed' && !input.viaAppointment) {
    return fail(
      'APPOINTMENT_REQUIRED',
      "A candidate is appointed by recording the supervisory board's decision (POST /v1/procedures/{procedureId}/appointment), not by a stage change.",
      'to',
    );
  }
  if (to === 'preselected' && !input.complete) return incomplete();
  if (to === 'interviewed' && !input.interviewHeld) {
    return fail('NOT_INTERVIEWED', 'This candidate can be marked interviewed only once a committee interview with them has taken place.', 'to');
  }
  return checkOccupancy(input, 'advance');
}

function incomplete(): TransitionResult {
  return fail('APPLICATION_INCOMPLETE', 'Only complete applications can be preselected: both the motivation letter and the CV (PDF) must be there.');
}

function statusesOf(input: TransitionInput): Record<StageName, StageStatus> {
  return stageStatuses({ stored: input.stages, now: input.now, instants: input.instants });
}

/** The governing stage must be open, and it must have room. */
function checkOccupancy(input: TransitionInput, kind: 'advance' | 'reinstate'): TransitionResult {
  const { to } = input;
  const statuses = statusesOf(input);
  if (to === 'preselected' || to === 'shortlisted') {
    const gate = to === 'preselected' ? 'preselection' : 'shortlist';
    const status = statuses[gate];
    if (status === 'closed') {
      return fail(
        'STAGE_CLOSED',
        gate === 'preselection'
          ? 'The candidate overview was already sent to the committee; no candidate can be added to the preselection any more.'
          : 'The shortlist was already invited to the interview round; no candidate can be added to it any more.',
      );
    }
    if (status === 'pending' && kind === 'advance') {
      return fail(
        'STAGE_NOT_OPEN',
        gate === 'preselection'
          ? `The preselection opens after the closing date for applications, at ${describeInstant(input.instants.applicationsCloseAt, input.zone)}.`
          : 'Candidates can be shortlisted only after the candidate overview was sent to the committee.',
      );
    }
    const quota = checkStageQuota({
      gate,
      count: input.counts[gate],
      bounds: input.bounds?.[gate] ?? DEFAULT_BOUNDS[gate],
      justification: input.reason,
    });
    if (!quota.ok) return { ok: false, ...quota.failures[0]! };
    return { ok: true, kind, overQuota: quota.overQuota };
  }
  if (to === 'nominated') {
    if (statuses.nomination === 'closed') {
      return fail('STAGE_CLOSED', 'The nomination is closed; no candidate can be nominated any more.');
    }
    if (input.now.getTime() < input.instants.interviewRoundStartsAt.getTime()) {
      return fail(
        'NOMINATION_TOO_EARLY',
        `A candidate can be nominated only after the interview round has started, at ${describeInstant(input.instants.interviewRoundStartsAt, input.zone)}.`,
      );
    }
    if (statuses.shortlist !== 'closed') {
      return fail('STAGE_NOT_OPEN', 'A candidate can be nominated only after the shortlist was invited to the interview round.');
    }
    const max = input.bounds?.nomination?.max ?? DEFAULT_BOUNDS.nomination.max;
    if (input.counts.nomination >= max) {
      return fail('NOMINEE_EXISTS', 'There is already a nominee, and a procedure has exactly one at a time: reject or withdraw the current nominee first.');
    }
  }
  return { ok: true, kind, overQuota: false };
}

/**
 * The stages an application may be moved to by the graph alone (what a user
 * interface offers); the rules of the moment are checked by {@link checkTransition}.
 */
export function graphTargets(from: ApplicationStage, rejectedFrom?: ApplicationStage | null): ApplicationStage[] {
  if (from === 'rejected') return rejectedFrom && !isFinal(rejectedFrom) && rejectedFrom !== 'rejected' ? [rejectedFrom] : [];
  return GRAPH[from].filter((s) => s !== 'appointed');
}
