import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import { AppError, type FieldError } from '../../lib/errors.js';
import { invalidTextError, unstorableText } from '../../plugins/text-guard.js';
import { candidateInput } from '../candidates/index.js';
import { discard } from '../../documents/ingest.js';
import { decodeFormFileName, sanitizeFileName } from '../../documents/file-names.js';
import { DOCUMENT_KINDS, type DocumentKindName } from '../../domain/documents.js';
import { applicationInput, FORM_FIELDS, type ApplicationInput } from './applications.schemas.js';
import type { UploadedDocument } from './applications.service.js';

/** Limits for the application form: two files, the candidate fields, nothing else (busboy options). */
export const FORM_LIMITS = {
  files: 2,
  fields: 20,
  parts: 22,
  fieldNameSize: 100,
  fieldSize: 20_000,
  headerPairs: 100,
};

// Room for part headers and boundaries around the files of a form.
const FORM_OVERHEAD = 64 * 1024;

/** The largest body of an application form: both files, every field, and the form around them. */
export function formUploadLimit(maxBytes: number): number {
  return FORM_LIMITS.files * maxBytes + FORM_LIMITS.fields * FORM_LIMITS.fieldSize + FORM_OVERHEAD;
}

/** The largest body of an upload of one document, raw or as a form. */
export function singleUploadLimit(maxBytes: number): number {
  return maxBytes + FORM_OVERHEAD;
}

/** Limits for an upload of one document as multipart. */
export const SINGLE_FILE_LIMITS = { files: 1, fields: 1, parts: 2, fieldNameSize: 100, fieldSize: 1000, headerPairs: 100 };

function badForm(code: string, detail: string, errors?: FieldError[]): AppError {
  return new AppError(400, code, detail, errors ? { errors } : {});
}

function isFile(part: Multipart): part is MultipartFile {
  return part.type === 'file';
}

const FIELD_SET = new Set<string>(FORM_FIELDS);

/**
 * The parts of a form, with the parser's own failures (no boundary in the
 * Content-Type, a body that ends before the closing boundary, a malformed
 * part header) turned into 400 MALFORMED_FORM: they are a broken request,
 * not a fault of ours. The form limits (FST_* codes) keep their own answers.
 */
function malformedForm(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (error instanceof AppError || (typeof code === 'string' && code.startsWith('FST_'))) return error;
  return badForm('MALFORMED_FORM', 'The multipart/form-data body cannot be read: it has no boundary, or it ends before its closing boundary.');
}

async function* readableParts(parts: AsyncIterable<Multipart>): AsyncGenerator<Multipart> {
  const iterator = parts[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Multipart>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw malformedForm(error);
    }
    if (next.done) return;
    // busboy gives a part without a name (Content-Disposition: form-data) an undefined one.
    if (typeof next.value.fieldname !== 'string' || next.value.fieldname === '') {
      if (isFile(next.value)) await discard(next.value.file, Number.POSITIVE_INFINITY);
      throw badForm('VALIDATION_FAILED', 'The request is not valid: a form part has no name; name every part (Content-Disposition: form-data; name="...").', [
        { path: 'body', message: 'has a part without a name' },
      ]);
    }
    yield next.value;
  }
}

/** Streams a file part into the store; a form that breaks off inside the file is the client's 400, not our 500. */
async function storeFilePart(part: MultipartFile, store: () => Promise<UploadedDocument>): Promise<UploadedDocument> {
  try {
    return await store();
  } catch (error) {
    // The parser fails the part's stream (possibly before we began to read it) when the body breaks off.
    throw part.file.errored ? malformedForm(error) : error;
  }
}

/** Where a form's files go as they arrive: stored (checked and hashed), and removed again when the form is refused. */
export interface UploadSink {
  store(stream: Readable, kind: DocumentKindName, fileName: string | null, truncated: () => boolean): Promise<UploadedDocument>;
  discard(files: UploadedDocument[]): Promise<void>;
}

export interface ReadForm {
  fields: Map<string, string>;
  files: UploadedDocument[];
}

/**
 * Reads an application form part by part. Each file is streamed into the
 * store as it arrives (checked, hashed, never held whole); fields are
 * collected. On any refusal every file stored so far is removed again.
 */
