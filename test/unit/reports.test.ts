import { describe, expect, it } from 'vitest';
import {
  checkReportPeriod,
  conversion,
  countBySource,
  daysBetween,
  MAX_REPORT_DAYS,
  funnel,
  median,
  milestoneOutcome,
  onTimeShare,
  stageDurations,
  staysOf,
} from '../../src/domain/reports.js';

const at = (iso: string) => new Date(iso);

describe('median', () => {
  it('is the middle value, the mean of the two middle ones for an even count, null for none', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('conversion', () => {
  it('is a ratio to 4 decimals, null over nobody', () => {
    expect(conversion(4, 6)).toBe(0.6667);
    expect(conversion(0, 3)).toBe(0);
    expect(conversion(0, 0)).toBeNull();
  });
});

describe('funnel and stays', () => {
  const arrived = at('2026-01-01T10:00:00Z');
  const apps = [
    {
      source: 'open_call',
      receivedAt: arrived,
      changes: [
        { fromStage: 'preselected', toStage: 'shortlisted', at: at('2026-01-04T10:00:00Z') },
        { fromStage: 'applied', toStage: 'preselected', at: at('2026-01-02T10:00:00Z') },
      ],
    },
    { source: 'referral', receivedAt: arrived, changes: [{ fromStage: 'applied', toStage: 'rejected', at: at('2026-01-01T16:00:00Z') }] },
    { source: 'agency_search', receivedAt: arrived, changes: [] },
  ];

  it('counts each application once per stage it ever reached', () => {
    expect(countBySource(apps)).toEqual({ openCall: 1, agencySearch: 1, referral: 1, total: 3 });
    expect(funnel(apps).slice(0, 4)).toEqual([
      { stage: 'applied', reached: 3, conversionFromPrevious: null },
      { stage: 'preselected', reached: 1, conversionFromPrevious: 0.3333 },
      { stage: 'shortlisted', reached: 1, conversionFromPrevious: 1 },
      { stage: 'interviewed', reached: 0, conversionFromPrevious: 0 },
    ]);
    expect(funnel(apps)[4]).toEqual({ stage: 'nominated', reached: 0, conversionFromPrevious: null });
  });

  it('orders the changes by time; an arrival change (from null) starts the first stay', () => {
    expect(staysOf(apps[0]!).map((s) => [s.stage, s.leftAt?.toISOString() ?? null])).toEqual([
      ['applied', '2026-01-02T10:00:00.000Z'],
      ['preselected', '2026-01-04T10:00:00.000Z'],
      ['shortlisted', null],
    ]);
    const logged = { source: 'open_call', receivedAt: arrived, changes: [{ fromStage: null, toStage: 'applied', at: at('2026-01-01T09:00:00Z') }] };
    expect(staysOf(logged)).toEqual([{ stage: 'applied', enteredAt: at('2026-01-01T09:00:00Z'), leftAt: null }]);
  });

  it('measures only the stays that ended', () => {
    expect(stageDurations(apps).slice(0, 3)).toEqual([
      { stage: 'applied', stays: 2, medianHours: 15, longestHours: 24 },
      { stage: 'preselected', stays: 1, medianHours: 48, longestHours: 48 },
      { stage: 'shortlisted', stays: 0, medianHours: null, longestHours: null },
    ]);
  });
});

describe('milestoneOutcome', () => {
  const dueAt = at('2026-01-14T23:00:00Z');
  const now = at('2026-01-20T00:00:00Z');
  const kind = 'overview_due';
  it('is on time before the due instant and late from it on (the instant is exclusive)', () => {
    const early = at('2026-01-14T22:59:59Z');
    expect(milestoneOutcome({ kind, dueAt, met: true, metAt: early }, now)).toEqual({ metAt: early, outcome: 'on_time', lateByHours: null });
    expect(milestoneOutcome({ kind, dueAt, met: true, metAt: dueAt }, now)).toEqual({ metAt: dueAt, outcome: 'late', lateByHours: 0 });
    const late = at('2026-01-15T12:30:00Z');
    expect(milestoneOutcome({ kind, dueAt, met: true, metAt: late }, now)).toEqual({ metAt: late, outcome: 'late', lateByHours: 13.5 });
  });
  it('is met without an instant, overdue by the hours so far, or pending', () => {
    expect(milestoneOutcome({ kind, dueAt, met: true, metAt: null }, now)).toEqual({ metAt: null, outcome: 'met', lateByHours: null });
    expect(milestoneOutcome({ kind, dueAt, met: false, metAt: null }, now)).toEqual({ metAt: null, outcome: 'overdue', lateByHours: 121 });
    expect(milestoneOutcome({ kind, dueAt, met: false, metAt: null }, at('2026-01-14T00:00:00Z'))).toEqual({
      metAt: null,
      outcome: 'pending',
      lateByHours: null,
    });
  });
  it('takes a closed intake as closed on time at its due instant, whenever the sweep recorded it; an intake still open past it is overdue', () => {
    const closing = { kind: 'application_closing', dueAt };
    const swept = at('2026-01-14T23:00:30Z');
    expect(milestoneOutcome({ ...closing, met: true, metAt: swept }, now)).toEqual({ metAt: dueAt, outcome: 'on_time', lateByHours: null });
    expect(milestoneOutcome({ ...closing, met: true, metAt: null }, now)).toEqual({ metAt: dueAt, outcome: 'on_time', lateByHours: null });
    expect(milestoneOutcome({ ...closing, met: false, metAt: null }, now)).toEqual({ metAt: null, outcome: 'overdue', lateByHours: 121 });
  });
  it('shares on time over on time, late and overdue', () => {
    expect(onTimeShare(['on_time', 'late', 'overdue', 'met', 'pending', 'on_time'])).toBe(0.5);
    expect(onTimeShare(['met', 'pending'])).toBeNull();
  });
});

describe('daysBetween', () => {
  it('counts calendar days', () => {
    expect(daysBetween('2025-12-19', '2026-01-29')).toBe(41);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('checkReportPeriod', () => {
  it('allows a period of up to 366 days, both ends counted', () => {
    expect(MAX_REPORT_DAYS).toBe(366);
    expect(checkReportPeriod('2026-01-01', '2026-01-01')).toEqual({ ok: true });
    expect(checkReportPeriod('2024-01-01', '2024-12-31')).toEqual({ ok: true }); // a leap year
    expect(checkReportPeriod('2025-03-01', '2026-03-01')).toEqual({ ok: true });
  });

  it('refuses a longer one on `to`, naming the last day allowed', () => {
    expect(checkReportPeriod('2025-03-01', '2026-03-02')).toEqual({
      ok: false,
      code: 'REPORT_PERIOD_TOO_LONG',
      path: 'to',
      message: 'The period from 2025-03-01 to 2026-03-02 spans 367 days; a report covers at most 366: set to at most 2026-03-01, or ask for several periods.',
    });
  });
});
