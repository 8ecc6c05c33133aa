import type pg from 'pg';
import type { Db } from '../../db/client.js';
import { DEFAULT_TIME_ZONE, endOfLocalDay, startOfLocalDay } from '../../domain/local-time.js';
import {
  checkReportPeriod,
  countBySource,
  daysBetween,
  funnel,
  median,
  milestoneOutcome,
  onTimeShare,
  round4,
  stageDurations,
  type MilestoneOutcome,
} from '../../domain/reports.js';
import { seesProcedure } from '../../domain/visibility.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { notFound } from '../../lib/errors.js';
import { ruleError } from '../../lib/rule-errors.js';
import { csvOf } from '../overview/index.js';
import { agencyProcedures, findReportProcedure, milestonesDueIn, procedureMilestones, reportApplications } from './reports.repository.js';
import type { AgencyReport, ProcedureReport } from './reports.schemas.js';

const dateOnly = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

function figures(
  procs: Array<{ opened: boolean; completed: boolean; daysToAppointment: number | null }>,
  outcomes: MilestoneOutcome[],
): AgencyReport['totals'] {
  const days = procs.map((p) => p.daysToAppointment).filter((d): d is number => d !== null);
  const m = median(days);
  return {
    proceduresOpened: procs.filter((p) => p.opened).length,
    proceduresCompleted: procs.filter((p) => p.completed).length,
    medianDaysToAppointment: m === null ? null : round4(m),
    milestonesDue: outcomes.length,
    milestonesOnTime: outcomes.filter((o) => o === 'on_time').length,
    milestonesLate: outcomes.filter((o) => o === 'late' || o === 'overdue').length,
    onTimeShare: onTimeShare(outcomes),
  };
}

