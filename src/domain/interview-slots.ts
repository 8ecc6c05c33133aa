import { describeInstant, type RuleChecks, type RuleFailure } from './rules.js';
import type { TimelineInstants } from './timeline.js';

/**
 * Interview times (docs/procedure.md, rule 4: "Interviews of the selection
 * committee fall inside the interview round"; the agency's own screening
 * interviews belong to the preselection window, milestone 4). All intervals
 * are half-open, [startsAt, endsAt): an interview ending at 10:00 and one
 * starting at 10:00 do not overlap.
 */

export type InterviewKind = 'committee' | 'agency_screening';
export const INTERVIEW_KINDS: readonly InterviewKind[] = ['committee', 'agency_screening'];

export const INTERVIEW_LOCATIONS = ['den_haag', 'utrecht', 'online', 'other'] as const;
export type InterviewLocation = (typeof INTERVIEW_LOCATIONS)[number];

/** Bounds on an interview's length, in minutes. */
export const MIN_DURATION_MINUTES = 15;
export const MAX_DURATION_MINUTES = 480;

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/** Half-open overlap: touching ends do not overlap. */
export function overlaps(a: Slot, b: Slot): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The end of an interview of `minutes` starting at `startsAt`. */
export function slotOf(startsAt: Date, minutes: number): Slot {
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
}

/**
 * The window an interview of this kind must lie in:
 * - committee: the interview round, from the start of its first day to the
 *   end of its last day in the procedure's zone (19 up to and including 23
 *   January for the reference procedure);
 * - agency_screening: the preselection window (8 up to and including 12 January).
 */
export function interviewWindow(
  kind: InterviewKind,
  instants: Pick<TimelineInstants, 'interviewRoundStartsAt' | 'interviewRoundEndsAt' | 'preselectionStartsAt' | 'preselectionEndsAt'>,
): Slot {
  return kind === 'committee'
    ? { startsAt: instants.interviewRoundStartsAt, endsAt: instants.interviewRoundEndsAt }
    : { startsAt: instants.preselectionStartsAt, endsAt: instants.preselectionEndsAt };
}

export interface SlotInput {
  kind: InterviewKind;
  slot: Slot;
  instants: Parameters<typeof interviewWindow>[1];
  /** The procedure's time zone, for the wording of dates. */
  zone: string;
}

/**
 * Is the interview's own time acceptable? Returns every problem:
 * - INVALID_DURATION: it must last from MIN_DURATION_MINUTES to MAX_DURATION_MINUTES.
 * - OUTSIDE_INTERVIEW_ROUND (committee) / OUTSIDE_PRESELECTION_WINDOW
 *   (agency screening): the whole interview must lie inside the window (an
 *   interview on 26 January is refused for the reference procedure).
 */
export function checkInterviewSlot(input: SlotInput): RuleChecks {
  const { kind, slot, zone } = input;
  const failures: RuleFailure[] = [];
  const minutes = (slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000;
  if (!(minutes >= MIN_DURATION_MINUTES && minutes <= MAX_DURATION_MINUTES)) {
    failures.push({
      code: 'INVALID_DURATION',
      message: `An interview lasts from ${MIN_DURATION_MINUTES} minutes to ${MAX_DURATION_MINUTES / 60} hours; this one would last ${Math.round(minutes)} minutes.`,
      path: 'durationMinutes',
    });
  }
  const window = interviewWindow(kind, input.instants);
  const inside = slot.startsAt.getTime() >= window.startsAt.getTime() && slot.endsAt.getTime() <= window.endsAt.getTime();
  if (!inside) {
    failures.push(
      kind === 'committee'
        ? {
            code: 'OUTSIDE_INTERVIEW_ROUND',
            message: `Committee interviews must lie inside the interview round, from ${describeInstant(window.startsAt, zone)} until ${describeInstant(window.endsAt, zone)}; this one is from ${describeInstant(slot.startsAt, zone)} to ${describeInstant(slot.endsAt, zone)}.`,
            path: 'startsAt',
          }
        : {
            code: 'OUTSIDE_PRESELECTION_WINDOW',
            message: `The agency's screening interviews must lie inside the preselection window, from ${describeInstant(window.startsAt, zone)} until ${describeInstant(window.endsAt, zone)}; this one is from ${describeInstant(slot.startsAt, zone)} to ${describeInstant(slot.endsAt, zone)}.`,
            path: 'startsAt',
          },
    );
  }
  return failures.length > 0 ? { ok: false, failures } : { ok: true };
}

export interface BookedInterview extends Slot {
  id: string;
  applicationId: string;
  /** Committee member ids on the panel. */
  panel: readonly string[];
  /** Cancelled interviews book nobody. */
  status?: string;
}

export interface ConflictInput {
  slot: Slot;
  applicationId: string;
  panel: readonly string[];
  /** Other interviews of the procedure (and any the panel members sit on). */
  existing: readonly BookedInterview[];
  /** The interview being rescheduled, which does not conflict with itself. */
  ignoreId?: string;
  zone: string;
  /** How to name a panel member in a message (never their e-mail); the id when absent. */
  memberLabel?: (memberId: string) => string;
}

/**
 * Double bookings of the candidate or of a panel member at overlapping times.
 * Returns one failure per person booked twice:
 * - CANDIDATE_DOUBLE_BOOKED (path `startsAt`)
 * - PANEL_MEMBER_DOUBLE_BOOKED (path `panel.<index>`)
 * Also PANEL_MEMBER_REPEATED when the same member is on the panel twice.
 */
export function findConflicts(input: ConflictInput): RuleChecks {
  const { slot, zone } = input;
  const label = input.memberLabel ?? ((id: string) => `Committee member ${id}`);
  const others = input.existing.filter((i) => i.id !== input.ignoreId && i.status !== 'cancelled' && overlaps(i, slot));
  const failures: RuleFailure[] = [];
  const candidateClash = others.find((i) => i.applicationId === input.applicationId);
  if (candidateClash) {
    failures.push({
      code: 'CANDIDATE_DOUBLE_BOOKED',
      message: `The candidate already has an interview from ${describeInstant(candidateClash.startsAt, zone)} to ${describeInstant(candidateClash.endsAt, zone)}, which overlaps this one.`,
      path: 'startsAt',
    });
  }
  const seen = new Set<string>();
  input.panel.forEach((memberId, index) => {
    if (seen.has(memberId)) {
      failures.push({ code: 'PANEL_MEMBER_REPEATED', message: `${label(memberId)} is on the panel twice.`, path: `panel.${index}` });
      return;
    }
    seen.add(memberId);
    const clash = others.find((i) => i.panel.includes(memberId));
    if (clash) {
      failures.push({
        code: 'PANEL_MEMBER_DOUBLE_BOOKED',
        message: `${label(memberId)} already sits on an interview from ${describeInstant(clash.startsAt, zone)} to ${describeInstant(clash.endsAt, zone)}, which overlaps this one.`,
        path: `panel.${index}`,
      });
    }
  });
  return failures.length > 0 ? { ok: false, failures } : { ok: true };
}
