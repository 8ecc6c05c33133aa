import { describe, expect, it } from 'vitest';
import {
  checkGateClose,
  checkStageQuota,
  gateClosableFrom,
  MIN_JUSTIFICATION_LENGTH,
  stageStatuses,
  stageWindows,
  type GateCloseInput,
} from '../../src/domain/gates.js';
import { REFERENCE_TIMELINE, timelineInstants, type Timeline } from '../../src/domain/timeline.js';

const zone = 'Europe/Amsterdam';
const timeline: Timeline = REFERENCE_TIMELINE;
const instants = timelineInstants(timeline, zone);
const at = (iso: string) => new Date(iso);
const justification = 'A sixth strong candidate surfaced late from the search.';

function preselection(overrides: Partial<GateCloseInput> = {}): GateCloseInput {
  return {
    gate: 'preselection',
    status: 'open',
    count: 5,
    bounds: { min: 4, max: 6 },
    now: at('2026-01-14T09:00:00+01:00'),
    instants,
    zone,
    ...overrides,
  };
}

function shortlist(overrides: Partial<GateCloseInput> = {}): GateCloseInput {
  return {
    gate: 'shortlist',
    status: 'open',
    previousClosed: true,
    count: 4,
    bounds: { min: 3, max: 4 },
    now: at('2026-01-16T15:00:00+01:00'),
    instants,
    zone,
    ...overrides,
  };
}

const codes = (r: ReturnType<typeof checkGateClose>) => (r.ok ? [] : r.failures.map((f) => f.code));

describe('closing the preselection (sending the overview)', () => {
  it('sends the overview on 14 January with 5 preselected', () => {
    expect(checkGateClose(preselection())).toEqual({ ok: true, withinBounds: true, justification: null });
  });

  it.each([4, 6])('accepts the bound %i itself', (count) => {
    expect(checkGateClose(preselection({ count })).ok).toBe(true);
  });

  it('is allowed from the end of the closing date, not a millisecond before', () => {
    const early = checkGateClose(preselection({ now: at('2026-01-06T23:59:59.999+01:00') }));
    expect(codes(early)).toEqual(['GATE_TOO_EARLY']);
    expect(!early.ok && early.failures[0]!.message).toBe(
      'The candidate overview can be sent only after the closing date for applications, from 7 January 2026, 00:00 (Europe/Amsterdam).',
    );
    expect(checkGateClose(preselection({ now: at('2026-01-07T00:00:00+01:00') })).ok).toBe(true);
  });

  it('refuses 3 (STAGE_QUOTA_NOT_MET) and 7 (STAGE_QUOTA_EXCEEDED) without a justification', () => {
    const three = checkGateClose(preselection({ count: 3 }));
    expect(codes(three)).toEqual(['STAGE_QUOTA_NOT_MET']);
    expect(!three.ok && three.failures[0]!.message).toMatch(/holds 3 candidates, fewer than the 4 to 6 of this procedure/);
    expect(codes(checkGateClose(preselection({ count: 7 })))).toEqual(['STAGE_QUOTA_EXCEEDED']);
  });

  it('passes the bounds with a written justification, which it returns trimmed to keep', () => {
    expect(checkGateClose(preselection({ count: 7, justification: `  ${justification}  ` }))).toEqual({
      ok: true,
      withinBounds: false,
      justification,
    });
    expect(checkGateClose(preselection({ count: 3, justification })).ok).toBe(true);
  });

  it('refuses a justification shorter than the minimum, at the boundary', () => {
    const short = 'x'.repeat(MIN_JUSTIFICATION_LENGTH - 1);
    expect(codes(checkGateClose(preselection({ count: 7, justification: short })))).toEqual(['JUSTIFICATION_TOO_SHORT']);
    expect(checkGateClose(preselection({ count: 7, justification: 'x'.repeat(MIN_JUSTIFICATION_LENGTH) })).ok).toBe(true);
    // Blank is no justification at all.
    expect(codes(checkGateClose(preselection({ count: 7, justification: '   ' })))).toEqual(['STAGE_QUOTA_EXCEEDED']);
  });

  it('does not judge a justification that is not needed, but keeps it', () => {
    expect(checkGateClose(preselection({ justification: 'ok' }))).toEqual({ ok: true, withinBounds: true, justification: 'ok' });
  });

  it('never closes an empty preselection, whatever the justification', () => {
    expect(codes(checkGateClose(preselection({ count: 0, justification })))).toEqual(['STAGE_QUOTA_NOT_MET']);
  });

  it('returns every failed condition at once', () => {
    const result = checkGateClose(preselection({ status: 'closed', count: 7, now: at('2026-01-05T10:00:00+01:00') }));
    expect(codes(result)).toEqual(['STAGE_ALREADY_CLOSED', 'GATE_TOO_EARLY', 'STAGE_QUOTA_EXCEEDED']);
  });
});

