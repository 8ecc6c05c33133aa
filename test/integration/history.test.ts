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

  it('gives lists of applications the same stageEnteredAt as the single view: receivedAt before any move, then the move', async () => {
    const procedureId = await procedureAt();
    const lastName = `Stagewaarde${Date.now().toString(36)}`;
    const still = await seedComplete(ctx, procedureId, { lastName });
    const moving = await seedComplete(ctx, procedureId, { lastName });
    // The intake as real intakes record it: no stage change row.
    await ctx.db.prisma.stageChange.deleteMany({ where: { applicationId: { in: [still.applicationId, moving.applicationId] } } });
    ctx.clock.set('2026-01-08T11:30:00+01:00');
    await moveOk(ctx, moving.applicationId, 'preselected', { authorization: consultant });

    const single = async (id: string) => (await api().get(`/v1/applications/${id}`).set('authorization', consultant)).body.stageEnteredAt;
    const expected = {
      [still.applicationId]: '2026-01-08T09:00:00.000Z',
      [moving.applicationId]: '2026-01-08T10:30:00.000Z',
    };
    for (const [id, at] of Object.entries(expected)) expect(await single(id)).toBe(at);

    // A page of the procedure's applications, in each order the page reads.
    for (const sort of ['', '?sort=stage', '?sort=-receivedAt', '?sort=name']) {
      const page = await api().get(`/v1/procedures/${procedureId}/applications${sort}`).set('authorization', consultant);
      expect(page.status).toBe(200);
      const seen = Object.fromEntries(page.body.items.map((i: { id: string; stageEnteredAt: string }) => [i.id, i.stageEnteredAt]));
      expect(seen).toEqual(expected);
    }
    // The stage filter reads the same column.
    const filtered = await api().get(`/v1/procedures/${procedureId}/applications?stage=preselected`).set('authorization', consultant);
    expect(filtered.body.items).toEqual([expect.objectContaining({ id: moving.applicationId, stageEnteredAt: '2026-01-08T10:30:00.000Z' })]);

    // The candidate's applications.
    for (const { candidateId, applicationId } of [still, moving]) {
      const candidate = await api().get(`/v1/candidates/${candidateId}`).set('authorization', consultant);
      expect(candidate.body.applications).toEqual([expect.objectContaining({ id: applicationId, stageEnteredAt: expected[applicationId] })]);
    }

    // Search results.
    const search = await api().get(`/v1/candidates/search?q=${lastName}`).set('authorization', consultant);
    expect(search.status).toBe(200);
    const found = Object.fromEntries(
      search.body.items.flatMap((h: { applications: Array<{ id: string; stageEnteredAt: string }> }) => h.applications.map((a) => [a.id, a.stageEnteredAt])),
    );
    expect(found).toEqual(expected);

    // A committee key reads applications in summary, without it, in lists as in its single view.
    const [member] = await seedCommittee(ctx, procedureId);
    await ctx.db.prisma.procedure.update({ where: { id: procedureId }, data: { overviewSentAt: ctx.clock.now() } });
    const committeePage = await api().get(`/v1/procedures/${procedureId}/applications`).set('authorization', member!.authorization);
    expect(committeePage.status).toBe(200);
    expect(committeePage.body.items).toHaveLength(2);
    for (const item of committeePage.body.items) expect(item).not.toHaveProperty('stageEnteredAt');
    const committeeSingle = await api().get(`/v1/applications/${moving.applicationId}`).set('authorization', member!.authorization);
    expect(committeeSingle.body).not.toHaveProperty('stageEnteredAt');
    const committeeSearch = await api().get(`/v1/candidates/search?q=${lastName}`).set('authorization', member!.authorization);
    expect(committeeSearch.status).toBe(200);
    expect(committeeSearch.body.items.length).toBeGreaterThan(0);
    for (const hit of committeeSearch.body.items) for (const a of hit.applications) expect(a).not.toHaveProperty('stageEnteredAt');
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
