import { describe, expect, it } from 'vitest';
import { addWorkingDays, answerDueAt, dutchPublicHoliday, isWorkingDay } from '../../src/domain/working-days.js';

const AMS = 'Europe/Amsterdam';
const due = (receivedAt: string, workingDays?: number) => answerDueAt(new Date(receivedAt), AMS, workingDays).toISOString();

describe('Dutch working days', () => {
  it('counts Christmas, New Year and Easter Monday as holidays, not Good Friday or 5 May', () => {
    expect(isWorkingDay('2025-12-25')).toBe(false);
    expect(isWorkingDay('2025-12-26')).toBe(false);
    expect(isWorkingDay('2026-01-01')).toBe(false);
    expect(isWorkingDay('2026-04-06')).toBe(false); // Tweede paasdag
    expect(isWorkingDay('2026-04-27')).toBe(false); // Koningsdag
    expect(isWorkingDay('2026-05-14')).toBe(false); // Hemelvaartsdag
    expect(isWorkingDay('2026-05-25')).toBe(false); // Tweede pinksterdag
    expect(isWorkingDay('2026-04-03')).toBe(true); // Goede Vrijdag: marked school, not public
    expect(isWorkingDay('2026-05-05')).toBe(true); // Bevrijdingsdag: marked school, not public
    expect(isWorkingDay('2025-12-31')).toBe(true);
    expect(dutchPublicHoliday('2025-12-25')).toBe('Kerstmis');
    expect(dutchPublicHoliday('2025-12-24')).toBeNull();
  });

  it('skips weekends', () => {
    expect(isWorkingDay('2026-01-10')).toBe(false);
    expect(isWorkingDay('2026-01-11')).toBe(false);
    expect(addWorkingDays('2026-01-09', 1)).toBe('2026-01-12');
    expect(addWorkingDays('2026-01-09', 3)).toBe('2026-01-14');
  });
});

describe('answerDueAt (one working day, docs/procedure.md, rule 8)', () => {
  it('a question on Wednesday 24 December 2025 at 16:00 is due by the end of Monday 29 December', () => {
    expect(due('2025-12-24T16:00:00+01:00')).toBe(new Date('2025-12-30T00:00:00+01:00').toISOString());
  });

  it('a weekday question is due by the end of the next working day', () => {
    expect(due('2026-01-05T10:00:00+01:00')).toBe(new Date('2026-01-07T00:00:00+01:00').toISOString());
  });

  it('Friday and weekend questions are due by the end of Monday', () => {
    expect(due('2026-01-09T15:00:00+01:00')).toBe(new Date('2026-01-13T00:00:00+01:00').toISOString());
    expect(due('2026-01-10T11:00:00+01:00')).toBe(new Date('2026-01-13T00:00:00+01:00').toISOString());
    expect(due('2026-01-11T23:00:00+01:00')).toBe(new Date('2026-01-13T00:00:00+01:00').toISOString());
  });

  it('crosses the turn of the year past New Year’s Day', () => {
    // Wednesday 31 December: Thursday 1 January is a holiday, so Friday 2 January.
    expect(due('2025-12-31T09:00:00+01:00')).toBe(new Date('2026-01-03T00:00:00+01:00').toISOString());
    // Friday 2 January: due Monday 5 January.
    expect(due('2026-01-02T12:00:00+01:00')).toBe(new Date('2026-01-06T00:00:00+01:00').toISOString());
    // On the holiday itself: the next working day is Friday 2 January.
    expect(due('2026-01-01T10:00:00+01:00')).toBe(new Date('2026-01-03T00:00:00+01:00').toISOString());
    // Christmas Day: Friday 26 is a holiday too, so Monday 29.
    expect(due('2025-12-25T10:00:00+01:00')).toBe(new Date('2025-12-30T00:00:00+01:00').toISOString());
  });

  it('skips Easter Monday', () => {
    // Thursday 2 April 2026 -> Friday 3 April (Good Friday is a working day).
    expect(due('2026-04-02T10:00:00+02:00')).toBe(new Date('2026-04-04T00:00:00+02:00').toISOString());
    // Friday 3 April -> Monday 6 April is Tweede paasdag -> Tuesday 7 April.
    expect(due('2026-04-03T10:00:00+02:00')).toBe(new Date('2026-04-08T00:00:00+02:00').toISOString());
  });

  it('takes the local day of receipt: 23:59 and 00:00 fall on different days', () => {
    expect(due('2026-01-05T23:59:00+01:00')).toBe(new Date('2026-01-07T00:00:00+01:00').toISOString());
    expect(due('2026-01-06T00:00:00+01:00')).toBe(new Date('2026-01-08T00:00:00+01:00').toISOString());
    // 23:30 UTC on Monday is already Tuesday in Amsterdam.
    expect(due('2026-01-05T23:30:00Z')).toBe(new Date('2026-01-08T00:00:00+01:00').toISOString());
  });

  it('ends the day in the local offset across the summer-time changes', () => {
    // Saturday 28 March 2026; clocks go forward on Sunday 29 March: due end of Monday 30 March, CEST.
    expect(due('2026-03-28T12:00:00+01:00')).toBe('2026-03-30T22:00:00.000Z');
    // Friday 23 October 2026; clocks go back on Sunday 25 October: due end of Monday 26 October, CET.
    expect(due('2026-10-23T12:00:00+02:00')).toBe('2026-10-26T23:00:00.000Z');
  });

  it('counts more working days when asked', () => {
    expect(due('2025-12-24T16:00:00+01:00', 2)).toBe(new Date('2025-12-31T00:00:00+01:00').toISOString());
    expect(() => answerDueAt(new Date(), AMS, 0)).toThrow(RangeError);
  });

  it('uses the given time zone for the day of receipt', () => {
    // 05:00 on Tuesday in Amsterdam is still Monday 23:00 in New York.
    expect(answerDueAt(new Date('2026-01-06T05:00:00+01:00'), 'America/New_York').toISOString()).toBe(new Date('2026-01-07T00:00:00-05:00').toISOString());
  });
});
