import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captured } from '../../scripts/lib/processes.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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
});
