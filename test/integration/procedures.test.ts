import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { createClient, ipoProcedureInput, ipoTimeline, publishedTimeline } from '../factories/procedures.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

describe('procedures', () => {
  it('creates the reference procedure with its terms and default stage bounds', async () => {
    const client = await createClient(ctx);
    const res = await api().post('/v1/procedures').set('authorization', ctx.admin).send(ipoProcedureInput(client.id));
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/procedures/${res.body.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      phase: 'draft',
      timeZone: 'Europe/Amsterdam',
      hoursPerWeek: 36,
      salary: {
        scale: '17',
        ikbPercentage: '21.82',
        bounds: [
          { validFrom: '2025-01-01', minMonthly: '7943.51', maxMonthly: '11273.01' },
          { validFrom: '2026-01-01', minMonthly: '8062.66', maxMonthly: '11442.11' },
        ],
      },
      stageBounds: { preselection: { min: 4, max: 6 }, shortlist: { min: 3, max: 4 }, nomination: { max: 1 } },
      hasTimeline: false,
    });
  });

  it('reads a procedure, alone and in a page, as it was written: amounts with their two decimals (trailing zeros too), dates as days', async () => {
    const client = await createClient(ctx);
    const input = {
      ...ipoProcedureInput(client.id),
      salary: { scale: '12', ikbPercentage: '8.00', bounds: [{ validFrom: '2026-07-01', minMonthly: '5000.00', maxMonthly: '6400.50' }] },
    };
    const created = await api().post('/v1/procedures').set('authorization', ctx.admin).send(input);
    expect(created.status).toBe(201);
    expect(created.body.salary).toEqual({
      scale: '12',
      ikbPercentage: '8.00',
      bounds: [{ validFrom: '2026-07-01', minMonthly: '5000.00', maxMonthly: '6400.50' }],
    });
    const read = await api().get(`/v1/procedures/${created.body.id}`).set('authorization', ctx.admin);
    expect(read.body).toEqual(created.body);
    const page = await api().get(`/v1/procedures?clientId=${client.id}`).set('authorization', ctx.admin);
    expect(page.body.items).toEqual([created.body]);
  });

  it('refuses the published timeline naming both misplaced milestones, and accepts the corrected one', async () => {
    const client = await createClient(ctx);
    const created = await api().post('/v1/procedures').set('authorization', ctx.admin).send(ipoProcedureInput(client.id));
    const id = created.body.id;
    const refused = await api().put(`/v1/procedures/${id}/timeline`).set('authorization', ctx.admin).send(publishedTimeline);
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.code).toBe('TIMELINE_ORDER');
    const paths = refused.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('body.preselectionStart');
    expect(paths).toContain('body.overviewDue');
    expect(refused.body.detail).toMatch(/2025-01-14/);

    const accepted = await api().put(`/v1/procedures/${id}/timeline`).set('authorization', ctx.admin).send(ipoTimeline);
    expect(accepted.status).toBe(200);
    expect(accepted.body.instants.applicationsCloseAt).toBe('2026-01-06T23:00:00.000Z');
    expect(accepted.body.instants.appointmentDeadlineAt).toBe('2026-01-31T23:00:00.000Z');
  });

  it('PATCH needs If-Match (428) and refuses a stale one (412)', async () => {
    const client = await createClient(ctx);
    const created = await api().post('/v1/procedures').set('authorization', ctx.admin).send(ipoProcedureInput(client.id));
    const url = `/v1/procedures/${created.body.id}`;
    const missing = await api().patch(url).set('authorization', ctx.admin).send({ title: 'x' });
    expect(missing.status).toBe(428);
    const ok = await api().patch(url).set('authorization', ctx.admin).set('if-match', '"1"').send({ title: 'Director' });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await api().patch(url).set('authorization', ctx.admin).set('if-match', '"1"').send({ title: 'Other' });
    expect(stale.status).toBe(412);
    const read = await api().get(url).set('authorization', ctx.admin);
    expect(read.body.title).toBe('Director');
  });

  it('refuses unknown fields and names them', async () => {
    const client = await createClient(ctx);
    const res = await api()
      .post('/v1/procedures')
      .set('authorization', ctx.admin)
      .send({ ...ipoProcedureInput(client.id), salaryy: 1 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors).toContainEqual(expect.objectContaining({ path: 'body.salaryy' }));
  });
});
