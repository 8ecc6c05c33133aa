import { createHash, randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { AppError } from '../lib/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyRecordId?: string;
    /**
     * A streamed (multipart) body under an Idempotency-Key: its hash is known
     * only once the handler has read it (see settleStreamedBody).
     */
    idempotencyStreamed?: { state: 'claimed' | 'settled' } | { state: 'existing'; row: IdempotencyRow };
  }
}

interface IdempotencyRow {
  id: string;
  requestHash: string;
  responseStatus: number | null;
  responseHeaders: unknown;
  responseBody: string | null;
}

// The hash of a streamed body before its handler has read it.
const STREAMED_PENDING = 'streamed-body:pending';

const KEEP_MS = 24 * 60 * 60 * 1000;
// A first request that has not finished after this long is taken to have died
// with its process; a retry may then do the work.
const ABANDONED_MS = 60_000;
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];
// Secrets are shown once (API key tokens, webhook secrets): a stored response
// keeps everything but them, so the idempotency table never holds a secret.
const SECRET_FIELDS = ['token', 'secret'];

/** The body an idempotency record keeps of a response (for a handler that completes its record itself). */
export function storedResponseBody(body: string): string {
  return withoutSecrets(body);
}

/**
 * For a handler that completed the request's idempotency record itself, in
 * the transaction of its work (with status, the REPLAYED_HEADERS it sends and
 * storedResponseBody of its body): the record is left as it is when the
 * response goes out.
 */
export function idempotencyRecordCompleted(request: FastifyRequest): void {
  request.idempotencyRecordId = undefined;
}

function withoutSecrets(body: string): string {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return body;
    const record = parsed as Record<string, unknown>;
    if (!SECRET_FIELDS.some((f) => f in record)) return body;
    for (const field of SECRET_FIELDS) {
      if (field in record) record[field] = '[shown once; not replayed]';
    }
    return JSON.stringify(record);
  } catch {
    return body;
  }
}

/** Drops stored responses older than 24 hours; the deadline sweep calls it. */
export async function purgeExpiredIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

function isStreamed(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/');
}

function requestHash(request: FastifyRequest, streamedContent?: string): string {
  const hash = createHash('sha256').update(request.method).update('\0').update(request.url).update('\0');
  if (streamedContent !== undefined) hash.update('streamed\0').update(streamedContent);
  else hash.update(JSON.stringify(request.body ?? null));
  return hash.digest('hex');
}

function sendReplay(reply: FastifyReply, row: IdempotencyRow) {
  const headers = (row.responseHeaders ?? {}) as Record<string, string>;
  reply.headers(headers);
  reply.header('idempotent-replayed', 'true');
  reply.status(row.responseStatus ?? 200);
  // Replayed bytes go out as stored, bypassing the route's serializer.
  return reply.serializer((payload: unknown) => payload as string).send(row.responseBody ?? '');
}

/**
 * For a body its handler streams (a multipart form): called by the handler
 * once it has read the whole body, with a digest of its content (every field
 * and every file's bytes). Without an Idempotency-Key it does nothing. The
 * first request with a key records the digest and goes on (null). A later
 * request with the key gets 422 when its content differs; when it is the same
 * request, the answer is a function that sends the first response again: the
 * handler undoes what it read, then calls it.
 */
export async function settleStreamedBody(request: FastifyRequest, reply: FastifyReply, contentDigest: string): Promise<(() => FastifyReply) | null> {
  const streamed = request.idempotencyStreamed;
  if (!streamed) return null;
  const hash = requestHash(request, contentDigest);
  if (streamed.state === 'claimed') {
    await request.server.db.idempotencyKey.update({ where: { id: request.idempotencyRecordId! }, data: { requestHash: hash } });
    request.idempotencyStreamed = { state: 'settled' };
    return null;
  }
  if (streamed.state === 'existing') {
    const row = streamed.row;
    if (row.requestHash !== hash) throw keyReused();
    return () => sendReplay(reply, row);
  }
  return null;
}

