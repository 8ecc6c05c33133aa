import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectCaller, loadReferenceProcedure } from '../../scripts/demo-load.js';
import { ADMIN_KEY, createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('npm run demo', () => {
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
    expect(timeline.body.instants.applicationsCloseAt).toBe('2026-01-07T00:00:00.000+01:00');
  });
});
