import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApplications } from '../../scripts/generate-applications.js';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { createProcedure } from '../factories/procedures.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('scripts/generate-applications.ts', () => {
  it('fills a procedure with N applications that the API lists page by page', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const result = await generateApplications({ databaseUrl: ctx.database.url, procedureId: procedure.id, count: 2_500, batchSize: 1_000 });
    expect(result).toMatchObject({ inserted: 2_500, totalApplications: 2_500 });
    // A second run adds more, with new e-mail addresses.
    await generateApplications({ databaseUrl: ctx.database.url, procedureId: procedure.id, count: 100 });

    const url = `/v1/procedures/${procedure.id}/applications`;
    const first = await request(ctx.app.server).get(url).query({ limit: 100 }).set('authorization', ctx.admin);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(100);
    expect(first.body.items[0]).toMatchObject({ complete: true, documentsPresent: { motivation: true, cv: true } });
    let seen = first.body.items.length;
    let cursor = first.body.nextCursor;
    let previous = first.body.items.at(-1).createdAt;
    while (cursor) {
      const page = await request(ctx.app.server).get(url).query({ limit: 100, cursor }).set('authorization', ctx.admin);
      expect(page.status).toBe(200);
      expect(page.body.items[0].createdAt >= previous).toBe(true);
      previous = page.body.items.at(-1)?.createdAt ?? previous;
      seen += page.body.items.length;
      cursor = page.body.nextCursor;
    }
    expect(seen).toBe(2_600);

    const incomplete = await ctx.db.prisma.application.count({ where: { procedureId: procedure.id, completedAt: null } });
    expect(incomplete).toBe(125 + 5);
    const searched = await request(ctx.app.server).get(url).query({ source: 'agency_search', limit: 5 }).set('authorization', ctx.admin);
    expect(searched.body.items).toHaveLength(5);
  });

  it('refuses an unknown procedure', async () => {
    await expect(generateApplications({ databaseUrl: ctx.database.url, procedureId: '3f2b8c1d-9e4a-4b6c-8d7e-1a2b3c4d5e6f', count: 10 })).rejects.toThrow(
      /does not exist/,
    );
  });
});