describe('closing the shortlist (inviting the interview round)', () => {
  it('invites 4 on 16 January, the committee-meeting day', () => {
    expect(checkGateClose(shortlist()).ok).toBe(true);
  });

  it('is allowed from the start of the committee-meeting day in the procedure zone', () => {
    expect(gateClosableFrom('shortlist', instants).toISOString()).toBe('2026-01-15T23:00:00.000Z');
    expect(codes(checkGateClose(shortlist({ now: at('2026-01-15T23:59:59.999+01:00') })))).toEqual(['GATE_TOO_EARLY']);
    expect(checkGateClose(shortlist({ now: at('2026-01-16T00:00:00+01:00') })).ok).toBe(true);
  });

  it('holds 3 to 4 unless justified', () => {
    expect(checkGateClose(shortlist({ count: 3 })).ok).toBe(true);
    expect(codes(checkGateClose(shortlist({ count: 2 })))).toEqual(['STAGE_QUOTA_NOT_MET']);
    expect(codes(checkGateClose(shortlist({ count: 5 })))).toEqual(['STAGE_QUOTA_EXCEEDED']);
    expect(checkGateClose(shortlist({ count: 5, justification: 'The committee could not choose between two.' })).ok).toBe(true);
  });

  it('cannot close before the overview was sent, nor twice', () => {
    expect(codes(checkGateClose(shortlist({ previousClosed: false })))).toEqual(['STAGE_NOT_OPEN']);
    expect(codes(checkGateClose(shortlist({ status: 'closed' })))).toEqual(['STAGE_ALREADY_CLOSED']);
  });
});

describe('adding one more to an open stage', () => {
  it('allows up to the maximum', () => {
    expect(checkStageQuota({ gate: 'preselection', count: 0, bounds: { min: 4, max: 6 } })).toEqual({ ok: true, overQuota: false });
    expect(checkStageQuota({ gate: 'preselection', count: 5, bounds: { min: 4, max: 6 } })).toEqual({ ok: true, overQuota: false });
  });

  it('refuses a 7th preselection without justification, and a 5th shortlisted', () => {
    const seventh = checkStageQuota({ gate: 'preselection', count: 6, bounds: { min: 4, max: 6 } });
    expect(seventh.ok).toBe(false);
    expect(!seventh.ok && seventh.failures.map((f) => f.code)).toEqual(['STAGE_QUOTA_EXCEEDED']);
    const fifth = checkStageQuota({ gate: 'shortlist', count: 4, bounds: { min: 3, max: 4 }, justification: null });
    expect(!fifth.ok && fifth.failures[0]!.message).toMatch(/^The interview shortlist already holds 4 candidates/);
  });

  it('allows past the maximum with a justification long enough', () => {
    expect(checkStageQuota({ gate: 'preselection', count: 6, bounds: { min: 4, max: 6 }, justification })).toEqual({
      ok: true,
      overQuota: true,
    });
    const short = checkStageQuota({ gate: 'preselection', count: 9, bounds: { min: 4, max: 6 }, justification: 'because' });
    expect(!short.ok && short.failures.map((f) => f.code)).toEqual(['JUSTIFICATION_TOO_SHORT']);
  });
});

describe('stage statuses', () => {
  const statuses = (now: string, stored = {}) => stageStatuses({ stored, now: at(now), instants });

  it('keeps everything pending during the open call', () => {
    expect(statuses('2026-01-05T10:00:00+01:00')).toEqual({
      preselection: 'pending',
      shortlist: 'pending',
      nomination: 'pending',
      references: 'pending',
      terms: 'pending',
      appointment: 'pending',
    });
  });

  it('opens the preselection after the closing date, the shortlist after the overview', () => {
    expect(statuses('2026-01-07T00:00:00+01:00').preselection).toBe('open');
    expect(statuses('2026-01-14T12:00:00+01:00', { preselection: 'closed' })).toMatchObject({ preselection: 'closed', shortlist: 'open' });
  });

  it('opens nomination, references, terms and appointment with the interview round once the shortlist is invited', () => {
    const stored = { preselection: 'closed', shortlist: 'closed' } as const;
    expect(statuses('2026-01-18T23:59:00+01:00', stored).nomination).toBe('pending');
    expect(statuses('2026-01-19T00:00:00+01:00', stored)).toMatchObject({ nomination: 'open', references: 'open', terms: 'open', appointment: 'open' });
    expect(statuses('2026-01-19T00:00:00+01:00', { preselection: 'closed' }).nomination).toBe('pending');
  });

  it('a closed stage stays closed whatever the clock', () => {
    expect(statuses('2026-01-01T00:00:00+01:00', { preselection: 'closed' }).preselection).toBe('closed');
  });

  it('gives each stage its window from the timeline', () => {
    const windows = stageWindows(instants);
    expect(windows.preselection.startsAt.toISOString()).toBe('2026-01-06T23:00:00.000Z');
    expect(windows.preselection.endsAt.toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(windows.shortlist.startsAt.toISOString()).toBe('2026-01-15T23:00:00.000Z');
    expect(windows.appointment.endsAt.toISOString()).toBe('2026-01-31T23:00:00.000Z');
  });
});
