import type pg from 'pg';
import { parameterLiteral } from './sql.js';

/**
 * A name for a statement text, so that `pg` prepares it once per connection
 * and later runs skip the parse and plan. One name per distinct text: the
 * texts come from fixed fragments (a read and its optional filters), so
 * there are few of them.
 */
const names = new Map<string, string>();

export function preparedName(prefix: string, text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `${prefix}_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

/** A statement of preparedName: its name, its text and the values of its parameters. */
export interface NamedStatement {
  name: string;
  text: string;
  values: unknown[];
}

/** The named statements each connection has prepared through runInTransaction. */
const preparedOn = new WeakMap<pg.ClientBase, Set<string>>();

/**
 * Runs `statement` in a transaction opened by `begin` (e.g. `BEGIN READ
 * ONLY; SET LOCAL ...`) and commits, on a client of withRawTransaction. The
 * first time on a connection it takes three round trips (the statement is
 * prepared by name then); afterwards one: a simple query of the begin, an
 * EXECUTE of the prepared statement with its values as literals, and the
 * COMMIT. Returns the statement's rows.
 */
export async function runInTransaction<R extends pg.QueryResultRow>(
  client: pg.ClientBase,
  tx: { committed(): void },
  begin: string,
  statement: NamedStatement,
): Promise<R[]> {
  let names = preparedOn.get(client);
  if (names?.has(statement.name)) {
    const args = statement.values.map(parameterLiteral).join(', ');
    const results = (await client.query(`${begin}; EXECUTE ${statement.name}(${args}); COMMIT`)) as unknown as pg.QueryResult<R>[];
    tx.committed();
    return results[results.length - 2]!.rows;
  }
  await client.query(begin);
  const { rows } = await client.query<R>(statement);
  if (!names) preparedOn.set(client, (names = new Set()));
  names.add(statement.name);
  await client.query('COMMIT');
  tx.committed();
  return rows;
}
