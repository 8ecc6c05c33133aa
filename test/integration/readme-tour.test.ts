import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, startServiceProcess, type ServiceProcess } from '../helpers/service-process.js';

/**
 * README's "A five-minute tour with curl", run as it stands: the shell
 * blocks of that section, pasted into bash one after the other, against the
 * service started with the tour's own ADMIN_API_KEY and CLOCK_START. Each
 * numbered comment announces the HTTP status of its calls, in order; the
 * test checks every call answered with what its comment says.
 */

interface Tour {
  start: { adminKey: string; clockStart: string };
  script: string;
}

async function readTour(): Promise<Tour> {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const from = readme.indexOf('## A five-minute tour with curl');
  expect(from, 'README has the tour section').toBeGreaterThan(-1);
  const to = readme.indexOf('\n## ', from + 1);
  const section = readme.slice(from, to === -1 ? undefined : to);
  const blocks = [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  expect(blocks.length).toBeGreaterThanOrEqual(2);
  const start = /^ADMIN_API_KEY=(\S+) CLOCK_START=(\S+) npm start$/m.exec(blocks[0]!);
  expect(start, 'the first block starts the service with ADMIN_API_KEY and CLOCK_START').not.toBeNull();
  // The block that starts the service belongs to the service's terminal;
  // every other block is pasted into the curl terminal.
  const npm = blocks.filter((b) => /^(\S+=\S+ )*npm (start|run \w+)\n$/.test(b));
  expect(npm.map((b) => b.trim().split(' ').at(-1))).toEqual(['start']);
  return { start: { adminKey: start![1]!, clockStart: start![2]! }, script: blocks.filter((b) => !npm.includes(b)).join('\n') };
}

/** The statuses a numbered step's comment lines announce, in order. */
function announcedSteps(script: string): Map<number, number[]> {
  const steps = new Map<number, number[]>();
  let current: number | null = null;
  for (const line of script.split('\n')) {
    const numbered = /^# (\d+)\. /.exec(line);
    if (numbered) {
      current = Number(numbered[1]);
      steps.set(current, []);
    } else if (!line.startsWith('#')) {
      continue;
    }
    if (current === null) continue;
    for (const m of line.matchAll(/\((?:[^)]*\D)?([1-5]\d\d)\)/g)) steps.get(current)!.push(Number(m[1]));
  }
  return steps;
}

let service: ServiceProcess;
let tour: Tour;

// The tour runs in bash with curl and jq, as a reader would. .ci/run installs
// them; elsewhere the test is skipped without them (with CI set it fails instead).
const tools = spawnSync('bash', ['-c', 'command -v curl && command -v jq'], { encoding: 'utf8' }).status === 0;
if (!tools && !process.env.CI) console.warn('readme-tour.test.ts skipped: curl and jq are needed (apt-get install curl jq); with CI set it fails instead.');

beforeAll(async () => {
  if (!tools && !process.env.CI) return;
  tour = await readTour();
  service = await startServiceProcess({ ADMIN_API_KEY: tour.start.adminKey, CLOCK_START: tour.start.clockStart });
}, 90_000);
afterAll(async () => service?.stop());

describe.skipIf(!tools && !process.env.CI)("README's curl tour", () => {
  it('has curl and jq to run with', () => {
    const found = spawnSync('bash', ['-c', 'command -v curl && command -v jq'], { encoding: 'utf8' });
    expect(found.status, 'curl and jq must be installed (.ci/run installs jq)').toBe(0);
  });

  it('works pasted as is: every step answers with the status its comment announces', async () => {
    const announced = announcedSteps(tour.script);
    expect([...announced.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const [step, statuses] of announced) expect(statuses.length, `step ${step} announces a status`).toBeGreaterThan(0);

    const occurrences = tour.script.split('API=http://localhost:3000').length - 1;
    expect(occurrences, 'the tour sets API once').toBe(1);
    // Where the tour's API points: the service this test started. Each numbered
    // comment marks a step; every curl call reports its status on stderr.
    const script = [
      'set -eo pipefail',
      `curl() { command curl "$@" -w '%{stderr}@@status %{http_code}\\n'; }`,
      tour.script.replace('API=http://localhost:3000', `API=${service.url}`).replace(/^# (\d+)\. /gm, (line, n: string) => `echo "@@step ${n}" >&2\n${line}`),
      'echo "@@vars CLIENT=$CLIENT PROC=$PROC APP=$APP"',
    ].join('\n');

    const cwd = await mkdtemp(path.join(tmpdir(), 'tour-'));
    await symlink(path.join(root, 'postman'), path.join(cwd, 'postman'));
    try {
      const child = spawn('bash', ['-c', script], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      const context = `exit ${code}\nstdout:\n${stdout}\nstderr:\n${stderr}\nservice:\n${service.output()}`;
      expect(code, context).toBe(0);

      const seen = new Map<number, number[]>();
      let step = 0;
      for (const line of stderr.split('\n')) {
        const marker = /^@@step (\d+)$/.exec(line);
        if (marker) seen.set((step = Number(marker[1])), []);
        const status = /^@@status (\d{3})$/.exec(line);
        if (status) seen.get(step)!.push(Number(status[1]));
      }
      expect(Object.fromEntries(seen), context).toEqual(Object.fromEntries(announced));

      // The ids went into variables, and the outcomes are the ones described.
      const vars = /^@@vars CLIENT=(\S*) PROC=(\S*) APP=(\S*)$/m.exec(stdout);
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
      for (const id of vars?.slice(1) ?? [null]) expect(id, context).toMatch(uuid);
      expect(stdout).toContain('"TIMELINE_ORDER"');
      expect(stdout).toContain('"PRECONDITION_FAILED"');
      expect(stdout).toContain('"open"');
      expect(stdout).toMatch(/"complete": true/);
      const copy = await readFile(path.join(cwd, 'cv-copy.pdf'));
      expect(copy.equals(await readFile(path.join(root, 'postman/samples/cv.pdf')))).toBe(true);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  }, 120_000);
});
