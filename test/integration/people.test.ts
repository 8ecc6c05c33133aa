import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { agencyKey } from '../factories/committee.js';
import { seedCommittee } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';
import { etagOf, moveOk, seedComplete } from '../factories/transitions.js';

/**
 * People of the agency (README, "People and acting on behalf"): named users,
 * keys of their own, integration keys acting on their behalf with
 * On-Behalf-Of, and GET /v1/me.
 */

let ctx: TestContext;
let consultant: string;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-08T10:00:00+01:00' });
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);
const bearer = (token: string) => `Bearer ${token}`;

interface User {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'consultant';
  active: boolean;
  version: number;
}

async function createUser(fields: { name: string; email: string; role: 'admin' | 'consultant' }): Promise<User> {
  const res = await api().post('/v1/users').set('authorization', ctx.admin).send(fields);
  if (res.status !== 201) throw new Error(`user: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as User;
}

async function createKey(body: Record<string, unknown>) {
  const res = await api().post('/v1/api-keys').set('authorization', ctx.admin).send(body);
  if (res.status !== 201) throw new Error(`key: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, authorization: bearer(res.body.token as string), body: res.body };
}

async function patchUser(id: string, body: Record<string, unknown>) {
  const current = await api().get(`/v1/users/${id}`).set('authorization', ctx.admin);
  return api()
    .patch(`/v1/users/${id}`)
    .set('authorization', ctx.admin)
    .set('if-match', current.headers.etag as string)
    .send(body);
}

let seq = 0;
const email = (name: string) => `${name}.${++seq}@agency.example`;

async function openApplication() {
  ctx.clock.set('2026-01-08T10:00:00+01:00');
  const { procedure } = await createProcedure(ctx, { open: true });
  const { applicationId } = await seedComplete(ctx, procedure.id);
  ctx.clock.set('2026-01-08T11:00:00+01:00');
  return { procedureId: procedure.id, applicationId };
}

/** The audit entries, events and history items of an application's last stage change. */
async function lastMove(procedureId: string, applicationId: string) {
  const audit = await api().get(`/v1/procedures/${procedureId}/audit`).query({ entityId: applicationId, limit: 100 }).set('authorization', ctx.admin);
  const events = await api().get('/v1/events').query({ procedureId, limit: 100 }).set('authorization', ctx.admin);
  const history = await api().get(`/v1/applications/${applicationId}/history`).set('authorization', ctx.admin);
  const moves = (audit.body.items as Array<Record<string, unknown>>).filter((e) => e.action === 'application.stage_changed' || e.entityType === 'application');
  return {
    audit: moves[moves.length - 1]!,
    event: (events.body.items as Array<Record<string, unknown>>).filter((e) => e.entityId === applicationId).pop()!,
    history: (history.body.items as Array<Record<string, unknown>>).pop()!,
  };
}

