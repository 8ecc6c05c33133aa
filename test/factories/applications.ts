import { readdir } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import type { TestContext } from '../helpers/app.js';
import { candidateInput } from './candidates.js';
import { cvPdf, motivationPdf } from '../fixtures/pdf.js';

export interface FilePart {
  field: string;
  content: Buffer;
  filename?: string;
  contentType?: string;
}

/**
 * POSTs a multipart application form: text fields first (in the order
 * given), then the files, as a browser form or curl -F sends them.
 */
export function postForm(ctx: TestContext, procedureId: string, fields: Record<string, string> | Array<[string, string]>, files: FilePart[], auth = ctx.admin) {
  let req = request(ctx.app.server).post(`/v1/procedures/${procedureId}/applications`).set('authorization', auth);
  for (const [name, value] of Array.isArray(fields) ? fields : Object.entries(fields)) req = req.field(name, value);
  for (const f of files) {
    req = req.attach(f.field, f.content, { filename: f.filename ?? `${f.field}.pdf`, contentType: f.contentType ?? 'application/pdf' });
  }
  return req;
}

/** The candidate fields of a new open-call applicant as form fields. */
export function candidateFields(overrides: Record<string, unknown> = {}): Record<string, string> {
  const input = candidateInput(overrides);
  return Object.fromEntries(
    Object.entries(input)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, String(v)]),
  );
}

/** A complete application through the open call, with both PDFs. */
export async function applyWithBothPdfs(ctx: TestContext, procedureId: string, overrides: Record<string, unknown> = {}) {
  const res = await postForm(ctx, procedureId, candidateFields(overrides), [
    { field: 'motivation', content: await motivationPdf(), filename: 'Motivatie.pdf' },
    { field: 'cv', content: await cvPdf(), filename: 'CV.pdf' },
  ]);
  if (res.status !== 201) throw new Error(`application: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; candidate: { id: string } };
}

export async function applyJson(ctx: TestContext, procedureId: string, body: Record<string, unknown>) {
  return request(ctx.app.server).post(`/v1/procedures/${procedureId}/applications`).set('authorization', ctx.admin).send(body);
}

async function countFiles(dir: string): Promise<number> {
  let n = 0;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (e.isDirectory()) n += await countFiles(path.join(dir, e.name));
    else n += 1;
  }
  return n;
}

/** Everything an intake request can leave behind, to compare before and after a refusal. */
export async function storedState(ctx: TestContext, documentDir?: string) {
  const p = ctx.db.prisma;
  const [applications, documents, candidates, chunks] = await Promise.all([
    p.application.count(),
    p.document.count(),
    p.candidate.count(),
    p.documentChunk.count(),
  ]);
  return { applications, documents, candidates, chunks, files: documentDir ? await countFiles(documentDir) : 0 };
}

/** Collects a binary response body as a Buffer. */
export function binary(res: NodeJS.ReadableStream, callback: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
  res.on('error', (e: Error) => callback(e, Buffer.alloc(0)));
}

export async function download(ctx: TestContext, applicationId: string, kind: string, auth = ctx.admin) {
  return request(ctx.app.server)
    .get(`/v1/applications/${applicationId}/documents/${kind}`)
    .set('authorization', auth)
    .buffer(true)
    .parse(binary as never);
}
