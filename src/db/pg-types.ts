import pg from 'pg';

/** PostgreSQL's type ids of `timestamptz` and `text[]`. */
const TIMESTAMPTZ = 1184;
const TEXT_ARRAY = 1009;
const defaultTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date;
const defaultTextArray = pg.types.getTypeParser(TEXT_ARRAY as never, 'text') as (text: string) => Array<string | null>;

const isDigit = (code: number) => code >= 48 && code <= 57;
const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const twoDigits = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);

/**
 * A `timestamptz` as PostgreSQL writes it in text (`2026-10-31 00:40:16.783+00`,
 * any offset `+05:30` or `-03:30:15`, up to six digits of fraction), read into
 * the Date pg's own parser makes of it without its regular expressions (2.2 µs
 * a value here, against 0.5; a page of 25 applications reads 125). Anything
 * else (years before 100 or after 9999, BC, infinity, another DateStyle) is
 * left to pg's parser. test/unit/pg-types.test.ts compares both.
 */
export function parseTimestamptz(text: string): Date {
  return readInstant(text, 32) ?? defaultTimestamptz(text);
}

// Where the digits of `YYYY-MM-DD HH:MM:SS` are, and the seconds in each part of an offset (hours, minutes, seconds).
const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
const OFFSET_UNITS = [3600, 60, 1];

/** An instant written as PostgreSQL writes it, `between` (a space or a T) separating date and time; null when it is written otherwise. */
function readInstant(text: string, between: number): Date | null {
  const length = text.length;
  if (
    length < 22 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== between ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  ) {
    return null;
  }
  for (let k = 0; k < DIGITS_AT.length; k++) {
    if (!isDigit(text.charCodeAt(DIGITS_AT[k]!))) return null;
  }
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === 46) {
    at++;
    // Milliseconds: the first three digits of the fraction; the rest are cut, as Date cuts them.
    for (let scale = 100; at < length && isDigit(text.charCodeAt(at)); at++, scale /= 10) {
      if (scale >= 1) ms += digit(text, at) * scale;
    }
  }
  const sign = text.charCodeAt(at);
  if ((sign !== 43 && sign !== 45) || year < 100) return null;
  // The offset: hours, then optionally :minutes and :seconds.
  let offsetSeconds = 0;
  for (let k = 0; k < OFFSET_UNITS.length; k++) {
    const unit = OFFSET_UNITS[k]!;
    if (at === length) break;
    const separator = unit === 3600 ? sign : 58;
    if (text.charCodeAt(at) !== separator || at + 3 > length) return null;
    if (!isDigit(text.charCodeAt(at + 1)) || !isDigit(text.charCodeAt(at + 2))) return null;
    offsetSeconds += twoDigits(text, at + 1) * unit;
    at += 3;
  }
  if (at !== length) return null;
  const local = Date.UTC(year, twoDigits(text, 5) - 1, twoDigits(text, 8), twoDigits(text, 11), twoDigits(text, 14), twoDigits(text, 17), ms);
  return new Date(local - (sign === 45 ? -offsetSeconds : offsetSeconds) * 1000);
}

/**
 * An instant as PostgreSQL writes a `timestamptz` inside JSON
 * (`2026-10-31T00:40:16.783+00:00`: a `T` between date and time, any offset
 * of the session's zone, `+00:19:32` included), read as parseTimestamptz
 * reads the text form; `null` stays null. The raw reads that answer a row as
 * one JSON object use it (docs/performance.md, "One JSON value a row").
 */
export function parseJsonInstant(text: string): Date;
export function parseJsonInstant(text: string | null): Date | null;
export function parseJsonInstant(text: string | null): Date | null {
  if (text === null) return null;
  // What the fast path does not read goes to pg's parser in the text form.
  return readInstant(text, 84) ?? defaultTimestamptz(text.charCodeAt(10) === 84 ? `${text.slice(0, 10)} ${text.slice(11)}` : text);
}

/**
 * A `text[]` of plain words, as PostgreSQL writes the kinds of an
 * application's documents (`{motivation,cv}`), split at its commas instead of
 * by pg's character-by-character array parser. An array with a quoted or
 * escaped element, a NULL or a nested array is left to pg's parser.
 */
export function parseTextArray(text: string): Array<string | null> {
  if (text === '{}') return [];
  if (text.charCodeAt(0) !== 123 || text.charCodeAt(text.length - 1) !== 125 || /["\\{}]/.test(text.slice(1, -1))) return defaultTextArray(text);
  const elements = text.slice(1, -1).split(',');
  return elements.includes('NULL') || elements.includes('') ? defaultTextArray(text) : elements;
}

/** The service pool's type parsers: pg's own, but timestamptz by parseTimestamptz and text[] by parseTextArray. */
export const serviceTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format: 'text' | 'binary' = 'text'): ((value: string) => unknown) => {
    if (format === 'text' && oid === TIMESTAMPTZ) return parseTimestamptz;
    if (format === 'text' && oid === TEXT_ARRAY) return parseTextArray;
    return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
  }) as pg.CustomTypesConfig['getTypeParser'],
};