export async function readApplicationForm(parts: AsyncIterable<Multipart>, sink: UploadSink): Promise<ReadForm> {
  const fields = new Map<string, string>();
  const files: UploadedDocument[] = [];
  try {
    for await (const part of readableParts(parts)) {
      if (isFile(part)) {
        const kind = part.fieldname;
        if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
          await discard(part.file, Number.POSITIVE_INFINITY);
          throw badForm('UNEXPECTED_FILE', `The form may carry the files "motivation" and "cv"; "${kind.slice(0, 100)}" is not one of them.`, [
            { path: `body.${kind.slice(0, 100)}`, message: 'is not an expected file' },
          ]);
        }
        if (files.some((f) => f.kind === kind)) {
          await discard(part.file, Number.POSITIVE_INFINITY);
          throw badForm('DUPLICATE_FILE', `The form carries more than one "${kind}" file; send one PDF of each kind.`, [
            { path: `body.${kind}`, message: 'is given more than once' },
          ]);
        }
        const file = part.file;
        files.push(
          await storeFilePart(part, () =>
            sink.store(file, kind as DocumentKindName, sanitizeFileName(decodeFormFileName(part.filename)), () => file.truncated),
          ),
        );
        continue;
      }
      const name = part.fieldname;
      if ((DOCUMENT_KINDS as readonly string[]).includes(name)) {
        throw badForm('FILE_EXPECTED', `"${name}" must be sent as a file part (for example curl -F "${name}=@letter.pdf"), not as a text field.`, [
          { path: `body.${name}`, message: 'must be a file' },
        ]);
      }
      if (!FIELD_SET.has(name)) {
        throw badForm('VALIDATION_FAILED', `The request is not valid: body.${name.slice(0, 100)}: is not a known field`, [
          { path: `body.${name.slice(0, 100)}`, message: 'is not a known field', code: 'unrecognized_keys' },
        ]);
      }
      if (part.fieldnameTruncated || part.valueTruncated) {
        throw new AppError(413, 'FIELD_TOO_LARGE', `The field "${name}" is longer than the form allows.`, {
          errors: [{ path: `body.${name}`, message: 'is too long' }],
        });
      }
      if (fields.has(name)) {
        throw badForm('VALIDATION_FAILED', `The request is not valid: body.${name}: is given more than once`, [
          { path: `body.${name}`, message: 'is given more than once' },
        ]);
      }
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a field is a string unless its part declared JSON
      const value = typeof part.value === 'string' ? part.value : String(part.value ?? '');
      // An HTML form sends blank inputs as empty strings: they mean "not given".
      if (value.trim() !== '') fields.set(name, value);
    }
  } catch (error) {
    await sink.discard(files);
    throw error;
  }
  return { fields, files };
}

/**
 * A digest of everything a form carried: each field and each file (its kind,
 * name and the SHA-256 of its bytes, computed while it streamed in). Two
 * sendings of the same form agree, whatever multipart boundary each used.
 */
export function formDigest(form: ReadForm): string {
  const fields = [...form.fields.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const files = form.files.map((f) => [f.kind, f.fileName, f.sizeBytes, f.sha256] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify({ fields, files })).digest('hex');
}

function validationError(error: z.ZodError, prefix: string): AppError {
  const errors: FieldError[] = error.issues.map((issue) => ({
    path: ['body', ...(prefix ? [prefix] : []), ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
    code: issue.code,
  }));
  return new AppError(400, 'VALIDATION_FAILED', `The request is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, { errors });
}

/** Turns the flat form fields into the same input the JSON form gives, with the same validation. */
export function formToInput(fields: Map<string, string>): ApplicationInput {
  // The JSON body is checked by the text guard (src/plugins/text-guard.ts); a form's fields here.
  const textErrors = unstorableText(Object.fromEntries(fields), 'body');
  if (textErrors.length > 0) throw invalidTextError(textErrors);
  const get = (name: string) => fields.get(name);
  const candidateId = get('candidateId');
  const candidateKeys = [...fields.keys()].filter((k) => !['candidateId', 'source', 'agencyMotivation'].includes(k));
  if (candidateId !== undefined) {
    if (candidateKeys.length > 0) {
      throw badForm(
        'VALIDATION_FAILED',
        `The request is not valid: give either candidateId or the candidate's fields, not both (${candidateKeys.join(', ')})`,
        candidateKeys.map((k) => ({ path: `body.${k}`, message: 'is not allowed together with candidateId' })),
      );
    }
    const parsed = applicationInput.safeParse({ candidateId, source: get('source'), agencyMotivation: get('agencyMotivation') });
    if (!parsed.success) throw validationError(parsed.error, '');
    return parsed.data;
  }
  const candidate = Object.fromEntries(candidateKeys.map((k) => [k, get(k)]));
  const parsedCandidate = candidateInput.safeParse({ ...candidate, source: get('source') ?? 'open_call' });
  if (!parsedCandidate.success) throw validationError(parsedCandidate.error, '');
  const parsed = applicationInput.safeParse({ candidate: parsedCandidate.data, agencyMotivation: get('agencyMotivation') });
  if (!parsed.success) {
    throw validationError(parsed.error, '');
  }
  return parsed.data;
}

/**
 * Reads a multipart upload of one document: exactly one file part. The file
 * is streamed into the store; a second part makes the form invalid and the
 * stored content is removed.
 */
export async function readSingleFileForm(parts: AsyncIterable<Multipart>, sink: UploadSink, kind: DocumentKindName): Promise<UploadedDocument> {
  let stored: UploadedDocument | null = null;
  try {
    for await (const part of readableParts(parts)) {
      if (!isFile(part)) {
        throw badForm('FILE_EXPECTED', `Send the ${kind} as one file part (for example curl -F "file=@${kind}.pdf").`, [
          { path: `body.${part.fieldname.slice(0, 100)}`, message: 'must be a file' },
        ]);
      }
      const file = part.file;
      stored = await storeFilePart(part, () => sink.store(file, kind, sanitizeFileName(decodeFormFileName(part.filename)), () => file.truncated));
    }
  } catch (error) {
    if (stored) await sink.discard([stored]);
    throw error;
  }
  if (!stored) throw badForm('FILE_EXPECTED', `The form carries no file; send the ${kind} as one PDF file part.`);
  return stored;
}

/**
 * After a refusal, reads and drops what is left of the request body, so the
 * client gets the answer on an intact connection; past `limit` bytes the
 * connection is closed instead.
 */
export async function finishRequestBody(raw: IncomingMessage, limit: number): Promise<void> {
  if (raw.readableEnded || raw.destroyed) return;
  raw.unpipe();
  await discard(raw, limit);
}
