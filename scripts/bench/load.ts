import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LoadResult {
  rps: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  requests: number;
  /** Answers outside 2xx/3xx. */
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
}

/** What the transitions load (scripts/bench/transitions-load.ts) prints: the figures, how many moves succeeded, and the answers by status. */
export interface TransitionsResult extends LoadResult {
  moved: number;
  statuses: Record<string, number>;
}

export interface LoadOptions {
  url: string;
  seconds: number;
  connections: number;
  headers?: Record<string, string>;
}

/** wrk's path when installed. */
export const WRK = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((p) => existsSync(p));
const AUTOCANNON = path.resolve('node_modules/.bin/autocannon');

/** The load generator of the measurements: wrk when installed (lighter on a small machine), else autocannon. */
export const LOAD_TOOL = WRK ? `wrk (${WRK})` : 'autocannon CLI';

/** GET load on one URL from a separate process (wrk or the autocannon CLI). */
export async function loadGet(options: LoadOptions): Promise<LoadResult> {
  const headers = Object.entries(options.headers ?? {}).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  if (WRK) {
    const threads = String(Math.min(2, options.connections));
    const { stdout } = await run(
      WRK,
      ['-t', threads, '-c', String(options.connections), '-d', `${options.seconds}s`, '--latency', '--timeout', '10s', ...headers, options.url],
      { maxBuffer: 1 << 20 },
    );
    return parseWrk(stdout);
  }
  const { stdout } = await run(AUTOCANNON, ['--json', '-c', String(options.connections), '-d', String(options.seconds), '-t', '10', ...headers, options.url], {
    maxBuffer: 16 << 20,
  });
  const r = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

/** Reads wrk's report (with --latency). */
export function parseWrk(text: string): LoadResult {
  const percentile = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(text);
    if (!m) throw new Error(`wrk printed no ${p}th percentile:\n${text}`);
    return Number(m[1]) * UNIT_MS[m[2]!]!;
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1] ?? NaN);
  const requests = Number(/(\d+) requests in/.exec(text)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(text)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const errors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return { rps, p50: percentile('50'), p99: percentile('99'), requests, non2xx, errors };
}
