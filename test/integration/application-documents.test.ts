import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { endProcedure } from '../factories/lifecycle.js';
import { createProcedure } from '../factories/procedures.js';
import { candidateInput } from '../factories/candidates.js';
import { applyJson, candidateFields, download, postForm, storedState } from '../factories/applications.js';
import { cvPdf, htmlBytes, largePdf, motivationPdf, truncated, zipBytes } from '../fixtures/pdf.js';

const CAP = 20_000;

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await allFiles(full)));
    else out.push(full);
  }
  return out;
}

describe.each([{ store: 'postgres' }, { store: 'filesystem' }])('uploads into the $store store', ({ store }) => {
  let ctx: TestContext;
  let root: string;
  let dir: string;
  let procedureId: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'pt-docs-'));
    dir = path.join(root, 'documents');
    ctx = await createTestApp({
      now: '2026-01-05T10:00:00+01:00',
      env: { DOCUMENT_MAX_BYTES: String(CAP), ...(store === 'filesystem' ? { DOCUMENT_STORE: 'filesystem', DOCUMENT_DIR: dir } : {}) },
    });
    procedureId = (await createProcedure(ctx, { open: true })).procedure.id;
  });
  afterAll(async () => {
    await ctx?.close();
    await rm(root, { recursive: true, force: true });
  });

  const api = () => request(ctx.app.server);
  const state = () => storedState(ctx, store === 'filesystem' ? dir : undefined);

  /** Runs a request that must be refused and checks that it left nothing behind. */
  async function refusedLeavingNothing(send: () => PromiseLike<request.Response>, status: number, code: string) {
    const before = await state();
    const res = await send();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe(code);
    expect(await state(), `${status} ${code}`).toEqual(before);
    if (store === 'filesystem') expect((await allFiles(root)).filter((f) => f.endsWith('.partial'))).toEqual([]);
    return res;
  }

  async function newApplication() {
    const res = await applyJson(ctx, procedureId, { candidate: candidateInput() });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  const putRaw = (id: string, kind: string, body: Buffer, type = 'application/pdf') =>
    api().put(`/v1/applications/${id}/documents/${kind}`).set('authorization', ctx.admin).set('content-type', type).send(body);

  it('stores both PDFs and streams them back byte-identical', async () => {
    const motivation = await largePdf(CAP - 3_000);
    const cv = await cvPdf();
    const res = await postForm(ctx, procedureId, candidateFields(), [
      { field: 'motivation', content: motivation },
      { field: 'cv', content: cv },
    ]);
    expect(res.status).toBe(201);
    const rows = await ctx.db.prisma.document.findMany({ where: { applicationId: res.body.id } });
    expect(rows.map((r) => r.store)).toEqual([store, store]);
    if (store === 'filesystem') expect(await allFiles(dir)).toHaveLength(await ctx.db.prisma.document.count());
    expect(Buffer.compare((await download(ctx, res.body.id, 'motivation')).body as Buffer, motivation)).toBe(0);
    expect(Buffer.compare((await download(ctx, res.body.id, 'cv')).body as Buffer, cv)).toBe(0);

    const id = await newApplication();
    const raw = await largePdf(10_000);
    expect((await putRaw(id, 'cv', raw)).status).toBe(201);
    expect(Buffer.compare((await download(ctx, id, 'cv')).body as Buffer, raw)).toBe(0);
  });

  it('refuses a renamed ZIP (415 NOT_A_PDF) and removes the valid PDF already stored from the same form', async () => {
    const res = await refusedLeavingNothing(
      async () =>
        postForm(ctx, procedureId, candidateFields(), [
          { field: 'motivation', content: await motivationPdf() },
          { field: 'cv', content: zipBytes(), filename: 'cv.pdf', contentType: 'application/pdf' },
        ]),
      415,
      'NOT_A_PDF',
    );
    expect(res.body.detail).toMatch(/not a PDF/);
  });

  it('refuses HTML sent as application/pdf, in a form and as a raw body', async () => {
    await refusedLeavingNothing(
      async () => postForm(ctx, procedureId, candidateFields(), [{ field: 'motivation', content: htmlBytes(), filename: 'brief.pdf' }]),
      415,
      'NOT_A_PDF',
    );
    const id = await newApplication();
    await refusedLeavingNothing(() => putRaw(id, 'motivation', htmlBytes()), 415, 'NOT_A_PDF');
    const read = await api().get(`/v1/applications/${id}`).set('authorization', ctx.admin);
    expect(read.body.documentHistory).toEqual([]);
  });

  it('refuses a document for an application of a completed or cancelled procedure as PATCH does (409 PROCEDURE_FINISHED)', async () => {
    for (const how of ['completed', 'cancelled'] as const) {
      const finished = (await createProcedure(ctx, { open: true })).procedure.id;
      const applied = await applyJson(ctx, finished, { candidate: candidateInput() });
      expect(applied.status).toBe(201);
      const id = applied.body.id as string;
      await endProcedure(ctx, finished, '2026-01-05T10:00:00+01:00', how);
      const raw = await refusedLeavingNothing(async () => putRaw(id, 'cv', await cvPdf()), 409, 'PROCEDURE_FINISHED');
      expect(raw.body.detail).toContain(how);
      await refusedLeavingNothing(
        async () =>
          api()
            .put(`/v1/applications/${id}/documents/motivation`)
            .set('authorization', ctx.admin)
            .attach('file', await motivationPdf(), 'brief.pdf'),
        409,
        'PROCEDURE_FINISHED',
      );
      const patched = await api()
        .patch(`/v1/applications/${id}`)
        .set('authorization', ctx.admin)
        .set('if-match', `"${applied.body.version}"`)
        .send({ agencyMotivation: 'Te laat.' });
      expect(patched.body.code).toBe('PROCEDURE_FINISHED');
      // A new application is the intake's refusal: the procedure takes no applications.
      const fresh = await applyJson(ctx, finished, { candidate: candidateInput() });
      expect(fresh.status).toBe(409);
      expect(fresh.body.code).toBe('PROCEDURE_NOT_ACCEPTING');
    }
  });

  it('refuses an empty file (422 EMPTY_DOCUMENT)', async () => {
    await refusedLeavingNothing(
      async () =>
        postForm(ctx, procedureId, candidateFields(), [
          { field: 'motivation', content: await motivationPdf() },
          { field: 'cv', content: Buffer.alloc(0) },
        ]),
      422,
      'EMPTY_DOCUMENT',
    );
    const id = await newApplication();
    await refusedLeavingNothing(() => putRaw(id, 'cv', Buffer.alloc(0)), 422, 'EMPTY_DOCUMENT');
  });

  it('refuses a truncated PDF (422 PDF_DAMAGED)', async () => {
    await refusedLeavingNothing(
      async () => postForm(ctx, procedureId, candidateFields(), [{ field: 'cv', content: truncated(await largePdf(8_000)) }]),
      422,
      'PDF_DAMAGED',
    );
    const id = await newApplication();
    await refusedLeavingNothing(async () => putRaw(id, 'cv', truncated(await cvPdf(), 0.9)), 422, 'PDF_DAMAGED');
  });

  it('refuses a file over the cap (413 DOCUMENT_TOO_LARGE) while streaming, in a form and as a raw body', async () => {
    const big = await largePdf(CAP + 5_000);
    const res = await refusedLeavingNothing(
      async () =>
        postForm(ctx, procedureId, candidateFields(), [
          { field: 'motivation', content: await motivationPdf() },
          { field: 'cv', content: big },
        ]),
      413,
      'DOCUMENT_TOO_LARGE',
    );
    expect(res.body.detail).toContain(String(CAP));
    const id = await newApplication();
    await refusedLeavingNothing(() => putRaw(id, 'cv', big), 413, 'DOCUMENT_TOO_LARGE');
    // Far over the cap: the answer still arrives on an intact connection.
    await refusedLeavingNothing(async () => putRaw(id, 'cv', Buffer.concat([await cvPdf(), Buffer.alloc(1_000_000)])), 413, 'DOCUMENT_TOO_LARGE');
  });

  it('refuses a third file (413 TOO_MANY_FILES)', async () => {
    await refusedLeavingNothing(
      async () =>
        postForm(ctx, procedureId, candidateFields(), [
          { field: 'motivation', content: await motivationPdf() },
          { field: 'cv', content: await cvPdf() },
          { field: 'cv2', content: await cvPdf() },
        ]),
      413,
      'TOO_MANY_FILES',
    );
    const id = await newApplication();
    await refusedLeavingNothing(
      async () =>
        api()
          .put(`/v1/applications/${id}/documents/cv`)
          .set('authorization', ctx.admin)
          .attach('file', await cvPdf(), 'a.pdf')
          .attach('file', await cvPdf(), 'b.pdf'),
      413,
      'TOO_MANY_FILES',
    );
  });

  it('refuses an unexpected file, the same kind twice, and a file sent as text', async () => {
    await refusedLeavingNothing(
      async () =>
        postForm(ctx, procedureId, candidateFields(), [
          { field: 'motivation', content: await motivationPdf() },
          { field: 'photo', content: await cvPdf(), filename: 'photo.pdf' },
        ]),
      400,
      'UNEXPECTED_FILE',
    );
    await refusedLeavingNothing(
      async () =>
        postForm(ctx, procedureId, candidateFields(), [
          { field: 'cv', content: await cvPdf() },
          { field: 'cv', content: await cvPdf() },
        ]),
      400,
      'DUPLICATE_FILE',
    );
    await refusedLeavingNothing(
      async () => postForm(ctx, procedureId, { ...candidateFields(), motivation: 'Geachte heer, mevrouw' }, [{ field: 'cv', content: await cvPdf() }]),
      400,
      'FILE_EXPECTED',
    );
  });

  it('keeps a ../ file name only as a cleaned name; the stored object has a server-made key', async () => {
    const res = await postForm(ctx, procedureId, candidateFields(), [
      { field: 'motivation', content: await motivationPdf(), filename: '../../../../tmp/evil.pdf' },
      { field: 'cv', content: await cvPdf(), filename: '..\\..\\cv\r\n.pdf' },
    ]);
    expect(res.status).toBe(201);
    expect(res.body.documents.motivation.fileName).toBe('evil.pdf');
    expect(res.body.documents.cv.fileName).toBe('cv.pdf');
    const rows = await ctx.db.prisma.document.findMany({ where: { applicationId: res.body.id } });
    for (const row of rows) expect(row.storageKey).toMatch(/^doc_[0-9a-f-]{36}$/);
    if (store === 'filesystem') {
      for (const file of await allFiles(root)) {
        expect(file.startsWith(dir + path.sep)).toBe(true);
        expect(path.basename(file)).toMatch(/^doc_[0-9a-f-]{36}$/);
      }
    }
    const m = await download(ctx, res.body.id, 'motivation');
    expect(m.headers['content-disposition']).toBe(`attachment; filename="evil.pdf"; filename*=UTF-8''evil.pdf`);
  });

  it('refuses a field named __proto__ or constructor (400 FORBIDDEN_FIELD_NAME)', async () => {
    for (const name of ['__proto__', 'constructor']) {
      await refusedLeavingNothing(
        async () =>
          postForm(ctx, procedureId, { ...candidateFields(), [name]: '{"polluted":true}' }, [
            { field: 'motivation', content: await motivationPdf() },
            { field: 'cv', content: await cvPdf() },
          ]),
        400,
        'FORBIDDEN_FIELD_NAME',
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses unknown fields and more fields than the form has', async () => {
    await refusedLeavingNothing(
      async () => postForm(ctx, procedureId, { ...candidateFields(), salaryWish: '9000' }, [{ field: 'cv', content: await cvPdf() }]),
      400,
      'VALIDATION_FAILED',
    );
    // Blank fields count as not given, so only the parser's limit stops 25 of them.
    const many = Array.from({ length: 25 }, () => ['notes', ''] as [string, string]);
    await refusedLeavingNothing(async () => postForm(ctx, procedureId, many, [{ field: 'cv', content: await cvPdf() }]), 413, 'TOO_MANY_FIELDS');
  });

  it('refuses a body type that is neither a PDF nor a form', async () => {
    const id = await newApplication();
    await refusedLeavingNothing(() => putRaw(id, 'cv', htmlBytes(), 'text/html'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
});
