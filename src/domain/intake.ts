import { formatInZone } from './local-time.js';
import { FINISHED_PHASES } from './procedure-changes.js';
import type { TimelineInstants } from './timeline.js';

export type IntakeSource = 'open_call' | 'agency_search' | 'referral';

/** Phases in which a procedure takes no candidates at all. */
export const NOT_ACCEPTING_PHASES = ['draft', ...FINISHED_PHASES] as const;

export interface IntakeState {
  phase: string;
  timeZone: string;
  /** Null when the procedure has no (complete) timeline yet. */
  instants: Pick<TimelineInstants, 'applicationsOpenAt' | 'applicationsCloseAt'> | null;
  /** When the candidate overview (the preselection) went to the committee. */
  overviewSentAt: Date | null;
  /** True once the preselection stage was closed: the overview is then final. */
  preselectionClosed: boolean;
}

export type IntakeRefusal =
  | { code: 'PROCEDURE_NOT_ACCEPTING'; status: 409; message: string }
  | { code: 'TIMELINE_REQUIRED'; status: 409; message: string }
  | { code: 'OUTSIDE_APPLICATION_WINDOW'; status: 422; message: string; opensAt: string; closesAt: string }
  | { code: 'OUTSIDE_APPLICATION_WINDOW'; status: 422; message: string; preselectionSentAt: string | null };

/**
 * May a candidate from `source` enter the procedure at `now`?
 * Returns null when yes, else the rule that refuses it.
 *
 * docs/procedure.md, rule 2: an application through the open call is accepted from
 * the opening up to the end of the closing date in the procedure's zone
 * (`applicationsOpenAt <= now < applicationsCloseAt`); candidates from the
 * agency's targeted search ("in parallel with the open period") may be added
 * until the preselection is sent to the committee. A referral is an
 * application too, so it keeps the open-call window.
 */
export function intakeRefusal(state: IntakeState, source: IntakeSource, now: Date): IntakeRefusal | null {
  if ((NOT_ACCEPTING_PHASES as readonly string[]).includes(state.phase)) {
    return {
      code: 'PROCEDURE_NOT_ACCEPTING',
      status: 409,
      message: `The procedure is ${state.phase}; it takes no applications${state.phase === 'draft' ? ' until it is opened' : ''}.`,
    };
  }
  if (!state.instants) {
    return {
      code: 'TIMELINE_REQUIRED',
      status: 409,
      message: 'The procedure has no timeline, so its application window is unknown; set the timeline first.',
    };
  }
  const zone = state.timeZone;
  const sent = state.overviewSentAt !== null || state.preselectionClosed;
  if (source === 'agency_search') {
    if (!sent) return null;
    const at = state.overviewSentAt ? formatInZone(state.overviewSentAt, zone) : null;
    return {
      code: 'OUTSIDE_APPLICATION_WINDOW',
      status: 422,
      message: `The preselection was sent to the selection committee${at ? ` at ${at}` : ''}; candidates from the agency's search can no longer be added.`,
      preselectionSentAt: state.overviewSentAt?.toISOString() ?? null,
    };
  }
  const { applicationsOpenAt: opens, applicationsCloseAt: closes } = state.instants;
  const t = now.getTime();
  if (t >= opens.getTime() && t < closes.getTime()) return null;
  const opensAt = formatInZone(opens, zone);
  const closesAt = formatInZone(closes, zone);
  const what = source === 'referral' ? 'Referred applications' : 'Applications through the open call';
  return {
    code: 'OUTSIDE_APPLICATION_WINDOW',
    status: 422,
    message:
      t < opens.getTime()
        ? `${what} are accepted from ${opensAt} until ${closesAt}; this one arrived at ${formatInZone(now, zone)}, before the opening.`
        : `${what} closed at ${closesAt} (the end of the closing date, ${zone} time); this one arrived at ${formatInZone(now, zone)}.`,
    // Messages quote the procedure's local time; the fields are UTC, as every instant of a response.
    opensAt: opens.toISOString(),
    closesAt: closes.toISOString(),
  };
}
