import { isValidLocalDate, type LocalDate } from './local-time.js';
import { describeDate, type RuleChecks, type RuleFailure } from './rules.js';

/**
 * The formal appointment by the supervisory board (docs/procedure.md, rule 7):
 * "Appointment needs: a nominee, a completed reference check without
 * unresolved concerns, agreed terms, and a date before the appointment
 * deadline" ("vóór 1 februari 2026": strictly before).
 */

export type ReferenceOutcome = 'positive' | 'concerns' | 'negative';
export type OfferState = 'draft' | 'made' | 'accepted' | 'declined';

export interface ReferenceCheckState {
  id?: string;
  /** Null while the check is still running. */
  outcome: ReferenceOutcome | null;
  completedAt: Date | null;
  /** Set when concerns (or a negative outcome) were resolved with a note. */
  concernsResolvedAt: Date | null;
}

export interface AppointmentInput {
  /** The current nominee, or null when there is none. */
  nominee: { applicationId: string } | null;
  /** The reference checks of the nominee. */
  referenceChecks: readonly ReferenceCheckState[];
  /** The nominee's offer, or null when there is none. */
  offer: { state: OfferState } | null;
  /** The board's decision date, a local calendar date. */
  decisionDate: LocalDate;
  /** The timeline's appointment deadline: the decision must be dated strictly before it. */
  appointmentDeadline: LocalDate;
  /** Today in the procedure's zone; when given, a decision dated later is refused (DECISION_IN_FUTURE). */
  today?: LocalDate;
}

function isDone(check: ReferenceCheckState): boolean {
  return check.outcome !== null && check.completedAt !== null;
}

/**
 * Every missing condition for the appointment, at once:
 * - NO_NOMINEE: no nominee.
 * - REFERENCES_MISSING: no completed reference check of the nominee.
 * - REFERENCES_INCOMPLETE: a reference check is still running ("every
 *   reference check done").
 * - UNRESOLVED_CONCERNS: a reference with concerns that were not marked
 *   resolved with a note.
 * - NEGATIVE_REFERENCE: a negative reference blocks the appointment unless it
 *   too was marked resolved with a note (for instance after a second reference
 *   or a talk with the candidate); the decision is the consultant's, the
 *   record of it is kept.
 * - OFFER_NOT_ACCEPTED: no offer, or one that is not accepted ("agreed terms").
 * - INVALID_DATE / AFTER_DEADLINE: the decision date must be a calendar date
 *   strictly before the appointment deadline (29 January passes, 1 February
 *   does not, for a deadline of 1 February).
 * - DECISION_IN_FUTURE: only when `today` is given.
 */
export function checkAppointment(input: AppointmentInput): RuleChecks {
  const failures: RuleFailure[] = [];
  if (!input.nominee) {
    failures.push({ code: 'NO_NOMINEE', message: 'There is no nominee: nominate the preferred candidate first.' });
  }
  const checks = input.referenceChecks;
  const done = checks.filter(isDone);
  if (done.length === 0) {
    failures.push({
      code: 'REFERENCES_MISSING',
      message: 'No reference check of the nominee has been completed; at least one is needed.',
    });
  }
  const running = checks.length - done.length;
  if (running > 0) {
    failures.push({
      code: 'REFERENCES_INCOMPLETE',
      message: `${running} reference check${running === 1 ? ' is' : 's are'} still without an outcome; complete every check first.`,
    });
  }
  const concerns = done.filter((c) => c.outcome === 'concerns' && c.concernsResolvedAt === null).length;
  if (concerns > 0) {
    failures.push({
      code: 'UNRESOLVED_CONCERNS',
      message: `${concerns} reference${concerns === 1 ? ' raised concerns that are' : 's raised concerns that are'} not resolved; mark them resolved with a note first.`,
    });
  }
  const negative = done.filter((c) => c.outcome === 'negative' && c.concernsResolvedAt === null).length;
  if (negative > 0) {
    failures.push({
      code: 'NEGATIVE_REFERENCE',
      message: `${negative} reference${negative === 1 ? ' is' : 's are'} negative and not resolved; a negative reference blocks the appointment until it is marked resolved with a note.`,
    });
  }
  if (!input.offer || input.offer.state !== 'accepted') {
    failures.push({
      code: 'OFFER_NOT_ACCEPTED',
      message: input.offer
        ? `The offer is ${input.offer.state}; the candidate must have accepted the terms of employment first.`
        : 'There is no offer; the candidate must have accepted the terms of employment first.',
    });
  }
  if (!isValidLocalDate(input.decisionDate)) {
    failures.push({ code: 'INVALID_DATE', message: `"${input.decisionDate}" is not a calendar date (YYYY-MM-DD).`, path: 'decisionDate' });
  } else {
    if (input.decisionDate >= input.appointmentDeadline) {
      failures.push({
        code: 'AFTER_DEADLINE',
        message: `The decision date ${describeDate(input.decisionDate)} is not before the appointment deadline: the appointment must be made before ${describeDate(input.appointmentDeadline)}.`,
        path: 'decisionDate',
      });
    }
    if (input.today !== undefined && input.decisionDate > input.today) {
      failures.push({
        code: 'DECISION_IN_FUTURE',
        message: `The decision date ${describeDate(input.decisionDate)} lies in the future; record the decision once it has been taken.`,
        path: 'decisionDate',
      });
    }
  }
  return failures.length > 0 ? { ok: false, failures } : { ok: true };
}
