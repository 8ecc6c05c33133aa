import { describe, expect, it } from 'vitest';
import { checkInterviewSlot, findConflicts, interviewWindow, overlaps, slotOf, type BookedInterview } from '../../src/domain/interview-slots.js';
import { REFERENCE_TIMELINE, timelineInstants, type Timeline } from '../../src/domain/timeline.js';

const zone = 'Europe/Amsterdam';
const timeline: Timeline = REFERENCE_TIMELINE;
const instants = timelineInstants(timeline, zone);
const slot = (iso: string, minutes = 60) => slotOf(new Date(iso), minutes);
const codes = (r: { ok: boolean; failures?: Array<{ code: string }> }) => (r.ok ? [] : r.failures!.map((f) => f.code));

describe('interview windows', () => {
  it('committee interviews: the interview round, 19 to 23 January inclusive, Amsterdam time', () => {
    const w = interviewWindow('committee', instants);
    expect(w.startsAt.toISOString()).toBe('2026-01-18T23:00:00.000Z');
    expect(w.endsAt.toISOString()).toBe('2026-01-23T23:00:00.000Z');
  });

  it('accepts an interview on 20 January and refuses one on 26 January (OUTSIDE_INTERVIEW_ROUND)', () => {
    expect(checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-20T10:00:00+01:00'), instants, zone })).toEqual({ ok: true });
    const late = checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-26T10:00:00+01:00'), instants, zone });
    expect(codes(late)).toEqual(['OUTSIDE_INTERVIEW_ROUND']);
    expect(!late.ok && late.failures[0]!.message).toMatch(/from 19 January 2026, 00:00 \(Europe\/Amsterdam\) until 24 January 2026, 00:00/);
  });

  it('the round includes its edges and nothing past them', () => {
    expect(checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-19T00:00:00+01:00'), instants, zone }).ok).toBe(true);
    expect(checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-23T23:00:00+01:00'), instants, zone }).ok).toBe(true);
    // Starts inside but runs past midnight at the end of the round.
    expect(codes(checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-23T23:30:00+01:00'), instants, zone }))).toEqual(['OUTSIDE_INTERVIEW_ROUND']);
    expect(codes(checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-18T23:30:00+01:00'), instants, zone }))).toEqual(['OUTSIDE_INTERVIEW_ROUND']);
  });

  it("the agency's screening interviews belong in the preselection window", () => {
    expect(checkInterviewSlot({ kind: 'agency_screening', slot: slot('2026-01-09T14:00:00+01:00'), instants, zone }).ok).toBe(true);
    expect(codes(checkInterviewSlot({ kind: 'agency_screening', slot: slot('2026-01-20T14:00:00+01:00'), instants, zone }))).toEqual([
      'OUTSIDE_PRESELECTION_WINDOW',
    ]);
    expect(codes(checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-09T14:00:00+01:00'), instants, zone }))).toEqual(['OUTSIDE_INTERVIEW_ROUND']);
  });

  it('refuses durations under 15 minutes or over 8 hours, and reversed times', () => {
    expect(codes(checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-20T10:00:00+01:00', 10), instants, zone }))).toEqual(['INVALID_DURATION']);
    expect(checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-20T10:00:00+01:00', 15), instants, zone }).ok).toBe(true);
    expect(checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-20T09:00:00+01:00', 480), instants, zone }).ok).toBe(true);
    expect(codes(checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-20T09:00:00+01:00', 481), instants, zone }))).toEqual(['INVALID_DURATION']);
    expect(codes(checkInterviewSlot({ kind: 'committee', slot: slot('2026-01-20T10:00:00+01:00', -60), instants, zone }))).toEqual(['INVALID_DURATION']);
  });
});

describe('overlap', () => {
  it('is half-open: back-to-back interviews do not overlap', () => {
    const a = slot('2026-01-20T10:00:00+01:00');
    expect(overlaps(a, slot('2026-01-20T11:00:00+01:00'))).toBe(false);
    expect(overlaps(a, slot('2026-01-20T09:00:00+01:00'))).toBe(false);
    expect(overlaps(a, slot('2026-01-20T10:59:00+01:00'))).toBe(true);
    expect(overlaps(a, slot('2026-01-20T09:01:00+01:00'))).toBe(true);
    expect(overlaps(a, slot('2026-01-20T10:15:00+01:00', 15))).toBe(true);
  });
});

describe('double bookings', () => {
  const existing: BookedInterview[] = [
    { id: 'i1', applicationId: 'app-a', panel: ['chair', 'member-1'], ...slot('2026-01-20T10:00:00+01:00') },
    { id: 'i2', applicationId: 'app-b', panel: ['member-2'], ...slot('2026-01-20T13:00:00+01:00'), status: 'cancelled' },
  ];

  it('finds the candidate and each panel member booked twice', () => {
    const result = findConflicts({
      slot: slot('2026-01-20T10:30:00+01:00'),
      applicationId: 'app-a',
      panel: ['member-2', 'member-1'],
      existing,
      zone,
      memberLabel: (id) => (id === 'member-1' ? 'Member One' : id),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failures.map((f) => [f.code, f.path])).toEqual([
      ['CANDIDATE_DOUBLE_BOOKED', 'startsAt'],
      ['PANEL_MEMBER_DOUBLE_BOOKED', 'panel.1'],
    ]);
    expect(!result.ok && result.failures[1]!.message).toMatch(/^Member One already sits on an interview from 20 January 2026, 10:00/);
  });

  it('ignores cancelled interviews, back-to-back ones and the interview being rescheduled', () => {
    expect(findConflicts({ slot: slot('2026-01-20T13:00:00+01:00'), applicationId: 'app-b', panel: ['member-2'], existing, zone })).toEqual({ ok: true });
    expect(findConflicts({ slot: slot('2026-01-20T11:00:00+01:00'), applicationId: 'app-a', panel: ['chair'], existing, zone }).ok).toBe(true);
    expect(findConflicts({ slot: slot('2026-01-20T10:30:00+01:00'), applicationId: 'app-a', panel: ['chair'], existing, ignoreId: 'i1', zone }).ok).toBe(true);
  });

  it('refuses the same member twice on one panel', () => {
    const result = findConflicts({ slot: slot('2026-01-21T10:00:00+01:00'), applicationId: 'app-c', panel: ['chair', 'chair'], existing, zone });
    expect(!result.ok && result.failures.map((f) => [f.code, f.path])).toEqual([['PANEL_MEMBER_REPEATED', 'panel.1']]);
  });
});
