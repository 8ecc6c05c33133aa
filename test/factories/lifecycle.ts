import request from 'supertest';
import type { FastifyInstance } from 'fastify';
import type { TestContext } from '../helpers/app.js';

/** Runs the deadline sweep through the API (of `app`, the first instance by default). */
export async function sweep(ctx: TestContext, authorization = ctx.admin, app: FastifyInstance = ctx.app) {
  const res = await request(app.server).post('/v1/jobs/deadline-sweep').set('authorization', authorization);
  if (res.status !== 200) throw new Error(`sweep: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as {
    ranAt: string;
    intake: { closed: number; procedures: Array<{ procedureId: string; closedAt: string }> };
    milestones: { missed: number; items: Array<{ procedureId: string; kind: string; dueAt: string }> };
    inquiries: { markedOverdue: number; items: Array<{ inquiryId: string }>; sendersErased: number };
    headhuntedNotices: { markedOverdue: number; items: Array<{ candidateId: string }> };
    retention: { erased: number; documentsRemoved: number; candidates: Array<{ candidateId: string; applications: number; documents: number }> };
    webhooks: { attempted: number };
  };
}

export interface DeadlineItem {
  id: string;
  kind: string;
  procedureId: string | null;
  subject: { type: string; id: string };
  dueAt: string;
  state: string;
  metAt: string | null;
  missedAt: string | null;
}

/** Every deadline matching the query, walking all pages. */
export async function allDeadlines(ctx: TestContext, query: Record<string, string> = {}, authorization = ctx.admin) {
  const items: DeadlineItem[] = [];
  let cursor: string | null = null;
  do {
    const res = await request(ctx.app.server)
      .get('/v1/deadlines')
      .query({ ...query, limit: query.limit ?? '100', ...(cursor ? { cursor } : {}) })
      .set('authorization', authorization);
    if (res.status !== 200) throw new Error(`deadlines: ${res.status} ${JSON.stringify(res.body)}`);
    items.push(...(res.body.items as DeadlineItem[]));
    cursor = res.body.nextCursor as string | null;
  } while (cursor);
  return items;
}

export async function deadline(ctx: TestContext, id: string) {
  const kind = id.split(':')[0]!;
  return (await allDeadlines(ctx, { kind })).find((d) => d.id === id) ?? null;
}

/** Completes or cancels a procedure as the appointment (or a cancellation) would, straight in the database. */
export async function endProcedure(ctx: TestContext, procedureId: string, at: string, how: 'completed' | 'cancelled' = 'completed') {
  await ctx.db.prisma.procedure.update({
    where: { id: procedureId },
    data: how === 'completed' ? { phase: 'completed', completedAt: new Date(at) } : { phase: 'cancelled', cancelledAt: new Date(at) },
  });
}

export async function countEvents(ctx: TestContext, type: string, entityId?: string) {
  return ctx.db.prisma.event.count({ where: { type, ...(entityId ? { entityId } : {}) } });
}

export async function countAudit(ctx: TestContext, action: string, entityId?: string) {
  return ctx.db.prisma.auditEntry.count({ where: { action, ...(entityId ? { entityId } : {}) } });
}
