import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { endProcedure } from '../factories/lifecycle.js';
import { createProcedure } from '../factories/procedures.js';
import { addMember, agencyKey, committeeKey, ipoCommittee } from '../factories/committee.js';

let ctx: TestContext;
let consultant: string;
beforeAll(async () => {
  ctx = await createTestApp();
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

describe('the committee of a procedure', () => {
  it('a consultant adds members with their role; the list shows them oldest first', async () => {
    const { procedure } = await createProcedure(ctx);
    const res = await api()
      .post(`/v1/procedures/${procedure.id}/committee`)
      .set('authorization', consultant)
      .send({ name: 'Anna de Boer', email: 'a.deboer@example.org', role: 'chair' });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/procedures/${procedure.id}/committee/${res.body.id}`);
    expect(res.body).toEqual({
      id: expect.any(String),
      procedureId: procedure.id,
      name: 'Anna de Boer',
      email: 'a.deboer@example.org',
      role: 'chair',
      createdAt: '2026-01-05T09:00:00.000Z',
      removedAt: null,
    });
    ctx.clock.advance(1000);
    await addMember(ctx, procedure.id, { name: 'Sanne Visser', role: 'adviser' }, consultant);

    const list = await api().get(`/v1/procedures/${procedure.id}/committee`).set('authorization', consultant);
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Anna de Boer', 'chair'],
      ['Sanne Visser', 'adviser'],
    ]);
    expect(list.body.nextCursor).toBeNull();
  });

  it('pages the list with a cursor', async () => {
    const { procedure } = await createProcedure(ctx);
    for (const m of ipoCommittee) {
      await addMember(ctx, procedure.id, m);
      ctx.clock.advance(1000);
    }
    const first = await api().get(`/v1/procedures/${procedure.id}/committee?limit=2`).set('authorization', ctx.admin);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api().get(`/v1/procedures/${procedure.id}/committee?limit=2&cursor=${first.body.nextCursor}`).set('authorization', ctx.admin);
    expect(second.body.items.map((m: { name: string }) => m.name)).toEqual(['Sanne Visser']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('refuses unknown fields, a bad role and a bad e-mail, naming the field', async () => {
    const { procedure } = await createProcedure(ctx);
    const url = `/v1/procedures/${procedure.id}/committee`;
    const unknown = await api().post(url).set('authorization', consultant).send({ name: 'X', role: 'member', phone: '06' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toContainEqual(expect.objectContaining({ path: 'body.phone' }));
    const role = await api().post(url).set('authorization', consultant).send({ name: 'X', role: 'secretary' });
    expect(role.status).toBe(400);
    expect(role.body.errors).toContainEqual(expect.objectContaining({ path: 'body.role' }));
    const email = await api().post(url).set('authorization', consultant).send({ name: 'X', role: 'member', email: 'nope' });
    expect(email.status).toBe(400);
    expect(email.body.errors).toContainEqual(expect.objectContaining({ path: 'body.email' }));
  });

  it('keeps one chair and one member per e-mail address (409)', async () => {
    const { procedure } = await createProcedure(ctx);
    await addMember(ctx, procedure.id, ipoCommittee[0]!);
    const chair = await api().post(`/v1/procedures/${procedure.id}/committee`).set('authorization', consultant).send({ name: 'Second Chair', role: 'chair' });
    expect(chair.status).toBe(409);
    expect(chair.body.code).toBe('COMMITTEE_CHAIR_EXISTS');
    const email = await api()
      .post(`/v1/procedures/${procedure.id}/committee`)
      .set('authorization', consultant)
      .send({ name: 'Someone', email: 'A.DeBoer@Example.org', role: 'member' });
    expect(email.status).toBe(409);
    expect(email.body.code).toBe('COMMITTEE_MEMBER_EXISTS');
  });

  it('answers 404 for an unknown procedure, and 403 to a scheduler', async () => {
    const missing = await api()
      .post('/v1/procedures/00000000-0000-4000-8000-000000000000/committee')
      .set('authorization', consultant)
      .send({ name: 'X', role: 'member' });
    expect(missing.status).toBe(404);
    const { procedure } = await createProcedure(ctx);
    const scheduler = (await agencyKey(ctx, 'scheduler')).authorization;
    const res = await api().get(`/v1/procedures/${procedure.id}/committee`).set('authorization', scheduler);
    expect(res.status).toBe(403);
  });

  it('audits additions without personal data in the values', async () => {
    const { procedure } = await createProcedure(ctx);
    const member = await addMember(ctx, procedure.id, ipoCommittee[0]!, consultant);
    const entry = await ctx.db.prisma.auditEntry.findFirstOrThrow({ where: { entityId: member.id, action: 'committee_member.added' } });
    expect(entry).toMatchObject({ procedureId: procedure.id, actorRole: 'consultant', entityType: 'committee_member' });
    expect(entry.changes).toEqual({
      name: { from: '[personal data]', to: '[personal data]' },
      email: { from: '[personal data]', to: '[personal data]' },
      role: { from: null, to: 'chair' },
    });
    expect(JSON.stringify({ ...entry, id: entry.id.toString() })).not.toMatch(/de Boer|deboer/i);
    const event = await ctx.db.prisma.event.findFirstOrThrow({ where: { entityId: member.id } });
    expect(event.type).toBe('committee_member.added');
    expect(JSON.stringify(event.payload)).not.toMatch(/de Boer|deboer/i);
  });
});

describe('committee keys', () => {
  it('a consultant issues a key for a member; it is shown once and scoped to the procedure and member', async () => {
    const { procedure } = await createProcedure(ctx);
    const member = await addMember(ctx, procedure.id, ipoCommittee[1]!);
    const res = await api().post(`/v1/procedures/${procedure.id}/committee/${member.id}/api-key`).set('authorization', consultant);
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/api-keys/${res.body.id}`);
    expect(res.body).toMatchObject({
      role: 'committee',
      procedureId: procedure.id,
      committeeMemberId: member.id,
      token: expect.stringMatching(/^pt_[0-9a-f]{12}_/),
    });
    expect(res.body.name).not.toMatch(/Jansen/);
    const listed = await api().get('/v1/api-keys?role=committee').set('authorization', ctx.admin);
    const stored = listed.body.items.find((k: { id: string }) => k.id === res.body.id);
    expect(stored).toBeDefined();
    expect(stored.token).toBeUndefined();
  });

  it('issues no key, and adds no member, in a completed or cancelled procedure (409 PROCEDURE_FINISHED)', async () => {
    for (const how of ['completed', 'cancelled'] as const) {
      const { procedure } = await createProcedure(ctx);
      const member = await addMember(ctx, procedure.id, ipoCommittee[1]!);
      await endProcedure(ctx, procedure.id, '2026-01-05T10:00:00+01:00', how);
      const key = await api().post(`/v1/procedures/${procedure.id}/committee/${member.id}/api-key`).set('authorization', consultant).send({});
      expect(key.status, how).toBe(409);
      expect(key.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(key.body.code).toBe('PROCEDURE_FINISHED');
      expect(key.body.detail).toContain(how);
      const added = await api().post(`/v1/procedures/${procedure.id}/committee`).set('authorization', consultant).send(ipoCommittee[2]);
      expect(added.status).toBe(409);
      expect(added.body.code).toBe('PROCEDURE_FINISHED');
      expect(await ctx.db.prisma.apiKey.count({ where: { committeeMemberId: member.id } })).toBe(0);
      // An unknown member is still 404, whatever the procedure's phase.
      const unknown = await api()
        .post(`/v1/procedures/${procedure.id}/committee/00000000-0000-4000-8000-000000000000/api-key`)
        .set('authorization', consultant);
      expect(unknown.status).toBe(404);
    }
  });

  it('takes an optional expiry, which must lie in the future', async () => {
    const { procedure } = await createProcedure(ctx);
    const member = await addMember(ctx, procedure.id, ipoCommittee[1]!);
    const url = `/v1/procedures/${procedure.id}/committee/${member.id}/api-key`;
    const ok = await api().post(url).set('authorization', consultant).send({ expiresAt: '2026-03-01T00:00:00+01:00' });
    expect(ok.status).toBe(201);
    expect(ok.body.expiresAt).toBe('2026-02-28T23:00:00.000Z');
    const past = await api().post(url).set('authorization', consultant).send({ expiresAt: '2026-01-01T00:00:00+01:00' });
    expect(past.status).toBe(422);
    expect(past.body.code).toBe('EXPIRY_IN_PAST');
  });

  it('the key reads its own procedure and its committee (names and roles only), and nothing of another procedure', async () => {
    const { procedure: own } = await createProcedure(ctx);
    const { procedure: other } = await createProcedure(ctx);
    const members = [];
    for (const m of ipoCommittee) {
      members.push(await addMember(ctx, own.id, m));
      ctx.clock.advance(1000);
    }
    await addMember(ctx, other.id, { name: 'Other Member', email: 'o@example.org', role: 'member' });
    const key = await committeeKey(ctx, own.id, members[0]!.id, consultant);

    const procedureRead = await api().get(`/v1/procedures/${own.id}`).set('authorization', key.authorization);
    expect(procedureRead.status).toBe(200);
    expect(procedureRead.body.id).toBe(own.id);

    const otherRead = await api().get(`/v1/procedures/${other.id}`).set('authorization', key.authorization);
    expect(otherRead.status).toBe(404);
    expect(otherRead.body.code).toBe('NOT_FOUND');

    const list = await api().get(`/v1/procedures/${own.id}/committee?includeRemoved=true`).set('authorization', key.authorization);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual(members.map((m) => ({ id: m.id, procedureId: own.id, name: m.name, role: m.role })));
    expect(JSON.stringify(list.body)).not.toMatch(/@example\.org/);

    const otherList = await api().get(`/v1/procedures/${other.id}/committee`).set('authorization', key.authorization);
    expect(otherList.status).toBe(404);
    expect(otherList.body.detail).toBe(`Procedure ${other.id} does not exist.`);
    const unknownList = await api().get('/v1/procedures/00000000-0000-4000-8000-000000000000/committee').set('authorization', key.authorization);
    expect(unknownList.status).toBe(404);
    expect(otherList.body.detail.replace(other.id, 'X')).toBe(unknownList.body.detail.replace('00000000-0000-4000-8000-000000000000', 'X'));
  });

  it('a committee key may not change the committee, issue keys or read the audit trail (403)', async () => {
    const { procedure } = await createProcedure(ctx);
    const member = await addMember(ctx, procedure.id, ipoCommittee[0]!);
    const key = await committeeKey(ctx, procedure.id, member.id);
    const base = `/v1/procedures/${procedure.id}`;
    expect((await api().post(`${base}/committee`).set('authorization', key.authorization).send({ name: 'X', role: 'member' })).status).toBe(403);
    expect((await api().delete(`${base}/committee/${member.id}`).set('authorization', key.authorization)).status).toBe(403);
    expect((await api().post(`${base}/committee/${member.id}/api-key`).set('authorization', key.authorization)).status).toBe(403);
    expect((await api().get(`${base}/audit`).set('authorization', key.authorization)).status).toBe(403);
  });

  it('answers 404 for a member of another procedure', async () => {
    const { procedure: a } = await createProcedure(ctx);
    const { procedure: b } = await createProcedure(ctx);
    const member = await addMember(ctx, a.id, ipoCommittee[0]!);
    const res = await api().post(`/v1/procedures/${b.id}/committee/${member.id}/api-key`).set('authorization', consultant);
    expect(res.status).toBe(404);
    const del = await api().delete(`/v1/procedures/${b.id}/committee/${member.id}`).set('authorization', consultant);
    expect(del.status).toBe(404);
  });
});

describe('removing a member', () => {
  it('keeps the member with removedAt, revokes their keys at once and refuses new ones', async () => {
    const { procedure } = await createProcedure(ctx);
    const member = await addMember(ctx, procedure.id, ipoCommittee[1]!);
    const key = await committeeKey(ctx, procedure.id, member.id, consultant);
    const before = await api().get(`/v1/procedures/${procedure.id}`).set('authorization', key.authorization);
    expect(before.status).toBe(200);

    ctx.clock.set('2026-01-10T12:00:00+01:00');
    const res = await api().delete(`/v1/procedures/${procedure.id}/committee/${member.id}`).set('authorization', consultant);
    expect(res.status).toBe(204);

    const after = await api().get(`/v1/procedures/${procedure.id}`).set('authorization', key.authorization);
    expect(after.status).toBe(401);

    const active = await api().get(`/v1/procedures/${procedure.id}/committee`).set('authorization', consultant);
    expect(active.body.items).toEqual([]);
    const all = await api().get(`/v1/procedures/${procedure.id}/committee?includeRemoved=true`).set('authorization', consultant);
    expect(all.body.items).toEqual([expect.objectContaining({ id: member.id, removedAt: '2026-01-10T11:00:00.000Z' })]);

    const again = await api().delete(`/v1/procedures/${procedure.id}/committee/${member.id}`).set('authorization', consultant);
    expect(again.status).toBe(204);
    const newKey = await api().post(`/v1/procedures/${procedure.id}/committee/${member.id}/api-key`).set('authorization', consultant);
    expect(newKey.status).toBe(409);
    expect(newKey.body.code).toBe('COMMITTEE_MEMBER_REMOVED');

    const entries = await ctx.db.prisma.auditEntry.findMany({ where: { procedureId: procedure.id }, orderBy: { id: 'asc' } });
    const actions = entries.map((e) => [e.action, e.entityId]);
    expect(actions).toContainEqual(['api_key.revoked', key.id]);
    expect(actions.filter(([a]) => a === 'committee_member.removed')).toEqual([['committee_member.removed', member.id]]);
    expect(entries.find((e) => e.action === 'api_key.revoked')?.reason).toBe('committee member removed');
  });

  it('frees the chair for a successor', async () => {
    const { procedure } = await createProcedure(ctx);
    const chair = await addMember(ctx, procedure.id, ipoCommittee[0]!);
    await api().delete(`/v1/procedures/${procedure.id}/committee/${chair.id}`).set('authorization', consultant).expect(204);
    await addMember(ctx, procedure.id, { name: 'New Chair', role: 'chair', email: 'a.deboer@example.org' });
  });
});
