import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyKey } from '../factories/committee.js';
import { createInquiry } from '../factories/inquiries.js';
import { countAudit, countEvents, deadline, sweep } from '../factories/lifecycle.js';
import { createProcedure } from '../factories/procedures.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
let second: FastifyInstance;
let procedureId: string;
let scheduler: string;

const api = () => request(ctx.app.server);

/** Several sweeps at the same moment from two API instances, as two schedulers would start them. */
async function concurrentSweeps(n = 3) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(sweep(ctx, scheduler, ctx.app), sweep(ctx, scheduler, second));
  return Promise.all(runs);
}

const total = (reports: Array<Awaited<ReturnType<typeof sweep>>>, pick: (r: Awaited<ReturnType<typeof sweep>>) => number) =>
  reports.reduce((sum, r) => sum + pick(r), 0);

beforeAll(async () => {
  ctx = await createTestApp({ now: '2025-12-19T09:00:00+01:00' });
  second = await ctx.secondInstance();
  procedureId = (await createProcedure(ctx, { open: true })).procedure.id;
  scheduler = (await agencyKey(ctx, 'scheduler')).authorization;
});

afterAll(async () => {
  await ctx.close();
});

describe('POST /v1/jobs/deadline-sweep', () => {
  it('is for scheduler and admin keys; consultants get 403', async () => {
    const consultant = (await agencyKey(ctx, 'consultant')).authorization;
    expect((await api().post('/v1/jobs/deadline-sweep').set('authorization', consultant)).status).toBe(403);
    const report = await sweep(ctx, scheduler);
    expect(report).toMatchObject({
      ranAt: '2025-12-19T08:00:00.000Z',
      intake: { closed: 0, procedures: [] },
      milestones: { missed: 0 },
      inquiries: { markedOverdue: 0 },
      headhuntedNotices: { markedOverdue: 0 },
      retention: { erased: 0 },
    });
  });

  it('marks an unanswered question of Christmas Eve 16:00 overdue at 30 December 00:00, once', async () => {
    ctx.clock.set('2025-12-24T16:00:00+01:00');
    const inquiry = await createInquiry(ctx, { procedureId });
    expect(inquiry.dueAt).toBe('2025-12-29T23:00:00.000Z');

    // The holidays and the weekend pass: still due on Monday 29 December.
    ctx.clock.set('2025-12-29T23:59:59.999+01:00');
    expect((await sweep(ctx, scheduler)).inquiries.markedOverdue).toBe(0);

    ctx.clock.set('2025-12-30T00:00:00+01:00');
    const reports = await concurrentSweeps();
    expect(total(reports, (r) => r.inquiries.markedOverdue)).toBe(1);
    expect(reports.flatMap((r) => r.inquiries.items.map((i) => i.inquiryId))).toEqual([inquiry.id]);
    expect(await countEvents(ctx, 'inquiry.overdue', inquiry.id)).toBe(1);
    expect(await countAudit(ctx, 'inquiry.overdue', inquiry.id)).toBe(1);
    expect(await deadline(ctx, `inquiry_answer_due:${inquiry.id}`)).toMatchObject({
      state: 'overdue',
      missedAt: '2025-12-29T23:00:00.000Z',
    });
    const read = await api().get(`/v1/inquiries/${inquiry.id}`).set('authorization', ctx.admin);
    expect(read.body.state).toBe('overdue');
    // A later sweep finds nothing more to do.
    ctx.clock.set('2025-12-30T08:00:00+01:00');
    expect((await sweep(ctx, scheduler)).inquiries.markedOverdue).toBe(0);
  });

  it('closes the intake exactly at the closing instant, 7 January 2026 00:00 Amsterdam time, once under concurrency', async () => {
    ctx.clock.set('2026-01-06T23:59:59.999+01:00');
    expect((await sweep(ctx, scheduler)).intake.closed).toBe(0);
    const before = await ctx.db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    expect(before.phase).toBe('open');

    ctx.clock.set('2026-01-07T00:00:00+01:00');
    const reports = await concurrentSweeps();
    expect(total(reports, (r) => r.intake.closed)).toBe(1);
    expect(reports.flatMap((r) => r.intake.procedures)).toEqual([{ procedureId, closedAt: '2026-01-06T23:00:00.000Z' }]);
    const after = await ctx.db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    expect(after.phase).toBe('closed');
    expect(after.version).toBe(before.version + 1);
    expect(await countEvents(ctx, 'procedure.intake_closed', procedureId)).toBe(1);
    expect(await countAudit(ctx, 'procedure.intake_closed', procedureId)).toBe(1);
    const event = await ctx.db.prisma.event.findFirstOrThrow({ where: { type: 'procedure.intake_closed' } });
    expect(event.payload).toEqual({ procedureId, from: 'open', to: 'closed', closedAt: '2026-01-06T23:00:00.000Z' });
    const audit = await ctx.db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'procedure.intake_closed' } });
    expect(audit).toMatchObject({ procedureId, actorRole: 'scheduler', changes: { phase: { from: 'open', to: 'closed' } } });

    // Open-call applications are refused from now on; the procedure reads as closed.
    const read = await api().get(`/v1/procedures/${procedureId}`).set('authorization', ctx.admin);
    expect(read.body.phase).toBe('closed');
    ctx.clock.set('2026-01-07T09:00:00+01:00');
    expect((await sweep(ctx, scheduler)).intake.closed).toBe(0);
  });

  it('marks the overview deadline missed when 14 January ends without an overview, once, and nothing else early', async () => {
    ctx.clock.set('2026-01-14T23:59:00+01:00');
    expect((await sweep(ctx, scheduler)).milestones.missed).toBe(0);

    ctx.clock.set('2026-01-15T00:00:00+01:00');
    const reports = await concurrentSweeps();
    expect(total(reports, (r) => r.milestones.missed)).toBe(1);
    expect(reports.flatMap((r) => r.milestones.items)).toEqual([{ procedureId, kind: 'overview_due', dueAt: '2026-01-14T23:00:00.000Z' }]);
    expect(await countEvents(ctx, 'deadline.missed', procedureId)).toBe(1);
    expect(await countAudit(ctx, 'deadline.missed', procedureId)).toBe(1);
    const event = await ctx.db.prisma.event.findFirstOrThrow({ where: { type: 'deadline.missed' } });
    expect(event.payload).toMatchObject({ procedureId, kind: 'overview_due', dueAt: '2026-01-14T23:00:00.000Z' });
    expect(await deadline(ctx, `overview_due:${procedureId}`)).toMatchObject({
      state: 'overdue',
      missedAt: '2026-01-14T23:00:00.000Z',
    });
    const milestone = await ctx.db.prisma.milestone.findFirstOrThrow({ where: { procedureId, key: 'overviewDue' } });
    expect(milestone.missedAt?.toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect((await deadline(ctx, `committee_meeting:${procedureId}`))!.missedAt).toBeNull();
  });

  it('marks the appointment deadline missed on 1 February when no appointment was made, with every milestone before it', async () => {
    ctx.clock.set('2026-02-01T00:00:00+01:00');
    const reports = await concurrentSweeps(2);
    expect(reports.flatMap((r) => r.milestones.items.map((i) => i.kind)).sort()).toEqual(
      ['appointment_deadline', 'committee_meeting', 'interview_round_end', 'interview_round_start'].sort(),
    );
    expect(await countEvents(ctx, 'deadline.missed', procedureId)).toBe(5);
  });

  it('does not mark milestones met by the step that meets them', async () => {
    ctx.clock.set('2025-12-19T09:00:00+01:00');
    const met = (await createProcedure(ctx, { open: true })).procedure.id;
    ctx.clock.set('2026-01-14T12:00:00+01:00');
    await ctx.db.prisma.procedure.update({ where: { id: met }, data: { overviewSentAt: ctx.clock.now() } });
    ctx.clock.set('2026-01-15T00:00:00+01:00');
    const report = await sweep(ctx, scheduler);
    expect(report.milestones.items.filter((i) => i.procedureId === met)).toEqual([]);
    expect((await deadline(ctx, `overview_due:${met}`))!.state).toBe('met');
  });

  it('marks a headhunted candidate not told within a month as overdue once, and records when they were told', async () => {
    ctx.clock.set('2025-12-22T11:00:00+01:00');
    const created = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send({ firstName: 'Pieter', lastName: 'Jansen', source: 'agency_search' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    ctx.clock.set('2026-01-22T10:59:59+01:00');
    expect((await deadline(ctx, `headhunted_notice_due:${id}`))!.state).toBe('due');
    expect((await sweep(ctx, scheduler)).headhuntedNotices.markedOverdue).toBe(0);

    ctx.clock.set('2026-01-22T11:00:00+01:00');
    const reports = await concurrentSweeps();
    expect(total(reports, (r) => r.headhuntedNotices.markedOverdue)).toBe(1);
    expect(await countEvents(ctx, 'candidate.notice_overdue', id)).toBe(1);
    expect(await deadline(ctx, `headhunted_notice_due:${id}`)).toMatchObject({ state: 'overdue', missedAt: '2026-01-22T10:00:00.000Z' });

    ctx.clock.set('2026-01-23T09:30:00+01:00');
    const informed = await api().post(`/v1/candidates/${id}/informed`).set('authorization', ctx.admin).send({});
    expect(informed.status).toBe(200);
    expect(informed.body).toEqual({
      candidateId: id,
      recordedAt: '2025-12-22T10:00:00.000Z',
      noticeDueAt: '2026-01-22T10:00:00.000Z',
      informedAt: '2026-01-23T08:30:00.000Z',
      late: true,
    });
    expect(await deadline(ctx, `headhunted_notice_due:${id}`)).toMatchObject({ state: 'met', metAt: '2026-01-23T08:30:00.000Z' });
    const again = await api().post(`/v1/candidates/${id}/informed`).set('authorization', ctx.admin).send({});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CANDIDATE_ALREADY_INFORMED');
  });

  it('refuses the notice for candidates who applied themselves', async () => {
    const created = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send({ firstName: 'Els', lastName: 'Bakker', email: 'els.bakker@example.nl', source: 'open_call' });
    const res = await api().post(`/v1/candidates/${created.body.id}/informed`).set('authorization', ctx.admin).send({});
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('NOTICE_NOT_REQUIRED');
  });

  it('npm run sweep does the same from the command line and prints its JSON report', async () => {
    ctx.clock.set('2025-12-19T09:00:00+01:00');
    const cli = (await createProcedure(ctx, { open: true })).procedure.id;
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const run = () =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/sweep.ts'], {
          cwd: root,
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '',
            NODE_ENV: 'development',
            DATABASE_URL: ctx.database.url,
            CLOCK_START: '2026-01-07T00:00:00+01:00',
            LOG_LEVEL: 'error',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
        child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
        child.once('exit', (code) => resolve({ code, stdout, stderr }));
      });
    const first = await run();
    expect(first.code, first.stderr).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.intake.procedures.map((p: { procedureId: string }) => p.procedureId)).toContain(cli);
    expect(report).toHaveProperty('webhooks.attempted');
    const audit = await ctx.db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'procedure.intake_closed', entityId: cli } });
    expect(audit).toMatchObject({ actor: 'system:sweep', actorRole: 'scheduler' });
    const again = await run();
    expect(JSON.parse(again.stdout).intake.procedures.map((p: { procedureId: string }) => p.procedureId)).not.toContain(cli);
    expect(await countEvents(ctx, 'procedure.intake_closed', cli)).toBe(1);
  }, 60_000);
});
