import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';

/**
 * Where document bytes live. Rows that describe documents are in PostgreSQL
 * either way; a store holds only the content, under a key the server makes.
 * Both directions stream: no whole file is held in memory.
 */
export interface DocumentStore {
  readonly name: 'postgres' | 'filesystem';
  /** Stores the stream's bytes under `key` (a new one when not given); removes partial content on failure. */
  put(content: AsyncIterable<Buffer>, key?: string): Promise<string>;
  get(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
}

export function newStorageKey(): string {
  return `doc_${randomUUID()}`;
}

const CHUNK_BYTES = 256 * 1024;

/** Re-chunks a byte stream into pieces of at most `size` bytes. */
async function* rechunk(source: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for await (const piece of source) {
    pending.push(piece);
    length += piece.length;
    while (length >= size) {
      const all = Buffer.concat(pending);
      yield all.subarray(0, size);
      const rest = all.subarray(size);
      pending = rest.length ? [rest] : [];
      length = rest.length;
    }
  }
  if (length > 0) yield Buffer.concat(pending);
}

/** At most `limit` calls of `fn` at a time; the others wait their turn, without a timeout. */
function limiter(limit: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

export function postgresDocumentStore(pool: pg.Pool): DocumentStore {
  // Many uploads at once must not take every connection of the pool: the
  // transactions that register them (and every other request) need some too,
  // and would otherwise time out waiting. Chunk writes queue here instead.
  const writeSlot = limiter(Math.max(1, Math.floor((pool.options.max ?? 10) / 2)));
  return {
    name: 'postgres',
    async put(content, key = newStorageKey()) {
      let seq = 0;
      try {
        for await (const chunk of rechunk(content, CHUNK_BYTES)) {
          const n = seq++;
          await writeSlot(() => pool.query('INSERT INTO document_chunks (key, seq, data) VALUES ($1, $2, $3)', [key, n, chunk]));
        }
        if (seq === 0) await pool.query('INSERT INTO document_chunks (key, seq, data) VALUES ($1, 0, $2)', [key, Buffer.alloc(0)]);
      } catch (error) {
        await pool.query('DELETE FROM document_chunks WHERE key = $1', [key]).catch(() => undefined);
        throw error;
      }
      return key;
    },
    async get(key) {
      const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM document_chunks WHERE key = $1', [key]);
      const count = Number(rows[0]?.n ?? 0);
      if (count === 0) return null;
      async function* chunks() {
        for (let seq = 0; seq < count; seq++) {
          const r = await pool.query<{ data: Buffer }>('SELECT data FROM document_chunks WHERE key = $1 AND seq = $2', [key, seq]);
          if (r.rows[0]) yield r.rows[0].data;
        }
      }
      return Readable.from(chunks());
    },
    async delete(key) {
      await pool.query('DELETE FROM document_chunks WHERE key = $1', [key]);
    },
  };
}

export function filesystemDocumentStore(dir: string): DocumentStore {
  const root = path.resolve(dir);
  const fileOf = (key: string) => {
    if (!/^doc_[0-9a-f-]{36}$/.test(key)) throw new Error('invalid storage key');
    return path.join(root, key.slice(4, 6), key);
  };
  return {
    name: 'filesystem',
    async put(content, key = newStorageKey()) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temp = `${file}.partial`;
      const out = createWriteStream(temp, { mode: 0o600 });
      try {
        await pipeline(Readable.from(content), out);
        await rename(temp, file);
      } catch (error) {
        // When the source fails at once, pipeline can settle while the file
        // is still being opened; removing it before then would leave it behind.
        if (!out.closed) await once(out, 'close').catch(() => undefined);
        await rm(temp, { force: true });
        throw error;
      }
      return key;
    },
    async get(key) {
      const file = fileOf(key);
      return new Promise((resolve) => {
        const stream = createReadStream(file);
        stream.once('open', () => resolve(stream));
        stream.once('error', () => resolve(null));
      });
    },
    async delete(key) {
      const file = fileOf(key);
      // A process that died mid-write leaves the partial file behind.
      await Promise.all([rm(file, { force: true }), rm(`${file}.partial`, { force: true })]);
    },
  };
}

/** The mark of content stored but not (yet) registered by a document row. */
export const MARK_CONTENT_UNREGISTERED = 'document_content_unregistered';

/** How long stored content may wait for its document row before the sweep removes it. */
export const UNREGISTERED_CONTENT_GRACE_MS = 60 * 60 * 1000;

/**
 * A store whose every put is first written down (a sweep mark with the key
 * and the instant) in a statement of its own, before any byte is stored. The
 * transaction that registers the document deletes the mark with it
 * (`registered`), and a refused upload deletes both. Content whose mark
 * outlives the grace period was stored by a request that never registered
 * it (the process died in between), and the sweep removes it
 * (`removeUnregisteredContent`), in either store.
 */
export function trackedDocumentStore(
  store: DocumentStore,
  marks: {
    add(key: string, at: Date): Promise<unknown>;
    remove(key: string): Promise<unknown>;
  },
  now: () => Date,
): DocumentStore {
  return {
    name: store.name,
    async put(content, key = newStorageKey()) {
      await marks.add(key, now());
      try {
        return await store.put(content, key);
      } catch (error) {
        await marks.remove(key).catch(() => undefined);
        throw error;
      }
    },
    get: (key) => store.get(key),
    async delete(key) {
      await store.delete(key);
      await marks.remove(key);
    },
  };
}
