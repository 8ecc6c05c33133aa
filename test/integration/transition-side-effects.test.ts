import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcedure } from '../factories/procedures.js';
import { scheduleInterview, seedApplication, seedCommittee } from '../factories/pipeline.js';
import { moveOk } from '../factories/transitions.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-16T15:00:00+01:00' });
});
afterAll(async () => ctx?.close());

describe('leaving the procedure', () => {
  it('cancels the interviews still to come of a rejected or withdrawn candidate, freeing the panel', async () => {
    const { procedure } = await createProcedure(ctx);
    const [chair] = await seedCommittee(ctx, procedure.id);
    const rejected = await seedApplication(ctx, procedure.id, { stage: 'shortlisted' });
    const withdrawn = await seedApplication(ctx, procedure.id, { stage: 'shortlisted' });
    const other = await seedApplication(ctx, procedure.id, { stage: 'shortlisted' });
    const first = await scheduleInterview(ctx, procedure.id, {
      applicationId: rejected.applicationId,
      startsAt: '2026-01-20T10:00:00+01:00',
      panel: [chair!.id],
    });
    const second = await scheduleInterview(ctx, procedure.id, {
      applicationId: withdrawn.applicationId,
      startsAt: '2026-01-21T10:00:00+01:00',
      panel: [chair!.id],
    });

    await moveOk(ctx, rejected.applicationId, 'rejected', { reasonCategory: 'not_selected_by_committee' });
    await moveOk(ctx, withdrawn.applicationId, 'withdrawn', { reason: 'Accepted another position.' });

    for (const id of [first.id, second.id]) {
      const read = await request(ctx.app.server).get(`/v1/interviews/${id}`).set('authorization', ctx.admin);
      expect(read.body.status).toBe('cancelled');
    }
    // The chair's slot is free again for another candidate.
    const rebooked = await scheduleInterview(ctx, procedure.id, {
      applicationId: other.applicationId,
      startsAt: '2026-01-20T10:00:00+01:00',
      panel: [chair!.id],
    });
    expect(rebooked.id).toBeTruthy();
    expect(await ctx.db.prisma.event.count({ where: { type: 'interview.cancelled' } })).toBe(2);
  });
});
