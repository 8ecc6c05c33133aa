import type { Writable } from 'node:stream';
import pg from 'pg';

/** What runs a single statement outside a transaction: the pool, or the read pipeline. */
export interface Reader {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>>;
}

export interface ReadPipelineOptions {
  url: string;
  /** How many connections carry the pipelined reads. */
  connections: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  types?: pg.CustomTypesConfig;
  /** Settings of each connection's session (PostgreSQL's `-c name=value` start-up options). */
  settings?: Record<string, string>;
  /** Told when an open connection is lost (the next read opens a new one); a connection that fails to open fails its reads. */
  onConnectionLost?: (error: Error) => void;
}

interface Slot {
  client: pg.Client | null;
  connecting: Promise<pg.Client> | null;
  /** Statements sent on this slot's connection and not yet answered. */
  inFlight: number;
}

interface Statements {
  /** Named statements that have run on the connection (so are prepared on it). */
  prepared: Set<string>;
  /** The one statement of each name on its way to being prepared on the connection, settled when answered. */
  preparing: Map<string, Promise<unknown>>;
}

/**
 * The reads an agency's front end makes all day (one procedure, a page of
 * procedures, one application, a page of applications) are single statements
 * outside a transaction. Taken from the pool, each waits for a connection of
 * its own, and every statement is a write to PostgreSQL and a wake-up of its
 * own backend. Here they share a few connections in pg's pipeline mode: a
 * statement is written at once, behind those still running on its connection,
 * and PostgreSQL answers them in order. docs/performance.md has the figures.
 *
 * Each statement is still its own implicit transaction (pg ends each with its
 * own Sync), so one that fails leaves those around it untouched. A statement
 * that runs long holds up the ones behind it on the same connection, so only
 * statements that are index lookups of a page at most belong here. Each
 * statement runs under the statement timeout, as on the pool; the read
 * timeout (a second more) counts from when the statement is queued, so a
 * read stuck behind others that long ends the connection. A connection that
 * fails or is lost is dropped: its statements in flight fail (503
 * DATABASE_UNAVAILABLE, as on the pool) and the next read opens a new one.
 */
export class ReadPipeline implements Reader {
  private readonly slots: Slot[];
  private readonly statements = new WeakMap<pg.Client, Statements>();
  private closed = false;
  /** The sockets corked until the end of this turn of the event loop (gather). */
  private readonly corked = new WeakSet<Writable>();

  constructor(private readonly options: ReadPipelineOptions) {
    if (!(options.connections >= 1)) throw new RangeError('a read pipeline needs at least one connection');
    this.slots = Array.from({ length: options.connections }, () => ({ client: null, connecting: null, inFlight: 0 }));
  }

  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>> {
    if (this.closed) throw new Error('Client was closed and is not queryable');
    const slot = this.leastBusy();
    slot.inFlight++;
    try {
      const client = slot.client ?? (await this.connect(slot));
      this.gather(client);
      const name = config.name;
      const statements = this.statements.get(client)!;
      if (!name || statements.prepared.has(name)) return await submit<R>(client, config);
      return await prepareAlone<R>(statements, client, name, config);
    } finally {
      slot.inFlight--;
    }
  }

  /**
   * The statements sent on a connection in one turn of the event loop go to
   * PostgreSQL in one write: its socket is corked at the first of them and
   * uncorked once the turn's I/O callbacks have run (setImmediate). Under
   * load the reads of several requests arrive in one turn; each was a write,
   * and a wake-up of the backend, of its own.
   */
  private gather(client: pg.Client): void {
    const stream = (client as unknown as { connection: { stream: Writable } }).connection.stream;
    if (this.corked.has(stream)) return;
    this.corked.add(stream);
    stream.cork();
    setImmediate(() => {
      this.corked.delete(stream);
      stream.uncork();
    });
  }

