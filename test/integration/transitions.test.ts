import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { agencyKey } from '../factories/committee.js';
import { seedCommittee } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';
import { closeStageOk, etagOf, move, moveOk, seedComplete, seedHeldInterview } from '../factories/transitions.js';

let ctx: TestContext;
let consultant: string;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-08T10:00:00+01:00' });
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);
const JUSTIFICATION = 'Seven strong candidates; the committee asked to see every one of them.';

async function procedureAt(now = '2026-01-08T10:00:00+01:00') {
  ctx.clock.set(now);
  const { procedure } = await createProcedure(ctx, { open: true });
  return procedure.id;
}

describe('POST /v1/applications/{id}/transitions', () => {
  it('preselects a complete application: new stage and ETag, a stage change, an audit entry and an event', async () => {
    const procedureId = await procedureAt();
    const { applicationId } = await seedComplete(ctx, procedureId);
    const before = await etagOf(ctx, applicationId);
    const res = await api()
      .post(`/v1/applications/${applicationId}/transitions`)
      .set('authorization', consultant)
      .set('if-match', before)
      .send({ to: 'preselected', reason: 'Fits the profile best.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: applicationId, stage: 'preselected' });
    expect(res.headers.etag).toBe(`"${Number(JSON.parse(before)) + 1}"`);
    expect(res.body.version).toBe(Number(JSON.parse(before)) + 1);

    const change = await ctx.db.prisma.stageChange.findFirst({ where: { applicationId, toStage: 'preselected', actor: { not: 'test:seed' } } });
    expect(change).toMatchObject({ fromStage: 'applied', toStage: 'preselected', reason: 'Fits the profile best.', reasonCategory: null });
    expect(change?.actor).toMatch(/^key:/);
    expect(change?.at.toISOString()).toBe('2026-01-08T09:00:00.000Z');
    const audit = await ctx.db.prisma.auditEntry.findFirst({ where: { entityId: applicationId, action: 'application.stage_changed' } });
    // The free-text reason stays with the stage change (erasable); the append-only audit entry points to it.
    expect(audit).toMatchObject({
      procedureId,
      actorRole: 'consultant',
      reason: `given with stage change ${change!.id}`,
      changes: { stage: { from: 'applied', to: 'preselected' } },
    });
    const event = await ctx.db.prisma.event.findFirst({ where: { entityId: applicationId, type: 'application.stage_changed' } });
    expect(event?.payload).toMatchObject({ applicationId, procedureId, from: 'applied', to: 'preselected', kind: 'advance', overQuota: false });
  });

  it('needs If-Match: 428 without, 412 with a stale ETag, and changes nothing then', async () => {
    const procedureId = await procedureAt();
    const { applicationId } = await seedComplete(ctx, procedureId);
    const without = await api().post(`/v1/applications/${applicationId}/transitions`).set('authorization', consultant).send({ to: 'preselected' });
    expect(without.status).toBe(428);
    expect(without.body.code).toBe('PRECONDITION_REQUIRED');
    const current = await etagOf(ctx, applicationId);
    const stale = await move(ctx, applicationId, 'preselected', { ifMatch: `"${Number(JSON.parse(current)) - 1}"` });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('PRECONDITION_FAILED');
    const row = await ctx.db.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(row.stage).toBe('applied');
    expect(await ctx.db.prisma.stageChange.count({ where: { applicationId, actor: { not: 'test:seed' } } })).toBe(0);
  });

  it('answers 404 for an unknown application, 403 to committee and scheduler keys, and 400 for an unknown stage or field', async () => {
    const procedureId = await procedureAt();
    const { applicationId } = await seedComplete(ctx, procedureId);
    const unknown = await move(ctx, '00000000-0000-4000-8000-000000000000', 'preselected', { ifMatch: '"1"' });
    expect(unknown.status).toBe(404);
    const [member] = await seedCommittee(ctx, procedureId);
    const committee = await move(ctx, applicationId, 'preselected', { authorization: member!.authorization, ifMatch: '"1"' });
    expect(committee.status).toBe(403);
    const scheduler = (await agencyKey(ctx, 'scheduler')).authorization;
    expect((await move(ctx, applicationId, 'preselected', { authorization: scheduler, ifMatch: '"1"' })).status).toBe(403);
    const bad = await api().post(`/v1/applications/${applicationId}/transitions`).set('authorization', consultant).set('if-match', '"1"').send({ to: 'hired' });
    expect(bad.status).toBe(400);
    const extra = await api()
      .post(`/v1/applications/${applicationId}/transitions`)
      .set('authorization', consultant)
      .set('if-match', '"1"')
      .send({ to: 'preselected', note: 'x' });
    expect(extra.status).toBe(400);
    const category = await move(ctx, applicationId, 'preselected', { reasonCategory: 'position_filled' });
    expect(category.status).toBe(422);
    expect(category.body.code).toBe('REASON_CATEGORY_UNEXPECTED');
  });

  it('refuses what the graph forbids with 409 and the rule: skipping a stage, going back, staying put', async () => {
    const procedureId = await procedureAt();
    const { applicationId } = await seedComplete(ctx, procedureId);
    const skip = await move(ctx, applicationId, 'shortlisted');
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(skip.body.detail).toBe('An application can become shortlisted only when it is preselected; this one is applied.');
    expect(skip.body.errors).toEqual([{ path: 'body.to', message: skip.body.detail, code: 'TRANSITION_NOT_ALLOWED' }]);
    expect((await move(ctx, applicationId, 'applied')).body.code).toBe('TRANSITION_NOT_ALLOWED');
    await moveOk(ctx, applicationId, 'preselected');
    const back = await move(ctx, applicationId, 'applied');
    expect(back.status).toBe(409);
    expect(back.body.detail).toMatch(/cannot go back from preselected to applied/);
    const nominate = await move(ctx, applicationId, 'nominated');
    expect(nominate.body.code).toBe('NOT_INTERVIEWED');
    const appoint = await move(ctx, applicationId, 'appointed');
    expect(appoint.body.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('preselects complete applications only (409 APPLICATION_INCOMPLETE)', async () => {
    const procedureId = await procedureAt();
    const { applicationId } = await seedComplete(ctx, procedureId, { complete: false });
    const res = await move(ctx, applicationId, 'preselected');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('APPLICATION_INCOMPLETE');
    expect(res.body.detail).toMatch(/both the motivation letter and the CV/);
  });

  it('opens the preselection only after the closing date (409 STAGE_NOT_OPEN before)', async () => {
    const procedureId = await procedureAt('2026-01-06T16:00:00+01:00');
    const { applicationId } = await seedComplete(ctx, procedureId);
    const res = await move(ctx, applicationId, 'preselected');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('STAGE_NOT_OPEN');
    expect(res.body.detail).toBe('The preselection opens after the closing date for applications, at 7 January 2026, 00:00 (Europe/Amsterdam).');
    ctx.clock.set('2026-01-07T00:00:00+01:00');
    expect((await move(ctx, applicationId, 'preselected')).status).toBe(200);
  });

  it('refuses a 7th preselection without a justification (STAGE_QUOTA_EXCEEDED), and keeps the justification when given', async () => {
    const procedureId = await procedureAt();
    for (let i = 0; i < 6; i++) await moveOk(ctx, (await seedComplete(ctx, procedureId)).applicationId, 'preselected');
    const { applicationId } = await seedComplete(ctx, procedureId);
    const refused = await move(ctx, applicationId, 'preselected');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('STAGE_QUOTA_EXCEEDED');
    expect(refused.body.detail).toMatch(/already holds 6 candidates, and this procedure allows 4 to 6/);
    expect(refused.body.errors[0].path).toBe('body.reason');
    const short = await move(ctx, applicationId, 'preselected', { reason: 'Very good.' });
    expect(short.body.code).toBe('JUSTIFICATION_TOO_SHORT');

    const ok = await move(ctx, applicationId, 'preselected', { reason: JUSTIFICATION });
    expect(ok.status).toBe(200);
    const audit = await ctx.db.prisma.auditEntry.findFirst({ where: { entityId: applicationId, action: 'application.stage_changed' } });
    const change = await ctx.db.prisma.stageChange.findFirst({ where: { applicationId, actor: { not: 'test:seed' } } });
    expect(change?.reason).toBe(JUSTIFICATION);
    expect(audit?.reason).toBe(`given with stage change ${change!.id}`);
    expect(audit?.changes).toMatchObject({ overQuota: { to: true } });
    const stages = await api().get(`/v1/procedures/${procedureId}/stages`).set('authorization', consultant);
    expect(stages.body.stages[0]).toMatchObject({ name: 'preselection', count: 7, bounds: { min: 4, max: 6 } });
  });

  it('rejects with a reason category only, and reinstates with a reason while the stage is open', async () => {
    const procedureId = await procedureAt();
    const { applicationId } = await seedComplete(ctx, procedureId, { stage: 'preselected' });
    const noCategory = await move(ctx, applicationId, 'rejected');
    expect(noCategory.status).toBe(409);
    expect(noCategory.body.code).toBe('REJECTION_REASON_REQUIRED');
    const rejected = await moveOk(ctx, applicationId, 'rejected', { reasonCategory: 'not_selected_by_agency', reason: 'Less management experience.' });
    expect(rejected).toMatchObject({ stage: 'rejected', rejectionReason: 'not_selected_by_agency' });
    const event = await ctx.db.prisma.event.findFirst({ where: { entityId: applicationId, type: 'application.rejected' } });
    expect(event?.payload).toMatchObject({ from: 'preselected', to: 'rejected', kind: 'reject', reasonCategory: 'not_selected_by_agency' });
    expect(JSON.stringify(event?.payload)).not.toContain('management');

    const elsewhere = await move(ctx, applicationId, 'applied', { reason: 'The rejection was a mistake.' });
    expect(elsewhere.body.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(elsewhere.body.detail).toMatch(/only be reinstated to the stage it was rejected from \(preselected\)/);
    const noReason = await move(ctx, applicationId, 'preselected');
    expect(noReason.body.code).toBe('REINSTATE_REASON_REQUIRED');
    const back = await moveOk(ctx, applicationId, 'preselected', { reason: 'The rejection was a mistake.' });
    expect(back).toMatchObject({ stage: 'preselected', rejectionReason: null });

    // Once the overview was sent, a candidate rejected from the preselection stays rejected.
    for (let i = 0; i < 3; i++) await seedComplete(ctx, procedureId, { stage: 'preselected' });
    await moveOk(ctx, applicationId, 'rejected', { reasonCategory: 'not_selected_by_agency' });
    await seedComplete(ctx, procedureId, { stage: 'preselected' });
    ctx.clock.set('2026-01-14T10:00:00+01:00');
    await closeStageOk(ctx, procedureId, 'preselection');
    const late = await move(ctx, applicationId, 'preselected', { reason: 'The committee asked for this candidate.' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('STAGE_CLOSED');
  });

  it('a withdrawn candidate does not move any more (APPLICATION_FINAL); nothing moves in a cancelled procedure', async () => {
    const procedureId = await procedureAt();
    const { applicationId } = await seedComplete(ctx, procedureId);
    const withdrawn = await moveOk(ctx, applicationId, 'withdrawn', { reason: 'Accepted another position.' });
    expect(withdrawn.stage).toBe('withdrawn');
    expect(await ctx.db.prisma.event.count({ where: { entityId: applicationId, type: 'application.withdrawn' } })).toBe(1);
    const res = await move(ctx, applicationId, 'preselected');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('APPLICATION_FINAL');
    expect(res.body.detail).toBe('This candidate withdrew; a withdrawn application cannot change stage any more.');

    const other = await seedComplete(ctx, procedureId);
    const p = await ctx.db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    const cancel = await api()
      .patch(`/v1/procedures/${procedureId}`)
      .set('authorization', consultant)
      .set('if-match', `"${p.version}"`)
      .send({ phase: 'cancelled' });
    expect(cancel.status).toBe(200);
    expect((await move(ctx, other.applicationId, 'preselected')).body.code).toBe('PROCEDURE_FINISHED');
  });

  it('marks interviewed only after a committee interview took place, and nominates one interviewed candidate once the round started', async () => {
    const procedureId = await procedureAt('2026-01-16T10:00:00+01:00');
    const a = await seedComplete(ctx, procedureId, { stage: 'shortlisted' });
    const b = await seedComplete(ctx, procedureId, { stage: 'shortlisted' });
    const c = await seedComplete(ctx, procedureId, { stage: 'shortlisted' });
    await seedComplete(ctx, procedureId, { stage: 'preselected' });
    const early = await move(ctx, a.applicationId, 'interviewed');
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('NOT_INTERVIEWED');
    await ctx.db.prisma.stage.updateMany({ where: { procedureId, name: { in: ['preselection', 'shortlist'] } }, data: { status: 'closed' } });

    await seedHeldInterview(ctx, procedureId, a.applicationId, '2026-01-19T10:00:00+01:00');
    await seedHeldInterview(ctx, procedureId, b.applicationId, '2026-01-19T12:00:00+01:00');
    const cancelled = await seedHeldInterview(ctx, procedureId, c.applicationId, '2026-01-19T14:00:00+01:00');
    await ctx.db.prisma.interview.update({ where: { id: cancelled.id }, data: { status: 'cancelled' } });
    // The interview is planned, not held yet.
    expect((await move(ctx, a.applicationId, 'interviewed')).body.code).toBe('NOT_INTERVIEWED');

    ctx.clock.set('2026-01-19T15:00:00+01:00');
    await moveOk(ctx, a.applicationId, 'interviewed');
    await moveOk(ctx, b.applicationId, 'interviewed');
    expect((await move(ctx, c.applicationId, 'interviewed')).body.code).toBe('NOT_INTERVIEWED');

    const notInterviewed = await move(ctx, c.applicationId, 'nominated');
    expect(notInterviewed.body.code).toBe('NOT_INTERVIEWED');
    await moveOk(ctx, a.applicationId, 'nominated');
    const second = await move(ctx, b.applicationId, 'nominated');
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('NOMINEE_EXISTS');
    expect((await move(ctx, a.applicationId, 'appointed')).body.code).toBe('APPOINTMENT_REQUIRED');

    // With the first nominee rejected, another may be nominated.
    await moveOk(ctx, a.applicationId, 'rejected', { reasonCategory: 'not_selected_by_committee' });
    await moveOk(ctx, b.applicationId, 'nominated');
  });

  it('nominates only after the interview round has started (NOMINATION_TOO_EARLY)', async () => {
    const procedureId = await procedureAt('2026-01-16T10:00:00+01:00');
    const a = await seedComplete(ctx, procedureId, { stage: 'interviewed' });
    await ctx.db.prisma.stage.updateMany({ where: { procedureId, name: { in: ['preselection', 'shortlist'] } }, data: { status: 'closed' } });
    const res = await move(ctx, a.applicationId, 'nominated');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('NOMINATION_TOO_EARLY');
    expect(res.body.detail).toBe('A candidate can be nominated only after the interview round has started, at 19 January 2026, 00:00 (Europe/Amsterdam).');
  });
});

describe('quotas under concurrency', () => {
  it('with five of six places taken, twenty simultaneous preselections on two instances: one 200, nineteen 409, and six preselected', async () => {
    const procedureId = await procedureAt();
    for (let i = 0; i < 5; i++) await seedComplete(ctx, procedureId, { stage: 'preselected' });
    const candidates = [];
    for (let i = 0; i < 20; i++) candidates.push((await seedComplete(ctx, procedureId)).applicationId);
    const etags = await Promise.all(candidates.map((id) => etagOf(ctx, id)));
    const second = await ctx.secondInstance();
    const servers = [ctx.app.server, second.server];

    const results = await Promise.all(
      candidates.map((id, i) => move(ctx, id, 'preselected', { ifMatch: etags[i]!, server: servers[i % 2]!, authorization: consultant })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.code).toBe('STAGE_QUOTA_EXCEEDED');
    // Both instances answered.
    expect(new Set(results.map((_r, i) => i % 2)).size).toBe(2);

    expect(await ctx.db.prisma.application.count({ where: { procedureId, stage: 'preselected' } })).toBe(6);
    const stages = await api().get(`/v1/procedures/${procedureId}/stages`).set('authorization', consultant);
    expect(stages.body.stages[0].count).toBe(6);
    expect(await ctx.db.prisma.auditEntry.count({ where: { procedureId, action: 'application.stage_changed' } })).toBe(1);
  });
});
