import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectCaller, loadReferenceProcedure } from '../../scripts/demo-load.js';
import { loadIntakeField } from '../../scripts/demo-intake.js';
import { ADMIN_KEY, createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

// The whole reference procedure and its field of applicants, twice: allow for a busy machine.
describe('npm run demo', { timeout: 180_000 }, () => {
  it('loads the reference procedure, and a second run changes nothing', async () => {
    const call = injectCaller(ctx.app, ADMIN_KEY);
    const first = await loadReferenceProcedure(call, ctx.clock);
    const counts = async () => ({
      clients: await ctx.db.prisma.client.count(),
      procedures: await ctx.db.prisma.procedure.count(),
      milestones: await ctx.db.prisma.milestone.count(),
      audit: await ctx.db.prisma.auditEntry.count(),
    });
    const after = await counts();
    const second = await loadReferenceProcedure(call, ctx.clock);
    expect(second).toEqual(first);
    expect(await counts()).toEqual(after);

    const procedure = await call<{ phase: string; salary: { bounds: Array<{ validFrom: string; minMonthly: string }> } }>(
      'GET',
      `/v1/procedures/${first.procedureId}`,
    );
    expect(procedure.body.phase).toBe('open');
    expect(procedure.body.salary.bounds.map((b) => [b.validFrom, b.minMonthly])).toEqual([
      ['2025-01-01', '7943.51'],
      ['2026-01-01', '8062.66'],
    ]);
    const timeline = await call<{ instants: { applicationsCloseAt: string } }>('GET', `/v1/procedures/${first.procedureId}/timeline`);
    expect(timeline.body.instants.applicationsCloseAt).toBe('2026-01-06T23:00:00.000Z');
  });

  it('loads the field of applicants: 25 open call, 5 from the search, 2 incomplete, 1 refused as late; again adds nothing', async () => {
    const call = injectCaller(ctx.app, ADMIN_KEY);
    const { procedureId } = await loadReferenceProcedure(call, ctx.clock);
    ctx.clock.set('2025-12-22T10:00:00+01:00');
    const url = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    const load = () => loadIntakeField(url, ADMIN_KEY, procedureId, { closeWindow: () => ctx.clock.set('2026-01-07T00:00:05+01:00') });
    const first = await load();
    expect(first.openCall.created).toBe(25);
    expect(first.agencySearch.created).toBe(5);
    expect(first.incomplete.created).toBe(2);
    expect(first.late).toMatchObject({ sent: true, status: 422, code: 'OUTSIDE_APPLICATION_WINDOW' });

    const applications = await ctx.db.prisma.application.findMany({ where: { procedureId } });
    expect(applications).toHaveLength(32);
    expect(applications.filter((a) => a.completedAt === null)).toHaveLength(2);
    expect(applications.filter((a) => a.source === 'agency_search')).toHaveLength(5);

    ctx.clock.set('2025-12-23T10:00:00+01:00');
    const second = await load();
    expect(second.openCall.created + second.agencySearch.created + second.incomplete.created).toBe(0);
    expect(await ctx.db.prisma.application.count({ where: { procedureId } })).toBe(32);
  });
});
