import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { agencyKey } from '../factories/committee.js';
import { createProcedure } from '../factories/procedures.js';
import { ratingsOf, scheduleInterview, seedApplication, seedCommittee } from '../factories/pipeline.js';

let ctx: TestContext;
let consultant: string;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-16T15:00:00+01:00' });
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

/**
 * The reference committee (chair, member, adviser, each with a key), two
 * shortlisted candidates, and an interview of each on 20 January: Eva with
 * the whole committee at 10:00, Joost with chair and member at 13:00.
 */
async function setUp() {
  ctx.clock.set('2026-01-16T15:00:00+01:00');
  const { procedure } = await createProcedure(ctx);
  const [chair, member, adviser] = await seedCommittee(ctx, procedure.id);
  const eva = await seedApplication(ctx, procedure.id, { stage: 'shortlisted', firstName: 'Eva', lastName: 'Smit' });
  const joost = await seedApplication(ctx, procedure.id, { stage: 'shortlisted', firstName: 'Joost', lastName: 'Bakker' });
  const evaInterview = await scheduleInterview(ctx, procedure.id, {
    applicationId: eva.applicationId,
    startsAt: '2026-01-20T10:00:00+01:00',
    panel: [chair!.id, member!.id, adviser!.id],
  });
  const joostInterview = await scheduleInterview(ctx, procedure.id, {
    applicationId: joost.applicationId,
    startsAt: '2026-01-20T13:00:00+01:00',
    panel: [chair!.id, member!.id],
  });
  return { procedureId: procedure.id, chair: chair!, member: member!, adviser: adviser!, eva, joost, evaInterview, joostInterview };
}

function submit(interviewId: string, authorization: string, body: Record<string, unknown>) {
  return api().post(`/v1/interviews/${interviewId}/evaluations`).set('authorization', authorization).send(body);
}

