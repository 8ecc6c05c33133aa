import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { applyWithBothPdfs } from '../factories/applications.js';
import { createProcedure } from '../factories/procedures.js';

/**
 * Writes the attack test (npm run test:attack) found answering 500 when two
 * of them met at the same moment: each now answers a 4xx or succeeds.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00', env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

describe('concurrent writes', () => {
  it('deleting one webhook three times at once: one 204, the others 404', async () => {
    const created = await api()
      .post('/v1/webhooks')
      .set('authorization', ctx.admin)
      .send({ url: 'http://127.0.0.1:9/hooks', eventTypes: ['application.received'] });
    expect(created.status).toBe(201);
    const answers = await Promise.all([1, 2, 3].map(() => api().delete(`/v1/webhooks/${created.body.id}`).set('authorization', ctx.admin)));
    expect(answers.map((a) => a.status).sort()).toEqual([204, 404, 404]);
    for (const a of answers.filter((x) => x.status === 404)) expect(a.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('erasing a person while their application changes stage and is edited: no deadlock, every answer below 500', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    for (let round = 0; round < 4; round++) {
      const application = await applyWithBothPdfs(ctx, procedure.id);
      const etag = (await api().get(`/v1/applications/${application.id}`).set('authorization', ctx.admin)).headers.etag as string;
      const answers = await Promise.all([
        api().delete(`/v1/candidates/${application.candidate.id}`).set('authorization', ctx.admin),
        api()
          .post(`/v1/applications/${application.id}/transitions`)
          .set('authorization', ctx.admin)
          .set('if-match', etag)
          .send({ to: 'rejected', reasonCategory: 'not_selected_by_agency' }),
        api().patch(`/v1/applications/${application.id}`).set('authorization', ctx.admin).set('if-match', etag).send({ agencyMotivation: 'Sterk profiel.' }),
      ]);
      expect(answers.map((a) => a.status).filter((s) => s >= 500)).toEqual([]);
      expect(answers[0].status, JSON.stringify(answers[0].body)).toBe(200);
    }
  });
});
