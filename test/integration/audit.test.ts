import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { createProcedure } from '../factories/procedures.js';
import { addMember, agencyKey, committeeKey, ipoCommittee } from '../factories/committee.js';

let ctx: TestContext;
let consultant: { authorization: string; id: string };
let procedureId: string;
let otherProcedureId: string;
let chairId: string;
let memberId: string;

beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00' });
  consultant = await agencyKey(ctx, 'consultant');
  procedureId = (await createProcedure(ctx)).procedure.id;
  otherProcedureId = (await createProcedure(ctx)).procedure.id;
  ctx.clock.set('2026-01-06T09:00:00+01:00');
  chairId = (await addMember(ctx, procedureId, ipoCommittee[0]!, consultant.authorization)).id;
  ctx.clock.set('2026-01-07T09:00:00+01:00');
  memberId = (await addMember(ctx, procedureId, ipoCommittee[1]!, consultant.authorization)).id;
  await addMember(ctx, otherProcedureId, ipoCommittee[2]!, consultant.authorization);
  ctx.clock.set('2026-01-08T09:00:00+01:00');
  await committeeKey(ctx, procedureId, memberId, consultant.authorization);
  const removed = await request(ctx.app.server)
    .delete(`/v1/procedures/${procedureId}/committee/${memberId}`)
    .set('authorization', consultant.authorization)
    .set('x-request-id', 'remove-member-request');
  if (removed.status !== 204) throw new Error(`remove: ${removed.status}`);
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);
const audit = (query = '', authorization = consultant.authorization) =>
  api().get(`/v1/procedures/${procedureId}/audit${query}`).set('authorization', authorization);

type Item = { id: string; action: string; entityType: string; entityId: string; at: string; actor: string };