describe('submitting scorecards', () => {
  it('takes a scorecard once the interview has started, rating every criterion of the profile', async () => {
    const s = await setUp();
    const card = { ratings: ratingsOf([4, 3, 5, 2, 4]), overallAdvice: 'recommend', notes: 'Sterke kandidaat.' };
    const early = await submit(s.evaInterview.id, s.chair.authorization, card);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('INTERVIEW_NOT_STARTED');

    ctx.clock.set('2026-01-20T11:05:00+01:00');
    const res = await submit(s.evaInterview.id, s.chair.authorization, card);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      interviewId: s.evaInterview.id,
      applicationId: s.eva.applicationId,
      procedureId: s.procedureId,
      member: { id: s.chair.id, name: 'Anna de Boer', role: 'chair' },
      ratings: { academic: { score: 4, notes: 'Gesprek verliep goed.' }, processes: { score: 2 } },
      overallAdvice: 'recommend',
      notes: 'Sterke kandidaat.',
      submittedAt: '2026-01-20T10:05:00.000Z',
    });

    const audit = await ctx.db.prisma.auditEntry.findFirst({ where: { entityId: res.body.id, action: 'evaluation.submitted' } });
    expect(audit?.changes).toMatchObject({ scores: { to: { academic: 4, processes: 2 } }, notes: { to: '[personal data]' } });
    expect(JSON.stringify(audit?.changes)).not.toContain('Sterke');
    expect(await ctx.db.prisma.event.count({ where: { entityId: res.body.id, type: 'evaluation.submitted' } })).toBe(1);

    const again = await submit(s.evaInterview.id, s.chair.authorization, card);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('EVALUATION_EXISTS');
  });

  it('names every missing and unknown criterion (422), and refuses scores outside 1 to 5', async () => {
    const s = await setUp();
    ctx.clock.set('2026-01-20T11:05:00+01:00');
    const ratings = ratingsOf([4, 3, 5, 2, 4]);
    delete ratings.processes;
    delete ratings.change;
    const res = await submit(s.evaInterview.id, s.member.authorization, {
      ratings: { ...ratings, charisma: { score: 5 } },
      overallAdvice: 'doubt',
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CRITERIA_MISSING');
    expect(res.body.detail).toContain('change, processes');
    expect(res.body.errors).toEqual([
      expect.objectContaining({ code: 'CRITERIA_MISSING', path: 'body.ratings' }),
      expect.objectContaining({ code: 'CRITERIA_UNKNOWN', path: 'body.ratings.charisma' }),
    ]);

    const six = await submit(s.evaInterview.id, s.member.authorization, { ratings: ratingsOf([6, 3, 5, 2, 4]), overallAdvice: 'doubt' });
    expect(six.status).toBe(400);
    expect(six.body.errors).toContainEqual(expect.objectContaining({ path: 'body.ratings.academic.score' }));
    const advice = await submit(s.evaInterview.id, s.member.authorization, { ratings: ratingsOf([3, 3, 3, 3, 3]), overallAdvice: 'maybe' });
    expect(advice.status).toBe(400);
  });

  it('refuses a member who was not on the panel, and a scorecard for someone else', async () => {
    const s = await setUp();
    ctx.clock.set('2026-01-20T14:05:00+01:00');
    const card = { ratings: ratingsOf([3, 3, 3, 3, 3]), overallAdvice: 'doubt' };
    const adviser = await submit(s.joostInterview.id, s.adviser.authorization, card);
    expect(adviser.status).toBe(403);
    expect(adviser.body.code).toBe('NOT_ON_PANEL');
    const forOther = await submit(s.joostInterview.id, s.member.authorization, { ...card, memberId: s.chair.id });
    expect(forOther.status).toBe(403);
    expect(forOther.body.code).toBe('NOT_OWN_SCORECARD');
  });

  it('lets an agency key submit on behalf of a panel member it names', async () => {
    const s = await setUp();
    ctx.clock.set('2026-01-20T14:05:00+01:00');
    const card = { ratings: ratingsOf([3, 4, 3, 4, 3]), overallAdvice: 'recommend' };
    const without = await submit(s.joostInterview.id, consultant, card);
    expect(without.status).toBe(422);
    expect(without.body.code).toBe('MEMBER_REQUIRED');
    const notOnPanel = await submit(s.joostInterview.id, consultant, { ...card, memberId: s.adviser.id });
    expect(notOnPanel.status).toBe(422);
    expect(notOnPanel.body.code).toBe('NOT_ON_PANEL');
    const ok = await submit(s.joostInterview.id, consultant, { ...card, memberId: s.member.id });
    expect(ok.status).toBe(201);
    expect(ok.body.member.name).toBe('Pieter Jansen');
    const own = await submit(s.joostInterview.id, s.member.authorization, card);
    expect(own.status).toBe(409);
    expect(own.body.code).toBe('EVALUATION_EXISTS');
  });

  it('keeps one scorecard per member when two arrive at once', async () => {
    const s = await setUp();
    ctx.clock.set('2026-01-20T14:05:00+01:00');
    const card = { ratings: ratingsOf([3, 4, 3, 4, 3]), overallAdvice: 'recommend', memberId: s.chair.id };
    const second = await ctx.secondInstance();
    const results = await Promise.all([
      submit(s.joostInterview.id, consultant, card),
      request(second.server).post(`/v1/interviews/${s.joostInterview.id}/evaluations`).set('authorization', s.chair.authorization).send(card),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await ctx.db.prisma.evaluation.count({ where: { interviewId: s.joostInterview.id } })).toBe(1);
  });

  it('refuses scorecards for a cancelled interview and for another procedure (404)', async () => {
    const s = await setUp();
    const other = await setUp();
    await api().delete(`/v1/interviews/${s.joostInterview.id}`).set('authorization', consultant).expect(204);
    ctx.clock.set('2026-01-20T14:05:00+01:00');
    const card = { ratings: ratingsOf([3, 4, 3, 4, 3]), overallAdvice: 'recommend' };
    const cancelled = await submit(s.joostInterview.id, s.chair.authorization, card);
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.code).toBe('INTERVIEW_CANCELLED');
    const foreign = await submit(other.evaInterview.id, s.chair.authorization, card);
    expect(foreign.status).toBe(404);
    expect((await api().get(`/v1/interviews/${other.evaInterview.id}/evaluations`).set('authorization', s.chair.authorization)).status).toBe(404);
  });
});

