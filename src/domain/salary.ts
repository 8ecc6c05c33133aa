import type { LocalDate } from './local-time.js';
import { isValidLocalDate } from './local-time.js';
import { compareMoney, MONEY_RE, toCents } from './money.js';
import { describeDate, fail, type RuleFailure } from './rules.js';

/**
 * Salary bounds of a scale, valid from a date (docs/procedure.md, rule 6: "a salary
 * offer lies within the scale bounds valid on the intended start date"). For
 * the reference procedure, scale 17: 7,943.51 to 11,273.01, and from
 * 2026-01-01 (the 1.5 % rise) 8,062.66 to 11,442.11. Amounts are decimal
 * strings and compared as integer cents, never as floats.
 */
export interface SalaryBound {
  validFrom: LocalDate;
  minMonthly: string;
  maxMonthly: string;
}

/**
 * The bound valid on `date`: the one with the latest `validFrom` on or before
 * it, or null when every bound starts later (or there are none). The order of
 * `bounds` does not matter.
 */
export function boundsOn(date: LocalDate, bounds: readonly SalaryBound[]): SalaryBound | null {
  let best: SalaryBound | null = null;
  for (const b of bounds) {
    if (b.validFrom <= date && (best === null || b.validFrom > best.validFrom)) best = b;
  }
  return best;
}

/** "11,500.00": an amount as a consultant reads it (the input is a money string). */
export function formatEuros(amount: string): string {
  const [euros, cents] = amount.split('.');
  return `${euros!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

export type SalaryCheck = { ok: true; bound: SalaryBound } | ({ ok: false; bound: SalaryBound | null } & RuleFailure);

/**
 * Is `amount` (gross monthly, "8062.66") within the bounds valid on
 * `startDate`? Both bounds are inclusive.
 * - INVALID_AMOUNT: not a decimal string with two decimals.
 * - INVALID_DATE: the start date is not a calendar date.
 * - NO_SALARY_BOUNDS: no bound is valid on the start date.
 * - SALARY_OUT_OF_BOUNDS: below the minimum or above the maximum; the message
 *   names the bounds and the date they are valid from.
 */
export function checkSalary(amount: string, startDate: LocalDate, bounds: readonly SalaryBound[], scale?: string | null): SalaryCheck {
  if (!MONEY_RE.test(amount)) {
    return { ...fail('INVALID_AMOUNT', `"${amount}" is not an amount in euros with two decimals, such as "8062.66".`, 'monthlySalary'), bound: null };
  }
  if (!isValidLocalDate(startDate)) {
    return { ...fail('INVALID_DATE', `"${startDate}" is not a calendar date (YYYY-MM-DD).`, 'startDate'), bound: null };
  }
  const bound = boundsOn(startDate, bounds);
  const scaleText = scale ? `scale ${scale}` : 'the salary scale';
  if (!bound) {
    const earliest = [...bounds].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0];
    return {
      ...fail(
        'NO_SALARY_BOUNDS',
        earliest
          ? `No bounds of ${scaleText} are valid on ${describeDate(startDate)}: the earliest apply from ${describeDate(earliest.validFrom)}.`
          : `The procedure has no salary bounds for ${scaleText}, so no salary can be checked; set them on the procedure first.`,
        'startDate',
      ),
      bound: null,
    };
  }
  const below = compareMoney(amount, bound.minMonthly) < 0;
  const above = compareMoney(amount, bound.maxMonthly) > 0;
  if (below || above) {
    return {
      ...fail(
        'SALARY_OUT_OF_BOUNDS',
        `A monthly salary of EUR ${formatEuros(amount)} is ${below ? 'below' : 'above'} the bounds of ${scaleText} valid on the start date ${describeDate(startDate)}: EUR ${formatEuros(bound.minMonthly)} to EUR ${formatEuros(bound.maxMonthly)}, valid from ${describeDate(bound.validFrom)}.`,
        'monthlySalary',
      ),
      bound,
    };
  }
  return { ok: true, bound };
}

/**
 * Checks a set of bounds as a whole: each minimum at most its maximum and no
 * two bounds valid from the same date. Returns every problem; empty when fine.
 */
export function validateSalaryBounds(bounds: readonly SalaryBound[]): RuleFailure[] {
  const failures: RuleFailure[] = [];
  const seen = new Set<string>();
  bounds.forEach((b, i) => {
    if (toCents(b.minMonthly) > toCents(b.maxMonthly)) {
      failures.push({
        code: 'SALARY_BOUNDS_INVERTED',
        message: `The bounds valid from ${b.validFrom} have a minimum (${formatEuros(b.minMonthly)}) above the maximum (${formatEuros(b.maxMonthly)}).`,
        path: `bounds.${i}`,
      });
    }
    if (seen.has(b.validFrom)) {
      failures.push({
        code: 'SALARY_BOUNDS_DUPLICATE',
        message: `Two bounds are valid from ${b.validFrom}; keep one.`,
        path: `bounds.${i}.validFrom`,
      });
    }
    seen.add(b.validFrom);
  });
  return failures;
}
