import Holidays from 'date-holidays';
import { addDays, endOfLocalDay, localDateOf, parseLocalDate, type LocalDate } from './local-time.js';

/**
 * Dutch working days: Monday to Friday, except Dutch public holidays
 * (docs/procedure.md, rule 8; the vacancy promises answers "as a rule within one
 * working day").
 *
 * The holidays come from the maintained `date-holidays` data for NL, and only
 * those it marks `public` count: Nieuwjaarsdag, Tweede paasdag, Koningsdag,
 * Hemelvaartsdag, Tweede pinksterdag and both Christmas days (Easter and
 * Whit Sunday fall on a Sunday anyway). Good Friday and Bevrijdingsdag (5 May)
 * are marked `school` there, because most collective agreements give 5 May
 * off only once every five years; they are working days here. (The Algemene
 * termijnenwet does list 5 May for statutory time limits; this promise is a
 * service promise of the agency, not a statutory time limit.)
 */
const holidays = new Holidays('NL');
const byYear = new Map<number, Set<LocalDate>>();

function publicHolidays(year: number): Set<LocalDate> {
  let set = byYear.get(year);
  if (!set) {
    set = new Set(
      holidays
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, set);
  }
  return set;
}

/** The name of the Dutch public holiday on `date`, or null. */
export function dutchPublicHoliday(date: LocalDate): string | null {
  const { year } = parseLocalDate(date);
  if (!publicHolidays(year).has(date)) return null;
  const found = holidays.getHolidays(year).find((h) => h.type === 'public' && h.date.startsWith(date));
  return found?.name ?? null;
}

export function isWeekend(date: LocalDate): boolean {
  const { year, month, day } = parseLocalDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Monday to Friday and not a Dutch public holiday. */
export function isWorkingDay(date: LocalDate): boolean {
  if (isWeekend(date)) return false;
  const { year } = parseLocalDate(date);
  return !publicHolidays(year).has(date);
}

/** The `n`-th working day strictly after `date` (n >= 1). */
export function addWorkingDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer, got ${n}`);
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/**
 * When a candidate's question received at `receivedAt` must be answered: the
 * end (exclusive instant, the start of the next local day) of the
 * `workingDays`-th working day after the local day of receipt in `zone`.
 *
 * The day of receipt itself never counts, whatever the hour: a question on
 * Monday at 09:00 and one at 23:59 are both due by the end of Tuesday; one at
 * 00:00 on Tuesday is due by the end of Wednesday. A question received on a
 * non-working day is not pushed further: the next working day is simply the
 * first one after it (Saturday -> end of Monday; Wednesday 24 December 2025
 * -> end of Monday 29 December, past Christmas and the weekend).
 */
export function answerDueAt(receivedAt: Date, zone: string, workingDays = 1): Date {
  const day = localDateOf(receivedAt, zone);
  return endOfLocalDay(addWorkingDays(day, workingDays), zone);
}
