import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyKey } from '../factories/committee.js';
import { deadline, sweep } from '../factories/lifecycle.js';
import { createProcedure } from '../factories/procedures.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

// The test app's own clock stands still at 2026-01-05T09:00Z; CLOCK_START turns on the shared test clock on top of it.
let ctx: TestContext;
let system: TestContext;
let procedureId: string;

beforeAll(async () => {
  ctx = await createTestApp({ env: { CLOCK_START: '2026-01-05T10:00:00+01:00' } });
  system = await createTestApp();
  procedureId = (await createProcedure(ctx, { open: true })).procedure.id;
});

afterAll(async () => {
  await ctx?.close();
  await system?.close();
});

const api = () => request(ctx.app.server);

describe('the test clock (CLOCK_START)', () => {
  it('reads the service clock in test mode; admin keys only', async () => {
    const res = await api().get('/v1/clock').set('authorization', ctx.admin);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ now: '2026-01-05T09:00:00.000Z', mode: 'test', startedAt: '2026-01-05T09:00:00.000Z' });
    const consultant = (await agencyKey(ctx, 'consultant')).authorization;
    expect((await api().get('/v1/clock').set('authorization', consultant)).status).toBe(403);
    expect((await api().post('/v1/clock/advance').set('authorization', consultant).send({ to: '2026-01-06T00:00:00Z' })).status).toBe(403);
  });

  it('moves forward and runs the sweep: the intake closes and its deadline is met (at the swept instant)', async () => {
    expect((await deadline(ctx, `application_closing:${procedureId}`))!.state).not.toBe('met');
    const res = await api().post('/v1/clock/advance').set('authorization', ctx.admin).send({ to: '2026-01-07T01:00:00+01:00' });
    expect(res.status).toBe(200);
    expect(res.body.now).toBe('2026-01-07T00:00:00.000Z');
    expect(res.body.sweep).toMatchObject({ ranAt: '2026-01-07T00:00:00.000Z', intake: { closed: 1, procedures: [{ procedureId }] } });
    expect((await api().get('/v1/clock').set('authorization', ctx.admin)).body.now).toBe('2026-01-07T00:00:00.000Z');
    expect(await deadline(ctx, `application_closing:${procedureId}`)).toMatchObject({ state: 'met', metAt: '2026-01-07T00:00:00.000Z' });
    const procedure = await api().get(`/v1/procedures/${procedureId}`).set('authorization', ctx.admin);
    expect(procedure.body.phase).toBe('closed');
  });

  it('never moves backwards, and refuses what is not an instant', async () => {
    const back = await api().post('/v1/clock/advance').set('authorization', ctx.admin).send({ to: '2026-01-06T00:00:00Z' });
    expect(back.status).toBe(409);
    expect(back.body.code).toBe('CLOCK_BACKWARDS');
    const bad = await api().post('/v1/clock/advance').set('authorization', ctx.admin).send({ to: 'tomorrow' });
    expect(bad.status).toBe(400);
    expect((await api().post('/v1/clock/advance').set('authorization', ctx.admin).send({})).status).toBe(400);
    // Well-formed, but the year 10000 in UTC, which the database cannot store.
    const beyond = await api().post('/v1/clock/advance').set('authorization', ctx.admin).send({ to: '9999-12-31T23:59:59-23:59' });
    expect(beyond.status).toBe(400);
    expect(beyond.body.errors).toEqual([expect.objectContaining({ path: 'body.to' })]);
    // The same instant is no move and no error.
    const same = await api().post('/v1/clock/advance').set('authorization', ctx.admin).send({ to: '2026-01-07T00:00:00Z' });
    expect(same.status).toBe(200);
    expect(same.body.now).toBe('2026-01-07T00:00:00.000Z');
  });

  it('is shared by every instance on the database', async () => {
    const second = await ctx.secondInstance();
    const read = async (app: typeof second) => (await request(app.server).get('/v1/clock').set('authorization', ctx.admin)).body.now;
    expect(await read(second)).toBe('2026-01-07T00:00:00.000Z');
    const moved = await request(second.server).post('/v1/clock/advance').set('authorization', ctx.admin).send({ to: '2026-01-10T00:00:00Z' });
    expect(moved.status).toBe(200);
    // The first instance takes the move over within a second, on any request.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await sweep(ctx)).ranAt).toBe('2026-01-10T00:00:00.000Z');
    expect(await read(ctx.app)).toBe('2026-01-10T00:00:00.000Z');
    const back = await request(ctx.app.server).post('/v1/clock/advance').set('authorization', ctx.admin).send({ to: '2026-01-08T00:00:00Z' });
    expect(back.body.code).toBe('CLOCK_BACKWARDS');
  });
});

describe('the system clock (no CLOCK_START)', () => {
  it('reads the clock but refuses to move it', async () => {
    const res = await request(system.app.server).get('/v1/clock').set('authorization', system.admin);
    expect(res.body).toEqual({ now: '2026-01-05T09:00:00.000Z', mode: 'system' });
    const moved = await request(system.app.server).post('/v1/clock/advance').set('authorization', system.admin).send({ to: '2026-02-01T00:00:00Z' });
    expect(moved.status).toBe(409);
    expect(moved.body.code).toBe('TEST_CLOCK_DISABLED');
  });
});
