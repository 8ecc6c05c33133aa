import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { applyJson } from '../factories/applications.js';
import { candidateInput } from '../factories/candidates.js';
import { agencyKey } from '../factories/committee.js';
import { seedCommittee } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';
import { closeStage, closeStageOk, move, moveOk, seedComplete } from '../factories/transitions.js';

let ctx: TestContext;
let consultant: string;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-08T10:00:00+01:00' });
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);
const JUSTIFICATION = 'Three candidates only: the field was small and the committee agreed.';

async function procedureAt(now: string) {
  ctx.clock.set(now);
  const { procedure } = await createProcedure(ctx, { open: true });
  return procedure.id;
}

async function preselect(procedureId: string, n: number) {
  const ids = [];
  for (let i = 0; i < n; i++) ids.push((await seedComplete(ctx, procedureId, { stage: 'preselected' })).applicationId);
  return ids;
}

describe('GET /v1/procedures/{id}/stages', () => {
  it('shows the six stages with bounds, counts, windows from the timeline and status by the clock', async () => {
    const procedureId = await procedureAt('2026-01-05T10:00:00+01:00');
    const res = await api().get(`/v1/procedures/${procedureId}/stages`).set('authorization', consultant);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      procedureId,
      phase: 'open',
      timeZone: 'Europe/Amsterdam',
      overviewSentAt: null,
      stages: [
        {
          name: 'preselection',
          label: 'preselection',
          status: 'pending',
          bounds: { min: 4, max: 6 },
          count: 0,
          window: { startsAt: '2026-01-06T23:00:00.000Z', endsAt: '2026-01-14T23:00:00.000Z' },
          closedAt: null,
          closedBy: null,
          closedByUserId: null,
          justification: null,
        },
        {
          name: 'shortlist',
          label: 'interview shortlist',
          status: 'pending',
          bounds: { min: 3, max: 4 },
          count: 0,
          window: { startsAt: '2026-01-15T23:00:00.000Z', endsAt: '2026-01-18T23:00:00.000Z' },
          closedAt: null,
          closedBy: null,
          closedByUserId: null,
          justification: null,
        },
        ...['nomination', 'references', 'terms', 'appointment'].map((name) => ({
          name,
          label: { nomination: 'nomination', references: 'reference check', terms: 'terms of employment', appointment: 'appointment' }[name],
          status: 'pending',
          bounds: name === 'nomination' ? { min: 1, max: 1 } : null,
          count: name === 'nomination' ? 0 : null,
          window: { startsAt: '2026-01-18T23:00:00.000Z', endsAt: '2026-01-31T23:00:00.000Z' },
          closedAt: null,
          closedBy: null,
          closedByUserId: null,
          justification: null,
        })),
      ],
    });

    ctx.clock.set('2026-01-07T00:00:00+01:00');
    await seedComplete(ctx, procedureId, { stage: 'shortlisted' });
    await seedComplete(ctx, procedureId, { stage: 'preselected' });
    await seedComplete(ctx, procedureId, { stage: 'rejected' });
    await seedComplete(ctx, procedureId, { stage: 'withdrawn' });
    await seedComplete(ctx, procedureId);
    const later = await api().get(`/v1/procedures/${procedureId}/stages`).set('authorization', consultant);
    expect(later.body.stages.map((s: { name: string; status: string; count: number | null }) => [s.name, s.status, s.count])).toEqual([
      ['preselection', 'open', 2],
      ['shortlist', 'pending', 1],
      ['nomination', 'pending', 0],
      ['references', 'pending', null],
      ['terms', 'pending', null],
      ['appointment', 'pending', null],
    ]);
  });

  it('is read by scheduler keys, and by committee keys of the procedure without who closed and why; 404 for another procedure', async () => {
    const procedureId = await procedureAt('2026-01-08T10:00:00+01:00');
    const other = await procedureAt('2026-01-08T10:00:00+01:00');
    const scheduler = (await agencyKey(ctx, 'scheduler')).authorization;
    expect((await api().get(`/v1/procedures/${procedureId}/stages`).set('authorization', scheduler)).status).toBe(200);
    const [member] = await seedCommittee(ctx, procedureId);
    const own = await api().get(`/v1/procedures/${procedureId}/stages`).set('authorization', member!.authorization);
    expect(own.status).toBe(200);
    expect(Object.keys(own.body).sort()).toEqual(['overviewSentAt', 'phase', 'procedureId', 'stages']);
    expect(Object.keys(own.body.stages[0]).sort()).toEqual(['bounds', 'closedAt', 'count', 'label', 'name', 'status', 'window']);
    expect((await api().get(`/v1/procedures/${other}/stages`).set('authorization', member!.authorization)).status).toBe(404);
    expect((await api().get('/v1/procedures/00000000-0000-4000-8000-000000000000/stages').set('authorization', consultant)).status).toBe(404);
  });
});

