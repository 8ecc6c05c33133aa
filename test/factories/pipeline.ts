import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestContext } from '../helpers/app.js';
import { PIPELINE, type ApplicationStage } from '../../src/domain/stage-graph.js';
import { addMember, committeeKey, ipoCommittee } from './committee.js';

export interface SeedOptions {
  stage?: ApplicationStage;
  firstName?: string;
  lastName?: string;
  /** An existing candidate (a person in two procedures); a new one otherwise. */
  candidateId?: string;
  /** The rejection category when `stage` is rejected. */
  reasonCategory?: string;
}

/**
 * A candidate and an application already at `stage`, written straight into
 * the database: stage changes normally go through the transitions API, which
 * is not what these tests are about. A stage_changes row is written for each
 * step on the way, as the transitions would have.
 */
export async function seedApplication(ctx: TestContext, procedureId: string, options: SeedOptions = {}) {
  const prisma = ctx.db.prisma;
  const now = ctx.clock.now();
  const stage = options.stage ?? 'applied';
  const candidateId =
    options.candidateId ??
    (
      await prisma.candidate.create({
        data: {
          firstName: options.firstName ?? 'Zoë',
          lastName: options.lastName ?? `Kandidaat ${randomUUID().slice(0, 6)}`,
          email: `${randomUUID()}@example.nl`,
          emailNormalized: null,
          source: 'open_call',
          createdAt: now,
          updatedAt: now,
        },
      })
    ).id;
  const application = await prisma.application.create({
    data: {
      procedureId,
      candidateId,
      source: 'open_call',
      stage,
      rejectionReason: stage === 'rejected' ? (options.reasonCategory ?? 'not_selected_by_agency') : null,
      receivedAt: now,
      completedAt: now,
      createdAt: now,
      updatedAt: now,
    },
  });
  const path: ApplicationStage[] = (PIPELINE as readonly ApplicationStage[]).includes(stage)
    ? PIPELINE.slice(1, PIPELINE.indexOf(stage as (typeof PIPELINE)[number]) + 1)
    : [stage];
  const changes = [{ fromStage: null as ApplicationStage | null, toStage: 'applied' as ApplicationStage }];
  let from: ApplicationStage = 'applied';
  for (const to of path) {
    changes.push({ fromStage: from, toStage: to });
    from = to;
  }
  await prisma.stageChange.createMany({
    data: changes.map((c, i) => ({
      applicationId: application.id,
      fromStage: c.fromStage,
      toStage: c.toStage,
      reasonCategory: c.toStage === 'rejected' ? (options.reasonCategory ?? 'not_selected_by_agency') : null,
      actor: 'test:seed',
      at: new Date(now.getTime() + i),
    })),
  });
  return { applicationId: application.id, candidateId };
}

/** Sets an application's stage directly (with a stage_changes row), e.g. to nominate a seeded candidate. */
export async function setStage(ctx: TestContext, applicationId: string, to: ApplicationStage) {
  const prisma = ctx.db.prisma;
  const current = await prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
  await prisma.application.update({ where: { id: applicationId }, data: { stage: to, version: { increment: 1 } } });
  await prisma.stageChange.create({
    data: { applicationId, fromStage: current.stage, toStage: to, actor: 'test:seed', at: ctx.clock.now() },
  });
}

/** The reference committee with a key per member. */
export async function seedCommittee(ctx: TestContext, procedureId: string) {
  const members = [];
  for (const fields of ipoCommittee) {
    const member = await addMember(ctx, procedureId, fields);
    const key = await committeeKey(ctx, procedureId, member.id);
    members.push({ ...member, authorization: key.authorization });
  }
  return members;
}

export interface InterviewFields {
  applicationId: string;
  kind?: 'committee' | 'agency_screening';
  startsAt: string;
  durationMinutes?: number;
  location?: string;
  locationDetail?: string | null;
  panel?: string[];
}

export async function scheduleInterview(ctx: TestContext, procedureId: string, fields: InterviewFields, authorization = ctx.admin) {
  const res = await request(ctx.app.server)
    .post(`/v1/procedures/${procedureId}/interviews`)
    .set('authorization', authorization)
    .send({ kind: 'committee', durationMinutes: 60, location: 'den_haag', ...fields });
  if (res.status !== 201) throw new Error(`interview: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; startsAt: string; endsAt: string };
}

/** A rating of every criterion of the reference profile. */
export const IPO_CRITERIA = ['academic', 'leadership-execution', 'change', 'processes', 'leadership-style'] as const;

export function ratingsOf(scores: readonly number[], notes = 'Gesprek verliep goed.') {
  return Object.fromEntries(IPO_CRITERIA.map((key, i) => [key, { score: scores[i]!, notes }]));
}
