import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyKey, addMember, committeeKey } from '../factories/committee.js';
import { createInquiry } from '../factories/inquiries.js';
import { allDeadlines, deadline, sweep } from '../factories/lifecycle.js';
import { createProcedure } from '../factories/procedures.js';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { timelineInstants } from '../../src/domain/timeline.js';
import { ipoTimeline } from '../factories/procedures.js';
import { DEADLINE_KINDS, DEADLINE_STATES, type DeadlineState } from '../../src/domain/deadlines.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { deadlineBranches, deadlineStatement, deadlineValues, listDeadlines, type DeadlineQuery } from '../../src/modules/deadlines/deadlines.repository.js';

let ctx: TestContext;
let procedureId: string;
let otherProcedureId: string;
let inquiryId: string;
let headhuntedId: string;
let scheduler: string;

const api = () => request(ctx.app.server);

beforeAll(async () => {
  // The reference procedure opens on Friday 19 December 2025.
  ctx = await createTestApp({ now: '2025-12-19T09:00:00+01:00' });
  procedureId = (await createProcedure(ctx, { open: true })).procedure.id;
  otherProcedureId = (await createProcedure(ctx, { open: true })).procedure.id;
  scheduler = (await agencyKey(ctx, 'scheduler')).authorization;
  // A headhunted candidate recorded on Monday 22 December at 11:00.
  ctx.clock.set('2025-12-22T11:00:00+01:00');
  const searched = await api()
    .post('/v1/candidates')
    .set('authorization', ctx.admin)
    .send({ firstName: 'Pieter', lastName: 'Jansen', source: 'agency_search', currentPosition: 'Directeur' });
  expect(searched.status).toBe(201);
  headhuntedId = searched.body.id;
  await ctx.db.prisma.application.create({
    data: { procedureId, candidateId: headhuntedId, source: 'agency_search', receivedAt: ctx.clock.now() },
  });
  // A question on Christmas Eve at 16:00, due by the end of Monday 29 December.
  ctx.clock.set('2025-12-24T16:00:00+01:00');
  inquiryId = (await createInquiry(ctx, { procedureId })).id;
});

afterAll(async () => {
  await ctx.close();
});

