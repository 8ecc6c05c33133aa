import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { freePort } from '../lib/processes.js';

export interface ServiceProcess {
  url: string;
  pid: number;
  adminKey: string;
  rssBytes(): Promise<number>;
  stop(): Promise<void>;
}

/** What the bench changes of the service's defaults, for the run only (printed with the results). */
export const SERVICE_OVERRIDES: Record<string, string> = {
  RATE_LIMIT_MAX: '1000000000',
  ADDRESS_RATE_LIMIT_MAX: '1000000000',
};

/**
 * `npm start` of the package.json of the working directory (the checkout the
 * service runs from): the steps it takes before the service (`node
 * scripts/generate.mjs && node scripts/transpile.mjs`), run here at once, and
 * the node command it then execs, returned as its options and entry point
 * (`--import ./dist/src/telemetry.js dist/src/server.js`).
 */
export function npmStartArgs(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { scripts: { start: string } };
  const match = /^(.*?)(?:^|&&)\s*exec node (.+)$/.exec(pkg.scripts.start);
  if (!match) throw new Error(`npm start does not end in "exec node ...": ${pkg.scripts.start}`);
  const before = match[1]!.trim();
  if (before) execSync(before, { stdio: ['ignore', 'ignore', 'inherit'] });
  return match[2]!.trim().split(/\s+/);
}

/**
 * The API as `npm start` runs it (npmStartArgs), as a process of its own,
 * with the defaults of src/config/env.ts (logging at info, JSON lines to
 * stdout, which goes to /dev/null here) except SERVICE_OVERRIDES, TRIAL_SETTINGS and `env`.
 */
export async function startServiceProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ServiceProcess> {
  const adminKey = randomBytes(24).toString('hex');
  // Node's own options for the service only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`
  // (which NODE_OPTIONS does not take): the bench's profiling hook.
  const nodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return startNodeProcess([...nodeArgs, ...npmStartArgs()], '/health', {
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    ADMIN_API_KEY: adminKey,
    ...SERVICE_OVERRIDES,
    ...TRIAL_SETTINGS,
    ...env,
  }).then((p) => ({ ...p, adminKey }));
}

/**
 * Settings of the service for a trial run (BENCH_SERVICE_ENV, e.g.
 * `{"DB_POOL_SIZE":"4"}`): the bench's hook for measuring a setting against
 * its default. The bench's report names them with SERVICE_OVERRIDES.
 */
export const TRIAL_SETTINGS = trialSettings(process.env.BENCH_SERVICE_ENV);

/** BENCH_SERVICE_ENV: a JSON object of setting names and their values as strings, or a clear error naming it. */
function trialSettings(text: string | undefined): Record<string, string> {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.values(value).every((v) => typeof v === 'string')) {
    throw new Error(`BENCH_SERVICE_ENV must be a JSON object of strings, e.g. {"DB_POOL_SIZE":"4"}; got ${text}`);
  }
  return value as Record<string, string>;
}

/** A Node.js process of its own on a free port (PORT), ready once `ready` answers 2xx. */
export async function startNodeProcess(args: string[], ready: string, env: Record<string, string>): Promise<Omit<ServiceProcess, 'adminKey'>> {
  const port = await freePort();
  const inherited = { ...process.env };
  // The service's defaults, not the bench's own environment.
  for (const name of ['NODE_ENV', 'LOG_LEVEL', 'DB_POOL_SIZE', 'PORT']) delete inherited[name];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...inherited, PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}${ready}`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`${args.join(' ')} did not start within 120 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    async rssBytes() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
      return kb * 1024;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