describe('users', () => {
  it('admin keys add, list, read and change people; consultants read them; committee and scheduler keys do not', async () => {
    const anna = await createUser({ name: 'Anna de Vries', email: email('anna'), role: 'consultant' });
    expect(anna).toMatchObject({ name: 'Anna de Vries', role: 'consultant', active: true, deactivatedAt: null, version: 1 });

    const byConsultant = await api()
      .post('/v1/users')
      .set('authorization', consultant)
      .send({ name: 'X', email: email('x'), role: 'consultant' });
    expect(byConsultant.status).toBe(403);
    expect(byConsultant.body.code).toBe('FORBIDDEN_FOR_ROLE');

    const list = await api().get('/v1/users').query({ limit: 100 }).set('authorization', consultant);
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: User) => u.id)).toContain(anna.id);
    const read = await api().get(`/v1/users/${anna.id}`).set('authorization', consultant);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');

    const scheduler = (await agencyKey(ctx, 'scheduler')).authorization;
    expect((await api().get('/v1/users').set('authorization', scheduler)).body.code).toBe('FORBIDDEN_FOR_ROLE');
    const { procedure } = await createProcedure(ctx);
    const [member] = await seedCommittee(ctx, procedure.id);
    const committeeRead = await api().get(`/v1/users/${anna.id}`).set('authorization', member!.authorization);
    expect(committeeRead.status).toBe(403);
    expect(committeeRead.text).not.toContain('Anna');

    const noIfMatch = await api().patch(`/v1/users/${anna.id}`).set('authorization', ctx.admin).send({ name: 'Anna Jansen' });
    expect(noIfMatch.status).toBe(428);
    const stale = await api().patch(`/v1/users/${anna.id}`).set('authorization', ctx.admin).set('if-match', '"7"').send({ name: 'Anna Jansen' });
    expect(stale.status).toBe(412);
    const renamed = await patchUser(anna.id, { name: 'Anna Jansen', role: 'admin' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Anna Jansen', role: 'admin', version: 2 });
    expect(renamed.headers.etag).toBe('"2"');
    const byConsultantPatch = await api().patch(`/v1/users/${anna.id}`).set('authorization', consultant).set('if-match', '*').send({ name: 'Y' });
    expect(byConsultantPatch.body.code).toBe('FORBIDDEN_FOR_ROLE');
  });

  it('one person per e-mail address, compared case-insensitively', async () => {
    const address = email('bart');
    const bart = await createUser({ name: 'Bart', email: address, role: 'consultant' });
    const again = await api().post('/v1/users').set('authorization', ctx.admin).send({ name: 'Bart 2', email: address.toUpperCase(), role: 'admin' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'USER_EMAIL_EXISTS', errors: [{ path: 'body.email' }] });
    const other = await createUser({ name: 'Carla', email: email('carla'), role: 'consultant' });
    const taken = await patchUser(other.id, { email: address });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('USER_EMAIL_EXISTS');
    expect((await patchUser(bart.id, { email: address.toUpperCase() })).status).toBe(200);
  });

  it('the audit trail records changes of people without their names or e-mail addresses', async () => {
    const dirk = await createUser({ name: 'Dirk Geheimnaam', email: email('dirk.geheim'), role: 'consultant' });
    await patchUser(dirk.id, { name: 'Dirk Anders', email: email('dirk.anders'), active: false });
    const entries = await ctx.db.prisma.auditEntry.findMany({ where: { entityType: 'user', entityId: dirk.id }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['user.created', 'user.deactivated']);
    expect(entries[0]!.changes).toEqual({
      name: { from: '[personal data]', to: '[personal data]' },
      email: { from: '[personal data]', to: '[personal data]' },
      role: { from: null, to: 'consultant' },
    });
    expect(entries[1]!.changes).toMatchObject({ name: { from: '[personal data]', to: '[personal data]' }, deactivatedAt: { from: null } });
    const text = JSON.stringify(entries.map((e) => [e.changes, e.reason]));
    expect(text).not.toMatch(/Dirk|Geheimnaam|Anders|agency\.example/);
    const events = await ctx.db.prisma.event.findMany({ where: { entityId: dirk.id } });
    expect(events).toEqual([]);
  });
});

