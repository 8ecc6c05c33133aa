import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestContext } from '../helpers/app.js';
import type { ApplicationStage } from '../../src/domain/stage-graph.js';
import { seedApplication, type SeedOptions } from './pipeline.js';

/**
 * A seeded application at `stage` with both documents registered (rows
 * only, no stored content: for rules that look at completeness, not at the
 * files). `source` defaults to open_call.
 */
export async function seedComplete(
  ctx: TestContext,
  procedureId: string,
  options: SeedOptions & { source?: 'open_call' | 'agency_search' | 'referral'; complete?: boolean } = {},
) {
  const seeded = await seedApplication(ctx, procedureId, options);
  const prisma = ctx.db.prisma;
  if (options.source && options.source !== 'open_call') {
    await prisma.application.update({ where: { id: seeded.applicationId }, data: { source: options.source } });
    await prisma.candidate.update({ where: { id: seeded.candidateId }, data: { source: options.source } });
  }
  if (options.complete !== false) {
    const now = ctx.clock.now();
    await prisma.document.createMany({
      data: (['motivation', 'cv'] as const).map((kind) => ({
        applicationId: seeded.applicationId,
        kind,
        storageKey: `seed/${randomUUID()}`,
        store: 'postgres',
        fileName: `${kind}.pdf`,
        sizeBytes: 1000,
        sha256: createHash('sha256').update(kind).digest('hex'),
        current: true,
        uploadedBy: 'test:seed',
        createdAt: now,
      })),
    });
  } else {
    await prisma.application.update({ where: { id: seeded.applicationId }, data: { completedAt: null } });
  }
  return seeded;
}

/** The application's current ETag, as a consultant reads it. */
export async function etagOf(ctx: TestContext, applicationId: string, authorization = ctx.admin): Promise<string> {
  const res = await request(ctx.app.server).get(`/v1/applications/${applicationId}`).set('authorization', authorization);
  if (res.status !== 200) throw new Error(`application: ${res.status} ${JSON.stringify(res.body)}`);
  return res.headers.etag as string;
}

export interface MoveOptions {
  reason?: string;
  reasonCategory?: string;
  authorization?: string;
  ifMatch?: string;
  idempotencyKey?: string;
  server?: Parameters<typeof request>[0];
}

/** POSTs a transition with the application's current ETag (unless one is given). */
export async function move(ctx: TestContext, applicationId: string, to: ApplicationStage, options: MoveOptions = {}) {
  const authorization = options.authorization ?? ctx.admin;
  const ifMatch = options.ifMatch ?? (await etagOf(ctx, applicationId));
  const body: Record<string, unknown> = { to };
  if (options.reason !== undefined) body.reason = options.reason;
  if (options.reasonCategory !== undefined) body.reasonCategory = options.reasonCategory;
  const req = request(options.server ?? ctx.app.server)
    .post(`/v1/applications/${applicationId}/transitions`)
    .set('authorization', authorization)
    .set('if-match', ifMatch);
  return (options.idempotencyKey === undefined ? req : req.set('idempotency-key', options.idempotencyKey)).send(body);
}

/** A transition that must succeed. */
export async function moveOk(ctx: TestContext, applicationId: string, to: ApplicationStage, options: MoveOptions = {}) {
  const res = await move(ctx, applicationId, to, options);
  if (res.status !== 200) throw new Error(`transition to ${to}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; stage: ApplicationStage; version: number; stageEnteredAt: string };
}

export function closeStage(ctx: TestContext, procedureId: string, stage: string, body?: { justification?: string }, authorization = ctx.admin) {
  const req = request(ctx.app.server).post(`/v1/procedures/${procedureId}/stages/${stage}/close`).set('authorization', authorization);
  return body ? req.send(body) : req.send();
}

/** Closes a gate that must close. */
export async function closeStageOk(ctx: TestContext, procedureId: string, stage: string, body?: { justification?: string }) {
  const res = await closeStage(ctx, procedureId, stage, body);
  if (res.status !== 200) throw new Error(`close ${stage}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A committee interview that took place (written straight into the database, for stage rules only). */
export async function seedHeldInterview(ctx: TestContext, procedureId: string, applicationId: string, startsAt: string) {
  const start = new Date(startsAt);
  return ctx.db.prisma.interview.create({
    data: {
      procedureId,
      applicationId,
      kind: 'committee',
      startsAt: start,
      endsAt: new Date(start.getTime() + 3_600_000),
      location: 'den_haag',
      status: 'scheduled',
    },
  });
}