describe('the preselection gate: sending the candidate overview', () => {
  it('closes with 4 to 6 preselected after the closing date: stage closed, overview sent, phase committee_review, audit and event', async () => {
    const procedureId = await procedureAt('2026-01-14T09:30:00+01:00');
    const ids = await preselect(procedureId, 5);
    const applied = await seedComplete(ctx, procedureId);
    const res = await closeStage(ctx, procedureId, 'preselection', undefined, consultant);
    expect(res.status).toBe(200);
    expect(res.body.phase).toBe('committee_review');
    expect(res.body.overviewSentAt).toBe('2026-01-14T08:30:00.000Z');
    expect(res.body.stages[0]).toMatchObject({
      name: 'preselection',
      status: 'closed',
      count: 5,
      closedAt: '2026-01-14T08:30:00.000Z',
      closedBy: expect.stringMatching(/^key:/),
      closedByUserId: null,
      justification: null,
    });
    expect(res.body.stages[1]).toMatchObject({ name: 'shortlist', status: 'open' });

    const procedure = await ctx.db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    expect(procedure.overviewSentAt?.toISOString()).toBe('2026-01-14T08:30:00.000Z');
    const presented = await ctx.db.prisma.application.findMany({ where: { procedureId, presentedAt: { not: null } }, select: { id: true } });
    expect(presented.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(presented.map((a) => a.id)).not.toContain(applied.applicationId);
    const audit = await ctx.db.prisma.auditEntry.findFirst({ where: { procedureId, action: 'procedure.overview_sent' } });
    expect(audit).toMatchObject({
      actorRole: 'consultant',
      entityType: 'procedure',
      entityId: procedureId,
      reason: null,
      changes: { 'stages.preselection': { to: 'closed' }, phase: { from: 'open', to: 'committee_review' }, count: { to: 5 } },
    });
    const event = await ctx.db.prisma.event.findFirst({ where: { procedureId, type: 'procedure.overview_sent' } });
    expect(event?.payload).toMatchObject({ procedureId, stage: 'preselection', count: 5, withinBounds: true, justified: false });
    expect((event?.payload as { applicationIds: string[] }).applicationIds.sort()).toEqual([...ids].sort());

    // Once sent: closed for good, no candidate from the agency's search can be added, and nobody joins the preselection.
    const again = await closeStage(ctx, procedureId, 'preselection');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('STAGE_ALREADY_CLOSED');
    const searched = await applyJson(ctx, procedureId, { candidate: candidateInput({ source: 'agency_search' }) });
    expect(searched.status).toBe(422);
    expect(searched.body.code).toBe('OUTSIDE_APPLICATION_WINDOW');
    expect(searched.body.detail).toMatch(/sent to the selection committee at 2026-01-14T09:30:00.000\+01:00/);
    const late = await move(ctx, applied.applicationId, 'preselected');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('STAGE_CLOSED');
  });

  it('takes candidates from the agency search until the overview is sent', async () => {
    const procedureId = await procedureAt('2026-01-12T10:00:00+01:00');
    const before = await applyJson(ctx, procedureId, { candidate: candidateInput({ source: 'agency_search' }) });
    expect(before.status).toBe(201);
    await preselect(procedureId, 4);
    await closeStageOk(ctx, procedureId, 'preselection');
    const after = await applyJson(ctx, procedureId, { candidate: candidateInput({ source: 'agency_search' }) });
    expect(after.status).toBe(422);
  });

  it('lists every failed condition: too early and too few (409, errors[] with each code)', async () => {
    const procedureId = await procedureAt('2026-01-06T12:00:00+01:00');
    await preselect(procedureId, 3);
    const res = await closeStage(ctx, procedureId, 'preselection');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('GATE_TOO_EARLY');
    expect(res.body.errors.map((e: { code: string }) => e.code)).toEqual(['GATE_TOO_EARLY', 'STAGE_QUOTA_NOT_MET']);
    expect(res.body.detail).toMatch(
      /only after the closing date for applications, from 7 January 2026, 00:00 \(Europe\/Amsterdam\); The preselection holds 3 candidates, fewer than the 4 to 6/,
    );
    const stage = await ctx.db.prisma.stage.findFirstOrThrow({ where: { procedureId, name: 'preselection' } });
    expect(stage.status).not.toBe('closed');
    expect((await ctx.db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } })).overviewSentAt).toBeNull();
  });

  it('goes outside the bounds only with a written justification, kept with the stage (the audit trail points there)', async () => {
    const procedureId = await procedureAt('2026-01-14T10:00:00+01:00');
    await preselect(procedureId, 3);
    const short = await closeStage(ctx, procedureId, 'preselection', { justification: 'small field' });
    expect(short.status).toBe(409);
    expect(short.body.code).toBe('JUSTIFICATION_TOO_SHORT');
    const res = await closeStage(ctx, procedureId, 'preselection', { justification: JUSTIFICATION });
    expect(res.status).toBe(200);
    expect(res.body.stages[0]).toMatchObject({ status: 'closed', count: 3, justification: JUSTIFICATION });
    const audit = await ctx.db.prisma.auditEntry.findFirst({ where: { procedureId, action: 'procedure.overview_sent' } });
    // The justification may name a candidate: erasure reaches it in the stage, not in the append-only trail.
    expect(audit?.reason).toBe('justification kept with stage preselection');
    expect(audit?.changes).toMatchObject({ withinBounds: { to: false } });
  });

  it('never closes an empty preselection, whatever the justification', async () => {
    const procedureId = await procedureAt('2026-01-14T10:00:00+01:00');
    const res = await closeStage(ctx, procedureId, 'preselection', { justification: JUSTIFICATION });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('STAGE_QUOTA_NOT_MET');
  });
});

