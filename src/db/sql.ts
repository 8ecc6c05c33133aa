import { Prisma } from '../generated/prisma/client.js';

/** SQL fragments shared by the repositories that build statements by hand. */

/** An instant as a timestamptz parameter. */
export const ts = (d: Date) => Prisma.sql`${d.toISOString()}::timestamptz`;

/** An instant as ISO 8601 in UTC inside SQL, for JSON payloads that must not depend on the session's time zone. */
export const isoSql = (expr: Prisma.Sql) => Prisma.sql`to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const NEEDS_ESCAPE = /['\\]/;

/**
 * A string as a SQL literal, as `pg`'s escapeLiteral writes it (quotes
 * doubled; with a backslash, backslashes doubled too and an E'' literal),
 * without its character-by-character loop: a statement that carries a whole
 * JSON answer as a literal (the idempotency record of a stage change) spent
 * tens of microseconds there.
 */
export function quoteLiteral(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return `'${value}'`;
  const quoted = value.replaceAll("'", "''");
  return value.includes('\\') ? ` E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}

/**
 * A value as an untyped SQL literal: PostgreSQL reads it as the parameter's
 * type, as it reads a parameter sent as text (arrays as array literals).
 */
export function parameterLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return quoteLiteral(value.toISOString());
  if (Array.isArray(value)) {
    const items = value.map((item) => (item === null || item === undefined ? 'NULL' : `"${String(item).replace(/[\\"]/g, (c) => `\\${c}`)}"`));
    return quoteLiteral(`{${items.join(',')}}`);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return quoteLiteral(String(value));
  }
  throw new Error(`no SQL literal for a value of type ${typeof value}`);
}
