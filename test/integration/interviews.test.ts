import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interviewHeld } from '../../src/modules/interviews/interviews.repository.js';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { agencyKey } from '../factories/committee.js';
import { endProcedure } from '../factories/lifecycle.js';
import { createProcedure } from '../factories/procedures.js';
import { scheduleInterview, seedApplication, seedCommittee, setStage } from '../factories/pipeline.js';

let ctx: TestContext;
let consultant: string;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-16T15:00:00+01:00' });
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

/** A procedure with the reference timeline, its committee (with keys) and two shortlisted candidates. */
async function setUp() {
  ctx.clock.set('2026-01-16T15:00:00+01:00');
  const { procedure } = await createProcedure(ctx);
  const committee = await seedCommittee(ctx, procedure.id);
  const first = await seedApplication(ctx, procedure.id, { stage: 'shortlisted', firstName: 'Eva', lastName: 'Smit' });
  const second = await seedApplication(ctx, procedure.id, { stage: 'shortlisted', firstName: 'Joost', lastName: 'Bakker' });
  return { procedureId: procedure.id, committee, first, second };
}

describe('scheduling interviews', () => {
  it('schedules a committee interview in the interview round with a panel, and audits it', async () => {
    const { procedureId, committee, first } = await setUp();
    const res = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({
        applicationId: first.applicationId,
        kind: 'committee',
        startsAt: '2026-01-20T10:00:00+01:00',
        durationMinutes: 60,
        location: 'den_haag',
        locationDetail: 'IPO, room 4',
        panel: [committee[0]!.id, committee[1]!.id],
      });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/interviews/${res.body.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      procedureId,
      applicationId: first.applicationId,
      candidate: { id: first.candidateId, firstName: 'Eva', lastName: 'Smit' },
      kind: 'committee',
      status: 'scheduled',
      startsAt: '2026-01-20T09:00:00.000Z',
      endsAt: '2026-01-20T10:00:00.000Z',
      durationMinutes: 60,
      timeZone: 'Europe/Amsterdam',
      location: 'den_haag',
      locationDetail: 'IPO, room 4',
      history: [],
      version: 1,
    });
    expect(res.body.panel.map((p: { name: string }) => p.name).sort()).toEqual(['Anna de Boer', 'Pieter Jansen']);

    const audit = await ctx.db.prisma.auditEntry.findFirst({ where: { entityId: res.body.id, action: 'interview.scheduled' } });
    expect(audit?.changes).toMatchObject({ kind: { to: 'committee' }, startsAt: { to: '2026-01-20T09:00:00.000Z' } });
    expect(JSON.stringify(audit?.changes)).not.toContain('Anna');
    const event = await ctx.db.prisma.event.findFirst({ where: { entityId: res.body.id, type: 'interview.scheduled' } });
    expect(event?.payload).toMatchObject({ interviewId: res.body.id, applicationId: first.applicationId, kind: 'committee' });
  });

  it('refuses a committee interview on 26 January, after the interview round (422 OUTSIDE_INTERVIEW_ROUND)', async () => {
    const { procedureId, committee, first } = await setUp();
    const res = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({
        applicationId: first.applicationId,
        kind: 'committee',
        startsAt: '2026-01-26T10:00:00+01:00',
        durationMinutes: 60,
        location: 'utrecht',
        panel: [committee[0]!.id],
      });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('OUTSIDE_INTERVIEW_ROUND');
    expect(res.body.detail).toContain('19 January 2026, 00:00 (Europe/Amsterdam) until 24 January 2026, 00:00');
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body.startsAt', code: 'OUTSIDE_INTERVIEW_ROUND' })]);
  });

  it('refuses an interview that runs past the end of the round, and accepts one ending at midnight', async () => {
    const { procedureId, committee, first } = await setUp();
    const late = { applicationId: first.applicationId, startsAt: '2026-01-23T23:30:00+01:00', panel: [committee[0]!.id] };
    const past = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({ ...late, kind: 'committee', durationMinutes: 60, location: 'online' });
    expect(past.status).toBe(422);
    expect(past.body.code).toBe('OUTSIDE_INTERVIEW_ROUND');
    const fits = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({ ...late, kind: 'committee', durationMinutes: 30, location: 'online' });
    expect(fits.status).toBe(201);
  });

  it('interviews only shortlisted candidates in the committee round (409 NOT_SHORTLISTED)', async () => {
    const { procedureId, committee } = await setUp();
    const preselected = await seedApplication(ctx, procedureId, { stage: 'preselected' });
    const res = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({
        applicationId: preselected.applicationId,
        kind: 'committee',
        startsAt: '2026-01-20T10:00:00+01:00',
        durationMinutes: 60,
        location: 'den_haag',
        panel: [committee[0]!.id],
      });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('NOT_SHORTLISTED');
    expect(res.body.detail).toContain('this candidate is preselected');
  });

  it('needs a panel of active members of this committee, and says which entry is wrong', async () => {
    const { procedureId, committee, first } = await setUp();
    const other = await setUp();
    const base = { applicationId: first.applicationId, kind: 'committee', startsAt: '2026-01-20T10:00:00+01:00', durationMinutes: 60, location: 'other' };
    const empty = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({ ...base, panel: [] });
    expect(empty.status).toBe(422);
    expect(empty.body.errors.map((e: { code: string }) => e.code).sort()).toEqual(['LOCATION_DETAIL_REQUIRED', 'PANEL_REQUIRED']);

    await api().delete(`/v1/procedures/${procedureId}/committee/${committee[2]!.id}`).set('authorization', consultant).expect(204);
    const wrong = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({ ...base, locationDetail: 'Provinciehuis Utrecht', panel: [committee[0]!.id, other.committee[0]!.id, committee[2]!.id, committee[0]!.id] });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'body.panel.1', code: 'PANEL_MEMBER_UNKNOWN' }),
        expect.objectContaining({ path: 'body.panel.2', code: 'PANEL_MEMBER_REMOVED' }),
        expect.objectContaining({ path: 'body.panel.3', code: 'PANEL_MEMBER_REPEATED' }),
      ]),
    );
  });

  it("puts the agency's screening interviews in the preselection window, with or without a panel", async () => {
    const { procedureId, committee } = await setUp();
    const applied = await seedApplication(ctx, procedureId, { stage: 'applied' });
    const screening = { applicationId: applied.applicationId, kind: 'agency_screening', durationMinutes: 45, location: 'utrecht' };
    const ok = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({ ...screening, startsAt: '2026-01-09T14:00:00+01:00' });
    expect(ok.status).toBe(201);
    expect(ok.body.panel).toEqual([]);
    const inRound = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({ ...screening, startsAt: '2026-01-20T14:00:00+01:00', panel: [committee[1]!.id] });
    expect(inRound.status).toBe(422);
    expect(inRound.body.code).toBe('OUTSIDE_PRESELECTION_WINDOW');
  });

  it('refuses an unknown application and a body with unknown fields', async () => {
    const { procedureId, committee } = await setUp();
    const other = await setUp();
    const res = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({
        applicationId: other.first.applicationId,
        kind: 'committee',
        startsAt: '2026-01-20T10:00:00+01:00',
        durationMinutes: 60,
        location: 'den_haag',
        panel: [committee[0]!.id],
      });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('APPLICATION_NOT_FOUND');
    const extra = await api().post(`/v1/procedures/${procedureId}/interviews`).set('authorization', consultant).send({
      applicationId: other.first.applicationId,
      kind: 'committee',
      startsAt: '2026-01-20 10:00',
      durationMinutes: 60,
      location: 'den_haag',
      room: 4,
    });
    expect(extra.status).toBe(400);
    expect(extra.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['body.room', 'body.startsAt']));
  });
});

