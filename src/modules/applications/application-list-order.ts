import { APPLICATION_STAGES } from '../../domain/stage-graph.js';
import type { ApplicationStage } from '../../generated/prisma/enums.js';
import { invalidCursor, isUuidText, parseCursorJson, timeCursor, type Cursor } from '../../lib/pagination.js';
import { isStorableInstant } from '../../lib/instant.js';

/**
 * The order of a procedure's application list and its keyset cursor, kept
 * apart from the list query (applicationPageStatement in applications.repository.ts)
 * so that the query can change without touching the order.
 *
 * Without `sort` the list runs in the order applications were created, with
 * the cursor it always had (the creation instant and the id). With `sort` the
 * rows are ordered by the sort key and then the id, and the cursor carries the
 * sort it was issued for and the last row's key: a cursor of another sort is
 * refused with 400 `INVALID_CURSOR`.
 * - `name`: the candidate's last name, then first name (database collation);
 *   erased candidates (no name) come last in either direction;
 * - `receivedAt`: when the application was received;
 * - `stage`: the funnel order of docs/procedure.md (applied first), then when
 *   the application was received.
 * A leading `-` reverses the order (the id too).
 */
export const APPLICATION_SORTS = ['name', '-name', 'receivedAt', '-receivedAt', 'stage', '-stage'] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];

/** The values of a row the sort and its cursor read. */
export interface OrderedRow {
  id: string;
  createdAt: Date;
  receivedAt: Date;
  stage: ApplicationStage;
  candidate: { firstName: string | null; lastName: string | null };
}

type Value = string | null;

/** Adds a statement parameter and gives its placeholder (`$n`). */
export type Param = (value: unknown) => string;

/**
 * One part of a sort key: how to read it from a row, and the where-fragments
 * "equal to" and "after" as SQL on `applications a JOIN candidates c`
 * (readApplicationPage in applications.repository.ts).
 */
interface Part {
  sqlEq(v: Value, param: Param): string;
  sqlAfter(v: Value, desc: boolean, param: Param): string;
  sqlOrder(desc: boolean): string;
  read(row: OrderedRow): Value;
  parse(v: unknown): Value;
}

const sqlDir = (desc: boolean) => (desc ? 'DESC' : 'ASC');

function instantPart(field: 'receivedAt' | 'createdAt'): Part {
  const col = field === 'receivedAt' ? 'a.received_at' : 'a.created_at';
  return {
    sqlEq: (v, param) => `${col} = ${param(new Date(v!))}`,
    sqlAfter: (v, desc, param) => `${col} ${desc ? '<' : '>'} ${param(new Date(v!))}`,
    sqlOrder: (desc) => `${col} ${sqlDir(desc)}`,
    read: (row) => row[field].toISOString(),
    parse: (v) => {
      if (typeof v !== 'string' || !isStorableInstant(new Date(v))) throw invalidCursor();
      return v;
    },
  };
}

/** A candidate's name part; null only for an erased candidate, whose rows come last either way. */
function namePart(field: 'lastName' | 'firstName'): Part {
  const col = field === 'lastName' ? 'c.last_name' : 'c.first_name';
  return {
    sqlEq: (v, param) => (v === null ? `${col} IS NULL` : `${col} = ${param(v)}`),
    sqlAfter: (v, desc, param) => (v === null ? 'false' : `(${col} ${desc ? '<' : '>'} ${param(v)} OR ${col} IS NULL)`),
    sqlOrder: (desc) => `${col} ${sqlDir(desc)} NULLS LAST`,
    read: (row) => row.candidate[field],
    parse: (v) => {
      if (v !== null && (typeof v !== 'string' || v.length > 200)) throw invalidCursor();
      return v;
    },
  };
}

