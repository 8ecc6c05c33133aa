import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { agencyKey } from '../factories/committee.js';
import { endProcedure, sweep } from '../factories/lifecycle.js';
import { seedCommittee } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';
import { closeStageOk, seedComplete } from '../factories/transitions.js';

/**
 * Consultants' notes on an application (src/modules/notes): internal unless
 * shared, shared only once the overview was sent, never in the audit trail,
 * and personal data of the candidate (export, erasure).
 */

let ctx: TestContext;
let consultant: string;
let consultantId: string;
let committee: string;
let procedureId: string;
let otherCommittee: string;
let apps: Array<{ applicationId: string; candidateId: string }>;

const api = () => request(ctx.app.server);

beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00' });
  const key = await agencyKey(ctx, 'consultant');
  consultant = key.authorization;
  consultantId = `key:${key.id}`;
  const { procedure } = await createProcedure(ctx, { open: true });
  procedureId = procedure.id;
  const [member] = await seedCommittee(ctx, procedure.id);
  committee = member!.authorization;
  const { procedure: other } = await createProcedure(ctx, { open: true });
  otherCommittee = (await seedCommittee(ctx, other.id))[0]!.authorization;
  ctx.clock.set('2026-01-08T10:00:00+01:00');
  apps = [];
  for (let i = 0; i < 4; i++) apps.push(await seedComplete(ctx, procedure.id, { stage: 'preselected' }));
}, 120_000);
afterAll(async () => ctx?.close());

function note(applicationId: string, body: unknown, auth = consultant) {
  return api()
    .post(`/v1/applications/${applicationId}/notes`)
    .set('authorization', auth)
    .send(body as object);
}