describe('keys of a person', () => {
  it("act in the person's role and attribute their writes to the person: audit trail, history, events", async () => {
    const eva = await createUser({ name: 'Eva Consultant', email: email('eva'), role: 'consultant' });
    const key = await createKey({ name: 'Eva laptop', userId: eva.id });
    expect(key.body).toMatchObject({ role: 'consultant', userId: eva.id, actOnBehalf: false });

    const { procedureId, applicationId } = await openApplication();
    await moveOk(ctx, applicationId, 'preselected', { authorization: key.authorization, reason: 'Fits the profile.' });
    const { audit, event, history } = await lastMove(procedureId, applicationId);
    expect(audit).toMatchObject({ actor: `key:${key.id}`, actorRole: 'consultant', userId: eva.id });
    expect(event).toMatchObject({ type: 'application.stage_changed', userId: eva.id });
    expect(history).toMatchObject({ to: 'preselected', actor: `key:${key.id}`, userId: eva.id });
    // The audit trail can be read per person.
    const mine = await api().get(`/v1/procedures/${procedureId}/audit`).query({ userId: eva.id }).set('authorization', ctx.admin);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((e: { userId: string }) => e.userId === eva.id)).toBe(true);
    // A key of no person records no one.
    ctx.clock.set('2026-01-08T12:00:00+01:00');
    await moveOk(ctx, applicationId, 'rejected', { authorization: consultant, reasonCategory: 'not_selected_by_agency' });
    expect((await lastMove(procedureId, applicationId)).history).toMatchObject({ to: 'rejected', userId: null });
  });

  it("follow the person's role when it changes, and stop working when the person is deactivated", async () => {
    const finn = await createUser({ name: 'Finn', email: email('finn'), role: 'consultant' });
    const key = await createKey({ name: 'Finn', userId: finn.id });
    expect((await api().get('/v1/api-keys').set('authorization', key.authorization)).body.code).toBe('FORBIDDEN_FOR_ROLE');
    await patchUser(finn.id, { role: 'admin' });
    expect((await api().get('/v1/api-keys').set('authorization', key.authorization)).status).toBe(200);
    expect((await ctx.db.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).role).toBe('admin');

    expect((await patchUser(finn.id, { active: false })).body).toMatchObject({ active: false, deactivatedAt: expect.any(String) });
    const refused = await api().get('/v1/me').set('authorization', key.authorization);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
    expect((await patchUser(finn.id, { active: true })).body).toMatchObject({ active: true, deactivatedAt: null });
    expect((await api().get('/v1/me').set('authorization', key.authorization)).status).toBe(200);
  });

  it("stop working on every other instance within one second of the person's deactivation (the key cache time)", async () => {
    const hugo = await createUser({ name: 'Hugo', email: email('hugo'), role: 'consultant' });
    const key = await createKey({ name: 'Hugo', userId: hugo.id });
    const second = await ctx.secondInstance();
    // The second instance has verified (and remembers) the key.
    expect((await request(second.server).get('/v1/clients').set('authorization', key.authorization)).status).toBe(200);
    const deactivatedFrom = Date.now();
    expect((await patchUser(hugo.id, { active: false })).status).toBe(200);
    expect((await api().get('/v1/clients').set('authorization', key.authorization)).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, deactivatedFrom + 1000 - Date.now())));
    expect((await request(second.server).get('/v1/clients').set('authorization', key.authorization)).status).toBe(401);
  });

  it('are listed per person (GET /v1/api-keys?userId=)', async () => {
    const kim = await createUser({ name: 'Kim', email: email('kim'), role: 'consultant' });
    const lea = await createUser({ name: 'Lea', email: email('lea'), role: 'admin' });
    const laptop = await createKey({ name: 'Kim laptop', userId: kim.id });
    const phone = await createKey({ name: 'Kim phone', userId: kim.id });
    await createKey({ name: 'Lea laptop', userId: lea.id });
    const list = async (query: Record<string, string>) => {
      const res = await api()
        .get('/v1/api-keys')
        .query({ limit: 100, ...query })
        .set('authorization', ctx.admin);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body.items as Array<{ id: string }>).map((k) => k.id).sort();
    };
    const both = [laptop.id, phone.id].sort();
    expect(await list({ userId: kim.id })).toEqual(both);
    await api().delete(`/v1/api-keys/${phone.id}`).set('authorization', ctx.admin).expect(204);
    expect(await list({ userId: kim.id })).toEqual([laptop.id]);
    expect(await list({ userId: kim.id, includeRevoked: 'true' })).toEqual(both);
    expect(await list({ userId: kim.id, role: 'admin' })).toEqual([]);
    expect(await list({ userId: randomUUID() })).toEqual([]);
    const bad = await api().get('/v1/api-keys').query({ userId: 'kim' }).set('authorization', ctx.admin);
    expect([bad.status, bad.body.code, bad.body.errors?.[0]?.path]).toEqual([400, 'VALIDATION_FAILED', 'querystring.userId']);
  });

  it('keep their names out of the audit trail, as the names of people: created and revoked', async () => {
    const mara = await createUser({ name: 'Mara', email: email('mara'), role: 'consultant' });
    const key = await createKey({ name: 'Mara Geheimnaam laptop', userId: mara.id });
    await api().delete(`/v1/api-keys/${key.id}`).set('authorization', ctx.admin).expect(204);
    const entries = await ctx.db.prisma.auditEntry.findMany({ where: { entityType: 'api_key', entityId: key.id }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['api_key.created', 'api_key.revoked']);
    expect(entries[0]!.changes).toEqual({
      role: { to: 'consultant' },
      name: { from: '[personal data]', to: '[personal data]' },
      userId: { to: mara.id },
    });
    expect(JSON.stringify(entries.map((e) => [e.changes, e.reason]))).not.toMatch(/Geheimnaam/);
  });

  it('are refused for an unknown or deactivated person, with another role, or with actOnBehalf', async () => {
    const gina = await createUser({ name: 'Gina', email: email('gina'), role: 'consultant' });
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ name: 'k', userId: randomUUID() }, 422, 'USER_NOT_FOUND'],
      [{ name: 'k', userId: gina.id, role: 'admin' }, 422, 'USER_KEY_ROLE_MISMATCH'],
      [{ name: 'k', userId: gina.id, actOnBehalf: true }, 422, 'ON_BEHALF_ONLY_FOR_AGENCY_KEYS'],
      [{ name: 'k', role: 'scheduler', actOnBehalf: true }, 422, 'ON_BEHALF_ONLY_FOR_AGENCY_KEYS'],
      [{ name: 'k' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await api().post('/v1/api-keys').set('authorization', ctx.admin).send(body);
      expect([res.status, res.body.code], JSON.stringify(body)).toEqual([status, code]);
    }
    await patchUser(gina.id, { active: false });
    const res = await api().post('/v1/api-keys').set('authorization', ctx.admin).send({ name: 'k', userId: gina.id });
    expect([res.status, res.body.code]).toEqual([422, 'USER_DEACTIVATED']);
    expect(await ctx.db.prisma.apiKey.count({ where: { name: 'k' } })).toBe(0);
  });
});