  /** Connections open now (for tests and metrics). */
  get openConnections(): number {
    return this.slots.filter((s) => s.client !== null).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(async (slot) => {
        const client = slot.client ?? (await slot.connecting?.catch(() => null));
        slot.client = null;
        await client?.end().catch(() => undefined);
      }),
    );
  }

  private leastBusy(): Slot {
    let best = this.slots[0]!;
    for (let i = 1; i < this.slots.length; i++) if (this.slots[i]!.inFlight < best.inFlight) best = this.slots[i]!;
    return best;
  }

  private connect(slot: Slot): Promise<pg.Client> {
    slot.connecting ??= this.open(slot).finally(() => {
      slot.connecting = null;
    });
    return slot.connecting;
  }

  private async open(slot: Slot): Promise<pg.Client> {
    const { url, connectTimeoutMs, statementTimeoutMs, types, settings } = this.options;
    const target = settingsIn(url, settings);
    const client = new pg.Client({
      connectionString: target.url,
      pipeline: true,
      connectionTimeoutMillis: connectTimeoutMs,
      statement_timeout: statementTimeoutMs,
      // As on the pool (src/db/client.ts): no answer a second after the
      // server's own timeout means it stopped answering. pg counts it from
      // when the statement is queued, which here includes the wait behind the
      // statements before it; in pipeline mode it then ends the connection,
      // failing the statements behind it too.
      query_timeout: statementTimeoutMs + 1000,
      types,
      ...(target.options ? { options: target.options } : {}),
    });
    let lost = false;
    const drop = (error?: Error) => {
      if (slot.client === client) slot.client = null;
      // pg may emit more than one error for one loss (the server's notice, then the closed socket): told once.
      if (error && !lost) this.options.onConnectionLost?.(error);
      lost = true;
    };
    // Without a listener, a connection lost while idle would crash the process.
    client.on('error', drop);
    client.on('end', () => drop());
    try {
      await client.connect();
    } catch (error) {
      drop();
      await client.end().catch(() => undefined);
      // pg's own words for a connection that did not open in time; the pool says it as below, which the error
      // handler knows as the database being unavailable (503).
      if (error instanceof Error && error.message === 'timeout expired') throw new Error('timeout exceeded when trying to connect', { cause: error });
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      throw new Error('Client was closed and is not queryable');
    }
    this.statements.set(client, { prepared: new Set(), preparing: new Map() });
    slot.client = client;
    return client;
  }
}

/**
 * The session's start-up options: those of the URL (`?options=...`, which pg
 * would otherwise take instead of the config's) followed by `settings`.
 */
function settingsIn(url: string, settings: Record<string, string> | undefined): { url: string; options?: string } {
  if (!settings) return { url };
  const parsed = new URL(url);
  const own = parsed.searchParams.get('options');
  parsed.searchParams.delete('options');
  const options = [own, ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`)].filter(Boolean).join(' ');
  return { url: parsed.toString(), options };
}

/**
 * Runs a statement on `client` as `client.query(config)` does, without pg's
 * copy of the config: given an object, pg (8.23) copies it through its
 * property descriptors on every statement, about 3 µs each, where a text
 * and its values are taken as they are. The statement is built from those,
 * and its name set before it is sent (docs/performance.md, "A statement
 * without a copy of its config"). A config with types of its own goes to
 * pg as it is (they are read as the statement is built).
 */
function submit<R extends pg.QueryResultRow>(client: pg.Client, config: pg.QueryConfig): Promise<pg.QueryResult<R>> {
  if (config.types !== undefined) return client.query<R>(config);
  return new Promise((resolve, reject) => {
    const statement = new pg.Query<R>(config.text, config.values, (error, result) => {
      if (error) reject(error);
      else resolve(result);
    });
    (statement as { name?: string }).name = config.name;
    client.query(statement);
  });
}

/**
 * Until a named statement has run on a connection, its statements go one at
 * a time. pg sends the Parse of a name only with the first statement of that
 * name; one sent right behind it skips its own, and if that Parse fails (a
 * lock held past the statement timeout) it fails with 26000 (no such
 * statement). pg then also forgets a name whenever any statement of it fails,
 * so that two sent together again would both parse it (42P05, already
 * exists).
 */
async function prepareAlone<R extends pg.QueryResultRow>(statements: Statements, client: pg.Client, name: string, config: pg.QueryConfig) {
  for (let ahead = statements.preparing.get(name); ahead && !statements.prepared.has(name); ahead = statements.preparing.get(name)) await ahead;
  if (statements.prepared.has(name)) return submit<R>(client, config);
  const answer = submit<R>(client, config);
  const settled = answer.then(
    () => statements.prepared.add(name),
    () => undefined,
  );
  statements.preparing.set(name, settled);
  try {
    return await answer;
  } finally {
    if (statements.preparing.get(name) === settled) statements.preparing.delete(name);
  }
}
