import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { agencyKey } from '../factories/committee.js';
import { seedCommittee } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';
import { moveOk, seedComplete } from '../factories/transitions.js';

let ctx: TestContext;
let consultant: string;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-08T10:00:00+01:00' });
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);
const history = (id: string, authorization = consultant) => api().get(`/v1/applications/${id}/history`).set('authorization', authorization);

async function procedureAt(now = '2026-01-08T10:00:00+01:00') {
  ctx.clock.set(now);
  const { procedure } = await createProcedure(ctx, { open: true });
  return procedure.id;
}

describe('GET /v1/applications/{id}/history', () => {
  it('lists every stage change oldest first, with who and why, through reject and reinstate', async () => {
    const procedureId = await procedureAt();
    const { applicationId } = await seedComplete(ctx, procedureId);
    // The intake as real intakes record it: no stage change row.
    await ctx.db.prisma.stageChange.deleteMany({ where: { applicationId } });
    const intake = await api().get(`/v1/applications/${applicationId}`).set('authorization', consultant);
    expect(intake.body).toMatchObject({ receivedAt: '2026-01-08T09:00:00.000Z', stageEnteredAt: '2026-01-08T09:00:00.000Z' });
    ctx.clock.set('2026-01-08T11:00:00+01:00');
    const moved = await moveOk(ctx, applicationId, 'preselected', { authorization: consultant, reason: 'Fits the profile best.' });
    expect(moved).toMatchObject({ stage: 'preselected', stageEnteredAt: '2026-01-08T10:00:00.000Z' });
    ctx.clock.set('2026-01-08T12:00:00+01:00');
    await moveOk(ctx, applicationId, 'rejected', { authorization: consultant, reasonCategory: 'not_selected_by_agency', reason: 'Too little experience.' });
    ctx.clock.set('2026-01-08T13:00:00+01:00');
    await moveOk(ctx, applicationId, 'preselected', { authorization: consultant, reason: 'The committee asked to see her.' });

    const read = await api().get(`/v1/applications/${applicationId}`).set('authorization', consultant);
    expect(read.body).toMatchObject({ stage: 'preselected', stageEnteredAt: '2026-01-08T12:00:00.000Z' });

    const res = await history(applicationId);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { from: null, to: 'applied', at: '2026-01-08T09:00:00.000Z', actor: null, userId: null, reason: null, reasonCategory: null },
      {
        from: 'applied',
        to: 'preselected',
        at: '2026-01-08T10:00:00.000Z',
        actor: expect.stringMatching(/^key:/),
        userId: null,
        reason: 'Fits the profile best.',
        reasonCategory: null,
      },
      {
        from: 'preselected',
        to: 'rejected',
        at: '2026-01-08T11:00:00.000Z',
        actor: expect.stringMatching(/^key:/),
        userId: null,
        reason: 'Too little experience.',
        reasonCategory: 'not_selected_by_agency',
      },
      {
        from: 'rejected',
        to: 'preselected',
        at: '2026-01-08T12:00:00.000Z',
        actor: expect.stringMatching(/^key:/),
        userId: null,
        reason: 'The committee asked to see her.',
        reasonCategory: null,
      },
    ]);
  });

  it('keeps a recorded intake row as the first item, not twice', async () => {
    const procedureId = await procedureAt();
    const { applicationId } = await seedComplete(ctx, procedureId);
    const res = await history(applicationId);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { from: null, to: 'applied', at: '2026-01-08T09:00:00.000Z', actor: 'test:seed', userId: null, reason: null, reasonCategory: null },
    ]);
  });

  it('shows a committee key the moves of the applications it sees, without actor and reason', async () => {
    const procedureId = await procedureAt();
    const { applicationId } = await seedComplete(ctx, procedureId);
    const hidden = await seedComplete(ctx, procedureId, { source: 'agency_search' });
    ctx.clock.set('2026-01-08T11:00:00+01:00');
    await moveOk(ctx, applicationId, 'preselected', { authorization: consultant, reason: 'Internal: strong on paper.' });
    const [member] = await seedCommittee(ctx, procedureId);

    // Before the overview was sent, the committee sees no application.
    expect((await history(applicationId, member!.authorization)).status).toBe(404);

    await ctx.db.prisma.procedure.update({ where: { id: procedureId }, data: { overviewSentAt: ctx.clock.now() } });
    const res = await history(applicationId, member!.authorization);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { to: string }) => i.to)).toEqual(['applied', 'preselected']);
    for (const item of res.body.items) expect(Object.keys(item).sort()).toEqual(['at', 'from', 'to']);
    expect(JSON.stringify(res.body)).not.toContain('Internal');

    // An agency search candidate who was not presented does not exist for it.
    const invisible = await history(hidden.applicationId, member!.authorization);
    expect(invisible.status).toBe(404);
    expect(invisible.body.code).toBe('NOT_FOUND');

    // Another procedure's committee key does not see it either.
    const other = await procedureAt();
    const [stranger] = await seedCommittee(ctx, other);
    expect((await history(applicationId, stranger!.authorization)).status).toBe(404);
  });

  it('answers 404 for an unknown application and 400 for a malformed id', async () => {
    const unknown = await history('00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const bad = await history('not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });
});
