import { PRIVACY_ZONE } from './deadlines.js';
import { instantAtWallClock, wallClockOf } from './local-time.js';

/**
 * When a candidate's personal data and documents must be erased
 * (docs/procedure.md, rule 9: the agency's privacy statement; the NVP code for
 * applicants, "Sollicitatiecode": data of a candidate who was not appointed
 * is removed at the latest four weeks after the procedure ended, unless the
 * candidate consented to keeping it longer, at most one year).
 *
 * The rules, in order:
 *  1. A candidate appointed in any procedure is exempt: their data passes to
 *     the employment and is not erased by this rule.
 *  2. While any procedure the candidate is in is still running (not completed
 *     and not cancelled) nothing is due: the candidate may still be needed.
 *     For a person in several procedures, erasure is due only once it is due
 *     for every one of them, i.e. counted from the procedure that ended last.
 *  3. Without a retention consent: four weeks (28 local days) after that end.
 *  4. With a retention consent (the latest one given counts):
 *     - in force: when it expires, but not before the four weeks are over and
 *       never later than one year after the end;
 *     - withdrawn after the end: at once (at the withdrawal), since
 *       withdrawing ends what it allowed and the four weeks are a maximum,
 *       not a right to keep the data;
 *     - withdrawn before the end: as without consent (rule 3).
 *  5. A person in no procedure at all (a talent-pool entry) with a retention
 *     consent: when that consent expires or is withdrawn.
 *  6. A person in no procedure and without a retention consent (found by the
 *     agency's search and not put forward): three calendar months after they
 *     were recorded. The agency must tell them within the first month; the
 *     two after are for putting them forward or asking for a consent.
 */

export const UNPLACED_MONTHS = 3;

export const RETENTION_WEEKS = 4;

export interface RetentionProcedure {
  /** When the procedure was completed or cancelled; null while it is running. */
  endedAt: Date | null;
  /** The procedure's time zone, in which days and years are counted. */
  timeZone: string;
  /** Whether this candidate was appointed in it. */
  appointed: boolean;
  procedureId?: string;
}

export interface RetentionConsent {
  givenAt: Date;
  /** Retention consents always have one (at most a year); null counts as one year after givenAt. */
  expiresAt: Date | null;
  withdrawnAt: Date | null;
}

export type RetentionBasis =
  'four_weeks_after_end' | 'consent_expires' | 'consent_withdrawn' | 'one_year_after_end' | 'talent_pool_consent_ends' | 'three_months_after_recorded';

export type RetentionVerdict =
  | { due: false; reason: 'appointed' | 'procedure_running' | 'no_procedure' }
  | { due: true; dueAt: Date; basis: RetentionBasis; endedAt: Date | null; procedureId: string | null };

/**
 * `instant` plus whole calendar months and days in `zone`, at the same time on
 * the clock; a day the month lacks becomes its last (31 January plus a month:
 * 28 or 29 February). A time the clocks read twice that day is the later
 * reading, one they skip lies as far after the gap as into it: as PostgreSQL
 * adds an interval to a local time and reads it back (timezone(zone,
 * timezone(zone, t) + interval '...')), which the SQL twin does.
 */
function addLocal(instant: Date, zone: string, months: number, days: number): Date {
  const wall = new Date(wallClockOf(instant.getTime(), zone));
  const first = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + months, 1));
  const length = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const target = Date.UTC(
    first.getUTCFullYear(),
    first.getUTCMonth(),
    Math.min(wall.getUTCDate(), length) + days,
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
  return new Date(instantAtWallClock(target, zone, 'later'));
}
const addLocalDays = (instant: Date, days: number, zone: string) => addLocal(instant, zone, 0, days);
const addLocalMonths = (instant: Date, months: number, zone: string) => addLocal(instant, zone, months, 0);
const addLocalYears = (instant: Date, years: number, zone: string) => addLocal(instant, zone, 12 * years, 0);

/** The latest given; of several given at the same instant, the one recorded last (listed last). */
function latest(consents: readonly RetentionConsent[]): RetentionConsent | null {
  let found: RetentionConsent | null = null;
  for (const c of consents) if (!found || c.givenAt.getTime() >= found.givenAt.getTime()) found = c;
  return found;
}

function consentEnd(c: RetentionConsent): Date {
  return c.withdrawnAt ?? c.expiresAt ?? addLocalYears(c.givenAt, 1, PRIVACY_ZONE);
}

/**
 * `recordedAt`: when the person was recorded (rule 6); without it, rule 6 gives no date.
 * `consents` in the order they were recorded; `procedures` by id (of several
 * that ended at the same instant, the first listed decides).
 *
 * SQL twin: the function `candidate_retention(ids)` (which reads a procedure's
 * end as its completed_at, cancelled_at or else updated_at once it is
 * completed or cancelled), kept in candidates.retention_due_at and
 * retention_procedure_id by the triggers of
 * prisma/migrations/20261127130100_deadline_due_instants/migration.sql; its
 * current version is in
 * prisma/migrations/20261129170000_talent_pool_retention/migration.sql.
 * Change both together: test/integration/sql-twins.test.ts compares them.
 */
export function retentionErasure(procedures: readonly RetentionProcedure[], consents: readonly RetentionConsent[], recordedAt?: Date): RetentionVerdict {
  if (procedures.some((p) => p.appointed)) return { due: false, reason: 'appointed' };
  const consent = latest(consents);
  if (procedures.length === 0) {
    if (!consent) {
      if (!recordedAt) return { due: false, reason: 'no_procedure' };
      const dueAt = addLocalMonths(recordedAt, UNPLACED_MONTHS, PRIVACY_ZONE);
      return { due: true, dueAt, basis: 'three_months_after_recorded', endedAt: null, procedureId: null };
    }
    return { due: true, dueAt: consentEnd(consent), basis: 'talent_pool_consent_ends', endedAt: null, procedureId: null };
  }
  if (procedures.some((p) => p.endedAt === null)) return { due: false, reason: 'procedure_running' };
  let last = procedures[0]!;
  for (const p of procedures) if (p.endedAt!.getTime() > last.endedAt!.getTime()) last = p;
  const endedAt = last.endedAt!;
  const zone = last.timeZone;
  const procedureId = last.procedureId ?? null;
  const base = addLocalDays(endedAt, RETENTION_WEEKS * 7, zone);
  const cap = addLocalYears(endedAt, 1, zone);
  const verdict = (dueAt: Date, basis: RetentionBasis) => ({ due: true as const, dueAt, basis, endedAt, procedureId });
  if (!consent) return verdict(base, 'four_weeks_after_end');
  if (consent.withdrawnAt) {
    if (consent.withdrawnAt.getTime() < endedAt.getTime()) return verdict(base, 'four_weeks_after_end');
    return consent.withdrawnAt.getTime() < cap.getTime() ? verdict(consent.withdrawnAt, 'consent_withdrawn') : verdict(cap, 'one_year_after_end');
  }
  const expires = consentEnd(consent);
  if (expires.getTime() <= base.getTime()) return verdict(base, 'four_weeks_after_end');
  return expires.getTime() < cap.getTime() ? verdict(expires, 'consent_expires') : verdict(cap, 'one_year_after_end');
}
