import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_CLIENT, REFERENCE_PROCEDURE } from '../../src/domain/reference-procedure.js';
import { root, startServiceProcess, type ServiceProcess } from '../helpers/service-process.js';

/**
 * `npm run demo` as a user runs it: the service started as its own process
 * on a fresh database with a test clock (README, "The demo"), and the demo
 * script as another process that only speaks HTTP to it. What the demo did is
 * then checked through the API as well, not only in what it printed.
 */

const ADMIN_API_KEY = 'demo-test-admin-key-0123456789';
const CLOCK_START = '2025-12-01T09:00:00+01:00';

let service: ServiceProcess;
/** The same service without CLOCK_START: on the system clock. */
let systemClockService: ServiceProcess;

beforeAll(async () => {
  [service, systemClockService] = await Promise.all([startServiceProcess({ ADMIN_API_KEY, CLOCK_START }), startServiceProcess({ ADMIN_API_KEY })]);
}, 90_000);
afterAll(async () => {
  await Promise.all([service?.stop(), systemClockService?.stop()]);
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  context: string;
}

/** `node --import tsx scripts/demo.ts`, the command `npm run demo` runs, with only API_URL and ADMIN_API_KEY set. */
async function demo(url: string, ...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', API_URL: url, ADMIN_API_KEY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stdout, stderr, context: `exit ${code}\nstdout:\n${stdout}\nstderr:\n${stderr}\nservice:\n${service.output()}` };
}

async function get<T = Record<string, unknown>>(path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${service.url}${path}`, { headers: { authorization: `Bearer ${ADMIN_API_KEY}` } });
  return { status: res.status, body: (await res.json()) as T };
}

async function all<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { status: number; body: { items: T[]; nextCursor: string | null } } = await get(
      `${path}${path.includes('?') ? '&' : '?'}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

async function demoProcedures() {
  const clients = await all<{ id: string; name: string }>('/v1/clients');
  const client = clients.find((c) => c.name === REFERENCE_CLIENT.name);
  expect(clients.filter((c) => c.name === REFERENCE_CLIENT.name)).toHaveLength(1);
  return all<{ id: string; reference: string; phase: string }>(`/v1/procedures?clientId=${client!.id}`);
}

/** What the API shows of the procedure: enough to see that a second run wrote nothing. */
async function snapshot(procedureId: string) {
  return {
    procedures: (await demoProcedures()).length,
    candidates: (await all<{ id: string }>('/v1/candidates')).length,
    applications: (await all<{ id: string; stage: string }>(`/v1/procedures/${procedureId}/applications`)).map((a) => `${a.id}:${a.stage}`).sort(),
    audit: (await all<{ id: string }>(`/v1/procedures/${procedureId}/audit`)).length,
  };
}

// Two service processes, a field of 33 applications with PDFs and the whole
// procedure, then a second run: allow for a busy machine.
describe('npm run demo', { timeout: 120_000 }, () => {
  let procedureId = '';

  it('runs the reference procedure through the API, from the client to the appointment and the erasure, one line per step', async () => {
    const run = await demo(service.url);
    expect(run.code, run.context).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('✓'));
    expect(lines.length, run.context).toBeGreaterThanOrEqual(20);
    for (const expected of [
      /^✓ 1 Dec 2025 +timeline as published refused: 422 TIMELINE_ORDER, naming preselectionStart, preselectionEnd, overviewDue/,
      /^✓ 19 Dec 2025 +procedure opened/,
      /^✓ 22 Dec 2025 +25 open-call applications .* 5 from the agency's search, 2 incomplete/,
      /^✓ 7 Jan 2026 +clock moved past the closing date/,
      /^✓ 7 Jan 2026 +late application refused: 422 OUTSIDE_APPLICATION_WINDOW/,
      /^✓ 8 Jan 2026 +preselection of 5/,
      /^✓ 14 Jan 2026 +committee key .* the 5 preselected in full .* not the 3 searched candidates/,
      /^✓ 16 Jan 2026 +shortlist of 4 accepted/,
      /^✓ 22 Jan 2026 +the committee held the 4 interviews and filled in 12 scorecards/,
      /^✓ 26 Jan 2026 +offer of EUR 11,500.00 refused \(422 SALARY_OUT_OF_BOUNDS\)/,
      /^✓ 26 Jan 2026 +.* appointed by the supervisory board; procedure completed; 31 others rejected/,
      /^✓ 23 Feb 2026 +clock moved four weeks past the appointment; the sweep erased 31 candidates/,
    ]) {
      expect(
        lines.some((l) => expected.test(l)),
        `${expected}\n${run.context}`,
      ).toBe(true);
    }

    // What the API shows afterwards.
    const procedures = await demoProcedures();
    expect(procedures).toHaveLength(1);
    expect(procedures[0]).toMatchObject({ reference: REFERENCE_PROCEDURE.reference, phase: 'completed' });
    procedureId = procedures[0]!.id;
    const applications = await all<{ id: string; stage: string; source: string; candidate: { id: string } }>(`/v1/procedures/${procedureId}/applications`);
    expect(applications).toHaveLength(32);
    expect(applications.filter((a) => a.source === 'agency_search')).toHaveLength(5);
    const appointed = applications.filter((a) => a.stage === 'appointed');
    expect(appointed).toHaveLength(1);
    expect(applications.filter((a) => a.stage === 'rejected')).toHaveLength(31);

    const report = await get<{ funnel: Array<{ stage: string; reached: number }>; appointmentDate: string }>(`/v1/procedures/${procedureId}/report`);
    expect(report.body.appointmentDate).toBe('2026-01-26');
    expect(Object.fromEntries(report.body.funnel.map((f) => [f.stage, f.reached]))).toMatchObject({
      applied: 32,
      preselected: 5,
      shortlisted: 4,
      interviewed: 4,
      nominated: 1,
      appointed: 1,
    });

    // Four weeks on, the others' personal data is gone; the appointed candidate's stays.
    const clock = await get<{ now: string; mode: string }>('/v1/clock');
    expect(clock.body.mode).toBe('test');
    expect(clock.body.now >= '2026-02-23').toBe(true);
    for (const a of applications) {
      const candidate = await get<Record<string, unknown>>(`/v1/candidates/${a.candidate.id}`);
      expect(candidate.status).toBe(200);
      if (a.stage === 'appointed') {
        expect(candidate.body).toMatchObject({ erasedAt: null, email: expect.stringContaining('@example.com') });
      } else {
        expect(candidate.body.erasedAt).not.toBeNull();
        for (const field of ['firstName', 'lastName', 'email', 'phone', 'city']) expect([null, '[erased]']).toContain(candidate.body[field]);
      }
    }
    const other = applications.find((a) => a.stage !== 'appointed')!;
    expect((await get(`/v1/applications/${other.id}/documents/cv`)).status).toBe(404);
    const search = await get<{ items: unknown[] }>(`/v1/candidates?q=${encodeURIComponent('Laatkomer')}`);
    expect(search.body.items).toEqual([]);
  });

  it('a second run finds the procedure of the first, checks its outcome, and writes nothing', async () => {
    expect(procedureId).not.toBe('');
    const before = await snapshot(procedureId);
    const run = await demo(service.url);
    expect(run.code, run.context).toBe(0);
    expect(run.stdout).toContain(`Found the procedure of an earlier run (${procedureId})`);
    expect(run.stdout).toMatch(/✓ .*earlier run: 32 applications, 4 shortlisted, appointed on 26 Jan 2026, procedure completed/);
    expect(run.stdout).toMatch(/✓ .*the 31 others show no name, e-mail or phone/);
    expect(await snapshot(procedureId)).toEqual(before);
  });

  it('--fresh once the clock has passed the closing date: refused with how to start over, nothing written', async () => {
    const before = await snapshot(procedureId);
    const run = await demo(service.url, '--fresh');
    expect(run.code, run.context).toBe(1);
    expect(run.stderr).toContain('too late for a new run');
    expect(run.stderr).toContain(`CLOCK_START=${CLOCK_START}`);
    expect(await snapshot(procedureId)).toEqual(before);
  });

  it('a service on the system clock: refused with how to start it', async () => {
    const run = await demo(systemClockService.url);
    expect(run.code, run.context).toBe(1);
    expect(run.stderr).toContain('mode "system"');
    expect(run.stderr).toContain('CLOCK_START=');
  });
});