describe('double bookings', () => {
  it('books no candidate and no panel member twice at overlapping times; back to back is fine', async () => {
    const { procedureId, committee, first, second } = await setUp();
    const [chair, member] = [committee[0]!.id, committee[1]!.id];
    await scheduleInterview(ctx, procedureId, { applicationId: first.applicationId, startsAt: '2026-01-20T10:00:00+01:00', panel: [chair] });

    const candidate = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({
        applicationId: first.applicationId,
        kind: 'committee',
        startsAt: '2026-01-20T10:30:00+01:00',
        durationMinutes: 60,
        location: 'den_haag',
        panel: [member],
      });
    expect(candidate.status).toBe(409);
    expect(candidate.body.code).toBe('CANDIDATE_DOUBLE_BOOKED');

    const panel = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', consultant)
      .send({
        applicationId: second.applicationId,
        kind: 'committee',
        startsAt: '2026-01-20T10:59:00+01:00',
        durationMinutes: 60,
        location: 'den_haag',
        panel: [member, chair],
      });
    expect(panel.status).toBe(409);
    expect(panel.body.code).toBe('PANEL_MEMBER_DOUBLE_BOOKED');
    expect(panel.body.errors).toEqual([expect.objectContaining({ path: 'body.panel.1', code: 'PANEL_MEMBER_DOUBLE_BOOKED' })]);
    expect(panel.body.detail).toContain('Anna de Boer already sits on an interview from 20 January 2026, 10:00');

    await scheduleInterview(ctx, procedureId, { applicationId: second.applicationId, startsAt: '2026-01-20T11:00:00+01:00', panel: [member, chair] });
  });

  it('frees the slot of a cancelled interview', async () => {
    const { procedureId, committee, first } = await setUp();
    const booked = await scheduleInterview(ctx, procedureId, {
      applicationId: first.applicationId,
      startsAt: '2026-01-21T10:00:00+01:00',
      panel: [committee[0]!.id],
    });
    await api().delete(`/v1/interviews/${booked.id}`).set('authorization', consultant).expect(204);
    await scheduleInterview(ctx, procedureId, { applicationId: first.applicationId, startsAt: '2026-01-21T10:00:00+01:00', panel: [committee[0]!.id] });
  });

  it('does not book a person twice across two procedures', async () => {
    const a = await setUp();
    const b = await setUp();
    const same = await seedApplication(ctx, b.procedureId, { stage: 'shortlisted', candidateId: a.first.candidateId });
    await scheduleInterview(ctx, a.procedureId, { applicationId: a.first.applicationId, startsAt: '2026-01-22T09:00:00+01:00', panel: [a.committee[0]!.id] });
    const res = await api()
      .post(`/v1/procedures/${b.procedureId}/interviews`)
      .set('authorization', consultant)
      .send({
        applicationId: same.applicationId,
        kind: 'committee',
        startsAt: '2026-01-22T09:30:00+01:00',
        durationMinutes: 60,
        location: 'online',
        panel: [b.committee[0]!.id],
      });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('CANDIDATE_DOUBLE_BOOKED');
  });

  it('lets exactly one of twelve simultaneous bookings of the same member through, over two instances', async () => {
    const { procedureId, committee } = await setUp();
    const candidates = [];
    for (let i = 0; i < 12; i++) candidates.push(await seedApplication(ctx, procedureId, { stage: 'shortlisted' }));
    const second = await ctx.secondInstance();
    const results = await Promise.all(
      candidates.map((c, i) =>
        request((i % 2 === 0 ? ctx.app : second).server)
          .post(`/v1/procedures/${procedureId}/interviews`)
          .set('authorization', consultant)
          .send({
            applicationId: c.applicationId,
            kind: 'committee',
            startsAt: '2026-01-22T14:00:00+01:00',
            durationMinutes: 60,
            location: 'online',
            panel: [committee[1]!.id],
          }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(11);
    expect(await ctx.db.prisma.interview.count({ where: { procedureId, status: 'scheduled' } })).toBe(1);
  });
});

describe('rescheduling and cancelling', () => {
  it('reschedules with If-Match and keeps the earlier schedule in the history', async () => {
    const { procedureId, committee, first } = await setUp();
    const booked = await scheduleInterview(ctx, procedureId, {
      applicationId: first.applicationId,
      startsAt: '2026-01-20T10:00:00+01:00',
      panel: [committee[0]!.id],
      locationDetail: 'room 4',
    });
    const url = `/v1/interviews/${booked.id}`;
    const missing = await api().patch(url).set('authorization', consultant).send({ startsAt: '2026-01-21T10:00:00+01:00' });
    expect(missing.status).toBe(428);

    ctx.clock.set('2026-01-17T09:30:00+01:00');
    const moved = await api()
      .patch(url)
      .set('authorization', consultant)
      .set('if-match', '"1"')
      .send({
        startsAt: '2026-01-21T14:00:00+01:00',
        durationMinutes: 90,
        location: 'utrecht',
        panel: [committee[0]!.id, committee[1]!.id],
        reason: 'Chair unavailable on Tuesday',
      });
    expect(moved.status).toBe(200);
    expect(moved.headers.etag).toBe('"2"');
    expect(moved.body).toMatchObject({
      startsAt: '2026-01-21T13:00:00.000Z',
      endsAt: '2026-01-21T14:30:00.000Z',
      durationMinutes: 90,
      location: 'utrecht',
      locationDetail: 'room 4',
      version: 2,
    });
    expect(moved.body.history).toEqual([
      {
        change: 'rescheduled',
        startsAt: '2026-01-20T09:00:00.000Z',
        endsAt: '2026-01-20T10:00:00.000Z',
        location: 'den_haag',
        locationDetail: 'room 4',
        panel: [committee[0]!.id],
        changedAt: '2026-01-17T08:30:00.000Z',
        actor: expect.stringMatching(/^key:/),
        reason: 'Chair unavailable on Tuesday',
      },
    ]);
    expect(moved.body.panel).toHaveLength(2);

    const stale = await api().patch(url).set('authorization', consultant).set('if-match', '"1"').send({ location: 'online' });
    expect(stale.status).toBe(412);

    const outside = await api().patch(url).set('authorization', consultant).set('if-match', '"2"').send({ startsAt: '2026-01-26T10:00:00+01:00' });
    expect(outside.status).toBe(422);
    expect(outside.body.code).toBe('OUTSIDE_INTERVIEW_ROUND');

    const audit = await ctx.db.prisma.auditEntry.findFirst({ where: { entityId: booked.id, action: 'interview.rescheduled' } });
    // The free-text reason stays in the interview's history; the audit entry points there.
    expect(audit).toMatchObject({
      reason: 'given in the interview history',
      changes: expect.objectContaining({ startsAt: { from: '2026-01-20T09:00:00.000Z', to: '2026-01-21T13:00:00.000Z' } }),
    });
  });

  it('refuses a reschedule onto a booked panel member, ignoring its own old slot', async () => {
    const { procedureId, committee, first, second } = await setUp();
    const a = await scheduleInterview(ctx, procedureId, {
      applicationId: first.applicationId,
      startsAt: '2026-01-20T10:00:00+01:00',
      panel: [committee[0]!.id],
    });
    await scheduleInterview(ctx, procedureId, { applicationId: second.applicationId, startsAt: '2026-01-20T13:00:00+01:00', panel: [committee[0]!.id] });
    const self = await api()
      .patch(`/v1/interviews/${a.id}`)
      .set('authorization', consultant)
      .set('if-match', '"1"')
      .send({ startsAt: '2026-01-20T10:30:00+01:00' });
    expect(self.status).toBe(200);
    const clash = await api()
      .patch(`/v1/interviews/${a.id}`)
      .set('authorization', consultant)
      .set('if-match', '"2"')
      .send({ startsAt: '2026-01-20T12:30:00+01:00' });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('PANEL_MEMBER_DOUBLE_BOOKED');
  });

  it('does not move the interview of a candidate who is no longer shortlisted', async () => {
    const { procedureId, committee, first } = await setUp();
    const booked = await scheduleInterview(ctx, procedureId, {
      applicationId: first.applicationId,
      startsAt: '2026-01-22T10:00:00+01:00',
      panel: [committee[0]!.id],
    });
    await setStage(ctx, first.applicationId, 'withdrawn');
    const moved = await api().patch(`/v1/interviews/${booked.id}`).set('authorization', consultant).set('if-match', '"1"').send({ location: 'online' });
    expect(moved.status).toBe(409);
    expect(moved.body.code).toBe('NOT_SHORTLISTED');
    expect(moved.body.errors).toBeUndefined();
    await api().delete(`/v1/interviews/${booked.id}`).set('authorization', consultant).expect(204);
  });

  it('cancels an interview: it stays readable with status cancelled and its history; it cannot move afterwards', async () => {
    const { procedureId, committee, first } = await setUp();
    const booked = await scheduleInterview(ctx, procedureId, {
      applicationId: first.applicationId,
      startsAt: '2026-01-22T10:00:00+01:00',
      panel: [committee[0]!.id],
    });
    const url = `/v1/interviews/${booked.id}`;
    await api()
      .delete(`${url}?reason=${encodeURIComponent('Candidate withdrew')}`)
      .set('authorization', consultant)
      .expect(204);
    await api().delete(url).set('authorization', consultant).expect(204);
    const read = await api().get(url).set('authorization', consultant);
    expect(read.status).toBe(200);
    expect(read.body.status).toBe('cancelled');
    expect(read.body.history).toEqual([expect.objectContaining({ change: 'cancelled', startsAt: '2026-01-22T09:00:00.000Z', reason: 'Candidate withdrew' })]);
    const moved = await api().patch(url).set('authorization', consultant).set('if-match', `"${read.body.version}"`).send({ location: 'online' });
    expect(moved.status).toBe(409);
    expect(moved.body.code).toBe('INTERVIEW_CANCELLED');
    const events = await ctx.db.prisma.event.findMany({ where: { entityId: booked.id, type: 'interview.cancelled' } });
    expect(events).toHaveLength(1);
  });

  it('neither moves nor cancels an interview that has started; then it counts as held', async () => {
    const { procedureId, committee, first } = await setUp();
    const booked = await scheduleInterview(ctx, procedureId, {
      applicationId: first.applicationId,
      startsAt: '2026-01-20T10:00:00+01:00',
      panel: [committee[0]!.id],
    });
    expect(await interviewHeld(ctx.db.prisma, first.applicationId, ctx.clock.now())).toBe(false);
    ctx.clock.set('2026-01-20T10:00:00+01:00');
    expect(await interviewHeld(ctx.db.prisma, first.applicationId, ctx.clock.now())).toBe(true);
    const moved = await api().patch(`/v1/interviews/${booked.id}`).set('authorization', consultant).set('if-match', '"1"').send({ location: 'online' });
    expect(moved.status).toBe(409);
    expect(moved.body.code).toBe('INTERVIEW_ALREADY_STARTED');
    const cancelled = await api().delete(`/v1/interviews/${booked.id}`).set('authorization', consultant);
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.code).toBe('INTERVIEW_ALREADY_STARTED');
  });

  it('neither moves nor cancels an interview of a completed or cancelled procedure (409 PROCEDURE_FINISHED)', async () => {
    for (const how of ['completed', 'cancelled'] as const) {
      const { procedureId, committee, first } = await setUp();
      const booked = await scheduleInterview(ctx, procedureId, {
        applicationId: first.applicationId,
        startsAt: '2026-01-22T10:00:00+01:00',
        panel: [committee[0]!.id],
      });
      await endProcedure(ctx, procedureId, '2026-01-16T16:00:00+01:00', how);
      const url = `/v1/interviews/${booked.id}`;
      const moved = await api().patch(url).set('authorization', consultant).set('if-match', '"1"').send({ location: 'online' });
      expect(moved.status).toBe(409);
      expect(moved.body.code).toBe('PROCEDURE_FINISHED');
      for (const request of [api().delete(url), api().delete(url).set('if-match', '"1"')]) {
        const cancelled = await request.set('authorization', consultant);
        expect(cancelled.status, how).toBe(409);
        expect(cancelled.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(cancelled.body.code).toBe('PROCEDURE_FINISHED');
        expect(cancelled.body.detail).toContain(how);
      }
      const read = await api().get(url).set('authorization', consultant);
      expect(read.body).toMatchObject({ status: 'scheduled', version: 1, history: [] });
      expect(await ctx.db.prisma.event.count({ where: { entityId: booked.id, type: 'interview.cancelled' } })).toBe(0);
    }
  });

  it('does not count a cancelled or a screening interview as held', async () => {
    const { procedureId, committee, first } = await setUp();
    const booked = await scheduleInterview(ctx, procedureId, {
      applicationId: first.applicationId,
      startsAt: '2026-01-19T09:00:00+01:00',
      panel: [committee[0]!.id],
    });
    await api().delete(`/v1/interviews/${booked.id}`).set('authorization', consultant).expect(204);
    ctx.clock.set('2026-01-24T10:00:00+01:00');
    expect(await interviewHeld(ctx.db.prisma, first.applicationId, ctx.clock.now())).toBe(false);
  });
});

describe('what a committee key sees', () => {
  it('reads the committee interviews of its own procedure, never screening interviews or another procedure, and cannot schedule', async () => {
    const { procedureId, committee, first } = await setUp();
    const other = await setUp();
    const key = committee[1]!.authorization;
    const applied = await seedApplication(ctx, procedureId, { stage: 'applied' });
    const screening = await scheduleInterview(ctx, procedureId, {
      applicationId: applied.applicationId,
      kind: 'agency_screening',
      startsAt: '2026-01-09T10:00:00+01:00',
    });
    const round = await scheduleInterview(ctx, procedureId, {
      applicationId: first.applicationId,
      startsAt: '2026-01-19T10:00:00+01:00',
      panel: [committee[0]!.id],
    });
    const otherInterview = await scheduleInterview(ctx, other.procedureId, {
      applicationId: other.first.applicationId,
      startsAt: '2026-01-19T10:00:00+01:00',
      panel: [other.committee[0]!.id],
    });

    const list = await api().get(`/v1/procedures/${procedureId}/interviews`).set('authorization', key);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([round.id]);
    const agencyList = await api().get(`/v1/procedures/${procedureId}/interviews`).set('authorization', consultant);
    expect(agencyList.body.items.map((i: { id: string }) => i.id)).toEqual([screening.id, round.id]);

    expect((await api().get(`/v1/interviews/${round.id}`).set('authorization', key)).status).toBe(200);
    for (const url of [`/v1/interviews/${screening.id}`, `/v1/interviews/${otherInterview.id}`, `/v1/procedures/${other.procedureId}/interviews`]) {
      const res = await api().get(url).set('authorization', key);
      expect(res.status, url).toBe(404);
    }
    const post = await api()
      .post(`/v1/procedures/${procedureId}/interviews`)
      .set('authorization', key)
      .send({
        applicationId: first.applicationId,
        kind: 'committee',
        startsAt: '2026-01-21T10:00:00+01:00',
        durationMinutes: 60,
        location: 'den_haag',
        panel: [committee[1]!.id],
      });
    expect(post.status).toBe(403);
    expect((await api().delete(`/v1/interviews/${round.id}`).set('authorization', key)).status).toBe(403);
  });

  it('pages the list earliest first and filters by application', async () => {
    const { procedureId, committee, first, second } = await setUp();
    await scheduleInterview(ctx, procedureId, { applicationId: second.applicationId, startsAt: '2026-01-21T10:00:00+01:00', panel: [committee[0]!.id] });
    await scheduleInterview(ctx, procedureId, { applicationId: first.applicationId, startsAt: '2026-01-19T10:00:00+01:00', panel: [committee[0]!.id] });
    const page1 = await api().get(`/v1/procedures/${procedureId}/interviews?limit=1`).set('authorization', consultant);
    expect(page1.body.items[0].applicationId).toBe(first.applicationId);
    const page2 = await api().get(`/v1/procedures/${procedureId}/interviews?limit=1&cursor=${page1.body.nextCursor}`).set('authorization', consultant);
    expect(page2.body.items[0].applicationId).toBe(second.applicationId);
    expect(page2.body.nextCursor).toBeNull();
    const filtered = await api().get(`/v1/procedures/${procedureId}/interviews?applicationId=${second.applicationId}`).set('authorization', consultant);
    expect(filtered.body.items).toHaveLength(1);
  });
});
