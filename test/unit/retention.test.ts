import { describe, expect, it } from 'vitest';
import { formatInZone } from '../../src/domain/local-time.js';
import { retentionErasure, type RetentionConsent, type RetentionProcedure } from '../../src/domain/retention.js';

const AMS = 'Europe/Amsterdam';
const at = (iso: string) => new Date(iso);
const ended = (iso: string | null, extra: Partial<RetentionProcedure> = {}): RetentionProcedure => ({
  endedAt: iso ? at(iso) : null,
  timeZone: AMS,
  appointed: false,
  ...extra,
});
const consent = (givenAt: string, expiresAt: string | null, withdrawnAt: string | null = null): RetentionConsent => ({
  givenAt: at(givenAt),
  expiresAt: expiresAt ? at(expiresAt) : null,
  withdrawnAt: withdrawnAt ? at(withdrawnAt) : null,
});
function dueAt(procedures: RetentionProcedure[], consents: RetentionConsent[] = []) {
  const v = retentionErasure(procedures, consents);
  if (!v.due) throw new Error(`not due: ${v.reason}`);
  return { at: formatInZone(v.dueAt, AMS), basis: v.basis };
}

// The reference procedure is completed by the appointment on 30 January 2026.
const COMPLETED = '2026-01-30T15:00:00+01:00';

describe('retention: when a candidate who was not appointed is erased', () => {
  it('is four weeks after the procedure was completed or cancelled', () => {
    expect(dueAt([ended(COMPLETED)])).toEqual({ at: '2026-02-27T15:00:00.000+01:00', basis: 'four_weeks_after_end' });
    expect(dueAt([ended('2026-03-10T09:00:00+01:00')])).toEqual({ at: '2026-04-07T09:00:00.000+02:00', basis: 'four_weeks_after_end' });
  });

  it('exempts the appointed candidate, in whatever procedure', () => {
    expect(retentionErasure([ended(COMPLETED, { appointed: true })], [])).toEqual({ due: false, reason: 'appointed' });
    expect(retentionErasure([ended(COMPLETED), ended('2026-05-01T10:00:00+02:00', { appointed: true })], [])).toEqual({
      due: false,
      reason: 'appointed',
    });
  });

  it('is not due while any of their procedures is running, and counts from the one that ended last', () => {
    expect(retentionErasure([ended(COMPLETED), ended(null)], [])).toEqual({ due: false, reason: 'procedure_running' });
    expect(dueAt([ended('2026-03-02T10:00:00+01:00', { procedureId: 'b' }), ended(COMPLETED, { procedureId: 'a' })])).toEqual({
      at: '2026-03-30T10:00:00.000+02:00',
      basis: 'four_weeks_after_end',
    });
    const v = retentionErasure([ended('2026-03-02T10:00:00+01:00', { procedureId: 'b' }), ended(COMPLETED, { procedureId: 'a' })], []);
    expect(v.due && v.procedureId).toBe('b');
  });

  it('waits for a retention consent to expire, never longer than a year after the end', () => {
    expect(dueAt([ended(COMPLETED)], [consent('2026-01-20T10:00:00+01:00', '2026-07-20T10:00:00+02:00')])).toEqual({
      at: '2026-07-20T10:00:00.000+02:00',
      basis: 'consent_expires',
    });
    // A consent of a year given before the end would outlast the end by less than a year: it counts in full.
    expect(dueAt([ended(COMPLETED)], [consent('2026-01-05T10:00:00+01:00', '2027-01-05T10:00:00+01:00')]).basis).toBe('consent_expires');
    // One given long after the end cannot stretch past the year.
    expect(dueAt([ended(COMPLETED)], [consent('2026-12-01T10:00:00+01:00', '2027-12-01T10:00:00+01:00')])).toEqual({
      at: '2027-01-30T15:00:00.000+01:00',
      basis: 'one_year_after_end',
    });
  });

  it('keeps the four weeks when the consent runs out before them', () => {
    expect(dueAt([ended(COMPLETED)], [consent('2025-02-01T10:00:00+01:00', '2026-02-01T10:00:00+01:00')])).toEqual({
      at: '2026-02-27T15:00:00.000+01:00',
      basis: 'four_weeks_after_end',
    });
  });

  it('makes erasure due at once when the consent is withdrawn after the end', () => {
    expect(dueAt([ended(COMPLETED)], [consent('2026-01-20T10:00:00+01:00', '2027-01-20T10:00:00+01:00', '2026-02-10T09:00:00+01:00')])).toEqual({
      at: '2026-02-10T09:00:00.000+01:00',
      basis: 'consent_withdrawn',
    });
    expect(dueAt([ended(COMPLETED)], [consent('2026-01-20T10:00:00+01:00', '2027-01-20T10:00:00+01:00', '2026-06-10T09:00:00+02:00')])).toEqual({
      at: '2026-06-10T09:00:00.000+02:00',
      basis: 'consent_withdrawn',
    });
  });

  it('treats a consent withdrawn while the procedure ran as no consent', () => {
    expect(dueAt([ended(COMPLETED)], [consent('2026-01-10T10:00:00+01:00', '2027-01-10T10:00:00+01:00', '2026-01-20T10:00:00+01:00')])).toEqual({
      at: '2026-02-27T15:00:00.000+01:00',
      basis: 'four_weeks_after_end',
    });
  });

  it('follows the latest consent given', () => {
    const old = consent('2025-06-01T10:00:00+02:00', '2026-06-01T10:00:00+02:00', '2026-02-02T10:00:00+01:00');
    const renewed = consent('2026-02-05T10:00:00+01:00', '2026-09-05T10:00:00+02:00');
    expect(dueAt([ended(COMPLETED)], [renewed, old]).basis).toBe('consent_expires');
  });

  it('erases a talent-pool entry without procedure when its consent ends, without one three months after recording', () => {
    expect(dueAt([], [consent('2026-01-20T10:00:00+01:00', '2027-01-20T10:00:00+01:00')]).at).toBe('2027-01-20T10:00:00.000+01:00');
    expect(dueAt([], [consent('2026-01-20T10:00:00+01:00', '2027-01-20T10:00:00+01:00', '2026-03-01T10:00:00+01:00')]).at).toBe(
      '2026-03-01T10:00:00.000+01:00',
    );
    expect(retentionErasure([], [])).toEqual({ due: false, reason: 'no_procedure' });
    // Recorded without a procedure and without a consent: three months after recording.
    const v = retentionErasure([], [], at('2025-11-30T10:00:00+01:00'));
    expect(v.due && { at: formatInZone(v.dueAt, AMS), basis: v.basis }).toEqual({ at: '2026-02-28T10:00:00.000+01:00', basis: 'three_months_after_recorded' });
  });
});
