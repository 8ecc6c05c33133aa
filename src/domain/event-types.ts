/**
 * Every type of event the service emits, in the event feed and to webhooks.
 * The one list: the code that writes an event, the subscription schema and
 * the contract all take their types from here, so a type cannot be emitted
 * without being listed, nor subscribed to without being emitted.
 */
export const EVENT_TYPES = [
  'application.appointed',
  'application.completed',
  'application.received',
  'application.rejected',
  'application.stage_changed',
  'application.updated',
  'application.withdrawn',
  'candidate.created',
  'candidate.erased',
  'candidate.informed',
  'candidate.notice_overdue',
  'candidate.updated',
  'committee_member.added',
  'committee_member.removed',
  'consent.recorded',
  'consent.withdrawn',
  'data_subject_request.answered',
  'data_subject_request.received',
  'deadline.missed',
  'document.uploaded',
  'evaluation.submitted',
  'inquiry.answered',
  'inquiry.overdue',
  'inquiry.received',
  'interview.cancelled',
  'interview.rescheduled',
  'interview.scheduled',
  'offer.changed',
  'procedure.completed',
  'procedure.created',
  'procedure.intake_closed',
  'procedure.overview_sent',
  'procedure.phase_changed',
  'procedure.shortlist_closed',
  'procedure.timeline_changed',
  'reference.added',
  'reference.completed',
  'reference.concerns_resolved',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

const known: ReadonlySet<string> = new Set(EVENT_TYPES);

export function isEventType(value: string): value is EventType {
  return known.has(value);
}
