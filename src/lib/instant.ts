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
