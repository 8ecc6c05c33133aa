import { z } from 'zod';
import { AppError } from './errors.js';
import { instant, isStorableInstant } from './instant.js';
import { hasUnstorableText } from './unstorable-text.js';

/** Keyset cursor: the sort key and id of the last item of a page. */
export interface Cursor {
  k: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

const cursorShape = z.object({ k: z.string(), id: z.string() });

export function invalidCursor(): AppError {
  return new AppError(400, 'INVALID_CURSOR', 'The cursor is not one this API issued; start again without it.', {
    errors: [{ path: 'cursor', message: 'not a valid cursor' }],
  });
}

/**
 * JSON from a cursor. A string in it the database cannot store (U+0000, a
 * lone surrogate) is no cursor this API issued: INVALID_CURSOR, not a 500
 * from the query it would reach.
 */
export function parseCursorJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'string' && hasUnstorableText(value)) throw invalidCursor();
    return value;
  });
}

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (raw === undefined) return undefined;
  try {
    return cursorShape.parse(parseCursorJson(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw invalidCursor();
  }
}

const INT8_MAX = 9223372036854775807n;

/**
 * True for the decimal text of a non-negative PostgreSQL bigint: a cursor
 * part such as "9999999999999999999" has 19 digits but does not fit, and the
 * database would fail on it with a 500.
 */
export function isBigintText(value: string): boolean {
  return /^\d{1,19}$/.test(value) && BigInt(value) <= INT8_MAX;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuidText(value: string): boolean {
  return UUID.test(value);
}

/**
 * The instant and UUID of a (timestamp, id) cursor. A forged cursor whose
 * parts are not an instant and a UUID is refused with 400 here; the database
 * would otherwise fail on it with a 500.
 */
export function timeCursor(cursor: Cursor): { at: Date; id: string } {
  const at = new Date(cursor.k);
  if (!isStorableInstant(at) || !UUID.test(cursor.id)) throw invalidCursor();
  return { at, id: cursor.id };
}

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().min(1).max(500).optional(),
  updatedSince: instant().optional(),
});

const pages = new WeakMap<z.ZodType, z.ZodType>();

/**
 * `{ items, nextCursor }`; named `<Item>Page` in the contract when the item
 * schema has a name (made once per item schema, as routes register per app).
 */
export function pageSchema<T extends z.ZodType>(item: T) {
  const cached = pages.get(item);
  if (cached) return cached as ReturnType<typeof page<T>>;
  const id = z.globalRegistry.get(item)?.id;
  const made = id ? page(item).meta({ id: `${id}Page`, description: `A page of ${id} items, oldest change first.` }) : page(item);
  pages.set(item, made);
  return made;
}

function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  });
}

/**
 * Turns rows fetched with `limit + 1` into a page: the extra row only tells
 * whether there is a next page.
 */
export function toPage<R, I>(rows: R[], limit: number, keyOf: (row: R) => Cursor, map: (row: R) => I): { items: I[]; nextCursor: string | null } {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(map),
    nextCursor: hasMore && last ? encodeCursor(keyOf(last)) : null,
  };
}

/** Prisma `where` for rows strictly after the cursor in (updatedAt, id) order. */
export function afterUpdatedCursor(cursor: Cursor | undefined) {
  if (!cursor) return {};
  const { at, id } = timeCursor(cursor);
  return {
    OR: [{ updatedAt: { gt: at } }, { updatedAt: at, id: { gt: id } }],
  };
}