describe('On-Behalf-Of', () => {
  it('an integration key acts as the person: the audit trail, the history and the event record the person and the key', async () => {
    const hanna = await createUser({ name: 'Hanna', email: email('hanna'), role: 'consultant' });
    const integration = await createKey({ name: 'Agency portal', role: 'admin', actOnBehalf: true });
    expect(integration.body).toMatchObject({ actOnBehalf: true, userId: null });
    const { procedureId, applicationId } = await openApplication();
    await moveOk(ctx, applicationId, 'preselected', { authorization: integration.authorization, reason: 'Portal' });
    expect((await lastMove(procedureId, applicationId)).audit).toMatchObject({ actorRole: 'admin', userId: null });

    ctx.clock.set('2026-01-08T12:00:00+01:00');
    const etag = (await api().get(`/v1/applications/${applicationId}`).set('authorization', ctx.admin)).headers.etag as string;
    const res = await api()
      .post(`/v1/applications/${applicationId}/transitions`)
      .set('authorization', integration.authorization)
      .set('on-behalf-of', hanna.id)
      .set('if-match', etag)
      .send({ to: 'rejected', reasonCategory: 'not_selected_by_agency' });
    expect(res.status).toBe(200);
    const { audit, event, history } = await lastMove(procedureId, applicationId);
    // The request ran in the person's role, with the integration key.
    expect(audit).toMatchObject({ actor: `key:${integration.id}`, actorRole: 'consultant', userId: hanna.id });
    expect(event).toMatchObject({ userId: hanna.id, payload: { to: 'rejected' } });
    expect(history).toMatchObject({ to: 'rejected', actor: `key:${integration.id}`, userId: hanna.id });
    // Staff names never reach the trail or the events.
    const rows = JSON.stringify((await ctx.db.prisma.auditEntry.findMany({ where: { entityId: applicationId } })).map((e) => [e.changes, e.reason]));
    expect(rows).not.toContain('Hanna');

    // It runs in the person's role: a consultant may not list keys.
    const keys = await api().get('/v1/api-keys').set('authorization', integration.authorization).set('on-behalf-of', hanna.id);
    expect([keys.status, keys.body.code]).toEqual([403, 'FORBIDDEN_FOR_ROLE']);
  });

  it('keeps the Idempotency-Key of each person apart', async () => {
    const ida = await createUser({ name: 'Ida', email: email('ida'), role: 'consultant' });
    const jan = await createUser({ name: 'Jan', email: email('jan'), role: 'consultant' });
    const integration = await createKey({ name: 'portal', role: 'consultant', actOnBehalf: true });
    const send = (userId: string) =>
      api()
        .post('/v1/clients')
        .set('authorization', integration.authorization)
        .set('on-behalf-of', userId)
        .set('idempotency-key', 'same-key')
        .send({ name: 'Provincie Utrecht' });
    const first = await send(ida.id);
    const second = await send(jan.id);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(second.body.id).not.toBe(first.body.id);
    const replay = await send(ida.id);
    expect(replay.headers['idempotent-replayed']).toBe('true');
  });

  it('is refused, changing nothing, for a key without the permission, a committee key, a bad, unknown or deactivated person, or a role above the key', async () => {
    const kim = await createUser({ name: 'Kim', email: email('kim'), role: 'consultant' });
    const boss = await createUser({ name: 'Boss', email: email('boss'), role: 'admin' });
    const gone = await createUser({ name: 'Gone', email: email('gone'), role: 'consultant' });
    await patchUser(gone.id, { active: false });
    const kimKey = await createKey({ name: 'Kim', userId: kim.id });
    const consultantIntegration = await createKey({ name: 'portal', role: 'consultant', actOnBehalf: true });
    const adminIntegration = await createKey({ name: 'portal admin', role: 'admin', actOnBehalf: true });
    const { procedureId, applicationId } = await openApplication();
    const [member] = await seedCommittee(ctx, procedureId);

    const cases: Array<[string, string, string, number, string]> = [
      ['a plain consultant key', consultant, kim.id, 403, 'ON_BEHALF_NOT_ALLOWED'],
      ['the admin bootstrap key', ctx.admin, kim.id, 403, 'ON_BEHALF_NOT_ALLOWED'],
      ["a person's own key", kimKey.authorization, kim.id, 403, 'ON_BEHALF_NOT_ALLOWED'],
      ['a committee key', member!.authorization, kim.id, 403, 'ON_BEHALF_NOT_ALLOWED'],
      ['a malformed id', adminIntegration.authorization, 'kim', 400, 'INVALID_ON_BEHALF_OF'],
      ['two ids', adminIntegration.authorization, `${kim.id}, ${kim.id}`, 400, 'INVALID_ON_BEHALF_OF'],
      ['an unknown person', adminIntegration.authorization, randomUUID(), 403, 'ON_BEHALF_USER_UNKNOWN'],
      ['a deactivated person', adminIntegration.authorization, gone.id, 403, 'ON_BEHALF_USER_DEACTIVATED'],
      ['an admin through a consultant key', consultantIntegration.authorization, boss.id, 403, 'ON_BEHALF_ROLE_TOO_HIGH'],
    ];
    const moveAs = async (authorization: string, onBehalf: string) =>
      api()
        .post(`/v1/applications/${applicationId}/transitions`)
        .set('authorization', authorization)
        .set('on-behalf-of', onBehalf)
        .set('if-match', await etagOf(ctx, applicationId))
        .send({ to: 'preselected' });
    const before = await ctx.db.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
    const auditBefore = await ctx.db.prisma.auditEntry.count();
    for (const [label, authorization, onBehalf, status, code] of cases) {
      const res = await moveAs(authorization, onBehalf);
      expect([res.status, res.body.code], label).toEqual([status, code]);
      expect(res.body.detail, label).toContain('On-Behalf-Of');
      const read = await api().get('/v1/me').set('authorization', authorization).set('on-behalf-of', onBehalf);
      expect(read.body.code, label).toBe(code);
    }
    const after = await ctx.db.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect([after.stage, after.version]).toEqual([before.stage, before.version]);
    expect(await ctx.db.prisma.auditEntry.count()).toBe(auditBefore);
    // The consultant integration key may act for a consultant.
    const ok = await moveAs(consultantIntegration.authorization, kim.id);
    expect(ok.status).toBe(200);
  });

  it('is a header a browser front end may send (CORS)', async () => {
    const cors = await createTestApp({ env: { CORS_ORIGINS: 'https://portal.agency.example' } });
    try {
      const res = await request(cors.app.server)
        .options('/v1/clients')
        .set('origin', 'https://portal.agency.example')
        .set('access-control-request-method', 'POST')
        .set('access-control-request-headers', 'authorization, on-behalf-of');
      expect(res.status).toBeLessThan(300);
      expect(String(res.headers['access-control-allow-headers'])).toContain('on-behalf-of');
    } finally {
      await cors.close();
    }
  });
});