describe('notes on an application', () => {
  let noteId: string;
  let etag: string;

  it('a consultant writes an internal note; the author is the calling key', async () => {
    const res = await note(apps[0]!.applicationId, { text: 'Belde terug: beschikbaar per 1 april.' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      applicationId: apps[0]!.applicationId,
      procedureId,
      text: 'Belde terug: beschikbaar per 1 april.',
      shared: false,
      version: 1,
    });
    expect(res.body.author).toBe(consultantId);
    expect(res.headers.location).toBe(`/v1/notes/${res.body.id}`);
    expect(res.headers.etag).toBe('"1"');
    noteId = res.body.id;
    etag = res.headers.etag as string;
  });

  it('refuses bad input with 400 and unknown applications with 404', async () => {
    for (const body of [{}, { text: '' }, { text: '   ' }, { text: 'x'.repeat(5001) }, { text: 'ok', shared: 'yes' }, { text: 'ok', extra: 1 }]) {
      const res = await note(apps[0]!.applicationId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    // A note runs over several lines; other control characters are refused.
    const lines = await note(apps[0]!.applicationId, { text: 'Gebeld op 12 januari.\n\tBeschikbaar per 1 april.' });
    expect(lines.status, JSON.stringify(lines.body)).toBe(201);
    expect(lines.body.text).toBe('Gebeld op 12 januari.\n\tBeschikbaar per 1 april.');
    expect(
      (
        await api()
          .delete(`/v1/notes/${lines.body.id}`)
          .set('authorization', consultant)
          .set('if-match', lines.headers.etag as string)
      ).status,
    ).toBe(204);
    expect((await note(apps[0]!.applicationId, { text: 'bell\u0007' })).status).toBe(400);
    expect((await note('not-a-uuid', { text: 'x' })).status).toBe(400);
    expect((await note('00000000-0000-4000-8000-000000000000', { text: 'x' })).status).toBe(404);
    const patch = await api().patch(`/v1/notes/${noteId}`).set('authorization', consultant).set('if-match', etag).send({});
    expect(patch.status).toBe(400);
  });

  it('committee keys cannot write notes', async () => {
    const res = await note(apps[0]!.applicationId, { text: 'x' }, committee);
    expect(res.status).toBe(403);
  });

  it('refuses sharing with the committee before the overview was sent', async () => {
    const res = await note(apps[0]!.applicationId, { text: 'Voor de commissie', shared: true });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('NOTE_SHARING_TOO_EARLY');
    const patch = await api().patch(`/v1/notes/${noteId}`).set('authorization', consultant).set('if-match', etag).send({ shared: true });
    expect(patch.status).toBe(409);
    expect(patch.body.code).toBe('NOTE_SHARING_TOO_EARLY');
  });

  it('a committee key sees nothing before the overview was sent', async () => {
    expect((await api().get(`/v1/applications/${apps[0]!.applicationId}/notes`).set('authorization', committee)).status).toBe(404);
    expect((await api().get(`/v1/notes/${noteId}`).set('authorization', committee)).status).toBe(404);
  });

  it('editing needs If-Match (428) with the current ETag (412)', async () => {
    const none = await api().patch(`/v1/notes/${noteId}`).set('authorization', consultant).send({ text: 'Nieuw' });
    expect(none.status).toBe(428);
    const stale = await api().patch(`/v1/notes/${noteId}`).set('authorization', consultant).set('if-match', '"7"').send({ text: 'Nieuw' });
    expect(stale.status).toBe(412);
    const ok = await api()
      .patch(`/v1/notes/${noteId}`)
      .set('authorization', consultant)
      .set('if-match', etag)
      .send({ text: 'Belde terug: beschikbaar per 1 mei.' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ text: 'Belde terug: beschikbaar per 1 mei.', shared: false, version: 2 });
    expect(ok.headers.etag).toBe('"2"');
    etag = ok.headers.etag as string;
    const read = await api().get(`/v1/notes/${noteId}`).set('authorization', consultant);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"2"');
  });

  it('after the overview was sent, shares a note; the committee reads the shared notes only', async () => {
    ctx.clock.set('2026-01-14T10:00:00+01:00');
    await closeStageOk(ctx, procedureId, 'preselection');
    const internal = await note(apps[0]!.applicationId, { text: 'Intern: salarisverwachting hoog.' });
    expect(internal.status).toBe(201);
    const list = await api().get(`/v1/applications/${apps[0]!.applicationId}/notes`).set('authorization', committee);
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ items: [], nextCursor: null });

    const shared = await api().patch(`/v1/notes/${noteId}`).set('authorization', consultant).set('if-match', etag).send({ shared: true });
    expect(shared.status, JSON.stringify(shared.body)).toBe(200);
    expect(shared.body.shared).toBe(true);
    etag = shared.headers.etag as string;
    const direct = await note(apps[1]!.applicationId, { text: 'Voor de commissie: sterk in verandertrajecten.', shared: true });
    expect(direct.status).toBe(201);

    const seen = await api().get(`/v1/applications/${apps[0]!.applicationId}/notes`).set('authorization', committee);
    expect(seen.body.items.map((n: { id: string }) => n.id)).toEqual([noteId]);
    // Who wrote it is the agency's business.
    expect(seen.body.items[0].author).toBeNull();
    expect(JSON.stringify(seen.body)).not.toContain('salarisverwachting');
    expect((await api().get(`/v1/notes/${noteId}`).set('authorization', committee)).status).toBe(200);
    expect((await api().get(`/v1/notes/${internal.body.id}`).set('authorization', committee)).status).toBe(404);
    // Another procedure's committee sees neither the application nor its notes.
    expect((await api().get(`/v1/applications/${apps[0]!.applicationId}/notes`).set('authorization', otherCommittee)).status).toBe(404);
    expect((await api().get(`/v1/notes/${noteId}`).set('authorization', otherCommittee)).status).toBe(404);

    const agency = await api().get(`/v1/applications/${apps[0]!.applicationId}/notes?limit=1`).set('authorization', consultant);
    expect(agency.body.items).toHaveLength(1);
    const next = await api().get(`/v1/applications/${apps[0]!.applicationId}/notes?limit=1&cursor=${agency.body.nextCursor}`).set('authorization', consultant);
    expect([...agency.body.items, ...next.body.items].map((n: { id: string }) => n.id)).toEqual([noteId, internal.body.id]);

    // Taken back from the committee.
    const back = await api().patch(`/v1/notes/${noteId}`).set('authorization', consultant).set('if-match', etag).send({ shared: false });
    expect(back.status).toBe(200);
    etag = back.headers.etag as string;
    expect((await api().get(`/v1/notes/${noteId}`).set('authorization', committee)).status).toBe(404);
    expect((await api().patch(`/v1/notes/${noteId}`).set('authorization', committee).set('if-match', etag).send({ shared: true })).status).toBe(403);
  });

  it('audits create, edit and delete without the text', async () => {
    const del = await api().delete(`/v1/notes/${noteId}`).set('authorization', consultant);
    expect(del.status).toBe(204);
    expect((await api().get(`/v1/notes/${noteId}`).set('authorization', consultant)).status).toBe(404);
    expect((await api().delete(`/v1/notes/${noteId}`).set('authorization', consultant)).status).toBe(404);
    const entries = await ctx.db.prisma.auditEntry.findMany({ where: { entityType: 'note', entityId: noteId }, orderBy: { at: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['note.created', 'note.updated', 'note.updated', 'note.updated', 'note.deleted']);
    expect(entries.every((e) => e.actor.startsWith('key:') && e.actorRole === 'consultant')).toBe(true);
    const text = JSON.stringify((await ctx.db.prisma.auditEntry.findMany({ where: { entityType: 'note' } })).map((e) => e.changes));
    expect(text).not.toMatch(/beschikbaar|salarisverwachting|verandertrajecten/);
    expect(text).toContain('[personal data]');
    const audit = await api().get(`/v1/procedures/${procedureId}/audit`).set('authorization', consultant);
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).not.toMatch(/beschikbaar|salarisverwachting|verandertrajecten/);
  });
});

describe('notes are personal data of the candidate', () => {
  it('are part of the access export and gone after erasure on request', async () => {
    const target = apps[2]!;
    const created = await note(target.applicationId, { text: 'Exporttekst over de kandidaat.' });
    expect(created.status).toBe(201);
    const exported = await api().get(`/v1/candidates/${target.candidateId}/export`).set('authorization', consultant);
    expect(exported.status, JSON.stringify(exported.body)).toBe(200);
    expect(exported.body.applications[0].notes).toEqual([
      expect.objectContaining({ id: created.body.id, text: 'Exporttekst over de kandidaat.', shared: false }),
    ]);
    const erased = await api().delete(`/v1/candidates/${target.candidateId}`).set('authorization', consultant);
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(await ctx.db.prisma.applicationNote.count({ where: { applicationId: target.applicationId } })).toBe(0);
    expect((await api().get(`/v1/notes/${created.body.id}`).set('authorization', consultant)).status).toBe(404);
    const again = await note(target.applicationId, { text: 'Na het wissen' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('APPLICATION_ERASED');
  });

  it('are erased by the retention rule with the candidate', async () => {
    const target = apps[3]!;
    expect((await note(target.applicationId, { text: 'Bewaartermijn-notitie.' })).status).toBe(201);
    await endProcedure(ctx, procedureId, '2026-02-01T10:00:00+01:00', 'cancelled');
    ctx.clock.set('2026-03-15T10:00:00+01:00');
    const report = await sweep(ctx, (await agencyKey(ctx, 'scheduler')).authorization);
    expect(report.retention.candidates.map((c) => c.candidateId)).toContain(target.candidateId);
    expect(await ctx.db.prisma.applicationNote.count({ where: { applicationId: target.applicationId } })).toBe(0);
  });
});
