import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { createProcedure } from '../factories/procedures.js';

/**
 * The reports on a procedure that falls behind its timeline (the figures of a
 * whole run are in test/integration/reference-procedure.test.ts), and the
 * refusals of bad input.
 */

let ctx: TestContext;
let procedureId = '';
let clientId = '';
const api = () => request(ctx.app.server);

beforeAll(async () => {
  ctx = await createTestApp({ now: '2025-12-19T09:00:00+01:00' });
  const { client, procedure } = await createProcedure(ctx, { open: true });
  procedureId = procedure.id;
  clientId = client.id;
  // 20 January 00:00 in Amsterdam: nobody applied, nothing was done.
  ctx.clock.set('2026-01-20T00:00:00+01:00');
});
afterAll(async () => ctx?.close());

describe('GET /v1/procedures/:procedureId/report', () => {
  it('counts the obligations left undone as overdue, by the hours since they were due', async () => {
    const res = await api().get(`/v1/procedures/${procedureId}/report`).set('authorization', ctx.admin);
    expect(res.status).toBe(200);
    expect(res.body.applicantsBySource).toEqual({ openCall: 0, agencySearch: 0, referral: 0, total: 0 });
    expect(res.body.funnel[0]).toEqual({ stage: 'applied', reached: 0, conversionFromPrevious: null });
    expect(res.body.funnel[1]).toEqual({ stage: 'preselected', reached: 0, conversionFromPrevious: null });
    expect(res.body.timeInStage[0]).toEqual({ stage: 'applied', stays: 0, medianHours: null, longestHours: null });
    // Now is 2026-01-19T23:00Z; each due instant is the end (or, for the round's start, the start) of its local day.
    expect(res.body.milestones.map((m: { kind: string; outcome: string; lateByHours: number | null }) => [m.kind, m.outcome, m.lateByHours])).toEqual([
      ['application_closing', 'overdue', 312],
      ['overview_due', 'overdue', 120],
      ['committee_meeting', 'overdue', 72],
      ['interview_round_start', 'overdue', 24],
      ['interview_round_end', 'pending', null],
      ['appointment_deadline', 'pending', null],
    ]);
    expect(res.body).toMatchObject({ onTimeShare: 0, openingDate: '2025-12-19', appointmentDate: null, daysOpeningToAppointment: null });
  });

  it('has no obligations for a draft', async () => {
    const { procedure } = await createProcedure(ctx);
    const res = await api().get(`/v1/procedures/${procedure.id}/report`).set('authorization', ctx.admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phase: 'draft', milestones: [], onTimeShare: null });
  });

  it('refuses a malformed id (400), an unknown procedure (404) and a type it does not offer (406)', async () => {
    expect((await api().get('/v1/procedures/not-a-uuid/report').set('authorization', ctx.admin)).status).toBe(400);
    const unknown = await api().get(`/v1/procedures/${randomUUID()}/report`).set('authorization', ctx.admin);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const html = await api().get(`/v1/procedures/${procedureId}/report`).set('authorization', ctx.admin).set('accept', 'text/html');
    expect(html.status).toBe(406);
    expect(html.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('GET /v1/reports/agency', () => {
  it('counts the obligations due in the period, late when overdue', async () => {
    const res = await api().get('/v1/reports/agency?from=2026-01-01&to=2026-01-31').set('authorization', ctx.admin);
    expect(res.status).toBe(200);
    // The appointment deadline (1 February 00:00) lies after the period; the round's end is not due yet.
    const figures = {
      proceduresOpened: 0,
      proceduresCompleted: 0,
      medianDaysToAppointment: null,
      milestonesDue: 5,
      milestonesOnTime: 0,
      milestonesLate: 4,
      onTimeShare: 0,
    };
    expect(res.body.totals).toEqual(figures);
    expect(res.body.byClient).toEqual([{ clientId, clientName: 'Interprovinciaal Overleg (IPO)', ...figures }]);
  });

  it('counts the procedure opened in December, with nothing due then', async () => {
    const res = await api().get('/v1/reports/agency?from=2025-12-01&to=2025-12-31').set('authorization', ctx.admin).set('accept', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.text.split('\r\n')).toEqual([
      'Client,Client id,Procedures opened,Procedures completed,Median days to appointment,Milestones due,Milestones on time,Milestones late,On-time share',
      `Interprovinciaal Overleg (IPO),${clientId},1,0,,0,0,0,`,
      'All clients,,1,0,,0,0,0,',
      '',
    ]);
  });

  it('covers at most 366 days: a longer period is 422 REPORT_PERIOD_TOO_LONG on `to`', async () => {
    const year = await api().get('/v1/reports/agency?from=2025-02-01&to=2026-02-01').set('authorization', ctx.admin);
    expect(year.status).toBe(200);
    const longer = await api().get('/v1/reports/agency?from=2025-02-01&to=2026-02-02').set('authorization', ctx.admin).set('accept', 'text/csv');
    expect(longer.status).toBe(422);
    expect(longer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(longer.body.code).toBe('REPORT_PERIOD_TOO_LONG');
    expect(longer.body.errors).toEqual([
      {
        path: 'query.to',
        code: 'REPORT_PERIOD_TOO_LONG',
        message: 'The period from 2025-02-01 to 2026-02-02 spans 367 days; a report covers at most 366: set to at most 2026-02-01, or ask for several periods.',
      },
    ]);
  });

  it.each([
    ['no period', ''],
    ['no end', '?from=2026-01-01'],
    ['not a date', '?from=2026-02-30&to=2026-03-01'],
    ['the end before the start', '?from=2026-02-01&to=2026-01-01'],
  ])('refuses %s with 400', async (_what, query) => {
    const res = await api().get(`/v1/reports/agency${query}`).set('authorization', ctx.admin);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
