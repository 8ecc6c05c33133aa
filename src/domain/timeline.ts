import { endOfLocalDay, startOfLocalDay, type LocalDate } from './local-time.js';

/**
 * The milestones of a procedure (docs/procedure.md, "Timeline").
 * Each is a local calendar date in the procedure's time zone.
 */
export interface Timeline {
  opening: LocalDate;
  closing: LocalDate;
  preselectionStart: LocalDate;
  preselectionEnd: LocalDate;
  overviewDue: LocalDate;
  committeeMeeting: LocalDate;
  interviewRoundStart: LocalDate;
  interviewRoundEnd: LocalDate;
  /** Appointment must happen strictly before this date ("vóór 1 februari"). */
  appointmentDeadline: LocalDate;
}

export type MilestoneKey = keyof Timeline;

/**
 * The timeline of the reference procedure (docs/procedure.md,
 * "normalised" column): the published one dated two milestones a year early.
 */
export const REFERENCE_TIMELINE: Readonly<Timeline> = Object.freeze({
  opening: '2025-12-19',
  closing: '2026-01-06',
  preselectionStart: '2026-01-08',
  preselectionEnd: '2026-01-12',
  overviewDue: '2026-01-14',
  committeeMeeting: '2026-01-16',
  interviewRoundStart: '2026-01-19',
  interviewRoundEnd: '2026-01-23',
  appointmentDeadline: '2026-02-01',
});

export const MILESTONE_KEYS: MilestoneKey[] = [
  'opening',
  'closing',
  'preselectionStart',
  'preselectionEnd',
  'overviewDue',
  'committeeMeeting',
  'interviewRoundStart',
  'interviewRoundEnd',
  'appointmentDeadline',
];

export const MILESTONE_LABELS: Record<MilestoneKey, string> = {
  opening: 'vacancy opens',
  closing: 'closing date for applications',
  preselectionStart: 'start of preselection',
  preselectionEnd: 'end of preselection',
  overviewDue: 'candidate overview due',
  committeeMeeting: 'committee meeting',
  interviewRoundStart: 'start of interview round',
  interviewRoundEnd: 'end of interview round',
  appointmentDeadline: 'appointment deadline',
};

/** docs/procedure.md, rule 1: each milestone against the one before it. */
const ORDER: Array<{ before: MilestoneKey; after: MilestoneKey; strict: boolean }> = [
  { before: 'opening', after: 'closing', strict: true },
  { before: 'closing', after: 'preselectionStart', strict: false },
  { before: 'preselectionStart', after: 'preselectionEnd', strict: false },
  { before: 'preselectionEnd', after: 'overviewDue', strict: false },
  { before: 'overviewDue', after: 'committeeMeeting', strict: false },
  { before: 'committeeMeeting', after: 'interviewRoundStart', strict: false },
  { before: 'interviewRoundStart', after: 'interviewRoundEnd', strict: false },
  { before: 'interviewRoundEnd', after: 'appointmentDeadline', strict: true },
];

export interface TimelineViolation {
  code: 'TIMELINE_ORDER' | 'TIMELINE_BEFORE_OPENING';
  milestones: MilestoneKey[];
  message: string;
}

/**
 * Checks the whole timeline and returns every broken rule; empty when valid.
 * Besides the chain of rule 1, every milestone must lie after the opening,
 * which names each misplaced milestone when several are (as in the published
 * timeline of the reference procedure, with dates a year early).
 */
export function validateTimeline(t: Timeline): TimelineViolation[] {
  const violations: TimelineViolation[] = [];
  for (const { before, after, strict } of ORDER) {
    const ok = strict ? t[before] < t[after] : t[before] <= t[after];
    if (!ok) {
      violations.push({
        code: 'TIMELINE_ORDER',
        milestones: [before, after],
        message: `${MILESTONE_LABELS[after]} (${after}, ${t[after]}) must be ${strict ? 'after' : 'on or after'} ${MILESTONE_LABELS[before]} (${before}, ${t[before]})`,
      });
    }
  }
  for (const key of MILESTONE_KEYS) {
    if (key === 'opening') continue;
    if (t[key] < t.opening) {
      violations.push({
        code: 'TIMELINE_BEFORE_OPENING',
        milestones: ['opening', key],
        message: `${MILESTONE_LABELS[key]} (${key}, ${t[key]}) lies before the vacancy opens (${t.opening})`,
      });
    }
  }
  return violations;
}

/** The instants that the timeline's dates stand for, in the procedure's zone. */
export interface TimelineInstants {
  applicationsOpenAt: Date;
  /** Exclusive: an open-call application must arrive strictly before this. */
  applicationsCloseAt: Date;
  preselectionStartsAt: Date;
  preselectionEndsAt: Date;
  overviewDueAt: Date;
  committeeMeetingStartsAt: Date;
  committeeMeetingEndsAt: Date;
  interviewRoundStartsAt: Date;
  interviewRoundEndsAt: Date;
  /** Exclusive: the appointment must be dated before this day begins. */
  appointmentDeadlineAt: Date;
}

/**
 * SQL twin: the function `milestone_due_at(key, date, zone)` of
 * prisma/migrations/20261127130100_deadline_due_instants/migration.sql, which
 * keeps milestones.due_at: each milestone's instant as here (the end of the
 * day for closing, preselectionEnd, overviewDue, committeeMeeting and
 * interviewRoundEnd; the start of the day for the others). Change both
 * together: test/integration/sql-twins.test.ts compares them.
 */
export function timelineInstants(t: Timeline, zone: string): TimelineInstants {
  return {
    applicationsOpenAt: startOfLocalDay(t.opening, zone),
    applicationsCloseAt: endOfLocalDay(t.closing, zone),
    preselectionStartsAt: startOfLocalDay(t.preselectionStart, zone),
    preselectionEndsAt: endOfLocalDay(t.preselectionEnd, zone),
    overviewDueAt: endOfLocalDay(t.overviewDue, zone),
    committeeMeetingStartsAt: startOfLocalDay(t.committeeMeeting, zone),
    committeeMeetingEndsAt: endOfLocalDay(t.committeeMeeting, zone),
    interviewRoundStartsAt: startOfLocalDay(t.interviewRoundStart, zone),
    interviewRoundEndsAt: endOfLocalDay(t.interviewRoundEnd, zone),
    appointmentDeadlineAt: startOfLocalDay(t.appointmentDeadline, zone),
  };
}

/** The phases in which a procedure is not under way. */
export const NOT_RUNNING_PHASES = ['draft', 'completed', 'cancelled'] as const;

/**
 * Whether a procedure in `phase` is under way, so that its milestones are
 * obligations that can be missed (milestones.procedure_running).
 *
 * SQL twin: the function `procedure_phase_running(phase)` of
 * prisma/migrations/20261127130100_deadline_due_instants/migration.sql. Change
 * both together: test/integration/sql-twins.test.ts compares them.
 */
export function procedurePhaseRunning(phase: string): boolean {
  return !(NOT_RUNNING_PHASES as readonly string[]).includes(phase);
}
