import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { contentDisposition, downloadName, sanitizeFileName } from '../../src/documents/file-names.js';
import { PdfInspector, HEAD_BYTES, TAIL_BYTES } from '../../src/documents/pdf.js';
import { discard } from '../../src/documents/ingest.js';
import { badStartxref, cvPdf, htmlBytes, largePdf, makePdf, motivationPdf, truncated, zipBytes } from '../fixtures/pdf.js';

/** Feeds the bytes in pieces of `size`, as a network stream would. */
function inspect(bytes: Buffer, size = 1000, maxBytes?: number) {
  const inspector = new PdfInspector(maxBytes);
  for (let i = 0; i < bytes.length; i += size) inspector.push(bytes.subarray(i, i + size));
  return inspector.finish();
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('PdfInspector', () => {
  it('accepts real PDFs (xref table and xref stream) and reports size and SHA-256', async () => {
    for (const pdf of [await motivationPdf(), await cvPdf()]) {
      const result = inspect(pdf, 7);
      expect(result.sizeBytes).toBe(pdf.length);
      expect(result.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
      expect(result.version).toMatch(/^1\.\d$/);
    }
  });

  it('accepts a large PDF whose body lies outside the kept head and tail', async () => {
    const pdf = await largePdf(HEAD_BYTES + TAIL_BYTES + 50_000);
    expect(inspect(pdf, 16_384).sizeBytes).toBe(pdf.length);
  });

  it('allows whitespace after %%EOF', async () => {
    const pdf = Buffer.concat([await makePdf(), Buffer.from('\r\n\n  \0')]);
    expect(inspect(pdf).sizeBytes).toBe(pdf.length);
  });

  it('refuses a renamed ZIP and HTML at the first bytes, as NOT_A_PDF', () => {
    const inspector = new PdfInspector();
    expect(codeOf(() => inspector.push(zipBytes().subarray(0, 8)))).toBe('NOT_A_PDF');
    expect(codeOf(() => inspect(htmlBytes()))).toBe('NOT_A_PDF');
  });

  it('waits for five bytes before judging the signature', () => {
    const inspector = new PdfInspector();
    inspector.push(Buffer.from('%P'));
    inspector.push(Buffer.from('DF'));
    expect(codeOf(() => inspector.push(Buffer.from('-1.7\n')))).toBeUndefined();
  });

  it('refuses an empty file as EMPTY_DOCUMENT and a lone header as damaged', () => {
    expect(codeOf(() => new PdfInspector().finish())).toBe('EMPTY_DOCUMENT');
    expect(codeOf(() => inspect(Buffer.from('%PDF-1.7\n')))).toBe('PDF_DAMAGED');
    expect(codeOf(() => inspect(Buffer.from('%PD')))).toBe('NOT_A_PDF');
  });

  it('refuses a truncated PDF and one whose startxref points outside the file', async () => {
    const pdf = await cvPdf();
    expect(codeOf(() => inspect(truncated(pdf)))).toBe('PDF_DAMAGED');
    expect(codeOf(() => inspect(truncated(pdf, 0.999)))).toBe('PDF_DAMAGED');
    expect(codeOf(() => inspect(badStartxref(pdf)))).toBe('PDF_DAMAGED');
  });

  it('refuses a startxref that points into the middle of an object', async () => {
    const pdf = await cvPdf();
    const text = pdf.toString('latin1');
    const at = text.lastIndexOf('startxref');
    const forged = Buffer.from(`${text.slice(0, at)}startxref\n20\n%%EOF\n`, 'latin1');
    expect(codeOf(() => inspect(forged))).toBe('PDF_DAMAGED');
  });

  it('stops at the size cap with DOCUMENT_TOO_LARGE', async () => {
    const pdf = await cvPdf();
    expect(codeOf(() => inspect(pdf, 100, pdf.length - 1))).toBe('DOCUMENT_TOO_LARGE');
    expect(inspect(pdf, 100, pdf.length).sizeBytes).toBe(pdf.length);
  });
});

describe('file names', () => {
  it('keeps only the base name of a path', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\jan\\cv.pdf')).toBe('cv.pdf');
    expect(sanitizeFileName('..')).toBeNull();
    expect(sanitizeFileName('.hidden.pdf')).toBe('hidden.pdf');
  });

  it('removes control and direction-override characters and header-breaking quotes', () => {
    expect(sanitizeFileName('cv\r\nSet-Cookie: x.pdf')).toBe('cvSet-Cookie_ x.pdf');
    expect(sanitizeFileName('cv\u202Efdp.exe')).toBe('cvfdp.exe');
    expect(sanitizeFileName('my "best" cv.pdf')).toBe('my _best_ cv.pdf');
  });

  it('keeps names in any script and bounds the length, keeping the extension', () => {
    expect(sanitizeFileName('Motivatie Zoë van der Berg – Ελένη.pdf')).toBe('Motivatie Zoë van der Berg – Ελένη.pdf');
    const long = sanitizeFileName(`${'a'.repeat(500)}.pdf`)!;
    expect(long).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('writes Content-Disposition with an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Zoë cv.pdf')).toBe(`attachment; filename="Zoe cv.pdf"; filename*=UTF-8''Zo%C3%AB%20cv.pdf`);
    expect(contentDisposition("o'brien (1).pdf")).toContain("filename*=UTF-8''o%27brien%20%281%29.pdf");
    expect(downloadName(null, 'cv')).toBe('cv.pdf');
    expect(downloadName('letter', 'motivation')).toBe('letter.pdf');
  });
});

describe('discard', () => {
  it('reads the rest of a stream, and stops reading (paused, for the answer to go out first) one that goes on past the limit', async () => {
    const small = Readable.from([Buffer.alloc(10), Buffer.alloc(10)], { objectMode: false });
    await discard(small, 100);
    expect(small.readableEnded || small.destroyed).toBe(true);
    let produced = 0;
    const big = Readable.from(
      (function* () {
        for (let i = 0; i < 1000; i++) {
          produced += 1000;
          yield Buffer.alloc(1000);
        }
      })(),
    );
    await discard(big, 5000);
    expect(big.isPaused()).toBe(true);
    expect(big.readableEnded).toBe(false);
    // A stream given up on is not read again by a later discard.
    const before = produced;
    await discard(big, 5000);
    expect(produced).toBeLessThan(before + 20_000);
    expect(big.readableEnded).toBe(false);
  });
});
