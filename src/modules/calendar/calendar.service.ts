import { TZDate } from '@date-fns/tz';
import ical, { ICalEventTransparency, type ICalEventData } from 'ical-generator';
import type { Db } from '../../db/client.js';
import { addDays, parseLocalDate, toDateOnly, type LocalDate } from '../../domain/local-time.js';
import { MILESTONE_KEYS } from '../../domain/timeline.js';
import { vtimezone } from '../../domain/vtimezone.js';
import type { Actor } from '../../lib/actor.js';
import { seesProcedure } from '../../domain/visibility.js';
import { visibleInterviewKindWhere } from '../../db/visibility-where.js';
import { notFound } from '../../lib/errors.js';
import { scheduledInterviewsOf } from '../interviews/index.js';
import { findProcedureRow, loadTimeline } from '../procedures/index.js';

const DOMAIN = 'procedure-tracker';
const CORE_KEYS = new Set<string>(MILESTONE_KEYS);

/** A stable UID per milestone or interview, so calendar apps update rather than duplicate. */
export const milestoneUid = (key: string, procedureId: string) => `${key}.${procedureId}@${DOMAIN}`;
export const interviewUid = (interviewId: string) => `interview.${interviewId}@${DOMAIN}`;

function localMidnight(date: LocalDate, zone: string): TZDate {
  const { year, month, day } = parseLocalDate(date);
  return new TZDate(year, month - 1, day, zone);
}

export function createCalendarService(deps: { db: Db }) {
  const { db } = deps;
  return {
    /**
     * The procedure's milestones (all-day events, the preselection and the
     * interview round as multi-day events) and its scheduled interviews, as
     * iCalendar (RFC 5545) in the procedure's time zone. SEQUENCE follows the
     * procedure's version for milestones and the interview's version for
     * interviews, so a changed date replaces the old one in calendar apps.
     */
    async feed(actor: Actor, procedureId: string): Promise<string> {
      const procedure = await findProcedureRow(db, procedureId);
      if (!procedure || !seesProcedure(actor, procedureId)) throw notFound('Procedure', procedureId);
      const zone = procedure.timeZone;
      const { timeline, rows } = await loadTimeline(db, procedureId);
      // The agency's own screening interviews are not the committee's business.
      const interviews = await scheduledInterviewsOf(db, procedureId, visibleInterviewKindWhere(actor));
      const name = procedure.reference ? `${procedure.reference}: ${procedure.title}` : procedure.title;

      const events: ICalEventData[] = [];
      const allDay = (uid: string, summary: string, first: LocalDate, last: LocalDate = first, description?: string) =>
        events.push({
          id: uid,
          sequence: procedure.version,
          stamp: procedure.updatedAt,
          allDay: true,
          timezone: zone,
          start: localMidnight(first, zone),
          end: localMidnight(addDays(last, 1), zone),
          summary: `${summary} (${procedure.reference ?? procedure.title})`,
          description: description ?? null,
          transparency: ICalEventTransparency.TRANSPARENT,
        });

      if (timeline) {
        allDay(milestoneUid('opening', procedureId), 'Vacancy opens', timeline.opening);
        allDay(
          milestoneUid('closing', procedureId),
          'Closing date for applications',
          timeline.closing,
          timeline.closing,
          `Applications are accepted until the end of this day (${zone}).`,
        );
        allDay(milestoneUid('preselection', procedureId), 'Preselection and agency interviews', timeline.preselectionStart, timeline.preselectionEnd);
        allDay(milestoneUid('overviewDue', procedureId), 'Candidate overview to the selection committee', timeline.overviewDue);
        allDay(milestoneUid('committeeMeeting', procedureId), 'Overview discussed with the committee', timeline.committeeMeeting);
        allDay(
          milestoneUid('interviewRound', procedureId),
          'Interview round of the selection committee',
          timeline.interviewRoundStart,
          timeline.interviewRoundEnd,
        );
        // "vóór 1 februari": the appointment must happen before this date, so
        // the calendar shows the last day on which it can.
        const lastDay = addDays(timeline.appointmentDeadline, -1);
        allDay(
          milestoneUid('appointmentDeadline', procedureId),
          'Last day for the formal appointment',
          lastDay,
          lastDay,
          `The appointment must be made before ${timeline.appointmentDeadline}.`,
        );
      }
      for (const row of rows.filter((r) => !CORE_KEYS.has(r.key))) {
        const first = toDateOnly(row.startDate);
        allDay(milestoneUid(`milestone-${row.key}`, procedureId), row.label ?? row.key, first, row.endDate ? toDateOnly(row.endDate) : first);
      }
      for (const interview of interviews) {
        events.push({
          id: interviewUid(interview.id),
          sequence: interview.version,
          stamp: interview.updatedAt,
          timezone: zone,
          start: new TZDate(interview.startsAt.getTime(), zone),
          end: new TZDate(interview.endsAt.getTime(), zone),
          // No candidate names: a calendar feed ends up in many places.
          summary: `Interview (${interview.kind}) (${procedure.reference ?? procedure.title})`,
          location: interview.location,
          description: interview.locationDetail ?? null,
        });
      }

      const years = [...events.map((e) => (e.start as TZDate).getFullYear()), ...events.map((e) => (e.end as TZDate).getFullYear())];
      const calendar = ical({
        name,
        prodId: { company: 'Procedure Tracker', product: 'procedure-calendar', language: 'EN' },
        timezone: {
          name: null,
          generator: (tz) => vtimezone(tz, Math.min(...years, 9999), Math.max(...years, 0)),
        },
        x: [['X-WR-TIMEZONE', zone]],
        events,
      });
      return calendar.toString();
    },
  };
}