const stagePart: Part = {
  sqlEq: (v, param) => `a.stage = ${param(v)}::application_stage`,
  sqlAfter: (v, desc, param) => {
    const at = APPLICATION_STAGES.indexOf(v as ApplicationStage);
    return `a.stage = ANY(${param(desc ? APPLICATION_STAGES.slice(0, at) : APPLICATION_STAGES.slice(at + 1))}::application_stage[])`;
  },
  // The database orders an enum by its declared order, which is APPLICATION_STAGES.
  sqlOrder: (desc) => `a.stage ${sqlDir(desc)}`,
  read: (row) => row.stage,
  parse: (v) => {
    if (typeof v !== 'string' || !APPLICATION_STAGES.includes(v as ApplicationStage)) throw invalidCursor();
    return v;
  },
};

const idPart: Part = {
  sqlEq: (v, param) => `a.id = ${param(v)}::uuid`,
  sqlAfter: (v, desc, param) => `a.id ${desc ? '<' : '>'} ${param(v)}::uuid`,
  sqlOrder: (desc) => `a.id ${sqlDir(desc)}`,
  read: (row) => row.id,
  parse: (v) => {
    if (typeof v !== 'string' || !isUuidText(v)) throw invalidCursor();
    return v;
  },
};

const KEYS: Record<'name' | 'receivedAt' | 'stage', Part[]> = {
  name: [namePart('lastName'), namePart('firstName')],
  receivedAt: [instantPart('receivedAt')],
  stage: [stagePart, instantPart('receivedAt')],
};

export interface ListOrder {
  /** The cursor that continues after `row`. */
  cursorOf(row: OrderedRow): Cursor;
  /** `after` (null: every row) and the ORDER BY list, as SQL with parameters added through `param`. */
  sql(param: Param): { after: string | null; orderBy: string };
}

/** The order of the list for `sort` (none: creation order) and the rows after `cursor`. */
export function applicationListOrder(sort: ApplicationSort | undefined, cursor: Cursor | undefined): ListOrder {
  if (!sort) {
    const c = cursor ? timeCursor(cursor) : null;
    return {
      cursorOf: (row) => ({ k: row.createdAt.toISOString(), id: row.id }),
      // The extra `created_at >= k` bound lets PostgreSQL start the scan of the
      // (procedure_id, created_at, id) index at the cursor.
      sql: (param) => {
        if (!c) return { after: null, orderBy: 'a.created_at, a.id' };
        const at = param(c.at);
        return {
          after: `a.created_at >= ${at} AND (a.created_at > ${at} OR (a.created_at = ${at} AND a.id > ${param(c.id)}::uuid))`,
          orderBy: 'a.created_at, a.id',
        };
      },
    };
  }
  const desc = sort.startsWith('-');
  const key = desc ? (sort.slice(1) as keyof typeof KEYS) : (sort as keyof typeof KEYS);
  const parts = [...KEYS[key], idPart];
  const values = cursor ? cursorValues(sort, parts, cursor) : null;
  return {
    cursorOf: (row) => ({ k: JSON.stringify({ sort, key: parts.slice(0, -1).map((p) => p.read(row)) }), id: row.id }),
    // Lexicographic "after": some part is after the cursor's, every part before it equal.
    sql: (param) => ({
      after: values
        ? `(${parts
            .map((part, i) => `(${[...parts.slice(0, i).map((p, j) => p.sqlEq(values[j]!, param)), part.sqlAfter(values[i]!, desc, param)].join(' AND ')})`)
            .join(' OR ')})`
        : null,
      orderBy: parts.map((p) => p.sqlOrder(desc)).join(', '),
    }),
  };
}

function cursorValues(sort: ApplicationSort, parts: Part[], cursor: Cursor): Value[] {
  let parsed: unknown;
  try {
    parsed = parseCursorJson(cursor.k);
  } catch {
    throw invalidCursor();
  }
  const p = parsed as { sort?: unknown; key?: unknown };
  // A cursor of the creation order or of another sort does not continue this one.
  if (!p || typeof p !== 'object' || p.sort !== sort || !Array.isArray(p.key) || p.key.length !== parts.length - 1) throw invalidCursor();
  return [...p.key.map((v, i) => parts[i]!.parse(v)), idPart.parse(cursor.id)];
}
