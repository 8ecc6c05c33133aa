import { z } from 'zod';

/** The first and the last instant PostgreSQL stores and `Date#toISOString` writes with a four-digit year. */
export const EARLIEST_INSTANT = new Date('0001-01-01T00:00:00.000Z');
export const LATEST_INSTANT = new Date('9999-12-31T23:59:59.999Z');

export function isStorableInstant(at: Date): boolean {
  const t = at.getTime();
  return Number.isFinite(t) && t >= EARLIEST_INSTANT.getTime() && t <= LATEST_INSTANT.getTime();
}

const OUT_OF_RANGE = 'must lie between the years 0001 and 9999 (in UTC)';

/**
 * An ISO 8601 instant with an offset, in the years 0001 to 9999 in UTC.
 * `0000-01-01T00:00:00Z` and `9999-12-31T23:59:59-23:59` are well-formed
 * but the database cannot take them (year 0; year 10000 in UTC), so they are
 * refused here with 400 instead of failing there with a 500.
 */
export function instant(message = 'must be an ISO 8601 instant with an offset, such as 2026-01-20T10:00:00+01:00') {
  return z.iso.datetime({ offset: true, message }).refine(
    (value) => {
      const at = new Date(value);
      // A value that is no instant at all has its own message from the format check.
      return Number.isNaN(at.getTime()) || isStorableInstant(at);
    },
    { message: OUT_OF_RANGE },
  );
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const DAY_MS = 86_400_000;

/**
 * `at.toISOString()`, written without the call into the engine's runtime that
 * the method makes each time (about a microsecond here; a page of 25
 * applications writes 125 instants). The date is reckoned from the day number
 * (days since 1970-01-01) by the usual era arithmetic of the proleptic
 * Gregorian calendar. Instants outside the years 0001 to 9999, and invalid
 * dates, are left to toISOString. test/unit/instant.test.ts compares both.
 */
export function isoString(at: Date): string {
  const t = at.getTime();
  if (!(t >= EARLIEST_INSTANT.getTime() && t <= LATEST_INSTANT.getTime())) return at.toISOString();
  const days = Math.floor(t / DAY_MS);
  const ms = t - days * DAY_MS;
  // Eras of 400 years (146,097 days) starting on 0000-03-01, so that the leap day ends each year.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${THREE_DIGITS[ms % 1000]}Z`;
}
