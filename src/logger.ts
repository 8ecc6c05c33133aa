import pino, { type DestinationStream, type Logger } from 'pino';
import sonicBoom from 'sonic-boom';
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
  // second, and written at once; what is left is written when the process exits. A write
  // of its own for every line cost a request about as much CPU as the rest of
  // its logging (docs/performance.md,
  // "The service's own CPU on a read").
  return pino(options, new LineBatch(fd));
}

/**
 * Log lines gathered in a string and handed to sonic-boom once per batch
 * (LOG_BATCH_BYTES, or every LOG_FLUSH_MS), which writes them asynchronously.
 * sonic-boom gathers lines itself (its minLength), but measures the byte
 * length of the whole pending batch on every line it is given, which cost
 * about as much as pino's formatting of the line (docs/performance.md,
 * "Log lines gathered before sonic-boom"). Lines keep their order: each
 * batch goes to the one sonic-boom, which writes in order; at the process's
 * exit the rest is written synchronously.
 */
export class LineBatch implements DestinationStream {
  private pending = '';
  private readonly out: sonicBoom.SonicBoom;
  private broken = false;
  /** A batch handed to sonic-boom is not yet written. */
  private writing = false;
  /** flush's callers waiting for that write. */
  private waiting: Array<() => void> = [];

  constructor(fd: number) {
    this.out = new sonicBoom.SonicBoom({ fd, sync: false, minLength: 0 });
    // A reader that went away (a closed pipe) ends the logging, not the service, as pino's own destination does.
    this.out.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      this.broken = true;
      this.pending = '';
      this.written();
    });
    // sonic-boom tells when it has written all it was given.
    this.out.on('drain', () => this.written());
    setInterval(() => this.flush(), LOG_FLUSH_MS).unref();
    process.once('exit', () => this.flushSync());
  }

  write(line: string): void {
    if (this.broken) return;
    this.pending += line;
    if (this.pending.length >= LOG_BATCH_BYTES) this.flush();
  }

  /**
   * Hands what has gathered to sonic-boom, which writes it when its write
   * before is done; `done` (pino's `logger.flush(cb)`) is called once all of
   * it is written.
   */
  flush(done?: (error?: Error) => void): void {
    if (this.pending !== '' && !this.broken) {
      const batch = this.pending;
      this.pending = '';
      this.writing = true;
      this.out.write(batch);
    }
    if (!done) return;
    if (this.writing) this.waiting.push(done);
    else process.nextTick(done);
  }

  private written(): void {
    this.writing = false;
    for (const done of this.waiting.splice(0)) done();
  }

  /** Writes everything gathered, synchronously: at the process's exit. */
  flushSync(): void {
    this.flush();
    if (!this.broken) this.out.flushSync();
  }
}

type Pretty = (options: import('pino-pretty').PrettyOptions) => import('pino-pretty').PrettyStream;

async function loadPretty(): Promise<Pretty | null> {
  try {
    return (await import('pino-pretty')).build;
  } catch {
    return null;
  }
}