export function createReportsService(deps: { db: Db; pool: pg.Pool; clock: Clock }) {
  const { db, pool, clock } = deps;

  return {
    /** The report of one procedure (src/domain/reports.ts computes its figures). */
    async procedure(actor: Actor, procedureId: string): Promise<ProcedureReport> {
      if (!seesProcedure(actor, procedureId)) throw notFound('Procedure', procedureId);
      const p = await findReportProcedure(db, procedureId);
      if (!p) throw notFound('Procedure', procedureId);
      const now = clock.now();
      const [apps, deadlines] = await Promise.all([reportApplications(db, procedureId), procedureMilestones(pool, procedureId, now)]);
      const histories = apps.map((a) => ({ source: a.source, receivedAt: a.receivedAt, changes: a.stageChanges }));
      const milestones = deadlines.map((d) => {
        const { metAt, outcome, lateByHours } = milestoneOutcome(d, now);
        return { kind: d.kind, dueAt: d.dueAt.toISOString(), metAt: metAt ? metAt.toISOString() : null, outcome, lateByHours };
      });
      const openingDate = dateOnly(p.milestones[0]?.startDate);
      const appointmentDate = dateOnly(p.appointment?.decisionDate);
      return {
        procedureId: p.id,
        title: p.title,
        reference: p.reference,
        phase: p.phase,
        client: p.client,
        generatedAt: now.toISOString(),
        applicantsBySource: countBySource(histories),
        funnel: funnel(histories),
        timeInStage: stageDurations(histories),
        milestones,
        onTimeShare: onTimeShare(milestones.map((m) => m.outcome)),
        openingDate,
        appointmentDate,
        daysOpeningToAppointment: openingDate && appointmentDate ? daysBetween(openingDate, appointmentDate) : null,
      };
    },

    /**
     * The agency report for the local days `from` to `to` (inclusive) in
     * Europe/Amsterdam: at most MAX_REPORT_DAYS of them (422 REPORT_PERIOD_TOO_LONG),
     * since the figures are computed here from every procedure and obligation of the period.
     */
    async agency(from: string, to: string): Promise<AgencyReport> {
      const period = checkReportPeriod(from, to);
      if (!period.ok) throw ruleError(422, [period], { prefix: 'query.' });
      const now = clock.now();
      const start = startOfLocalDay(from, DEFAULT_TIME_ZONE);
      const end = endOfLocalDay(to, DEFAULT_TIME_ZONE);
      const due = (await milestonesDueIn(pool, start, end, now)).filter((d) => d.procedureId !== null);
      const procs = await agencyProcedures(db, {
        fromDate: new Date(`${from}T00:00:00Z`),
        toDate: new Date(`${to}T00:00:00Z`),
        from: start,
        to: end,
        procedureIds: [...new Set(due.map((d) => d.procedureId!))],
      });
      const inPeriod = (date: string | null) => date !== null && date >= from && date <= to;
      const facts = procs.map((p) => {
        const opening = dateOnly(p.milestones[0]?.startDate);
        const decision = dateOnly(p.appointment?.decisionDate);
        return {
          clientId: p.client.id,
          clientName: p.client.name,
          procedureId: p.id,
          opened: p.phase !== 'draft' && inPeriod(opening),
          completed: p.completedAt !== null && p.completedAt >= start && p.completedAt < end,
          daysToAppointment: opening && decision && inPeriod(decision) ? daysBetween(opening, decision) : null,
        };
      });
      const clientOf = new Map(facts.map((f) => [f.procedureId, f.clientId]));
      const outcomes = due.map((d) => ({ clientId: clientOf.get(d.procedureId!), outcome: milestoneOutcome(d, now).outcome }));
      const clients = [...new Map(facts.map((f) => [f.clientId, f.clientName])).entries()].sort(
        (a, b) => a[1].localeCompare(b[1], 'nl') || a[0].localeCompare(b[0]),
      );
      return {
        from,
        to,
        timeZone: DEFAULT_TIME_ZONE,
        generatedAt: now.toISOString(),
        totals: figures(
          facts,
          outcomes.map((o) => o.outcome),
        ),
        byClient: clients.map(([clientId, clientName]) => ({
          clientId,
          clientName,
          ...figures(
            facts.filter((f) => f.clientId === clientId),
            outcomes.filter((o) => o.clientId === clientId).map((o) => o.outcome),
          ),
        })),
      };
    },

    /** The procedure report as CSV, one figure a line: section, item, measure, value. */
    procedureCsv(r: ProcedureReport): string {
      const rows: Array<Array<string | number | null>> = [['Section', 'Item', 'Measure', 'Value']];
      for (const [k, v] of Object.entries(r.applicantsBySource)) rows.push(['applicants', k, 'count', v]);
      for (const f of r.funnel) {
        rows.push(['funnel', f.stage, 'reached', f.reached], ['funnel', f.stage, 'conversion_from_previous', f.conversionFromPrevious]);
      }
      for (const t of r.timeInStage) {
        rows.push(['time_in_stage', t.stage, 'stays', t.stays], ['time_in_stage', t.stage, 'median_hours', t.medianHours]);
        rows.push(['time_in_stage', t.stage, 'longest_hours', t.longestHours]);
      }
      for (const m of r.milestones) {
        rows.push(['milestone', m.kind, 'due_at', m.dueAt], ['milestone', m.kind, 'met_at', m.metAt]);
        rows.push(['milestone', m.kind, 'outcome', m.outcome], ['milestone', m.kind, 'late_by_hours', m.lateByHours]);
      }
      rows.push(['procedure', r.procedureId, 'on_time_share', r.onTimeShare]);
      rows.push(['procedure', r.procedureId, 'days_opening_to_appointment', r.daysOpeningToAppointment]);
      return csvOf(rows);
    },

    /** The agency report as CSV: a line per client and one for all, a column per figure. */
    agencyCsv(r: AgencyReport): string {
      const header = [
        'Client',
        'Client id',
        'Procedures opened',
        'Procedures completed',
        'Median days to appointment',
        'Milestones due',
        'Milestones on time',
        'Milestones late',
        'On-time share',
      ];
      const line = (name: string, id: string, f: AgencyReport['totals']) => [
        name,
        id,
        f.proceduresOpened,
        f.proceduresCompleted,
        f.medianDaysToAppointment,
        f.milestonesDue,
        f.milestonesOnTime,
        f.milestonesLate,
        f.onTimeShare,
      ];
      return csvOf([header, ...r.byClient.map((c) => line(c.clientName, c.clientId, c)), line('All clients', '', r.totals)]);
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
