import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addYears } from 'date-fns';
import { DEFAULT_TIME_ZONE } from './local-time.js';
import type { MilestoneKey } from './timeline.js';

/**
 * Dated obligations across procedures (docs/procedure.md, "Deadlines and the sweep"): what a
 * scheduler asks for, and what the deadline sweep acts on.
 */
export const DEADLINE_KINDS = [
  'application_closing',
  'overview_due',
  'committee_meeting',
  'interview_round_start',
  'interview_round_end',
  'appointment_deadline',
  'inquiry_answer_due',
  'headhunted_notice_due',
  'retention_erasure_due',
  'data_subject_request_due',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_STATES = ['upcoming', 'due', 'overdue', 'met'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** An obligation whose instant is at most this far ahead is `due` (and `upcoming` before that). */
export const DUE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Which zone privacy deadlines count calendar months in when no procedure gives one. */
export const PRIVACY_ZONE = DEFAULT_TIME_ZONE;

/**
 * The state of an obligation at `now`. `dueAt` is exclusive: the step must
 * happen before it, so at `dueAt` itself an unmet obligation is overdue.
 *  - met: the step that meets it happened (whenever that was);
 *  - overdue: not met and `now >= dueAt`;
 *  - due: not met and `dueAt` lies within the next 24 hours;
 *  - upcoming: not met and further ahead.
 */
export function deadlineState(d: { dueAt: Date; met: boolean }, now: Date): DeadlineState {
  if (d.met) return 'met';
  const left = d.dueAt.getTime() - now.getTime();
  if (left <= 0) return 'overdue';
  return left <= DUE_WINDOW_MS ? 'due' : 'upcoming';
}

/** `<kind>:<subject id>`: stable across reads, so a scheduler can remember what it handled. */
export function deadlineId(kind: DeadlineKind, subjectId: string): string {
  return `${kind}:${subjectId}`;
}

export interface TimelineDeadline {
  kind: DeadlineKind;
  milestone: MilestoneKey;
  /** The due instant: the start of the milestone's local day, or its end (the start of the next day). */
  at: 'start' | 'end';
  /** Marked missed by the sweep when it passes unmet (the closing is a step the sweep takes itself). */
  missable: boolean;
  metBy: string;
}

/**
 * The timeline's obligations (docs/procedure.md, "Timeline") and the step that
 * meets each. The instants match `timelineInstants`: a date-only deadline
 * means the end of that local day, and the appointment must fall strictly
 * before its date ("vóór 1 februari").
 */
export const TIMELINE_DEADLINES: TimelineDeadline[] = [
  {
    kind: 'application_closing',
    milestone: 'closing',
    at: 'end',
    missable: false,
    metBy: 'The intake closes (phase open -> closed); the deadline sweep does this at the closing instant.',
  },
  {
    kind: 'overview_due',
    milestone: 'overviewDue',
    at: 'end',
    missable: true,
    metBy: 'The candidate overview is sent to the selection committee (overviewSentAt, or the preselection stage closed).',
  },
  {
    kind: 'committee_meeting',
    milestone: 'committeeMeeting',
    at: 'end',
    missable: true,
    metBy: 'The committee chose whom to invite: a candidate is moved to shortlisted, or the shortlist stage is closed.',
  },
  {
    kind: 'interview_round_start',
    milestone: 'interviewRoundStart',
    at: 'start',
    missable: true,
    metBy: 'An interview of the selection committee is scheduled (not cancelled).',
  },
  {
    kind: 'interview_round_end',
    milestone: 'interviewRoundEnd',
    at: 'end',
    missable: true,
    metBy: 'The committee interviews took place: at least one is scheduled and every one that is not cancelled has ended.',
  },
  {
    kind: 'appointment_deadline',
    milestone: 'appointmentDeadline',
    at: 'start',
    missable: true,
    metBy: 'The appointment is recorded (POST /v1/procedures/{procedureId}/appointment), which completes the procedure.',
  },
];

export const MET_BY: Record<DeadlineKind, string> = {
  ...(Object.fromEntries(TIMELINE_DEADLINES.map((d) => [d.kind, d.metBy])) as Record<TimelineDeadline['kind'], string>),
  inquiry_answer_due: 'The question is answered (PATCH /v1/inquiries/{inquiryId}); due by the end of the first Dutch working day after receipt.',
  headhunted_notice_due:
    'The candidate is told that the agency holds their data (POST /v1/candidates/{candidateId}/informed), within one calendar month of being recorded.',
  retention_erasure_due: "The candidate's personal data and documents are erased (by the sweep, or DELETE /v1/candidates/{candidateId}).",
  data_subject_request_due:
    'The request is answered: GET /v1/candidates/{candidateId}/export for access, DELETE /v1/candidates/{candidateId} for erasure, within one calendar month.',
};

export const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  application_closing: 'closing date for applications',
  overview_due: 'candidate overview due',
  committee_meeting: 'committee meeting',
  interview_round_start: 'start of interview round',
  interview_round_end: 'end of interview round',
  appointment_deadline: 'appointment deadline',
  inquiry_answer_due: "answer to a candidate's question due",
  headhunted_notice_due: 'notice to a headhunted candidate due',
  retention_erasure_due: 'erasure of candidate data due',
  data_subject_request_due: 'answer to a data-subject request due',
};

/** `instant` plus whole calendar months on the local wall clock of `zone` (31 January + 1 month = 28 February). */
export function addLocalMonths(instant: Date, months: number, zone: string): Date {
  return new Date(addMonths(new TZDate(instant.getTime(), zone), months).getTime());
}

/** `instant` plus whole local days in `zone` (the same wall-clock time, across a DST change). */
export function addLocalDays(instant: Date, days: number, zone: string): Date {
  return new Date(addDays(new TZDate(instant.getTime(), zone), days).getTime());
}

export function addLocalYears(instant: Date, years: number, zone: string): Date {
  return new Date(addYears(new TZDate(instant.getTime(), zone), years).getTime());
}

/**
 * A candidate found by the agency's own search must be told within one month
 * that the agency holds their data (GDPR art. 14(3)(a): "within a reasonable
 * period ... at the latest within one month"); counted in calendar months from
 * when they were recorded, Amsterdam time.
 */
export function headhuntedNoticeDueAt(recordedAt: Date): Date {
  return addLocalMonths(recordedAt, 1, PRIVACY_ZONE);
}

/** A data-subject request must be answered within one month of receipt (GDPR art. 12(3)). */
export function dataSubjectRequestDueAt(receivedAt: Date): Date {
  return addLocalMonths(receivedAt, 1, PRIVACY_ZONE);
}
