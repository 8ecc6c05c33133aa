import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestContext } from '../helpers/app.js';

let counter = 0;

/** A plausible open-call candidate with a unique e-mail address. */
export function candidateInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    firstName: 'Zoë',
    lastName: 'van der Berg',
    email: `zoe.${counter}.${randomUUID().slice(0, 8)}@example.nl`,
    phone: '+31 6 12345678',
    city: 'Utrecht',
    currentPosition: 'Directeur Bedrijfsvoering',
    currentOrganisation: 'Provincie Utrecht',
    linkedinUrl: 'https://www.linkedin.com/in/zoe-van-der-berg',
    source: 'open_call',
    ...overrides,
  };
}

export async function createCandidate(ctx: TestContext, overrides: Record<string, unknown> = {}) {
  const res = await request(ctx.app.server).post('/v1/candidates').set('authorization', ctx.admin).send(candidateInput(overrides));
  if (res.status !== 201) throw new Error(`candidate: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; email: string };
}
