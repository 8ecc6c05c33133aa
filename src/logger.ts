import pino, { type Logger } from 'pino';
import { loggerOptions } from './app.js';
import type { Config } from './config/env.js';

/** The JSON lines are written once this many bytes have gathered… */
export const LOG_BATCH_BYTES = 4096;
/** …or this many milliseconds have passed, whichever comes first. */
export const LOG_FLUSH_MS = 250;

export interface LoggerTarget {
  /** 1 for the service (stdout), 2 for command-line scripts whose stdout carries their report. */
  fd?: 1 | 2;
  /** Whether that stream is a terminal; read from the process when not given. */
  isTTY?: boolean;
}

/**
 * The service's logger. JSON lines, one per event, for machines: always in
 * production, and whenever the output is not a terminal (a pipe, a file, a
 * container's log driver). On a terminal outside production the lines are
 * rendered for people by pino-pretty, a development dependency loaded only
 * then; without it (a production install) the lines stay JSON.
 */
export async function createLogger(
  config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>,
  { fd = 1, isTTY = Boolean((fd === 1 ? process.stdout : process.stderr).isTTY) }: LoggerTarget = {},
): Promise<Logger> {
  const options = loggerOptions(config.LOG_LEVEL);
  if (config.NODE_ENV !== 'production' && isTTY) {
    const pretty = await loadPretty();
    if (pretty) {
      return pino(options, pretty({ destination: fd, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }));
    }
  }
  // Written asynchronously and in batches: lines are gathered until 4 KiB
  // (about a dozen request lines), else at the latest every quarter of a
  // second, and written at once; pino writes what is left when the process exits. A write
  // of its own for every line cost a request about as much CPU as the rest of
  // its logging (docs/performance.md,
  // "The service's own CPU on a read").
  return pino(options, pino.destination({ dest: fd, sync: false, minLength: LOG_BATCH_BYTES, periodicFlush: LOG_FLUSH_MS }));
}

type Pretty = (options: import('pino-pretty').PrettyOptions) => import('pino-pretty').PrettyStream;

async function loadPretty(): Promise<Pretty | null> {
  try {
    return (await import('pino-pretty')).build;
  } catch {
    return null;
  }
}
