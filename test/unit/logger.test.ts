import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pino from 'pino';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captured } from '../../scripts/lib/processes.js';
import { loggerOptions } from '../../src/app.js';
import { LineBatch } from '../../src/logger.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** createLogger's JSON lines in a child process running `code` after `log` is made; the process ends by itself. */
function logging(code: string) {
  const script = `
    const { createLogger } = await import('./src/logger.ts');
    const log = await createLogger({ LOG_LEVEL: 'info', NODE_ENV: 'production' }, { fd: 1, isTTY: false });
    ${code}
  `;
  return captured(
    spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** One info line logged by createLogger in a child process, as a terminal or a pipe would see it. */
async function logOnce(nodeEnv: string, isTTY: boolean, fd: 1 | 2 = 1) {
  const code = `
    const { createLogger } = await import('./src/logger.ts');
    const log = await createLogger({ LOG_LEVEL: 'info', NODE_ENV: ${JSON.stringify(nodeEnv)} }, { fd: ${fd}, isTTY: ${isTTY} });
    log.info({ procedureId: 'p-1' }, 'hello operator');
  `;
  const run = captured(
    spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  expect(await run.exited, run.stderr()).toBe(0);
  return { stdout: run.stdout(), stderr: run.stderr() };
}

describe('logs for machines and for people', { timeout: 120_000 }, () => {
  it.concurrent('are JSON lines when the output is not a terminal, in development too', async () => {
    const { stdout } = await logOnce('development', false);
    const line = JSON.parse(stdout.trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, msg: 'hello operator', procedureId: 'p-1' });
  });

  it.concurrent('are JSON lines in production, on a terminal too', async () => {
    const { stdout } = await logOnce('production', true);
    expect(JSON.parse(stdout.trim())).toMatchObject({ msg: 'hello operator' });
  });

  it.concurrent('are readable lines on a development terminal', async () => {
    const { stdout } = await logOnce('development', true);
    expect(() => JSON.parse(stdout.trim())).toThrow();
    expect(stdout).toMatch(/INFO.*hello operator/);
    expect(stdout).toMatch(/procedureId.*p-1/);
  });

  it.concurrent("go to stderr for a script, leaving stdout to the script's report", async () => {
    const { stdout, stderr } = await logOnce('development', false, 2);
    expect(stdout).toBe('');
    expect(JSON.parse(stderr.trim())).toMatchObject({ msg: 'hello operator' });
  });

  it.concurrent('reach the output within the flush interval while the service runs on, though lines are written in batches', async () => {
    // One short line, far below a batch, and a process that stays up for 50 s. The wait covers the child's start
    // (tsx compiling under a busy test run took 9-10 s in CI); how soon the line came out is judged by its own time.
    const run = logging(`log.info('quiet hour'); setTimeout(() => {}, 50_000);`);
    const started = Date.now();
    while (!run.stdout().includes('quiet hour') && run.child.exitCode === null && Date.now() - started < 40_000) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const running = run.child.exitCode === null;
    run.child.kill('SIGKILL');
    expect(running, run.stderr()).toBe(true);
    const line = JSON.parse(run.stdout().trim()) as { msg: string; time: number };
    expect(line.msg).toBe('quiet hour');
    // Written within the flush interval of being logged (LOG_FLUSH_MS, 250 ms), with room for a busy machine.
    expect(Date.now() - line.time).toBeLessThan(2_000);
  });

  it.concurrent("are all written when pino's flush calls back, batches still being written included", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pt-log-')), 'out.log');
    const log = pino(loggerOptions('info'), new LineBatch(openSync(file, 'w')));
    // Many batches handed to sonic-boom, and a short rest still gathering.
    for (let i = 0; i < 500; i++) log.info({ i }, 'line');
    await new Promise<void>((resolve, reject) => log.flush((error) => (error ? reject(error) : resolve())));
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { i: number }).i);
    expect(lines).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });

  it.concurrent('are all written, in order, when the process exits in the middle of a batch', async () => {
    const run = logging(`for (let i = 0; i < 2000; i++) log.info({ i }, 'line'); process.exit(0);`);
    expect(await run.exited, run.stderr()).toBe(0);
    const lines = run
      .stdout()
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { i: number }).i);
    expect(lines).toEqual(Array.from({ length: 2000 }, (_, i) => i));
  });
});