describe('GET /v1/me', () => {
  type Op = { method: string; path: string; operationId: string };
  const me = (authorization: string, onBehalf?: string) => {
    const req = api().get('/v1/me').set('authorization', authorization);
    return onBehalf ? req.set('on-behalf-of', onBehalf) : req;
  };
  const has = (ops: Op[], method: string, path: string) => ops.some((o) => o.method === method && o.path === path);

  it('describes the bootstrap admin key and every operation there is', async () => {
    const res = await me(ctx.admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      key: { id: null, name: 'ADMIN_API_KEY (environment)', role: 'admin', prefix: null, actOnBehalf: false },
      user: null,
      actingUser: null,
      role: 'admin',
    });
    const ops = res.body.operations as Op[];
    expect(has(ops, 'POST', '/v1/users')).toBe(true);
    expect(has(ops, 'GET', '/v1/me')).toBe(true);
    expect(has(ops, 'GET', '/health')).toBe(false);
  });

  it('lists what a consultant may call, and nothing it may not: every operation left out answers 403 FORBIDDEN_FOR_ROLE', async () => {
    const all = (await me(ctx.admin)).body.operations as Op[];
    const res = await me(consultant);
    expect(res.body).toMatchObject({ key: { role: 'consultant', prefix: expect.stringMatching(/^pt_/) }, role: 'consultant', user: null });
    const ops = res.body.operations as Op[];
    expect(has(ops, 'GET', '/v1/users')).toBe(true);
    expect(has(ops, 'POST', '/v1/users')).toBe(false);
    const excluded = all.filter((o) => !has(ops, o.method, o.path));
    expect(excluded.length).toBeGreaterThan(0);
    for (const op of excluded) {
      const url = op.path.replace(/\{[^}]+\}/g, () => randomUUID());
      const res = await api()[op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url).set('authorization', consultant);
      expect([res.status, res.body.code], `${op.method} ${op.path}`).toEqual([403, 'FORBIDDEN_FOR_ROLE']);
    }
  });

  it('for a committee and a scheduler key: their own operations, which they may call', async () => {
    const { procedure } = await createProcedure(ctx);
    const [member] = await seedCommittee(ctx, procedure.id);
    const committee = await me(member!.authorization);
    expect(committee.body).toMatchObject({
      role: 'committee',
      key: { role: 'committee', procedureId: procedure.id, committeeMemberId: member!.id },
      user: null,
    });
    const scheduler = await me((await agencyKey(ctx, 'scheduler')).authorization);
    expect(scheduler.body).toMatchObject({ role: 'scheduler', key: { role: 'scheduler', procedureId: null } });
    for (const [res, authorization] of [
      [committee, member!.authorization],
      [scheduler, null],
    ] as const) {
      const ops = res.body.operations as Op[];
      expect(has(ops, 'GET', '/v1/me')).toBe(true);
      expect(has(ops, 'GET', '/v1/users')).toBe(false);
      expect(has(ops, 'POST', '/v1/api-keys')).toBe(false);
      if (authorization) {
        for (const op of ops.filter((o) => o.method === 'GET')) {
          const url = op.path.replace(/\{procedureId\}/g, procedure.id).replace(/\{[^}]+\}/g, () => randomUUID());
          const read = await api().get(url).set('authorization', authorization);
          expect(read.body?.code, `GET ${op.path}`).not.toBe('FORBIDDEN_FOR_ROLE');
        }
      }
    }
  });

  it("names the key's own person, and the acting person with On-Behalf-Of", async () => {
    const lea = await createUser({ name: 'Lea', email: email('lea'), role: 'consultant' });
    const own = await createKey({ name: 'Lea', userId: lea.id });
    expect((await me(own.authorization)).body).toMatchObject({
      key: { id: own.id, role: 'consultant', actOnBehalf: false },
      user: { id: lea.id, name: 'Lea', role: 'consultant' },
      actingUser: null,
      role: 'consultant',
    });
    const integration = await createKey({ name: 'portal', role: 'admin', actOnBehalf: true });
    const acting = await me(integration.authorization, lea.id);
    expect(acting.body).toMatchObject({
      key: { id: integration.id, role: 'admin', actOnBehalf: true },
      user: null,
      actingUser: { id: lea.id, name: 'Lea', role: 'consultant' },
      role: 'consultant',
    });
    expect(has(acting.body.operations, 'POST', '/v1/users')).toBe(false);
    expect(has((await me(integration.authorization)).body.operations, 'POST', '/v1/users')).toBe(true);
  });
});