function keyReused(): AppError {
  return new AppError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request; use a new key for a new request.');
}

/**
 * `Idempotency-Key` on POST: the same key and body replay the first response;
 * another body gets 422; a key still in use gets 409. Stored in PostgreSQL so
 * that every instance agrees (draft-ietf-httpapi-idempotency-key-header).
 */
export const idempotencyPlugin = fp(
  async (app) => {
    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.method !== 'POST') return;
      const key = request.headers['idempotency-key'];
      if (key === undefined || !request.actor) return;
      if (typeof key !== 'string' || key.length < 1 || key.length > 255) {
        throw new AppError(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1 to 255 characters.', {
          errors: [{ path: 'header.idempotency-key', message: 'must be 1 to 255 characters' }],
        });
      }
      const streamed = isStreamed(request);
      const hash = streamed ? STREAMED_PENDING : requestHash(request);
      const now = app.clock.now();
      // A key acting on behalf of several people keeps their keys apart.
      const actor = request.actor.onBehalf ? `${request.actor.id} user:${request.actor.userId}` : request.actor.id;
      for (let attempt = 0; attempt < 3; attempt++) {
        // Claimed and its id known in one statement.
        const inserted = await app.pool.query<{ id: string }>({
          name: 'claim_idempotency_key',
          text: `INSERT INTO idempotency_keys (id, actor, key, request_hash, method, path, completed, expires_at, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, false, $7, $8)
                 ON CONFLICT (actor, key) DO NOTHING
                 RETURNING id::text`,
          values: [randomUUID(), actor, key, hash, request.method, request.url, new Date(now.getTime() + KEEP_MS), now],
        });
        if (inserted.rows.length === 1) {
          request.idempotencyRecordId = inserted.rows[0]!.id;
          if (streamed) request.idempotencyStreamed = { state: 'claimed' };
          return;
        }
        const existing = await app.db.idempotencyKey.findUnique({ where: { actor_key: { actor, key } } });
        if (!existing) continue;
        const expired = existing.expiresAt.getTime() <= now.getTime();
        const abandoned = !existing.completed && now.getTime() - existing.createdAt.getTime() > ABANDONED_MS;
        if (expired || abandoned) {
          await app.db.idempotencyKey.deleteMany({ where: { id: existing.id } });
          continue;
        }
        if (!streamed && existing.requestHash !== hash) throw keyReused();
        if (!existing.completed) {
          throw new AppError(409, 'IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed.', {
            headers: { 'retry-after': '1' },
          });
        }
        if (streamed) {
          // Only the handler, having read the body, can tell a retry from another request.
          request.idempotencyStreamed = { state: 'existing', row: existing };
          return;
        }
        return sendReplay(reply, existing);
      }
      throw new AppError(409, 'IDEMPOTENCY_IN_PROGRESS', 'The Idempotency-Key is contended; retry.');
    });

    app.addHook('onSend', async (request, reply, payload) => {
      const id = request.idempotencyRecordId;
      if (!id) return payload;
      request.idempotencyRecordId = undefined;
      // A streamed body refused before it was read cannot be compared with a
      // retry: the record is dropped, and a retry is judged afresh.
      const unread = request.idempotencyStreamed?.state === 'claimed';
      if (unread || reply.statusCode >= 500 || (payload !== null && typeof payload !== 'string')) {
        // The work may not have happened: let a retry try again.
        await app.db.idempotencyKey.deleteMany({ where: { id } }).catch(() => undefined);
        return payload;
      }
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      await app.db.idempotencyKey.update({
        where: { id },
        data: { completed: true, responseStatus: reply.statusCode, responseHeaders: headers, responseBody: withoutSecrets(payload ?? '') },
      });
      return payload;
    });
  },
  { name: 'idempotency', dependencies: ['db', 'auth'] },
);
