import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { applyJson } from '../factories/applications.js';
import { candidateInput } from '../factories/candidates.js';
import { addMember } from '../factories/committee.js';
import { endProcedure } from '../factories/lifecycle.js';
import { createProcedure, ipoTimeline } from '../factories/procedures.js';
import { closeStageOk, seedComplete, seedHeldInterview } from '../factories/transitions.js';

/**
 * README, "Changing a running procedure": what may change once a procedure
 * opened, after the overview was sent and after it finished, through the
 * real routes.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00' });
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);
const WHY = 'The client asked for it in writing on 4 January (mail in the file).';

async function etag(procedureId: string) {
  const res = await api().get(`/v1/procedures/${procedureId}`).set('authorization', ctx.admin);
  return res.headers.etag as string;
}

async function patch(procedureId: string, body: Record<string, unknown>) {
  return api()
    .patch(`/v1/procedures/${procedureId}`)
    .set('authorization', ctx.admin)
    .set('if-match', await etag(procedureId))
    .send(body);
}

const putTimeline = (procedureId: string, body: Record<string, unknown>) =>
  api().put(`/v1/procedures/${procedureId}/timeline`).set('authorization', ctx.admin).send(body);

function expectProblem(res: request.Response, status: number, code: string, path: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe(code);
  expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path, code })]));
}

async function lastAudit(entityId: string, action: string) {
  return ctx.db.prisma.auditEntry.findFirst({ where: { entityId, action }, orderBy: { at: 'desc' } });
}

async function openProcedure() {
  ctx.clock.set('2026-01-05T10:00:00+01:00');
  return (await createProcedure(ctx, { open: true })).procedure.id;
}

describe('a draft procedure', () => {
  it('changes freely: time zone, terms and timeline need no justification', async () => {
    const { procedure } = await createProcedure(ctx);
    const res = await patch(procedure.id, { timeZone: 'Europe/Brussels', title: 'Directeur', stageBounds: { preselection: { min: 1, max: 2 } } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const timeline = await putTimeline(procedure.id, { ...ipoTimeline, closing: '2026-01-07' });
    expect(timeline.status, JSON.stringify(timeline.body)).toBe(200);
  });
});

describe('an open procedure', () => {
  it('needs a written justification to change its terms, keeps it in the audit trail, and lets the reference change freely', async () => {
    const id = await openProcedure();
    const refused = await patch(id, { title: 'Algemeen Directeur' });
    expectProblem(refused, 422, 'JUSTIFICATION_REQUIRED', 'body.justification');
    expect(refused.body.detail).toMatch(/title/);
    expect((await api().get(`/v1/procedures/${id}`).set('authorization', ctx.admin)).body.title).not.toBe('Algemeen Directeur');

    const short = await patch(id, { title: 'Algemeen Directeur', justification: 'because' });
    expectProblem(short, 422, 'JUSTIFICATION_REQUIRED', 'body.justification');

    const accepted = await patch(id, { title: 'Algemeen Directeur', justification: WHY });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.title).toBe('Algemeen Directeur');
    const audit = await lastAudit(id, 'procedure.updated');
    expect(audit?.reason).toBe(WHY);
    expect(audit?.changes).toMatchObject({ title: { to: 'Algemeen Directeur' } });
    expect(audit?.changes).not.toHaveProperty('justification');
    // A justification may run over several paragraphs.
    const paragraphs = `${WHY}\n\nAgreed with the client on 5 January.`;
    const multiLine = await patch(id, { locations: ['Den Haag'], justification: paragraphs });
    expect(multiLine.status, JSON.stringify(multiLine.body)).toBe(200);
    expect(await ctx.db.prisma.auditEntry.count({ where: { action: 'procedure.updated', entityId: id, reason: paragraphs } })).toBe(1);

    const reference = await patch(id, { reference: 'IPO-2026-01' });
    expect(reference.status).toBe(200);
    // Sending a value unchanged is no change, so it needs no justification.
    const same = await patch(id, { title: 'Algemeen Directeur', hoursPerWeek: 36 });
    expect(same.status, JSON.stringify(same.body)).toBe(200);
  });

  it('freezes the time zone once the procedure opened', async () => {
    const id = await openProcedure();
    expectProblem(await patch(id, { timeZone: 'Europe/London', justification: WHY }), 409, 'FIELD_FROZEN', 'body.timeZone');
  });

  it('refuses to move an opening that already passed, and a closing date before applications already accepted', async () => {
    const id = await openProcedure();
    ctx.clock.set('2026-01-05T10:00:00+01:00');
    const applied = await applyJson(ctx, id, { candidate: candidateInput(), source: 'open_call' });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);

    expectProblem(await putTimeline(id, { ...ipoTimeline, opening: '2025-12-22', justification: WHY }), 409, 'MILESTONE_PASSED', 'body.opening');
    expectProblem(
      await putTimeline(id, { ...ipoTimeline, closing: '2026-01-04', justification: WHY }),
      409,
      'CLOSING_BEFORE_ACCEPTED_APPLICATIONS',
      'body.closing',
    );
    expectProblem(await putTimeline(id, { ...ipoTimeline, closing: '2026-01-07' }), 422, 'JUSTIFICATION_REQUIRED', 'body.justification');

    ctx.clock.set('2026-01-05T11:00:00+01:00');
    const extended = await putTimeline(id, { ...ipoTimeline, closing: '2026-01-07', justification: WHY });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect(extended.body.dates.closing).toBe('2026-01-07');
    expect((await lastAudit(id, 'timeline.set'))?.reason).toBe(WHY);

    // The same timeline again changes nothing and needs no reason.
    const again = await putTimeline(id, { ...ipoTimeline, closing: '2026-01-07' });
    expect(again.status, JSON.stringify(again.body)).toBe(200);

    // Once the intake closed, the closing date stays where it is.
    ctx.clock.set('2026-01-08T09:00:00+01:00');
    expectProblem(await putTimeline(id, { ...ipoTimeline, closing: '2026-01-06', justification: WHY }), 409, 'MILESTONE_PASSED', 'body.closing');
  });

  it('refuses a stage maximum below the number already in that stage', async () => {
    const id = await openProcedure();
    for (let i = 0; i < 3; i++) await seedComplete(ctx, id, { stage: 'preselected' });
    expectProblem(
      await patch(id, { stageBounds: { preselection: { min: 1, max: 2 } }, justification: WHY }),
      409,
      'STAGE_MAX_BELOW_COUNT',
      'body.stageBounds.preselection.max',
    );
    const ok = await patch(id, { stageBounds: { preselection: { min: 3, max: 5 } }, justification: WHY });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.stageBounds.preselection).toEqual({ min: 3, max: 5 });
  });

  it('refuses salary bounds that exclude an accepted offer', async () => {
    const id = await openProcedure();
    const { applicationId } = await seedComplete(ctx, id, { stage: 'nominated' });
    await ctx.db.prisma.offer.create({
      data: {
        applicationId,
        salaryScale: '17',
        monthlySalary: '11000.00',
        hoursPerWeek: 36,
        ikbPercentage: '21.82',
        startDate: new Date('2026-03-01T00:00:00Z'),
        state: 'accepted',
      },
    });
    const lower = { scale: '17', ikbPercentage: '21.82', bounds: [{ validFrom: '2026-01-01', minMonthly: '8062.66', maxMonthly: '10000.00' }] };
    expectProblem(await patch(id, { salary: lower, justification: WHY }), 409, 'SALARY_EXCLUDES_ACCEPTED_OFFER', 'body.salary.bounds');
    expectProblem(await patch(id, { salary: null, justification: WHY }), 409, 'SALARY_EXCLUDES_ACCEPTED_OFFER', 'body.salary');
    const wider = { ...lower, bounds: [{ validFrom: '2026-01-01', minMonthly: '8062.66', maxMonthly: '11500.00' }] };
    expect((await patch(id, { salary: wider, justification: WHY })).status).toBe(200);
  });

  it('refuses an interview round that no longer holds the interviews scheduled in it', async () => {
    const id = await openProcedure();
    const { applicationId } = await seedComplete(ctx, id, { stage: 'shortlisted' });
    await seedHeldInterview(ctx, id, applicationId, '2026-01-20T10:00:00+01:00');
    expectProblem(
      await putTimeline(id, { ...ipoTimeline, interviewRoundStart: '2026-01-21', justification: WHY }),
      409,
      'INTERVIEWS_OUTSIDE_ROUND',
      'body.interviewRoundStart',
    );
    const later = await putTimeline(id, { ...ipoTimeline, interviewRoundEnd: '2026-01-26', justification: WHY });
    expect(later.status, JSON.stringify(later.body)).toBe(200);
  });
});

describe('after the overview was sent', () => {
  it('freezes the preselection milestones, the profile, the preselection bounds and an application source; the motivation of a presented candidate needs a justification', async () => {
    const id = await openProcedure();
    const presented = [];
    for (let i = 0; i < 4; i++) presented.push((await seedComplete(ctx, id, { stage: 'preselected' })).applicationId);
    const searched = (await seedComplete(ctx, id, { source: 'agency_search' })).applicationId;
    ctx.clock.set('2026-01-13T10:00:00+01:00');
    await closeStageOk(ctx, id, 'preselection');

    expectProblem(await putTimeline(id, { ...ipoTimeline, overviewDue: '2026-01-15', justification: WHY }), 409, 'FIELD_FROZEN', 'body.overviewDue');
    expectProblem(await patch(id, { profile: [], justification: WHY }), 409, 'FIELD_FROZEN', 'body.profile');
    expectProblem(
      await patch(id, { stageBounds: { preselection: { min: 4, max: 8 } }, justification: WHY }),
      409,
      'FIELD_FROZEN',
      'body.stageBounds.preselection',
    );
    // The shortlist is still open: its bounds change with a justification.
    expect((await patch(id, { stageBounds: { shortlist: { min: 2, max: 4 } }, justification: WHY })).status).toBe(200);

    const appEtag = async (appId: string) => (await api().get(`/v1/applications/${appId}`).set('authorization', ctx.admin)).headers.etag as string;
    const patchApp = async (appId: string, body: Record<string, unknown>) =>
      api()
        .patch(`/v1/applications/${appId}`)
        .set('authorization', ctx.admin)
        .set('if-match', await appEtag(appId))
        .send(body);

    expectProblem(await patchApp(searched, { source: 'open_call' }), 409, 'FIELD_FROZEN', 'body.source');
    expectProblem(await patchApp(presented[0]!, { agencyMotivation: 'Sterke kandidaat.' }), 422, 'JUSTIFICATION_REQUIRED', 'body.justification');
    const ok = await patchApp(presented[0]!, { agencyMotivation: 'Sterke kandidaat.', justification: WHY });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await lastAudit(presented[0]!, 'application.updated'))?.reason).toBe(WHY);
    // Not in the overview in full: no justification needed.
    expect((await patchApp(searched, { agencyMotivation: 'Gezocht profiel.' })).status).toBe(200);
  });
});

describe('a finished procedure', () => {
  it('freezes everything: terms, timeline and applications', async () => {
    const id = await openProcedure();
    const { applicationId } = await seedComplete(ctx, id, { stage: 'preselected' });
    await endProcedure(ctx, id, '2026-01-30T10:00:00+01:00');
    expectProblem(await patch(id, { title: 'Anders', justification: WHY }), 409, 'PROCEDURE_FINISHED', 'body.title');
    expectProblem(await patch(id, { reference: 'X-1' }), 409, 'PROCEDURE_FINISHED', 'body.reference');
    const timeline = await putTimeline(id, { ...ipoTimeline, appointmentDeadline: '2026-02-08', justification: WHY });
    expect(timeline.status).toBe(409);
    expect(timeline.body.code).toBe('PROCEDURE_FINISHED');
    const appEtag = (await api().get(`/v1/applications/${applicationId}`).set('authorization', ctx.admin)).headers.etag as string;
    const app = await api()
      .patch(`/v1/applications/${applicationId}`)
      .set('authorization', ctx.admin)
      .set('if-match', appEtag)
      .send({ agencyMotivation: 'Te laat.', justification: WHY });
    expectProblem(app, 409, 'PROCEDURE_FINISHED', 'body.agencyMotivation');
  });
});

describe('serialized with the procedure row lock', () => {
  /** Holds the procedure's row lock in a transaction of its own until `release` runs `then` and commits. */
  async function holdLock(procedureId: string) {
    const client = await ctx.db.pool.connect();
    await client.query('BEGIN');
    await client.query('SELECT id FROM procedures WHERE id = $1 FOR UPDATE', [procedureId]);
    return {
      client,
      async release(then: (c: typeof client) => Promise<unknown>) {
        await then(client);
        await client.query('COMMIT');
        client.release();
      },
    };
  }

  const settled = (p: Promise<unknown>) => {
    let done = false;
    void p.then(
      () => (done = true),
      () => (done = true),
    );
    return () => done;
  };

  it('an intake waits for a preselection close that holds the lock, and then sees the overview sent', async () => {
    const id = await openProcedure();
    const lock = await holdLock(id);
    const intake = applyJson(ctx, id, {
      candidate: candidateInput({ source: 'agency_search' }),
      source: 'agency_search',
    }).then((r) => r);
    const isDone = settled(intake);
    await new Promise((r) => setTimeout(r, 400));
    expect(isDone()).toBe(false);
    await lock.release((c) => c.query("UPDATE procedures SET overview_sent_at = now(), phase = 'committee_review' WHERE id = $1", [id]));
    const res = await intake;
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.code).toBe('OUTSIDE_APPLICATION_WINDOW');
  });

  it('issuing a committee key waits for a removal of that member, and then refuses', async () => {
    const id = await openProcedure();
    const member = await addMember(ctx, id, { name: 'Pieter Jansen', role: 'member' });
    const lock = await holdLock(id);
    const issue = api()
      .post(`/v1/procedures/${id}/committee/${member.id}/api-key`)
      .set('authorization', ctx.admin)
      .then((r) => r);
    const isDone = settled(issue);
    await new Promise((r) => setTimeout(r, 400));
    expect(isDone()).toBe(false);
    await lock.release((c) => c.query('UPDATE committee_members SET removed_at = now() WHERE id = $1', [member.id]));
    const res = await issue;
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.code).toBe('COMMITTEE_MEMBER_REMOVED');
    expect(await ctx.db.prisma.apiKey.count({ where: { committeeMemberId: member.id } })).toBe(0);
  });
});
