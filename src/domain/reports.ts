/**
 * The figures of the reports (src/modules/reports): pure arithmetic over rows
 * the repository reads. Durations are in hours, ratios between 0 and 1, both
 * rounded to 4 decimals; a figure over nothing is null.
 */

import { fail, OK, type RuleCheck } from './rules.js';

/** The stages of the selection funnel, in order (src/domain/stage-graph.ts moves applications along them). */
export const FUNNEL_STAGES = ['applied', 'preselected', 'shortlisted', 'interviewed', 'nominated', 'appointed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** The median (the mean of the two middle values for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** `reached / of` rounded; null when nobody reached the stage before. */
export function conversion(reached: number, of: number): number | null {
  return of === 0 ? null : round4(reached / of);
}

export interface ApplicationHistory {
  source: string;
  receivedAt: Date;
  /** Its stage changes in any order: the first (fromStage null) records the arrival, when there is one. */
  changes: ReadonlyArray<{ fromStage: string | null; toStage: string; at: Date }>;
}

export interface FunnelStep {
  stage: FunnelStage;
  /** Applications that were ever in this stage. */
  reached: number;
  /** reached / reached of the stage before (null for the first stage, or when nobody reached that one). */
  conversionFromPrevious: number | null;
}

/** How many applications ever reached each stage, and the conversion between consecutive stages. */
export function funnel(apps: readonly ApplicationHistory[]): FunnelStep[] {
  const reached = FUNNEL_STAGES.map((stage) => apps.filter((a) => stage === 'applied' || a.changes.some((c) => c.toStage === stage)).length);
  return FUNNEL_STAGES.map((stage, i) => ({
    stage,
    reached: reached[i]!,
    conversionFromPrevious: i === 0 ? null : conversion(reached[i]!, reached[i - 1]!),
  }));
}

export function countBySource(apps: ReadonlyArray<{ source: string }>): { openCall: number; agencySearch: number; referral: number; total: number } {
  const n = (s: string) => apps.filter((a) => a.source === s).length;
  return { openCall: n('open_call'), agencySearch: n('agency_search'), referral: n('referral'), total: apps.length };
}

export interface Stay {
  stage: string;
  enteredAt: Date;
  /** Null while the application is still in the stage. */
  leftAt: Date | null;
}

/** The stages an application went through, each from entering it to the next change. */
export function staysOf(app: ApplicationHistory): Stay[] {
  const changes = [...app.changes].sort((a, b) => a.at.getTime() - b.at.getTime());
  const arrival = changes.find((c) => c.fromStage === null);
  const stays: Stay[] = [{ stage: 'applied', enteredAt: arrival?.at ?? app.receivedAt, leftAt: null }];
  for (const c of changes) {
    if (c.fromStage === null) continue;
    stays[stays.length - 1]!.leftAt = c.at;
    stays.push({ stage: c.toStage, enteredAt: c.at, leftAt: null });
  }
  return stays;
}

export interface StageDuration {
  stage: string;
  /** Stays that ended: the application left the stage. */
  stays: number;
  medianHours: number | null;
  longestHours: number | null;
}

/**
 * Median and longest time in each funnel stage but the last, over the stays
 * that ended (a stay still going has no length yet).
 */
export function stageDurations(apps: readonly ApplicationHistory[]): StageDuration[] {
  const all = apps.flatMap(staysOf);
  return FUNNEL_STAGES.filter((s) => s !== 'appointed').map((stage) => {
    const hours = all.filter((s) => s.stage === stage && s.leftAt !== null).map((s) => (s.leftAt!.getTime() - s.enteredAt.getTime()) / HOUR_MS);
    const m = median(hours);
    return {
      stage,
      stays: hours.length,
      medianHours: m === null ? null : round4(m),
      longestHours: hours.length ? round4(Math.max(...hours)) : null,
    };
  });
}

export const MILESTONE_OUTCOMES = ['on_time', 'late', 'met', 'overdue', 'pending'] as const;
export type MilestoneOutcome = (typeof MILESTONE_OUTCOMES)[number];

/**
 * How an obligation of the timeline went (src/domain/deadlines.ts says what
 * meets each and that the due instant is exclusive):
 *  - on_time: met before the due instant; late: met at or after it, by lateByHours;
 *  - overdue: not met and due at or before now, late by lateByHours so far;
 *  - pending: not met and not due yet.
 * The closing of applications is the exception: the window closes by rule at
 * its due instant (applications are refused from then on), so once the intake
 * is closed it was closed on time, at the due instant, whenever the sweep
 * recorded it.
 */
export function milestoneOutcome(
  d: { kind: string; dueAt: Date; met: boolean; metAt: Date | null },
  now: Date,
): { metAt: Date | null; outcome: MilestoneOutcome; lateByHours: number | null } {
  const due = d.dueAt.getTime();
  if (d.met && d.kind === 'application_closing') return { metAt: d.dueAt, outcome: 'on_time', lateByHours: null };
  if (d.met) {
    if (!d.metAt) return { metAt: null, outcome: 'met', lateByHours: null };
    const late = d.metAt.getTime() - due;
    return late >= 0 ? { metAt: d.metAt, outcome: 'late', lateByHours: round4(late / HOUR_MS) } : { metAt: d.metAt, outcome: 'on_time', lateByHours: null };
  }
  const late = now.getTime() - due;
  return late >= 0 ? { metAt: null, outcome: 'overdue', lateByHours: round4(late / HOUR_MS) } : { metAt: null, outcome: 'pending', lateByHours: null };
}

/**
 * The share met on time of the obligations whose outcome is known: on time
 * over on time, late and overdue (`met` without an instant and `pending` are
 * left out). Null when there are none.
 */
export function onTimeShare(outcomes: readonly MilestoneOutcome[]): number | null {
  const onTime = outcomes.filter((o) => o === 'on_time').length;
  const judged = outcomes.filter((o) => o === 'on_time' || o === 'late' || o === 'overdue').length;
  return judged === 0 ? null : round4(onTime / judged);
}

/** Whole days from one calendar date (YYYY-MM-DD) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The longest period the agency report covers, in local days with both ends
 * counted: a year, a leap year included. The report reads every procedure and
 * obligation of its period, so a period without end would read them all.
 */
export const MAX_REPORT_DAYS = 366;

/** The agency report's period (`from` to `to`, inclusive, `from` not after `to`) is at most MAX_REPORT_DAYS long. */
export function checkReportPeriod(from: string, to: string): RuleCheck {
  const days = daysBetween(from, to) + 1;
  if (days <= MAX_REPORT_DAYS) return OK;
  const last = new Date(Date.parse(`${from}T00:00:00Z`) + (MAX_REPORT_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  return fail(
    'REPORT_PERIOD_TOO_LONG',
    `The period from ${from} to ${to} spans ${days} days; a report covers at most ${MAX_REPORT_DAYS}: set to at most ${last}, or ask for several periods.`,
    'to',
  );
}
