import { describe, expect, it } from 'vitest';
import { boundsOn, checkSalary, formatEuros, validateSalaryBounds, type SalaryBound } from '../../src/domain/salary.js';

// The reference procedure, scale 17 (docs/procedure.md): listed newest first on purpose.
const bounds: SalaryBound[] = [
  { validFrom: '2026-01-01', minMonthly: '8062.66', maxMonthly: '11442.11' },
  { validFrom: '2025-01-01', minMonthly: '7943.51', maxMonthly: '11273.01' },
];

describe('salary bounds valid on a date', () => {
  it('takes the bound with the latest validFrom on or before the date', () => {
    expect(boundsOn('2025-12-31', bounds)?.minMonthly).toBe('7943.51');
    expect(boundsOn('2026-01-01', bounds)?.minMonthly).toBe('8062.66');
    expect(boundsOn('2027-06-01', bounds)?.maxMonthly).toBe('11442.11');
  });

  it('has none before the first bound, or without bounds', () => {
    expect(boundsOn('2024-12-31', bounds)).toBeNull();
    expect(boundsOn('2026-01-01', [])).toBeNull();
  });
});

describe('checkSalary', () => {
  it('refuses 11,500.00 naming the bounds and their validity date', () => {
    const result = checkSalary('11500.00', '2026-02-01', bounds, '17');
    expect(result).toMatchObject({ ok: false, code: 'SALARY_OUT_OF_BOUNDS', path: 'monthlySalary' });
    expect(!result.ok && result.message).toBe(
      'A monthly salary of EUR 11,500.00 is above the bounds of scale 17 valid on the start date 1 February 2026: EUR 8,062.66 to EUR 11,442.11, valid from 1 January 2026.',
    );
  });

  it('refuses 8000.00 starting 1 February 2026 but allows it starting 15 December 2025', () => {
    const late = checkSalary('8000.00', '2026-02-01', bounds);
    expect(late).toMatchObject({ ok: false, code: 'SALARY_OUT_OF_BOUNDS' });
    expect(!late.ok && late.message).toMatch(/is below the bounds/);
    expect(checkSalary('8000.00', '2025-12-15', bounds)).toEqual({ ok: true, bound: bounds[1] });
  });

  it('includes both bounds exactly, to the cent', () => {
    expect(checkSalary('8062.66', '2026-01-01', bounds).ok).toBe(true);
    expect(checkSalary('8062.65', '2026-01-01', bounds).ok).toBe(false);
    expect(checkSalary('11442.11', '2026-01-01', bounds).ok).toBe(true);
    expect(checkSalary('11442.12', '2026-01-01', bounds).ok).toBe(false);
    expect(checkSalary('7943.51', '2025-12-31', bounds).ok).toBe(true);
    expect(checkSalary('11273.02', '2025-12-31', bounds).ok).toBe(false);
  });

  it('refuses when no bound is valid on the start date', () => {
    const result = checkSalary('9000.00', '2024-06-01', bounds);
    expect(result).toMatchObject({ ok: false, code: 'NO_SALARY_BOUNDS', bound: null });
    expect(!result.ok && result.message).toMatch(/the earliest apply from 1 January 2025/);
    expect(checkSalary('9000.00', '2026-06-01', [])).toMatchObject({ ok: false, code: 'NO_SALARY_BOUNDS' });
  });

  it('refuses amounts that are not exact decimal strings, and impossible dates', () => {
    for (const amount of ['9000', '9000.5', '9,000.00', '-9000.00', '9000.001', '1e4']) {
      expect(checkSalary(amount, '2026-02-01', bounds)).toMatchObject({ ok: false, code: 'INVALID_AMOUNT' });
    }
    expect(checkSalary('9000.00', '2026-02-30', bounds)).toMatchObject({ ok: false, code: 'INVALID_DATE' });
  });
});

describe('salary helpers', () => {
  it('formats euros with thousands separators', () => {
    expect(formatEuros('11500.00')).toBe('11,500.00');
    expect(formatEuros('7943.51')).toBe('7,943.51');
    expect(formatEuros('999.00')).toBe('999.00');
    expect(formatEuros('12345678.90')).toBe('12,345,678.90');
  });

  it('validates a set of bounds as a whole', () => {
    expect(validateSalaryBounds(bounds)).toEqual([]);
    const broken = validateSalaryBounds([
      { validFrom: '2026-01-01', minMonthly: '9000.00', maxMonthly: '8000.00' },
      { validFrom: '2026-01-01', minMonthly: '8000.00', maxMonthly: '9000.00' },
    ]);
    expect(broken.map((f) => f.code)).toEqual(['SALARY_BOUNDS_INVERTED', 'SALARY_BOUNDS_DUPLICATE']);
  });
});
