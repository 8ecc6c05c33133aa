import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { createProcedure } from '../factories/procedures.js';
import { candidateInput, createCandidate } from '../factories/candidates.js';
import { applyJson, applyWithBothPdfs, candidateFields, download, postForm, storedState } from '../factories/applications.js';
import { cvPdf, makePdf, motivationPdf } from '../fixtures/pdf.js';

const IN_WINDOW = '2026-01-05T10:00:00+01:00';
/** End of Tuesday 6 January 2026 in Amsterdam: the first instant that is too late. */
const CLOSING = '2026-01-07T00:00:00+01:00';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ now: IN_WINDOW });
});
afterAll(async () => ctx?.close());
beforeEach(() => ctx.clock.set(IN_WINDOW));

const api = () => request(ctx.app.server);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function openProcedure() {
  return (await createProcedure(ctx, { open: true })).procedure;
}

async function keyFor(role: string, procedureId?: string) {
  const res = await api()
    .post('/v1/api-keys')
    .set('authorization', ctx.admin)
    .send({ name: `${role} key`, role, ...(procedureId ? { procedureId } : {}) });
  expect(res.status).toBe(201);
  return `Bearer ${res.body.token}`;
}

describe('multipart intake', () => {
  it('stores the new candidate, the application and both PDFs together, complete', async () => {
    const procedure = await openProcedure();
    const motivation = await motivationPdf('Zoë van der Berg');
    const cv = await cvPdf('Zoë van der Berg');
    const res = await postForm(ctx, procedure.id, candidateFields({ firstName: 'Zoë', lastName: 'van der Berg' }), [
      { field: 'motivation', content: motivation, filename: 'Motivatie Zoë.pdf' },
      { field: 'cv', content: cv, filename: 'CV Zoë van der Berg.pdf' },
    ]);
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/applications/${res.body.id}`);
    expect(res.headers.etag).toBe(`"${res.body.version}"`);
    expect(res.body).toMatchObject({
      procedureId: procedure.id,
      source: 'open_call',
      stage: 'applied',
      complete: true,
      missingDocuments: [],
      receivedAt: '2026-01-05T09:00:00.000Z',
      completedAt: '2026-01-05T09:00:00.000Z',
      candidate: { firstName: 'Zoë', lastName: 'van der Berg' },
      documents: {
        motivation: { kind: 'motivation', fileName: 'Motivatie Zoë.pdf', sizeBytes: motivation.length, sha256: sha(motivation), current: true },
        cv: { kind: 'cv', fileName: 'CV Zoë van der Berg.pdf', sizeBytes: cv.length, sha256: sha(cv), current: true },
      },
    });
    expect(res.body.documentHistory).toHaveLength(2);
    const stored = await ctx.db.prisma.document.findMany({ where: { applicationId: res.body.id } });
    for (const d of stored) expect(d.storageKey).toMatch(/^doc_[0-9a-f-]{36}$/);
  });

  it('streams each PDF back byte-identical with a safe attachment name', async () => {
    const procedure = await openProcedure();
    // The standard PDF fonts cannot draw Greek; the names are in the form and the file name.
    const motivation = await motivationPdf('Eleni');
    const cv = await cvPdf('Eleni');
    const res = await postForm(ctx, procedure.id, candidateFields({ firstName: 'Ελένη', lastName: 'Παπαδοπούλου' }), [
      { field: 'motivation', content: motivation, filename: 'Ελένη motivatie: v1.pdf' },
      { field: 'cv', content: cv, filename: 'cv' },
    ]);
    expect(res.status).toBe(201);
    const m = await download(ctx, res.body.id, 'motivation');
    expect(m.status).toBe(200);
    expect(m.headers['content-type']).toBe('application/pdf');
    expect(m.headers['content-length']).toBe(String(motivation.length));
    expect(m.headers['content-disposition']).toBe(
      `attachment; filename="_____ motivatie_ v1.pdf"; filename*=UTF-8''${encodeURIComponent('Ελένη motivatie_ v1.pdf')}`,
    );
    expect(Buffer.compare(m.body as Buffer, motivation)).toBe(0);
    const c = await download(ctx, res.body.id, 'cv');
    expect(Buffer.compare(c.body as Buffer, cv)).toBe(0);
    expect(c.headers['content-disposition']).toBe(`attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`);
  });

  it('audits every step without personal data and emits the intake events', async () => {
    const procedure = await openProcedure();
    const app = await applyWithBothPdfs(ctx, procedure.id, { firstName: 'Annelies', lastName: 'Geheimhouder', email: 'annelies.geheim@example.nl' });
    const audit = await ctx.db.prisma.auditEntry.findMany({
      where: { procedureId: procedure.id, entityType: { in: ['candidate', 'application'] } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual([
      'candidate.created',
      'application.received',
      'document.uploaded',
      'document.uploaded',
      'application.completed',
    ]);
    const dump = JSON.stringify(audit.map((a) => [a.changes, a.reason]));
    expect(dump).not.toMatch(/Annelies|Geheimhouder|annelies\.geheim|Motivatie\.pdf/);
    const events = await ctx.db.prisma.event.findMany({ where: { procedureId: procedure.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['application.received', 'document.uploaded', 'application.completed']));
    expect(events.find((e) => e.type === 'application.received')?.payload).toMatchObject({ applicationId: app.id, source: 'open_call' });
  });

  it('attaches the application to an existing candidate by candidateId', async () => {
    const procedure = await openProcedure();
    const candidate = await createCandidate(ctx);
    const res = await postForm(ctx, procedure.id, { candidateId: candidate.id }, [
      { field: 'motivation', content: await motivationPdf() },
      { field: 'cv', content: await cvPdf() },
    ]);
    expect(res.status).toBe(201);
    expect(res.body.candidate.id).toBe(candidate.id);
    const both = await postForm(ctx, procedure.id, { candidateId: candidate.id, firstName: 'Jan' }, []);
    expect(both.status).toBe(400);
    expect(both.body.errors).toContainEqual(expect.objectContaining({ path: 'body.firstName' }));
  });

  it('replays a form sent again with the same Idempotency-Key instead of storing it twice', async () => {
    const procedure = await openProcedure();
    const fields = candidateFields();
    const motivation = await motivationPdf();
    const cv = await cvPdf();
    const send = () =>
      postForm(ctx, procedure.id, fields, [
        { field: 'motivation', content: motivation },
        { field: 'cv', content: cv },
      ]).set('idempotency-key', `intake-${fields.email}`);
    const first = await send();
    expect(first.status).toBe(201);
    const before = await storedState(ctx);
    const again = await send();
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await storedState(ctx)).toEqual(before);
  });

  it('refuses (422) another form of the same length under the same Idempotency-Key, and stores it not', async () => {
    const procedure = await openProcedure();
    const motivation = await motivationPdf();
    const cv = await cvPdf();
    const key = `intake-same-length-${Date.now()}`;
    const send = (fields: Record<string, string>, files = [motivation, cv]) =>
      postForm(ctx, procedure.id, fields, [
        { field: 'motivation', content: files[0]! },
        { field: 'cv', content: files[1]! },
      ]).set('idempotency-key', key);
    const first = await send(candidateFields({ firstName: 'Anna', email: 'anna.same@example.nl' }));
    expect(first.status).toBe(201);
    const before = await storedState(ctx);
    // Another person, every byte count the same: only the content tells them apart.
    const other = await send(candidateFields({ firstName: 'Anne', email: 'anne.same@example.nl' }));
    expect(other.status).toBe(422);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // The same fields with the files swapped between the parts is another request too.
    const swapped = await send(candidateFields({ firstName: 'Anna', email: 'anna.same@example.nl' }), [cv, motivation]);
    expect(swapped.status).toBe(422);
    expect(await storedState(ctx)).toEqual(before);
    // The first form sent again is still a replay.
    const again = await send(candidateFields({ firstName: 'Anna', email: 'anna.same@example.nl' }));
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await storedState(ctx)).toEqual(before);
  });

  it('does not keep an Idempotency-Key of a form refused before it was read: a retry is judged afresh', async () => {
    // A draft takes no applications: the form is refused before it is read.
    const { procedure } = await createProcedure(ctx, { timeline: true });
    const key = `intake-unread-${Date.now()}`;
    const files = [
      { field: 'motivation', content: await motivationPdf() },
      { field: 'cv', content: await cvPdf() },
    ];
    const fields = candidateFields();
    const refused = await postForm(ctx, procedure.id, fields, files).set('idempotency-key', key);
    expect(refused.status).toBe(409);
    const opened = await api()
      .patch(`/v1/procedures/${procedure.id}`)
      .set('authorization', ctx.admin)
      .set('if-match', `"${procedure.version}"`)
      .send({ phase: 'open' });
    expect(opened.status).toBe(200);
    const retried = await postForm(ctx, procedure.id, fields, files).set('idempotency-key', key);
    expect(retried.status).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
  });

  it('accepts a form with one file as an incomplete application', async () => {
    const procedure = await openProcedure();
    const res = await postForm(ctx, procedure.id, candidateFields(), [{ field: 'cv', content: await cvPdf() }]);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ complete: false, missingDocuments: ['motivation'], completedAt: null, documents: { motivation: null } });
  });

  it('refuses a second candidate with the same e-mail (409 with the existing id), storing nothing', async () => {
    const procedure = await openProcedure();
    const first = await applyWithBothPdfs(ctx, procedure.id, { email: 'dubbel@example.nl' });
    const before = await storedState(ctx);
    const res = await postForm(ctx, procedure.id, candidateFields({ email: 'DUBBEL@example.nl' }), [
      { field: 'motivation', content: await motivationPdf() },
      { field: 'cv', content: await cvPdf() },
    ]);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('CANDIDATE_EXISTS');
    expect(res.body.existingCandidateId).toBe(first.candidate.id);
    expect(await storedState(ctx)).toEqual(before);
  });

  it('refuses a second application of the same candidate in the procedure, storing nothing', async () => {
    const procedure = await openProcedure();
    const first = await applyWithBothPdfs(ctx, procedure.id);
    const before = await storedState(ctx);
    const again = await postForm(ctx, procedure.id, { candidateId: first.candidate.id }, [
      { field: 'motivation', content: await motivationPdf() },
      { field: 'cv', content: await cvPdf() },
    ]);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'DUPLICATE_APPLICATION', existingApplicationId: first.id });
    const json = await applyJson(ctx, procedure.id, { candidateId: first.candidate.id });
    expect(json.status).toBe(409);
    expect(json.body.code).toBe('DUPLICATE_APPLICATION');
    expect(await storedState(ctx)).toEqual(before);
    // The same person may apply in another procedure.
    const other = await openProcedure();
    expect((await applyJson(ctx, other.id, { candidateId: first.candidate.id })).status).toBe(201);
  });

  it('validates the candidate fields of a form like the JSON body, after the files, storing nothing', async () => {
    const procedure = await openProcedure();
    const before = await storedState(ctx);
    const res = await postForm(ctx, procedure.id, candidateFields({ email: 'geen-adres', phone: '0612345678' }), [
      { field: 'motivation', content: await motivationPdf() },
      { field: 'cv', content: await cvPdf() },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['body.email', 'body.phone']));
    expect(await storedState(ctx)).toEqual(before);
  });
});

describe('JSON intake and document upload', () => {
  it('creates an incomplete application, then completes it with PUT; a new upload replaces and keeps history', async () => {
    const procedure = await openProcedure();
    const created = await applyJson(ctx, procedure.id, { candidate: candidateInput({ firstName: 'Pieter' }) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ complete: false, missingDocuments: ['motivation', 'cv'], documents: { motivation: null, cv: null } });
    const id = created.body.id;

    const first = await motivationPdf('Pieter');
    const put1 = await api()
      .put(`/v1/applications/${id}/documents/motivation`)
      .query({ fileName: '../../Motivatie Pieter.pdf' })
      .set('authorization', ctx.admin)
      .set('content-type', 'application/pdf')
      .send(first);
    expect(put1.status).toBe(201);
    expect(put1.headers.location).toBe(`/v1/applications/${id}/documents/motivation`);
    expect(put1.body).toMatchObject({ complete: false, missingDocuments: ['cv'], completedAt: null });
    expect(put1.body.documents.motivation).toMatchObject({ fileName: 'Motivatie Pieter.pdf', sha256: sha(first) });

    ctx.clock.advance(60_000);
    const cv = await cvPdf('Pieter');
    const put2 = await api()
      .put(`/v1/applications/${id}/documents/cv`)
      .set('authorization', ctx.admin)
      .attach('file', cv, { filename: 'cv-pieter.pdf', contentType: 'application/pdf' });
    expect(put2.status).toBe(201);
    expect(put2.body).toMatchObject({ complete: true, missingDocuments: [], completedAt: '2026-01-05T09:01:00.000Z' });

    ctx.clock.advance(60_000);
    const second = await makePdf({ title: 'Motivation v2', lines: ['Motivation letter, corrected'] });
    const put3 = await api()
      .put(`/v1/applications/${id}/documents/motivation`)
      .set('authorization', ctx.admin)
      .set('content-type', 'application/pdf')
      .set('content-disposition', `attachment; filename*=UTF-8''Motivatie%20v2.pdf`)
      .set('if-match', `"${put2.body.version}"`)
      .send(second);
    expect(put3.status).toBe(200);
    expect(put3.body.completedAt).toBe('2026-01-05T09:01:00.000Z');
    expect(put3.body.documents.motivation).toMatchObject({ fileName: 'Motivatie v2.pdf', sha256: sha(second), current: true });
    const history = put3.body.documentHistory.filter((d: { kind: string }) => d.kind === 'motivation');
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ current: false, supersededAt: '2026-01-05T09:02:00.000Z', sha256: sha(first), downloadUrl: null });
    const got = await download(ctx, id, 'motivation');
    expect(Buffer.compare(got.body as Buffer, second)).toBe(0);

    const stale = await api()
      .put(`/v1/applications/${id}/documents/motivation`)
      .set('authorization', ctx.admin)
      .set('content-type', 'application/pdf')
      .set('if-match', `"${put2.body.version}"`)
      .send(second);
    expect(stale.status).toBe(412);
  });

  it('answers 404 for a document not uploaded yet, an unknown application and an unknown procedure', async () => {
    const procedure = await openProcedure();
    const created = await applyJson(ctx, procedure.id, { candidate: candidateInput() });
    const none = await download(ctx, created.body.id, 'cv');
    expect(none.status).toBe(404);
    const unknown = '3f2b8c1d-9e4a-4b6c-8d7e-1a2b3c4d5e6f';
    expect((await api().get(`/v1/applications/${unknown}`).set('authorization', ctx.admin)).status).toBe(404);
    expect((await applyJson(ctx, unknown, { candidate: candidateInput() })).status).toBe(404);
    const form = await postForm(ctx, unknown, candidateFields(), [{ field: 'cv', content: await cvPdf() }]);
    expect(form.status).toBe(404);
    expect((await api().get(`/v1/applications/${created.body.id}/documents/letter`).set('authorization', ctx.admin)).status).toBe(400);
  });

  it('keeps one current document per kind when two uploads race', async () => {
    const procedure = await openProcedure();
    const created = await applyJson(ctx, procedure.id, { candidate: candidateInput() });
    const id = created.body.id;
    const a = await makePdf({ title: 'A' });
    const b = await makePdf({ title: 'B' });
    const results = await Promise.all(
      [a, b].map((pdf) => api().put(`/v1/applications/${id}/documents/cv`).set('authorization', ctx.admin).set('content-type', 'application/pdf').send(pdf)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 201]);
    const docs = await ctx.db.prisma.document.findMany({ where: { applicationId: id, kind: 'cv' } });
    expect(docs).toHaveLength(2);
    expect(docs.filter((d) => d.current)).toHaveLength(1);
  });

  it('needs either candidateId or a new candidate, and a body at all', async () => {
    const procedure = await openProcedure();
    const neither = await applyJson(ctx, procedure.id, { source: 'open_call' });
    expect(neither.status).toBe(400);
    expect(neither.body.errors).toContainEqual(expect.objectContaining({ path: 'body.candidateId' }));
    const missing = await applyJson(ctx, procedure.id, { candidateId: '3f2b8c1d-9e4a-4b6c-8d7e-1a2b3c4d5e6f' });
    expect(missing.status).toBe(422);
    expect(missing.body.code).toBe('CANDIDATE_NOT_FOUND');
  });
});

describe('application window', () => {
  it('accepts an open-call application 1 ms before the end of the closing date and refuses it at that instant', async () => {
    const procedure = await openProcedure();
    ctx.clock.set(new Date(new Date(CLOSING).getTime() - 1));
    const onTime = await postForm(ctx, procedure.id, candidateFields(), [
      { field: 'motivation', content: await motivationPdf() },
      { field: 'cv', content: await cvPdf() },
    ]);
    expect(onTime.status).toBe(201);
    expect(onTime.body.receivedAt).toBe('2026-01-06T22:59:59.999Z');

    ctx.clock.set(CLOSING);
    const before = await storedState(ctx);
    const late = await postForm(ctx, procedure.id, candidateFields(), [
      { field: 'motivation', content: await motivationPdf() },
      { field: 'cv', content: await cvPdf() },
    ]);
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('OUTSIDE_APPLICATION_WINDOW');
    expect(late.body.detail).toContain('2026-01-07T00:00:00.000+01:00');
    expect(late.body.closesAt).toBe('2026-01-06T23:00:00.000Z');
    expect(await storedState(ctx)).toEqual(before);

    const lateJson = await applyJson(ctx, procedure.id, { candidate: candidateInput() });
    expect(lateJson.status).toBe(422);
    const referral = await applyJson(ctx, procedure.id, { candidate: candidateInput({ source: 'referral' }) });
    expect(referral.status).toBe(422);
  });

  it('refuses an open-call application before the opening', async () => {
    const procedure = await openProcedure();
    ctx.clock.set(new Date(new Date('2025-12-19T00:00:00+01:00').getTime() - 1));
    const early = await applyJson(ctx, procedure.id, { candidate: candidateInput() });
    expect(early.status).toBe(422);
    expect(early.body.opensAt).toBe('2025-12-18T23:00:00.000Z');
    ctx.clock.set('2025-12-19T00:00:00+01:00');
    expect((await applyJson(ctx, procedure.id, { candidate: candidateInput() })).status).toBe(201);
  });

  it('lets the agency add searched candidates after closing, until the preselection is sent', async () => {
    const procedure = await openProcedure();
    ctx.clock.set('2026-01-10T12:00:00+01:00');
    const searched = await postForm(ctx, procedure.id, candidateFields({ source: 'agency_search' }), [
      { field: 'motivation', content: await motivationPdf() },
      { field: 'cv', content: await cvPdf() },
    ]);
    expect(searched.status).toBe(201);
    expect(searched.body.source).toBe('agency_search');
    const existing = await createCandidate(ctx, { source: 'open_call' });
    const relabelled = await applyJson(ctx, procedure.id, { candidateId: existing.id, source: 'agency_search' });
    expect(relabelled.status).toBe(201);

    await ctx.db.prisma.procedure.update({ where: { id: procedure.id }, data: { overviewSentAt: new Date('2026-01-14T09:00:00+01:00') } });
    ctx.clock.set('2026-01-14T09:00:01+01:00');
    const before = await storedState(ctx);
    const tooLate = await postForm(ctx, procedure.id, candidateFields({ source: 'agency_search' }), [
      { field: 'motivation', content: await motivationPdf() },
      { field: 'cv', content: await cvPdf() },
    ]);
    expect(tooLate.status).toBe(422);
    expect(tooLate.body).toMatchObject({
      code: 'OUTSIDE_APPLICATION_WINDOW',
      closesAt: '2026-01-06T23:00:00.000Z',
      preselectionSentAt: '2026-01-14T08:00:00.000Z',
    });
    expect(await storedState(ctx)).toEqual(before);
    const json = await applyJson(ctx, procedure.id, { candidate: candidateInput({ source: 'agency_search' }) });
    expect(json.status).toBe(422);
    expect(json.body.code).toBe('OUTSIDE_APPLICATION_WINDOW');
    expect(json.body.detail).toContain('2026-01-14T09:00:00.000+01:00');
  });

  it('needs a timeline and a procedure that takes applications', async () => {
    const noTimeline = (await createProcedure(ctx, { timeline: false })).procedure;
    const res = await applyJson(ctx, noTimeline.id, { candidate: candidateInput() });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('PROCEDURE_NOT_ACCEPTING');

    const draft = (await createProcedure(ctx, { timeline: true })).procedure;
    const drafted = await applyJson(ctx, draft.id, { candidate: candidateInput() });
    expect(drafted.status).toBe(409);
    expect(drafted.body.code).toBe('PROCEDURE_NOT_ACCEPTING');

    const open = await openProcedure();
    await ctx.db.prisma.milestone.deleteMany({ where: { procedureId: open.id } });
    const timeless = await applyJson(ctx, open.id, { candidate: candidateInput() });
    expect(timeless.status).toBe(409);
    expect(timeless.body.code).toBe('TIMELINE_REQUIRED');

    const cancelled = await openProcedure();
    const patched = await api()
      .patch(`/v1/procedures/${cancelled.id}`)
      .set('authorization', ctx.admin)
      .set('if-match', `"${cancelled.version}"`)
      .send({ phase: 'cancelled' });
    expect(patched.status).toBe(200);
    const refused = await applyJson(ctx, cancelled.id, { candidate: candidateInput() });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PROCEDURE_NOT_ACCEPTING');
  });
});

describe('reading applications', () => {
  it('lists a procedure in order of arrival with filters and a cursor', async () => {
    const procedure = await openProcedure();
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      made.push((await applyWithBothPdfs(ctx, procedure.id, { lastName: `Volledig${i}` })).id);
      ctx.clock.advance(1000);
    }
    const incomplete = await applyJson(ctx, procedure.id, { candidate: candidateInput({ lastName: 'Onvolledig' }) });
    made.push(incomplete.body.id);
    ctx.clock.advance(1000);
    const searched = await applyJson(ctx, procedure.id, { candidate: candidateInput({ source: 'agency_search' }) });
    made.push(searched.body.id);

    const url = `/v1/procedures/${procedure.id}/applications`;
    const page1 = await api().get(url).query({ limit: 2 }).set('authorization', ctx.admin);
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(2);
    const all = [...page1.body.items];
    let cursor = page1.body.nextCursor;
    while (cursor) {
      const next = await api().get(url).query({ limit: 2, cursor }).set('authorization', ctx.admin);
      all.push(...next.body.items);
      cursor = next.body.nextCursor;
    }
    expect(all.map((a) => a.id)).toEqual(made);
    expect(all[0]).toMatchObject({
      candidate: { lastName: 'Volledig0', email: expect.stringContaining('@example.nl') },
      complete: true,
      documentsPresent: { motivation: true, cv: true },
      missingDocuments: [],
    });

    const open = await api().get(url).query({ complete: 'false' }).set('authorization', ctx.admin);
    expect(open.body.items.map((a: { id: string }) => a.id)).toEqual([incomplete.body.id, searched.body.id]);
    expect(open.body.items[0].documentsPresent).toEqual({ motivation: false, cv: false });
    const done = await api().get(url).query({ complete: 'true' }).set('authorization', ctx.admin);
    expect(done.body.items).toHaveLength(3);
    const bySource = await api().get(url).query({ source: 'agency_search' }).set('authorization', ctx.admin);
    expect(bySource.body.items.map((a: { id: string }) => a.id)).toEqual([searched.body.id]);
    const byStage = await api().get(url).query({ stage: 'shortlisted' }).set('authorization', ctx.admin);
    expect(byStage.body.items).toEqual([]);
    const since = await api().get(url).query({ updatedSince: '2026-01-05T10:00:03+01:00' }).set('authorization', ctx.admin);
    expect(since.body.items.map((a: { id: string }) => a.id)).toEqual([incomplete.body.id, searched.body.id]);
    const bad = await api().get(url).query({ cursor: 'nonsense' }).set('authorization', ctx.admin);
    expect(bad.status).toBe(400);
  });

  it('reads one application in full with its ETag, and PATCHes it with If-Match', async () => {
    const procedure = await openProcedure();
    const app = await applyWithBothPdfs(ctx, procedure.id);
    const read = await api().get(`/v1/applications/${app.id}`).set('authorization', ctx.admin);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(`"${read.body.version}"`);
    expect(read.body.candidate).toMatchObject({ phone: '+31 6 12345678', city: 'Utrecht' });

    const url = `/v1/applications/${app.id}`;
    expect((await api().patch(url).set('authorization', ctx.admin).send({ agencyMotivation: 'x' })).status).toBe(428);
    const ok = await api()
      .patch(url)
      .set('authorization', ctx.admin)
      .set('if-match', read.headers.etag!)
      .send({ agencyMotivation: 'Sterke bestuurder met uitvoeringservaring.' });
    expect(ok.status).toBe(200);
    expect(ok.body.agencyMotivation).toBe('Sterke bestuurder met uitvoeringservaring.');
    expect((await api().patch(url).set('authorization', ctx.admin).set('if-match', read.headers.etag!).send({ agencyMotivation: 'y' })).status).toBe(412);
    const audit = await ctx.db.prisma.auditEntry.findFirst({ where: { entityId: app.id, action: 'application.updated' } });
    expect(JSON.stringify(audit?.changes)).not.toContain('Sterke');
  });

  it('refuses to re-label a late agency-search application as open call', async () => {
    const procedure = await openProcedure();
    ctx.clock.set('2026-01-09T10:00:00+01:00');
    const searched = await applyJson(ctx, procedure.id, { candidate: candidateInput({ source: 'agency_search' }) });
    expect(searched.status).toBe(201);
    const res = await api()
      .patch(`/v1/applications/${searched.body.id}`)
      .set('authorization', ctx.admin)
      .set('if-match', `"${searched.body.version}"`)
      .send({ source: 'open_call' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('OUTSIDE_APPLICATION_WINDOW');
  });
});

describe('roles', () => {
  it('gives committee and scheduler keys 403 on every intake route, and consultants access', async () => {
    const procedure = await openProcedure();
    const app = await applyWithBothPdfs(ctx, procedure.id);
    const consultant = await keyFor('consultant');
    expect((await api().get(`/v1/applications/${app.id}`).set('authorization', consultant)).status).toBe(200);
    const created = await applyJson(ctx, procedure.id, { candidate: candidateInput() });
    expect(created.status).toBe(201);
    const committee = await keyFor('committee', procedure.id);
    for (const key of [committee, await keyFor('scheduler')]) {
      // A committee key reads applications once the overview was sent (committee-visibility.test.ts): before that, none exist for it.
      const reads = key === committee ? { list: 200, one: 404 } : { list: 403, one: 403 };
      const list = await api().get(`/v1/procedures/${procedure.id}/applications`).set('authorization', key);
      expect(list.status).toBe(reads.list);
      if (key === committee) expect(list.body.items).toEqual([]);
      expect((await api().get(`/v1/applications/${app.id}`).set('authorization', key)).status).toBe(reads.one);
      expect((await download(ctx, app.id, 'cv', key)).status).toBe(reads.one);
      const before = await storedState(ctx);
      const form = await postForm(ctx, procedure.id, candidateFields(), [{ field: 'cv', content: await cvPdf() }], key);
      expect(form.status).toBe(403);
      const put = await api()
        .put(`/v1/applications/${app.id}/documents/cv`)
        .set('authorization', key)
        .set('content-type', 'application/pdf')
        .send(await cvPdf());
      expect(put.status).toBe(403);
      expect(await storedState(ctx)).toEqual(before);
    }
  });
});