describe('GET /v1/procedures/{id}/audit', () => {
  it('lists every change of the procedure in order, with who, what, why, when and the request id', async () => {
    const res = await audit();
    expect(res.status).toBe(200);
    const items = res.body.items as Item[];
    expect(items.map((i) => i.action)).toEqual([
      'procedure.created',
      'timeline.set',
      'committee_member.added',
      'committee_member.added',
      'api_key.created',
      'api_key.revoked',
      'committee_member.removed',
    ]);
    const ids = items.map((i) => BigInt(i.id));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);
    expect(res.body.nextCursor).toBeNull();

    const removal = items.find((i) => i.action === 'committee_member.removed');
    expect(removal).toEqual({
      id: expect.stringMatching(/^\d+$/),
      at: '2026-01-08T08:00:00.000Z',
      actor: `key:${consultant.id}`,
      actorRole: 'consultant',
      action: 'committee_member.removed',
      entityType: 'committee_member',
      entityId: memberId,
      changes: { removedAt: { from: null, to: '2026-01-08T08:00:00.000Z' } },
      reason: null,
      requestId: 'remove-member-request',
      userId: null,
    });
    const revoked = items.find((i) => i.action === 'api_key.revoked');
    expect(revoked).toMatchObject({ reason: 'committee member removed', requestId: 'remove-member-request' });
  });

  it('never shows personal data of committee members', async () => {
    const res = await audit();
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/Anna|de Boer|Jansen|@example\.org/);
    const added = (res.body.items as Array<Item & { changes: Record<string, unknown> }>).find((i) => i.entityId === chairId);
    expect(added?.changes).toEqual({
      name: { from: '[personal data]', to: '[personal data]' },
      email: { from: '[personal data]', to: '[personal data]' },
      role: { from: null, to: 'chair' },
    });
  });

  it('shows nothing of another procedure', async () => {
    const res = await audit();
    const other = await api().get(`/v1/procedures/${otherProcedureId}/audit`).set('authorization', ctx.admin);
    const ownIds = new Set((res.body.items as Item[]).map((i) => i.id));
    expect((other.body.items as Item[]).some((i) => ownIds.has(i.id))).toBe(false);
    expect((other.body.items as Item[]).map((i) => i.action)).toEqual(['procedure.created', 'timeline.set', 'committee_member.added']);
  });

  it('filters by action, entity, actor and time', async () => {
    const byAction = await audit('?action=committee_member.added');
    expect((byAction.body.items as Item[]).map((i) => i.entityId)).toEqual([chairId, memberId]);

    const byEntity = await audit(`?entityType=committee_member&entityId=${memberId}`);
    expect((byEntity.body.items as Item[]).map((i) => i.action)).toEqual(['committee_member.added', 'committee_member.removed']);

    const byActor = await audit(`?actor=${encodeURIComponent('env:ADMIN_API_KEY')}`);
    expect((byActor.body.items as Item[]).map((i) => i.action)).toEqual(['procedure.created', 'timeline.set']);

    // since is inclusive, until exclusive.
    const window = await audit(`?since=${encodeURIComponent('2026-01-06T09:00:00+01:00')}&until=${encodeURIComponent('2026-01-08T09:00:00+01:00')}`);
    expect((window.body.items as Item[]).map((i) => i.at)).toEqual(['2026-01-06T08:00:00.000Z', '2026-01-07T08:00:00.000Z']);

    const none = await audit('?action=no.such.action');
    expect(none.body).toEqual({ items: [], nextCursor: null });
  });

  it('pages with a cursor and never repeats or skips an entry', async () => {
    const all = (await audit()).body.items as Item[];
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await audit(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...(res.body.items as Item[]).map((i) => i.id));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(all.map((i) => i.id));
    expect(pages).toBe(3);
  });

  it('refuses a bad cursor, a reversed range and malformed filters (400)', async () => {
    const cursor = await audit('?cursor=bm90LWEtY3Vyc29y');
    expect(cursor.status).toBe(400);
    expect(cursor.body.code).toBe('INVALID_CURSOR');
    const forged = Buffer.from(JSON.stringify({ k: 'x', id: 'x' })).toString('base64url');
    expect((await audit(`?cursor=${forged}`)).body.code).toBe('INVALID_CURSOR');
    const range = await audit(`?since=${encodeURIComponent('2026-01-08T00:00:00Z')}&until=${encodeURIComponent('2026-01-07T00:00:00Z')}`);
    expect(range.status).toBe(400);
    expect(range.body.code).toBe('INVALID_RANGE');
    const since = await audit('?since=yesterday');
    expect(since.status).toBe(400);
    expect(since.body.errors).toContainEqual(expect.objectContaining({ path: 'querystring.since' }));
    expect((await audit('?limit=101')).status).toBe(400);
  });

  it('answers 404 for an unknown procedure and 403 to committee and scheduler keys', async () => {
    const missing = await api().get('/v1/procedures/00000000-0000-4000-8000-000000000000/audit').set('authorization', ctx.admin);
    expect(missing.status).toBe(404);
    const scheduler = await agencyKey(ctx, 'scheduler');
    expect((await audit('', scheduler.authorization)).status).toBe(403);
    const chairKey = await committeeKey(ctx, procedureId, chairId);
    expect((await audit('', chairKey.authorization)).status).toBe(403);
  });
});

describe('the audit trail is append-only', () => {
  it('no route changes or deletes audit entries', async () => {
    const auditRoutes = ctx.app.routeTable.filter((r) => r.url.includes('audit') && r.method !== 'HEAD');
    expect(auditRoutes.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /v1/procedures/:procedureId/audit']);
    const del = await api().delete(`/v1/procedures/${procedureId}/audit`).set('authorization', ctx.admin);
    expect([404, 405]).toContain(del.status);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on audit entries, whoever asks', async () => {
    const prisma = ctx.db.prisma;
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { procedureId } });
    await expect(prisma.auditEntry.update({ where: { id: entry.id }, data: { action: 'tampered' } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEntry.updateMany({ where: { procedureId }, data: { reason: 'x' } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEntry.deleteMany({ where: { procedureId } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe('TRUNCATE audit_entries')).rejects.toThrow(/append-only/);
    const after = await prisma.auditEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(after).toEqual(entry);
    expect(await prisma.auditEntry.count({ where: { procedureId } })).toBeGreaterThanOrEqual(7);
  });
});
