import { Prisma } from '../generated/prisma/client.js';

/** SQL fragments shared by the repositories that build statements by hand. */

/** An instant as a timestamptz parameter. */
export const ts = (d: Date) => Prisma.sql`${d.toISOString()}::timestamptz`;

/** An instant as ISO 8601 in UTC inside SQL, for JSON payloads that must not depend on the session's time zone. */
export const isoSql = (expr: Prisma.Sql) => Prisma.sql`to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
