import { describe, expect, it } from 'vitest';
import { intakeRefusal, type IntakeState } from '../../src/domain/intake.js';
import { REFERENCE_TIMELINE, timelineInstants, type Timeline } from '../../src/domain/timeline.js';

const ZONE = 'Europe/Amsterdam';

/** The reference procedure: closing Tuesday 6 January 2026, winter time (UTC+1). */
const winter: Timeline = REFERENCE_TIMELINE;

/** Opens in winter time, closes in summer time (UTC+2, after the change of 29 March 2026). */
const summer: Timeline = {
  opening: '2026-03-02',
  closing: '2026-07-10',
  preselectionStart: '2026-07-13',
  preselectionEnd: '2026-07-17',
  overviewDue: '2026-07-20',
  committeeMeeting: '2026-07-22',
  interviewRoundStart: '2026-07-27',
  interviewRoundEnd: '2026-07-31',
  appointmentDeadline: '2026-08-15',
};

/** Closing on the day the clocks go forward: that day has only 23 hours. */
const dstDay: Timeline = { ...summer, opening: '2026-03-02', closing: '2026-03-29', preselectionStart: '2026-04-01' };

function state(t: Timeline, extra: Partial<IntakeState> = {}): IntakeState {
  return { phase: 'open', timeZone: ZONE, instants: timelineInstants(t, ZONE), overviewSentAt: null, preselectionClosed: false, ...extra };
}

const at = (iso: string) => new Date(iso);
const ms = (iso: string, delta: number) => new Date(new Date(iso).getTime() + delta);

describe('open-call window, winter time', () => {
  const s = state(winter);
  it('closes at the end of 6 January in Amsterdam: 23:00 UTC', () => {
    expect(s.instants!.applicationsCloseAt.toISOString()).toBe('2026-01-06T23:00:00.000Z');
  });
  it('accepts one millisecond before the end of the closing date', () => {
    expect(intakeRefusal(s, 'open_call', ms('2026-01-07T00:00:00+01:00', -1))).toBeNull();
  });
  it('refuses at the exact closing instant and names it in the zone', () => {
    const refusal = intakeRefusal(s, 'open_call', at('2026-01-07T00:00:00+01:00'));
    expect(refusal).toMatchObject({ code: 'OUTSIDE_APPLICATION_WINDOW', status: 422, closesAt: '2026-01-06T23:00:00.000Z' });
    expect(refusal!.message).toContain('2026-01-07T00:00:00.000+01:00');
  });
  it('accepts at the exact opening instant and refuses one millisecond before it', () => {
    expect(intakeRefusal(s, 'open_call', at('2025-12-19T00:00:00+01:00'))).toBeNull();
    expect(intakeRefusal(s, 'open_call', ms('2025-12-19T00:00:00+01:00', -1))).toMatchObject({
      code: 'OUTSIDE_APPLICATION_WINDOW',
      opensAt: '2025-12-18T23:00:00.000Z',
    });
  });
  it('keeps a referral to the same window', () => {
    expect(intakeRefusal(s, 'referral', ms('2026-01-07T00:00:00+01:00', -1))).toBeNull();
    expect(intakeRefusal(s, 'referral', at('2026-01-07T00:00:00+01:00'))?.code).toBe('OUTSIDE_APPLICATION_WINDOW');
  });
});

describe('open-call window, summer time', () => {
  const s = state(summer);
  it('closes at the end of 10 July in Amsterdam: 22:00 UTC', () => {
    expect(s.instants!.applicationsCloseAt.toISOString()).toBe('2026-07-10T22:00:00.000Z');
    expect(s.instants!.applicationsOpenAt.toISOString()).toBe('2026-03-01T23:00:00.000Z');
  });
  it('accepts one millisecond before midnight CEST and refuses at midnight', () => {
    expect(intakeRefusal(s, 'open_call', ms('2026-07-11T00:00:00+02:00', -1))).toBeNull();
    const refusal = intakeRefusal(s, 'open_call', at('2026-07-11T00:00:00+02:00'));
    expect(refusal).toMatchObject({ code: 'OUTSIDE_APPLICATION_WINDOW', closesAt: '2026-07-10T22:00:00.000Z' });
  });
  it('does not use a winter offset for a summer closing date (23:30 UTC is already past)', () => {
    expect(intakeRefusal(s, 'open_call', at('2026-07-10T22:30:00Z'))?.code).toBe('OUTSIDE_APPLICATION_WINDOW');
  });
  it('closes at the right instant on the day the clocks go forward', () => {
    const d = state(dstDay);
    // 29 March 2026 starts at 00:00 CET and ends at 24:00 CEST = 22:00 UTC.
    expect(d.instants!.applicationsCloseAt.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(intakeRefusal(d, 'open_call', ms('2026-03-29T22:00:00Z', -1))).toBeNull();
    expect(intakeRefusal(d, 'open_call', at('2026-03-29T22:00:00Z'))?.code).toBe('OUTSIDE_APPLICATION_WINDOW');
  });
});

describe('agency search', () => {
  it('may add candidates after the closing date until the preselection is sent', () => {
    expect(intakeRefusal(state(winter), 'agency_search', at('2026-01-10T12:00:00+01:00'))).toBeNull();
  });
  it('is refused once the overview was sent, naming when', () => {
    const sent = state(winter, { overviewSentAt: at('2026-01-14T09:00:00+01:00') });
    const refusal = intakeRefusal(sent, 'agency_search', at('2026-01-14T09:00:00.001+01:00'));
    expect(refusal).toMatchObject({
      code: 'OUTSIDE_APPLICATION_WINDOW',
      status: 422,
      preselectionSentAt: '2026-01-14T08:00:00.000Z',
    });
    expect(refusal!.message).toContain('2026-01-14T09:00:00.000+01:00');
  });
  it('is refused once the preselection stage was closed', () => {
    expect(intakeRefusal(state(winter, { preselectionClosed: true }), 'agency_search', at('2026-01-12T12:00:00+01:00'))?.code).toBe(
      'OUTSIDE_APPLICATION_WINDOW',
    );
  });
});

describe('procedures that take no candidates', () => {
  it.each(['draft', 'completed', 'cancelled'])('refuses a %s procedure for every source', (phase) => {
    for (const source of ['open_call', 'agency_search', 'referral'] as const) {
      expect(intakeRefusal(state(winter, { phase }), source, at('2026-01-05T10:00:00+01:00'))).toMatchObject({
        code: 'PROCEDURE_NOT_ACCEPTING',
        status: 409,
      });
    }
  });
  it('needs a timeline to know the window', () => {
    expect(intakeRefusal(state(winter, { instants: null }), 'open_call', at('2026-01-05T10:00:00+01:00'))?.code).toBe('TIMELINE_REQUIRED');
  });
});
