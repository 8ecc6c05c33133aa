import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyKey } from '../factories/committee.js';
import { createInquiry } from '../factories/inquiries.js';
import { createProcedure } from '../factories/procedures.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
let procedureId: string;

beforeAll(async () => {
  // Christmas Eve 2025, inside the reference procedure's open period.
  ctx = await createTestApp({ now: '2025-12-24T16:00:00+01:00' });
  procedureId = (await createProcedure(ctx, { open: true })).procedure.id;
});

afterAll(async () => {
  await ctx.close();
});

const api = () => request(ctx.app.server);

describe("candidates' questions (docs/procedure.md, rule 8: answered within one working day)", () => {
  it('a question on Wednesday 24 December 2025 at 16:00 is due by the end of Monday 29 December', async () => {
    ctx.clock.set('2025-12-24T16:00:00+01:00');
    const res = await api()
      .post('/v1/inquiries')
      .set('authorization', ctx.admin)
      .send({ procedureId, channel: 'email', fromName: 'Jan de Vries', fromEmail: 'jan.devries@example.nl', subject: 'Standplaats' });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/inquiries/${res.body.id}`);
    expect(res.body).toMatchObject({
      procedureId,
      channel: 'email',
      timeZone: 'Europe/Amsterdam',
      receivedAt: '2025-12-24T15:00:00.000Z',
      dueAt: '2025-12-29T23:00:00.000Z',
      answeredAt: null,
      state: 'open',
    });

    // Still open at the last minute of Monday 29 December, overdue at midnight.
    ctx.clock.set('2025-12-29T23:59:59+01:00');
    expect((await api().get(`/v1/inquiries/${res.body.id}`).set('authorization', ctx.admin)).body.state).toBe('open');
    ctx.clock.set('2025-12-30T00:00:00+01:00');
    expect((await api().get(`/v1/inquiries/${res.body.id}`).set('authorization', ctx.admin)).body.state).toBe('overdue');

    const answered = await api().patch(`/v1/inquiries/${res.body.id}`).set('authorization', ctx.admin).send({});
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ answeredAt: '2025-12-29T23:00:00.000Z', state: 'answered_late' });
  });

  it('a question on New Year’s Eve is due by the end of Friday 2 January, past the holiday', async () => {
    ctx.clock.set('2025-12-31T12:00:00+01:00');
    const q = await createInquiry(ctx, { procedureId, channel: 'phone' });
    expect(q.dueAt).toBe('2026-01-02T23:00:00.000Z');
    ctx.clock.set('2026-01-02T17:00:00+01:00');
    const answered = await api().patch(`/v1/inquiries/${q.id}`).set('authorization', ctx.admin).send({ answeredAt: '2026-01-02T16:30:00+01:00' });
    expect(answered.body).toMatchObject({ answeredAt: '2026-01-02T15:30:00.000Z', state: 'answered' });
  });

  it('takes an earlier receipt time, and refuses one in the future', async () => {
    ctx.clock.set('2026-01-05T10:00:00+01:00');
    // Received on Saturday 3 January, recorded on Monday: due by the end of Monday.
    const q = await createInquiry(ctx, { procedureId, receivedAt: '2026-01-03T11:00:00+01:00' });
    expect(q.dueAt).toBe('2026-01-05T23:00:00.000Z');
    const future = await api()
      .post('/v1/inquiries')
      .set('authorization', ctx.admin)
      .send({ channel: 'web', subject: 'x', receivedAt: '2026-01-05T10:00:01+01:00' });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'RECEIVED_IN_FUTURE', errors: [{ path: 'body.receivedAt' }] });
  });

  it('without a procedure, counts working days in Amsterdam', async () => {
    ctx.clock.set('2026-01-09T23:30:00+01:00');
    const q = await createInquiry(ctx, { channel: 'web', fromName: null, fromEmail: null });
    expect(q.dueAt).toBe('2026-01-12T23:00:00.000Z');
  });

  it('refuses unknown procedures and candidates, unknown fields and bad channels', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const noProc = await api().post('/v1/inquiries').set('authorization', ctx.admin).send({ channel: 'email', subject: 'x', procedureId: unknown });
    expect(noProc.status).toBe(422);
    expect(noProc.body.code).toBe('PROCEDURE_NOT_FOUND');
    const noCand = await api().post('/v1/inquiries').set('authorization', ctx.admin).send({ channel: 'email', subject: 'x', candidateId: unknown });
    expect(noCand.body.code).toBe('CANDIDATE_NOT_FOUND');
    const extra = await api().post('/v1/inquiries').set('authorization', ctx.admin).send({ channel: 'email', subject: 'x', priority: 'high' });
    expect(extra.status).toBe(400);
    const channel = await api().post('/v1/inquiries').set('authorization', ctx.admin).send({ channel: 'fax', subject: 'x' });
    expect(channel.status).toBe(400);
  });

  it('records an answer once, not before receipt and not in the future', async () => {
    ctx.clock.set('2026-01-07T09:00:00+01:00');
    const q = await createInquiry(ctx, { procedureId });
    const before = await api().patch(`/v1/inquiries/${q.id}`).set('authorization', ctx.admin).send({ answeredAt: '2026-01-07T08:59:00+01:00' });
    expect(before.status).toBe(422);
    expect(before.body.code).toBe('ANSWERED_BEFORE_RECEIVED');
    const future = await api().patch(`/v1/inquiries/${q.id}`).set('authorization', ctx.admin).send({ answeredAt: '2026-01-07T09:00:01+01:00' });
    expect(future.body.code).toBe('ANSWERED_IN_FUTURE');
    ctx.clock.set('2026-01-07T11:00:00+01:00');
    expect((await api().patch(`/v1/inquiries/${q.id}`).set('authorization', ctx.admin).send({})).body.state).toBe('answered');
    const again = await api().patch(`/v1/inquiries/${q.id}`).set('authorization', ctx.admin).send({});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INQUIRY_ALREADY_ANSWERED');
    expect((await api().patch('/v1/inquiries/00000000-0000-4000-8000-000000000000').set('authorization', ctx.admin).send({})).status).toBe(404);
  });

  it('lists with filters on procedure, answered and overdue, page by page', async () => {
    ctx.clock.set('2026-01-08T09:00:00+01:00');
    const all = await api().get(`/v1/inquiries?procedureId=${procedureId}&limit=100`).set('authorization', ctx.admin);
    expect(all.status).toBe(200);
    const states = all.body.items.map((i: { state: string }) => i.state);
    expect(states.length).toBeGreaterThanOrEqual(4);
    const overdue = await api().get(`/v1/inquiries?procedureId=${procedureId}&overdue=true`).set('authorization', ctx.admin);
    expect(overdue.body.items.length).toBeGreaterThan(0);
    expect(overdue.body.items.every((i: { state: string }) => i.state === 'overdue')).toBe(true);
    const notOverdue = await api().get(`/v1/inquiries?procedureId=${procedureId}&overdue=false&limit=100`).set('authorization', ctx.admin);
    expect(notOverdue.body.items.length + overdue.body.items.length).toBe(all.body.items.length);
    const open = await api().get(`/v1/inquiries?answered=false&limit=100`).set('authorization', ctx.admin);
    expect(open.body.items.every((i: { answeredAt: string | null }) => i.answeredAt === null)).toBe(true);
    const answered = await api().get(`/v1/inquiries?answered=true&limit=100`).set('authorization', ctx.admin);
    expect(answered.body.items.every((i: { state: string }) => ['answered', 'answered_late'].includes(i.state))).toBe(true);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await api()
        .get(`/v1/inquiries?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set('authorization', ctx.admin);
      seen.push(...page.body.items.map((i: { id: string }) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await api().get('/v1/inquiries?limit=100').set('authorization', ctx.admin)).body.items.length);
  });

  it('lets a scheduler read without contact data, and not write', async () => {
    const scheduler = await agencyKey(ctx, 'scheduler');
    const list = await api().get('/v1/inquiries').set('authorization', scheduler.authorization);
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ fromName: null, fromEmail: null, subject: null });
    const post = await api().post('/v1/inquiries').set('authorization', scheduler.authorization).send({ channel: 'email', subject: 'x' });
    expect(post.status).toBe(403);
  });

  it('audits and publishes each question and answer without the personal data', async () => {
    const audit = await ctx.db.prisma.auditEntry.findMany({ where: { entityType: 'inquiry' } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['inquiry.received', 'inquiry.answered']));
    const events = await ctx.db.prisma.event.findMany({ where: { entityType: 'inquiry' } });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['inquiry.received', 'inquiry.answered']));
    const written = JSON.stringify([audit.map((a) => a.changes), events.map((e) => e.payload)]);
    expect(written).not.toContain('Jan de Vries');
    expect(written).not.toContain('jan.devries@example.nl');
    expect(written).not.toContain('standplaats');
    expect(written).toContain('[personal data]');
  });
});
