import { TZDate } from '@date-fns/tz';

/** The agency's own time zone: a new procedure's unless it names another, and the zone of deadlines without a procedure. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** A calendar date without time, `YYYY-MM-DD`. */
export type LocalDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = DATE_RE.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function isValidLocalDate(date: string): boolean {
  const match = DATE_RE.exec(date);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const DAY_MS = 86_400_000;

/** What the clocks of `zone` read at `instant`, as the milliseconds of the UTC time with the same fields. */
export function wallClockOf(instant: number, zone: string): number {
  const d = new TZDate(instant, zone);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
}

/**
 * The instant at which the clocks of `zone` read `wall` (the milliseconds of
 * the UTC time with the same fields). Where they read it twice (put back),
 * `ambiguous` chooses; where they skip it (put forward), the offset in force
 * before the change counts: as far after the gap as the time lies into it.
 * PostgreSQL's timezone(zone, timestamp) reads times so, with 'later'.
 */
export function instantAtWallClock(wall: number, zone: string, ambiguous: 'earlier' | 'later'): number {
  // The offsets a day either side of the time: those before and after any change near it.
  const before = wall - (wallClockOf(wall - DAY_MS, zone) - (wall - DAY_MS));
  const after = wall - (wallClockOf(wall + DAY_MS, zone) - (wall + DAY_MS));
  const reads = (x: number) => wallClockOf(x, zone) === wall;
  if (reads(before) && reads(after)) return ambiguous === 'earlier' ? Math.min(before, after) : Math.max(before, after);
  if (reads(after)) return after;
  return before;
}

/**
 * The instant a local day begins in `zone`: its first instant (midnight, the
 * first of two where the clocks are put back at 01:00, or the first valid time
 * after a midnight the clocks skip).
 */
export function startOfLocalDay(date: LocalDate, zone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  return new Date(instantAtWallClock(Date.UTC(year, month - 1, day), zone, 'earlier'));
}

/** The next calendar date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The end of a local day as an exclusive instant: the start of the next day.
 * A deadline "on 6 January" is met by anything strictly before this instant.
 */
export function endOfLocalDay(date: LocalDate, zone: string): Date {
  return startOfLocalDay(addDays(date, 1), zone);
}

/** The local calendar date of an instant in `zone`. */
export function localDateOf(instant: Date, zone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return parts;
}

/** ISO 8601 with the zone's offset at that instant, e.g. 2026-01-07T00:00:00.000+01:00: for messages a person reads. Instants in responses are UTC (toISOString). */
export function formatInZone(instant: Date, zone: string): string {
  return new TZDate(instant.getTime(), zone).toISOString();
}

export function toDateOnly(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
}

export function fromDateOnly(date: LocalDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