describe('who sees which scorecards', () => {
  it("shows a committee member the others' scorecards only after they submitted their own; the agency sees all", async () => {
    const s = await setUp();
    ctx.clock.set('2026-01-20T11:05:00+01:00');
    const url = `/v1/interviews/${s.evaInterview.id}/evaluations`;
    await submit(s.evaInterview.id, s.chair.authorization, { ratings: ratingsOf([4, 4, 4, 4, 4]), overallAdvice: 'recommend' }).expect(201);

    const before = await api().get(url).set('authorization', s.member.authorization);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ items: [], nextCursor: null, othersVisible: false });

    const chairView = await api().get(url).set('authorization', s.chair.authorization);
    expect(chairView.body.othersVisible).toBe(true);
    expect(chairView.body.items.map((e: { member: { name: string } }) => e.member.name)).toEqual(['Anna de Boer']);

    ctx.clock.advance(60_000);
    await submit(s.evaInterview.id, s.member.authorization, { ratings: ratingsOf([3, 3, 3, 3, 3]), overallAdvice: 'doubt' }).expect(201);
    const after = await api().get(url).set('authorization', s.member.authorization);
    expect(after.body.othersVisible).toBe(true);
    expect(after.body.items.map((e: { member: { name: string } }) => e.member.name)).toEqual(['Anna de Boer', 'Pieter Jansen']);

    const adviser = await api().get(url).set('authorization', s.adviser.authorization);
    expect(adviser.body).toEqual({ items: [], nextCursor: null, othersVisible: false });
    const agency = await api().get(`${url}?limit=1`).set('authorization', consultant);
    expect(agency.body.items).toHaveLength(1);
    expect(agency.body.othersVisible).toBe(true);
    const next = await api().get(`${url}?limit=1&cursor=${agency.body.nextCursor}`).set('authorization', consultant);
    expect(next.body.items[0].member.name).toBe('Pieter Jansen');
  });
});

describe('the summary of a procedure', () => {
  it('averages per candidate and criterion with exact two-decimal strings, best first', async () => {
    const s = await setUp();
    ctx.clock.set('2026-01-20T15:00:00+01:00');
    // Eva: three scorecards; academic 4, 4, 5 -> 4.33.
    await submit(s.evaInterview.id, s.chair.authorization, { ratings: ratingsOf([4, 3, 5, 2, 4]), overallAdvice: 'recommend' }).expect(201);
    await submit(s.evaInterview.id, s.member.authorization, { ratings: ratingsOf([4, 4, 4, 3, 5]), overallAdvice: 'strongly_recommend' }).expect(201);
    await submit(s.evaInterview.id, s.adviser.authorization, { ratings: ratingsOf([5, 3, 4, 3, 4]), overallAdvice: 'recommend' }).expect(201);
    // Joost: one scorecard, by the chair.
    await submit(s.joostInterview.id, s.chair.authorization, { ratings: ratingsOf([3, 3, 2, 3, 3]), overallAdvice: 'doubt' }).expect(201);

    const res = await api().get(`/v1/procedures/${s.procedureId}/evaluations/summary`).set('authorization', consultant);
    expect(res.status).toBe(200);
    expect(res.body.criteria.map((c: { key: string }) => c.key)).toEqual(['academic', 'leadership-execution', 'change', 'processes', 'leadership-style']);
    expect(res.body.items).toEqual([
      {
        applicationId: s.eva.applicationId,
        candidate: { id: s.eva.candidateId, firstName: 'Eva', lastName: 'Smit' },
        stage: 'shortlisted',
        interviews: 1,
        scorecards: 3,
        criteria: [
          { key: 'academic', average: '4.33', count: 3 },
          { key: 'leadership-execution', average: '3.33', count: 3 },
          { key: 'change', average: '4.33', count: 3 },
          { key: 'processes', average: '2.67', count: 3 },
          { key: 'leadership-style', average: '4.33', count: 3 },
        ],
        overallAverage: '3.80',
        advice: { strongly_recommend: 1, recommend: 2, doubt: 0, not_recommend: 0 },
      },
      expect.objectContaining({
        applicationId: s.joost.applicationId,
        scorecards: 1,
        overallAverage: '2.80',
        criteria: expect.arrayContaining([{ key: 'change', average: '2.00', count: 1 }]),
      }),
    ]);

    // The adviser scored Eva only, so sees Eva's averages only; another procedure's key sees nothing.
    const adviser = await api().get(`/v1/procedures/${s.procedureId}/evaluations/summary`).set('authorization', s.adviser.authorization);
    expect(adviser.body.items.map((i: { applicationId: string }) => i.applicationId)).toEqual([s.eva.applicationId]);
    const other = await setUp();
    const foreign = await api().get(`/v1/procedures/${s.procedureId}/evaluations/summary`).set('authorization', other.chair.authorization);
    expect(foreign.status).toBe(404);
  });
});
