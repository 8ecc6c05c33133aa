import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARLIEST_INSTANT, isoString, LATEST_INSTANT } from '../../src/lib/instant.js';

describe('isoString (src/lib/instant.ts)', () => {
  it('writes every storable instant as toISOString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: EARLIEST_INSTANT.getTime(), max: LATEST_INSTANT.getTime() }), (t) => {
        const at = new Date(t);
        expect(isoString(at)).toBe(at.toISOString());
      }),
      { numRuns: 20_000 },
    );
  });

  it('gets the calendar edges right: leap days, century years, the ends of the range', () => {
    for (const text of [
      '0001-01-01T00:00:00.000Z',
      '0400-02-29T12:00:00.000Z',
      '0999-12-31T23:59:59.999Z',
      '1900-02-28T23:59:59.999Z',
      '1900-03-01T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z',
      '2000-02-29T00:00:00.001Z',
      '2024-02-29T23:59:59.999Z',
      '2026-03-29T01:00:00.000Z',
      '2100-03-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
    ]) {
      expect(isoString(new Date(text))).toBe(text);
    }
  });

  it('leaves instants outside the years 0001-9999 to toISOString, and throws as it does on an invalid date', () => {
    for (const at of [new Date('0000-12-31T23:59:59.999Z'), new Date('+010000-01-01T00:00:00.000Z'), new Date(-8.64e15)]) {
      expect(isoString(at)).toBe(at.toISOString());
    }
    expect(() => isoString(new Date(Number.NaN))).toThrow(RangeError);
  });
});