describe('GET /v1/deadlines: every dated obligation as one list', () => {
  it("lists the reference procedure's timeline, the question and the headhunted notice, in due order with the zone's offset", async () => {
    ctx.clock.set('2025-12-29T10:00:00+01:00');
    const items = await allDeadlines(ctx, { procedureId });
    expect(items.map((d) => [d.kind, d.dueAt, d.state])).toEqual([
      ['inquiry_answer_due', '2025-12-29T23:00:00.000Z', 'due'],
      ['application_closing', '2026-01-06T23:00:00.000Z', 'upcoming'],
      ['overview_due', '2026-01-14T23:00:00.000Z', 'upcoming'],
      ['committee_meeting', '2026-01-16T23:00:00.000Z', 'upcoming'],
      ['interview_round_start', '2026-01-18T23:00:00.000Z', 'upcoming'],
      ['headhunted_notice_due', '2026-01-22T10:00:00.000Z', 'upcoming'],
      ['interview_round_end', '2026-01-23T23:00:00.000Z', 'upcoming'],
      ['appointment_deadline', '2026-01-31T23:00:00.000Z', 'upcoming'],
    ]);
    const closing = items.find((d) => d.kind === 'application_closing')!;
    expect(closing).toMatchObject({
      id: `application_closing:${procedureId}`,
      procedureId,
      subject: { type: 'procedure', id: procedureId },
      timeZone: 'Europe/Amsterdam',
      metAt: null,
      missedAt: null,
    });
    expect(typeof (closing as unknown as { metBy: string }).metBy).toBe('string');
    expect(items.find((d) => d.kind === 'inquiry_answer_due')!.subject).toEqual({ type: 'inquiry', id: inquiryId });
    expect(items.find((d) => d.kind === 'headhunted_notice_due')!.subject).toEqual({ type: 'candidate', id: headhuntedId });
  });

  it('turns due 24 hours ahead and overdue at the instant itself; the answer meets the question', async () => {
    const id = `inquiry_answer_due:${inquiryId}`;
    ctx.clock.set('2025-12-29T00:00:00+01:00');
    expect((await deadline(ctx, id))!.state).toBe('due');
    ctx.clock.set('2025-12-28T23:59:59+01:00');
    expect((await deadline(ctx, id))!.state).toBe('upcoming');
    ctx.clock.set('2025-12-30T00:00:00+01:00');
    expect((await deadline(ctx, id))!.state).toBe('overdue');

    ctx.clock.set('2025-12-30T09:15:00+01:00');
    const answered = await api().patch(`/v1/inquiries/${inquiryId}`).set('authorization', ctx.admin).send({});
    expect(answered.status).toBe(200);
    expect(await deadline(ctx, id)).toMatchObject({ state: 'met', metAt: '2025-12-30T08:15:00.000Z' });
  });

  it('filters by kind, state, procedure and due range, and refuses unknown kinds and states', async () => {
    ctx.clock.set('2026-01-06T10:00:00+01:00');
    const closings = await allDeadlines(ctx, { kind: 'application_closing' });
    expect(closings.map((d) => d.procedureId).sort()).toEqual([procedureId, otherProcedureId].sort());
    expect(closings.every((d) => d.state === 'due')).toBe(true);

    const two = await allDeadlines(ctx, { kind: 'overview_due,committee_meeting', procedureId: otherProcedureId });
    expect(two.map((d) => d.kind)).toEqual(['overview_due', 'committee_meeting']);

    expect((await allDeadlines(ctx, { state: 'met' })).map((d) => d.kind)).toEqual(['inquiry_answer_due']);
    expect((await allDeadlines(ctx, { state: 'due' })).map((d) => d.kind)).toEqual(['application_closing', 'application_closing']);
    expect(await allDeadlines(ctx, { state: 'overdue' })).toEqual([]);

    const range = await allDeadlines(ctx, { from: '2026-01-15T00:00:00+01:00', to: '2026-01-19T00:00:00+01:00', procedureId });
    expect(range.map((d) => d.kind)).toEqual(['overview_due', 'committee_meeting']);

    for (const query of [{ kind: 'closing' }, { state: 'late' }, { from: 'yesterday' }]) {
      const res = await api().get('/v1/deadlines').query(query).set('authorization', ctx.admin);
      expect(res.status).toBe(400);
    }
  });

  it('pages in (dueAt, id) order without gaps or repeats, and refuses forged cursors', async () => {
    ctx.clock.set('2026-01-06T10:00:00+01:00');
    const all = await allDeadlines(ctx);
    expect(all.length).toBe(2 * 6 + 2);
    const paged = await allDeadlines(ctx, { limit: '3' });
    expect(paged.map((d) => d.id)).toEqual(all.map((d) => d.id));
    const instants = paged.map((d) => new Date(d.dueAt).getTime());
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
    expect(new Set(paged.map((d) => d.id)).size).toBe(paged.length);

    const first = await api().get('/v1/deadlines').query({ limit: 1 }).set('authorization', ctx.admin);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const forged = Buffer.from(JSON.stringify({ k: 'not a date', id: 'x' })).toString('base64url');
    const res = await api().get('/v1/deadlines').query({ cursor: forged }).set('authorization', ctx.admin);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_CURSOR');
  });

  it('shows the closing as overdue until the sweep closes the intake, then as met at the closing instant', async () => {
    ctx.clock.set('2026-01-07T00:00:00+01:00');
    expect((await deadline(ctx, `application_closing:${procedureId}`))!.state).toBe('overdue');
    await sweep(ctx, scheduler);
    expect(await deadline(ctx, `application_closing:${procedureId}`)).toMatchObject({ state: 'met', metAt: '2026-01-06T23:00:00.000Z' });
  });

  it('meets the overview deadline when the overview is sent', async () => {
    ctx.clock.set('2026-01-14T16:30:00+01:00');
    expect((await deadline(ctx, `overview_due:${procedureId}`))!.state).toBe('due');
    await ctx.db.prisma.procedure.update({ where: { id: procedureId }, data: { overviewSentAt: ctx.clock.now() } });
    expect(await deadline(ctx, `overview_due:${procedureId}`)).toMatchObject({ state: 'met', metAt: '2026-01-14T15:30:00.000Z' });
  });

  it('is for agency and scheduler keys only', async () => {
    const res = await api().get('/v1/deadlines').set('authorization', scheduler);
    expect(res.status).toBe(200);
    const member = await addMember(ctx, procedureId, { name: 'Anna de Boer', role: 'chair' });
    const committee = await committeeKey(ctx, procedureId, member.id);
    expect((await api().get('/v1/deadlines').set('authorization', committee.authorization)).status).toBe(403);
  });

  it("keeps each milestone's instant equal to the timeline rule, also when the procedure moves to another zone", async () => {
    const instants = timelineInstants(ipoTimeline, 'Europe/Amsterdam');
    const expected = {
      application_closing: instants.applicationsCloseAt,
      overview_due: instants.overviewDueAt,
      committee_meeting: instants.committeeMeetingEndsAt,
      interview_round_start: instants.interviewRoundStartsAt,
      interview_round_end: instants.interviewRoundEndsAt,
      appointment_deadline: instants.appointmentDeadlineAt,
    };
    const listed = await allDeadlines(ctx, { procedureId: otherProcedureId, kind: Object.keys(expected).join(',') });
    expect(Object.fromEntries(listed.map((d) => [d.kind, new Date(d.dueAt).toISOString()]))).toEqual(
      Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, v.toISOString()])),
    );

    // The API freezes the zone of an opened procedure (README, "Changing a running
    // procedure"); the due instants follow any change of it all the same (a trigger).
    const current = await api().get(`/v1/procedures/${otherProcedureId}`).set('authorization', ctx.admin);
    const refused = await api()
      .patch(`/v1/procedures/${otherProcedureId}`)
      .set('authorization', ctx.admin)
      .set('if-match', `"${current.body.version}"`)
      .send({ timeZone: 'America/Curacao', justification: 'The position moved to the Caribbean office.' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('FIELD_FROZEN');
    await ctx.db.prisma.procedure.update({ where: { id: otherProcedureId }, data: { timeZone: 'America/Curacao' } });
    const overview = await deadline(ctx, `overview_due:${otherProcedureId}`);
    expect(overview).toMatchObject({ dueAt: '2026-01-15T04:00:00.000Z', timeZone: 'America/Curacao' });
  });

  it('builds each shape of list once, and reads the same rows as the statement with its values written in', async () => {
    // The statement with its values as Prisma parameters: how the sweep still builds its branches.
    const reference = async (q: DeadlineQuery) => {
      const branches = deadlineBranches(q, deadlineValues(q));
      if (branches.length === 0) return [];
      const { rows } = await ctx.db.pool.query<{ id: string; met: boolean; due_at: Date }>(
        Prisma.sql`SELECT d.id, d.met, d.due_at FROM (${Prisma.join(branches, ' UNION ALL ')}) d
                    ORDER BY d.due_at, d.id COLLATE "C" LIMIT ${q.limit + 1}::int`,
      );
      return rows.map((r) => [r.id, r.met, r.due_at.toISOString()]);
    };
    const listed = async (q: DeadlineQuery) => (await listDeadlines(ctx.db.pool, ctx.db.genericReads, q)).map((r) => [r.id, r.met, r.dueAt.toISOString()]);

    ctx.clock.set('2026-01-15T12:00:00+01:00');
    const now = ctx.clock.now();
    const all = await listed({ now, kinds: DEADLINE_KINDS, limit: 100 });
    expect(all.length).toBeGreaterThan(8);
    const after = { dueAt: new Date(all[3]![2] as string), id: all[3]![0] as string };
    const stateSets = DEADLINE_STATES.reduce<DeadlineState[][]>((sets, s) => [...sets, ...sets.map((set) => [...set, s])], [[]]);
    let compared = 0;
    for (const states of stateSets)
      for (const procedure of [undefined, procedureId])
        for (const range of [{}, { from: new Date('2026-01-10T00:00:00Z') }, { to: new Date('2026-01-20T00:00:00Z') }])
          for (const cursor of [undefined, after])
            for (const kinds of [DEADLINE_KINDS, ['overview_due', 'headhunted_notice_due', 'data_subject_request_due'] as const]) {
              const q: DeadlineQuery = { now, kinds, states, procedureId: procedure, ...range, after: cursor, limit: 4 };
              expect(await listed(q), JSON.stringify(q)).toEqual(await reference(q));
              compared++;
            }
    expect(compared).toBe(16 * 2 * 3 * 2 * 2);

    // Another instant and page size: the same statement, other values.
    const scheduler = { kinds: DEADLINE_KINDS, states: ['due', 'overdue'] as DeadlineState[], limit: 25 };
    const first = deadlineStatement({ ...scheduler, now })!;
    const later = deadlineStatement({ ...scheduler, now: new Date(now.getTime() + 60_000), limit: 50 })!;
    expect(later.name).toBe(first.name);
    expect(later.text).toBe(first.text);
    expect(later.values).not.toEqual(first.values);
    expect(later.values).toContain(51);
  });

  it('lists headhunted notices in due order, also where a later recording falls due earlier (the end of a short month)', async () => {
    // A month after 29, 30 and 31 January is 28 February each time: due in the reverse order of recording.
    const recorded: Array<[string, string]> = [];
    for (const at of ['2026-01-29T11:00:00+01:00', '2026-01-30T10:00:00+01:00', '2026-01-31T09:00:00+01:00']) {
      ctx.clock.set(at);
      const res = await api()
        .post('/v1/candidates')
        .set('authorization', ctx.admin)
        .send({ firstName: 'Sem', lastName: `de Vries ${at.slice(8, 10)}`, source: 'agency_search' });
      expect(res.status).toBe(201);
      recorded.push([res.body.id, at]);
    }
    const [jan29, jan30, jan31] = recorded.map(([id]) => `headhunted_notice_due:${id}`);
    ctx.clock.set('2026-02-27T12:00:00+01:00');
    const queries: Array<Record<string, string>> = [
      { kind: 'headhunted_notice_due', limit: '1' },
      { kind: 'headhunted_notice_due', state: 'due,upcoming', limit: '1' },
    ];
    for (const query of queries) {
      const listed = (await allDeadlines(ctx, query)).filter((d) => recorded.some(([id]) => d.subject.id === id));
      expect(listed.map((d) => [d.id, d.dueAt])).toEqual([
        [jan31, '2026-02-28T08:00:00.000Z'],
        [jan30, '2026-02-28T09:00:00.000Z'],
        [jan29, '2026-02-28T10:00:00.000Z'],
      ]);
    }
  });
});
