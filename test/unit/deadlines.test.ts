import { describe, expect, it } from 'vitest';
import { addLocalDays, addLocalMonths, dataSubjectRequestDueAt, deadlineId, deadlineState, headhuntedNoticeDueAt } from '../../src/domain/deadlines.js';
import { formatInZone } from '../../src/domain/local-time.js';

const AMS = 'Europe/Amsterdam';
const at = (iso: string) => new Date(iso);

describe('deadline states', () => {
  const dueAt = at('2026-01-07T00:00:00+01:00');

  it('is upcoming more than 24 hours ahead, due within them, overdue from the instant itself', () => {
    expect(deadlineState({ dueAt, met: false }, at('2026-01-05T23:59:59+01:00'))).toBe('upcoming');
    expect(deadlineState({ dueAt, met: false }, at('2026-01-06T00:00:00+01:00'))).toBe('due');
    expect(deadlineState({ dueAt, met: false }, at('2026-01-06T23:59:59.999+01:00'))).toBe('due');
    expect(deadlineState({ dueAt, met: false }, at('2026-01-07T00:00:00+01:00'))).toBe('overdue');
    expect(deadlineState({ dueAt, met: false }, at('2026-02-01T00:00:00+01:00'))).toBe('overdue');
  });

  it('is met whenever the step happened, before or after the instant', () => {
    expect(deadlineState({ dueAt, met: true }, at('2025-12-20T10:00:00+01:00'))).toBe('met');
    expect(deadlineState({ dueAt, met: true }, at('2026-03-01T10:00:00+01:00'))).toBe('met');
  });

  it('has stable ids of kind and subject', () => {
    expect(deadlineId('overview_due', 'c0ffee00-0000-4000-8000-000000000001')).toBe('overview_due:c0ffee00-0000-4000-8000-000000000001');
  });
});

describe('calendar months and days in a zone', () => {
  it('adds a month on the local wall clock, clamped to the end of a shorter month', () => {
    expect(formatInZone(addLocalMonths(at('2025-12-19T09:30:00+01:00'), 1, AMS), AMS)).toBe('2026-01-19T09:30:00.000+01:00');
    expect(formatInZone(addLocalMonths(at('2026-01-31T12:00:00+01:00'), 1, AMS), AMS)).toBe('2026-02-28T12:00:00.000+01:00');
    // Across the change to summer time the local hour stays.
    expect(formatInZone(addLocalMonths(at('2026-03-10T10:00:00+01:00'), 1, AMS), AMS)).toBe('2026-04-10T10:00:00.000+02:00');
  });

  it('adds days on the local wall clock', () => {
    expect(formatInZone(addLocalDays(at('2026-03-20T10:00:00+01:00'), 28, AMS), AMS)).toBe('2026-04-17T10:00:00.000+02:00');
  });

  it('gives a headhunted candidate one calendar month, and a data-subject request too', () => {
    expect(formatInZone(headhuntedNoticeDueAt(at('2025-12-22T11:00:00+01:00')), AMS)).toBe('2026-01-22T11:00:00.000+01:00');
    expect(formatInZone(dataSubjectRequestDueAt(at('2026-01-31T16:00:00+01:00')), AMS)).toBe('2026-02-28T16:00:00.000+01:00');
  });
});