describe('the shortlist gate: inviting the interview round', () => {
  it('needs the overview sent and the committee-meeting day, then 3 to 4 shortlisted; phase interviews', async () => {
    const procedureId = await procedureAt('2026-01-14T10:00:00+01:00');
    const ids = await preselect(procedureId, 5);
    const first = await closeStage(ctx, procedureId, 'shortlist');
    expect(first.status).toBe(409);
    expect(first.body.errors.map((e: { code: string }) => e.code)).toEqual(['STAGE_NOT_OPEN', 'GATE_TOO_EARLY', 'STAGE_QUOTA_NOT_MET']);

    await closeStageOk(ctx, procedureId, 'preselection');
    for (const id of ids.slice(0, 4)) await moveOk(ctx, id, 'shortlisted');
    const early = await closeStage(ctx, procedureId, 'shortlist');
    expect(early.body.errors.map((e: { code: string }) => e.code)).toEqual(['GATE_TOO_EARLY']);
    expect(early.body.detail).toBe('The shortlist can be invited only from the day of the committee meeting, 16 January 2026, 00:00 (Europe/Amsterdam).');

    ctx.clock.set('2026-01-16T14:00:00+01:00');
    const res = await closeStage(ctx, procedureId, 'shortlist', undefined, consultant);
    expect(res.status).toBe(200);
    expect(res.body.phase).toBe('interviews');
    expect(res.body.stages[1]).toMatchObject({ name: 'shortlist', status: 'closed', count: 4, closedAt: '2026-01-16T13:00:00.000Z' });
    expect(await ctx.db.prisma.event.count({ where: { procedureId, type: 'procedure.shortlist_closed' } })).toBe(1);
    // Nobody joins the shortlist any more.
    const fifth = await moveOk(ctx, ids[4]!, 'shortlisted').catch((e: Error) => e.message);
    expect(fifth).toMatch(/STAGE_CLOSED/);
  });

  it('answers 409 STAGE_NOT_CLOSABLE for the other stages, 404 for an unknown stage or procedure, 403 to committee keys', async () => {
    const procedureId = await procedureAt('2026-01-14T10:00:00+01:00');
    for (const stage of ['nomination', 'references', 'terms', 'appointment']) {
      const res = await closeStage(ctx, procedureId, stage);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('STAGE_NOT_CLOSABLE');
    }
    expect((await closeStage(ctx, procedureId, 'interviews')).status).toBe(400);
    expect((await closeStage(ctx, '00000000-0000-4000-8000-000000000000', 'preselection')).status).toBe(404);
    const [member] = await seedCommittee(ctx, procedureId);
    expect((await closeStage(ctx, procedureId, 'preselection', undefined, member!.authorization)).status).toBe(403);
    expect((await closeStage(ctx, procedureId, 'preselection', { reason: 'x' } as never)).status).toBe(400);
  });
});
