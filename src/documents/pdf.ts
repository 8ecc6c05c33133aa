import { createHash, type Hash } from 'node:crypto';
import { AppError } from '../lib/errors.js';

/**
 * Recognises a PDF by its content while it streams past, without holding the
 * file: it keeps the first and the last few kilobytes, and hashes and counts
 * everything (ISO 32000-1, 7.5: header, body, cross-reference, trailer).
 *
 * A file passes when it
 * - starts with the header `%PDF-n.n` (else 415 NOT_A_PDF, raised as soon as
 *   the first bytes arrive, so nothing more is stored);
 * - ends with `%%EOF` (trailing whitespace allowed) and has a `startxref`
 *   whose offset lies inside the file and, where that offset falls in the kept
 *   head or tail (it does for nearly every PDF: the cross-reference section
 *   sits at the end, or at the start of a linearised file), points to `xref`
 *   or to an `N G obj` cross-reference stream (else 422 PDF_DAMAGED).
 */
export const HEAD_BYTES = 64 * 1024;
export const TAIL_BYTES = 64 * 1024;

const SIGNATURE = Buffer.from('%PDF-', 'latin1');
const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

export interface InspectedPdf {
  sizeBytes: number;
  sha256: string;
  /** The header's version, e.g. "1.7". */
  version: string;
}

export function notAPdf(detail = 'The file is not a PDF: it does not start with the %PDF- signature. Send the document as a PDF file.'): AppError {
  return new AppError(415, 'NOT_A_PDF', detail);
}

export function damagedPdf(reason: string): AppError {
  return new AppError(422, 'PDF_DAMAGED', `The PDF cannot be read: ${reason}. Export or save it again and send the new file.`);
}

export function documentTooLarge(maxBytes: number): AppError {
  const mb = (maxBytes / (1024 * 1024)).toFixed(maxBytes % (1024 * 1024) === 0 ? 0 : 2);
  return new AppError(413, 'DOCUMENT_TOO_LARGE', `A document may be at most ${maxBytes} bytes (${mb} MB); nothing was stored.`, {
    extensions: { maxBytes },
  });
}

export class PdfInspector {
  private readonly hash: Hash = createHash('sha256');
  private head = Buffer.alloc(0);
  private tail: Buffer[] = [];
  private tailLength = 0;
  private size = 0;
  private signatureChecked = false;

  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {}

  get sizeBytes(): number {
    return this.size;
  }

  /** Takes the next piece; throws NOT_A_PDF or DOCUMENT_TOO_LARGE as early as it can tell. */
  push(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) throw documentTooLarge(this.maxBytes);
    this.hash.update(chunk);
    if (this.head.length < HEAD_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
    }
    if (!this.signatureChecked && this.head.length >= SIGNATURE.length) {
      if (!this.head.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw notAPdf();
      this.signatureChecked = true;
    }
    this.tail.push(chunk);
    this.tailLength += chunk.length;
    while (this.tail.length > 1 && this.tailLength - this.tail[0]!.length >= TAIL_BYTES) {
      this.tailLength -= this.tail.shift()!.length;
    }
  }

  /** Checks the structure once the last byte arrived. */
  finish(): InspectedPdf {
    if (this.size === 0) {
      throw new AppError(422, 'EMPTY_DOCUMENT', 'The file is empty (0 bytes); send the PDF itself.');
    }
    if (!this.head.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw notAPdf();
    const version = /^%PDF-(\d\.\d)/.exec(this.head.subarray(0, 16).toString('latin1'))?.[1];
    if (!version) throw damagedPdf('the header does not name a PDF version (%PDF-1.x or %PDF-2.0)');

    const all = Buffer.concat(this.tail);
    const tail = all.subarray(Math.max(0, all.length - TAIL_BYTES));
    const tailStart = this.size - tail.length;

    let end = tail.length;
    while (end > 0 && WHITESPACE.has(tail[end - 1]!)) end--;
    const trimmed = tail.subarray(0, end).toString('latin1');
    if (!trimmed.endsWith('%%EOF')) {
      throw damagedPdf('it does not end with %%EOF, so it was probably cut off during transfer');
    }
    const at = trimmed.lastIndexOf('startxref');
    if (at < 0) throw damagedPdf('it has no startxref entry pointing to its cross-reference table');
    const match = /^startxref\s+(\d{1,15})\s+%%EOF$/.exec(trimmed.slice(at));
    if (!match) throw damagedPdf('the startxref entry at its end is malformed');
    const offset = Number(match[1]);
    if (offset >= this.size) {
      throw damagedPdf(`its cross-reference offset (${offset}) lies beyond the end of the file (${this.size} bytes), so it is truncated`);
    }
    const target = this.bytesAt(offset, tail, tailStart);
    if (target !== null && !/^\s*(xref|\d+\s+\d+\s+obj)/.test(target)) {
      throw damagedPdf(`its cross-reference offset (${offset}) does not point to a cross-reference section`);
    }
    return { sizeBytes: this.size, sha256: this.hash.digest('hex'), version };
  }

  /** Up to 64 bytes from `offset`, when the kept head or tail holds them; null otherwise. */
  private bytesAt(offset: number, tail: Buffer, tailStart: number): string | null {
    if (offset >= tailStart) return tail.subarray(offset - tailStart, offset - tailStart + 64).toString('latin1');
    if (offset + 64 <= this.head.length || (offset < this.head.length && this.head.length === this.size)) {
      return this.head.subarray(offset, offset + 64).toString('latin1');
    }
    return null;
  }
}
