import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { parseJsonInstant, parseTextArray, parseTimestamptz, serviceTypes } from '../../src/db/pg-types.js';

const pgParse = pg.types.getTypeParser(1184, 'text') as (text: string) => Date;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as PostgreSQL writes a timestamptz in text at a session offset (ISO DateStyle). */
function pgText(t: number, offsetSeconds: number, fractionDigits: number, micros: number): string {
  const local = new Date(t + offsetSeconds * 1000);
  const fraction = `${pad(local.getUTCMilliseconds(), 3)}${pad(micros, 3)}`.slice(0, fractionDigits).replace(/0+$/, '');
  const abs = Math.abs(offsetSeconds);
  const [h, m, s] = [Math.floor(abs / 3600), Math.floor(abs / 60) % 60, abs % 60];
  const offset = `${offsetSeconds < 0 ? '-' : '+'}${pad(h)}${m || s ? `:${pad(m)}` : ''}${s ? `:${pad(s)}` : ''}`;
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${fraction ? `.${fraction}` : ''}${offset}`
  );
}

/** An instant of the years PostgreSQL writes with four digits, and a session offset of up to ±15:59:59. */
const anInstant = fc.integer({ min: Date.UTC(100, 0, 2), max: Date.UTC(9999, 11, 30) });
const anOffset = fc.integer({ min: -15 * 3600 - 59 * 60 - 59, max: 15 * 3600 + 59 * 60 + 59 });

describe('parseTimestamptz (src/db/pg-types.ts)', () => {
  it("reads every timestamptz PostgreSQL writes into the Date pg's own parser makes", () => {
    fc.assert(
      fc.property(anInstant, anOffset, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 999 }), (t, offset, digits, micros) => {
        const text = pgText(t, offset, digits, micros);
        expect(parseTimestamptz(text).getTime(), text).toBe(pgParse(text).getTime());
      }),
      { numRuns: 20_000 },
    );
  });

  it("leaves what it does not know to pg's parser", () => {
    for (const text of [
      '0099-12-31 23:59:59+00',
      '0001-01-01 00:00:00+00 BC',
      'infinity',
      '-infinity',
      '12026-01-01 00:00:00+00',
      '2026-01-01 00:00:00',
      '2026-01-01T00:00:00Z',
      '2026-01-01 00:00:00+0',
      '2026-01-01 00:00:00+01:3',
    ]) {
      const ours = parseTimestamptz(text) as unknown;
      const theirs = pgParse(text) as unknown;
      expect(ours instanceof Date ? ours.getTime() : ours, text).toEqual(theirs instanceof Date ? theirs.getTime() : theirs);
    }
  });

  it('is what the service pool reads timestamptz and text[] with, and nothing else', () => {
    expect(serviceTypes.getTypeParser(1184, 'text')).toBe(parseTimestamptz);
    expect(serviceTypes.getTypeParser(1009 as never, 'text')).toBe(parseTextArray);
    expect(serviceTypes.getTypeParser(1184, 'binary')).toBe(pg.types.getTypeParser(1184, 'binary'));
    expect(serviceTypes.getTypeParser(1114, 'text')).toBe(pg.types.getTypeParser(1114, 'text'));
    expect(serviceTypes.getTypeParser(1700, 'text')).toBe(pg.types.getTypeParser(1700, 'text'));
  });
});

const pgTextArray = pg.types.getTypeParser(1009 as never, 'text') as (text: string) => unknown;

describe('parseJsonInstant (src/db/pg-types.ts)', () => {
  it('reads an instant as PostgreSQL writes it inside JSON (a T, the offset with minutes and any seconds) as the text form', () => {
    fc.assert(
      fc.property(anInstant, anOffset, fc.integer({ min: 0, max: 3 }), (t, offset, digits) => {
        const text = pgText(t, offset, digits, 0);
        // JSON's form: a T, and the offset's minutes always written.
        const json = `${text.slice(0, 10)}T${text.slice(11)}`.replace(/([+-]\d\d)$/, '$1:00');
        expect(parseJsonInstant(json).getTime(), json).toBe(pgParse(text).getTime());
      }),
      { numRuns: 5_000 },
    );
    expect(parseJsonInstant('1900-01-01T00:00:00+00:19:32').toISOString()).toBe('1899-12-31T23:40:28.000Z');
    expect(parseJsonInstant(null)).toBeNull();
  });
});

describe('parseTextArray (src/db/pg-types.ts)', () => {
  it("reads every text[] as pg's own parser does", () => {
    for (const text of [
      '{}',
      '{cv}',
      '{motivation,cv}',
      '{NULL}',
      '{a,NULL,b}',
      '{"NULL"}',
      '{"a,b",c}',
      '{"with \\"quote\\"",x}',
      '{"back\\\\slash"}',
      '{"",x}',
      '{{a,b},{c,d}}',
      '{" spaced "}',
    ]) {
      expect(parseTextArray(text), text).toEqual(pgTextArray(text));
    }
    // Arrays as PostgreSQL writes them: words it leaves bare, anything else quoted.
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.stringMatching(/^[a-z_]{1,12}$/), fc.string(), fc.constant(null))), (values) => {
        const text = `{${values.map((v) => (v === null ? 'NULL' : /^[a-z_]+$/.test(v) && v.toUpperCase() !== 'NULL' ? v : `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
        expect(parseTextArray(text), text).toEqual(pgTextArray(text));
        expect(parseTextArray(text)).toEqual(values);
      }),
      { numRuns: 5_000 },
    );
  });
});
