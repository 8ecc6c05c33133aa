import type { Readable } from 'node:stream';
import type { DocumentStore } from './document-store.js';
import { documentTooLarge, PdfInspector } from './pdf.js';

export interface StoredPdf {
  key: string;
  store: string;
  sizeBytes: number;
  sha256: string;
}

export interface IngestOptions {
  maxBytes: number;
  /** True when the parser cut the stream at its own size limit (busboy's `truncated`). */
  truncated?: () => boolean;
  /** How much of the rest of a refused upload to read and discard before giving up on the connection. */
  drainLimitBytes?: number;
}

/**
 * Streams one upload straight into the store while checking, hashing and
 * counting it: no whole file is held in memory. When the content is refused
 * (not a PDF, damaged, too large) or the store fails, whatever was stored is
 * removed before the error is thrown, and the rest of the upload is read and
 * discarded so that the client receives the answer on an intact connection.
 */
export async function ingestPdf(store: DocumentStore, stream: Readable, options: IngestOptions): Promise<StoredPdf> {
  const inspector = new PdfInspector(options.maxBytes);
  // The iterator must not destroy the stream when we stop early: a multipart
  // parser would then stall the rest of the request.
  const iterator = stream.iterator({ destroyOnReturn: false });
  async function* checked(): AsyncGenerator<Buffer> {
    for await (const chunk of iterator) {
      const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      inspector.push(piece);
      yield piece;
    }
  }

  let key: string;
  try {
    key = await store.put(checked());
  } catch (error) {
    await discard(stream, options.drainLimitBytes ?? drainLimit(options.maxBytes));
    throw error;
  }
  try {
    if (options.truncated?.()) throw documentTooLarge(options.maxBytes);
    const inspected = inspector.finish();
    return { key, store: store.name, sizeBytes: inspected.sizeBytes, sha256: inspected.sha256 };
  } catch (error) {
    await store.delete(key).catch(() => undefined);
    throw error;
  }
}

/**
 * How much of a refused upload is read and dropped before the answer, so that
 * a client that reads only after sending still gets it; beyond it the answer
 * goes out at once and the connection is closed after it (a client sending
 * without end must not keep the server reading).
 */
export function drainLimit(maxBytes: number): number {
  return Math.max(maxBytes * 4, 64 * 1024 * 1024);
}

const GIVEN_UP = Symbol('given up');

/**
 * Reads and drops what is left of a stream. Past `limit` bytes it stops
 * reading and leaves the stream paused: the refusal is answered then, on a
 * connection that is closed after the answer (src/plugins/upload-guard.ts),
 * rather than torn down before the client could read it.
 */
export async function discard(stream: Readable, limit: number): Promise<void> {
  const marked = stream as Readable & { [GIVEN_UP]?: boolean };
  if (stream.readableEnded || stream.destroyed || marked[GIVEN_UP]) return;
  await new Promise<void>((resolve) => {
    let seen = 0;
    const done = () => {
      stream.off('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limit) {
        marked[GIVEN_UP] = true;
        stream.pause();
        done();
      }
    };
    stream.on('data', onData);
    stream.once('end', done);
    stream.once('close', done);
    stream.once('error', done);
    stream.resume();
  });
}
