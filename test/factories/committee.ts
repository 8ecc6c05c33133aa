import { REFERENCE_COMMITTEE } from '../../src/domain/reference-procedure.js';
import request from 'supertest';
import type { TestContext } from '../helpers/app.js';

/** A stored API key of an agency role, as an `Authorization` header value. */
export async function agencyKey(ctx: TestContext, role: 'consultant' | 'admin' | 'scheduler' = 'consultant') {
  const res = await request(ctx.app.server)
    .post('/v1/api-keys')
    .set('authorization', ctx.admin)
    .send({ name: `test ${role}`, role });
  if (res.status !== 201) throw new Error(`api key: ${res.status} ${JSON.stringify(res.body)}`);
  return { authorization: `Bearer ${res.body.token as string}`, id: res.body.id as string };
}

export interface MemberFields {
  name: string;
  email?: string | null;
  role: 'chair' | 'member' | 'adviser';
}

export async function addMember(ctx: TestContext, procedureId: string, fields: MemberFields, authorization = ctx.admin) {
  const res = await request(ctx.app.server).post(`/v1/procedures/${procedureId}/committee`).set('authorization', authorization).send(fields);
  if (res.status !== 201) throw new Error(`committee member: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; procedureId: string; name: string; role: string; email: string | null };
}

/** Issues a committee key for a member; returns the `Authorization` header value and the key's id. */
export async function committeeKey(ctx: TestContext, procedureId: string, memberId: string, authorization = ctx.admin) {
  const res = await request(ctx.app.server).post(`/v1/procedures/${procedureId}/committee/${memberId}/api-key`).set('authorization', authorization);
  if (res.status !== 201) throw new Error(`committee key: ${res.status} ${JSON.stringify(res.body)}`);
  return { authorization: `Bearer ${res.body.token as string}`, id: res.body.id as string };
}

/** The selection committee of the reference procedure (names invented). */
export const ipoCommittee: MemberFields[] = REFERENCE_COMMITTEE.map((m) => ({ ...m }));
