import { createHash, randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { AppError } from '../lib/errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * 'in-transaction': the route's handler claims the Idempotency-Key in the
     * transaction of its own work (withIdempotencyClaim) rather than the
     * preHandler in a statement of its own, so that claiming costs no commit
     * and no round trip of its own. For routes with a JSON body.
     */
    idempotency?: 'in-transaction';
  }
  interface FastifyRequest {
    idempotencyRecordId?: string;
    /** The claim a route with `idempotency: 'in-transaction'` has yet to take (see withIdempotencyClaim). */
    idempotencyClaim?: IdempotencyClaim;
    /**
     * A streamed (multipart) body under an Idempotency-Key: its hash is known
     * only once the handler has read it (see settleStreamedBody).
     */
    idempotencyStreamed?: { state: 'claimed' | 'settled' } | { state: 'existing'; row: IdempotencyRow };
  }
}

/** The record a request with an Idempotency-Key claims: the row it inserts, not completed yet. */
export interface IdempotencyClaim {
  id: string;
  actor: string;
  key: string;
  requestHash: string;
  method: string;
  path: string;
  expiresAt: Date;
  createdAt: Date;
  /**
   * The two 32-bit keys of the key's transaction-level advisory lock, which
   * every claim takes first (pg_try_advisory_xact_lock(int, int)): a request
   * with the key still running in a transaction holds it, so that another is
   * told at once rather than waiting on its row. Two 32-bit keys are a space of
   * their own, apart from the 64-bit key of src/db/migrate.ts.
   */
  lock: [number, number];
}

/**
 * What a claim answers when the key is not the request's: a request with it
 * is still running ('in-progress'), or a record holds it ('taken').
 */
export interface KeyHeld {
  keyHeld: 'in-progress' | 'taken';
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
  // Most answers have no such field: a JSON text with the key has its name in quotes
  // (the serializers write the names of fields as they are), so those are kept unparsed.
  if (!SECRET_FIELDS.some((f) => body.includes(`"${f}"`))) return body;
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

function keyInProgress(): AppError {
  return new AppError(409, 'IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed.', {
    headers: { 'retry-after': '1' },
  });
}

const isHeld = (outcome: object): outcome is KeyHeld => 'keyHeld' in outcome;

/** IdempotencyClaim.lock of an actor's key: the first 64 bits of a digest of both, as two signed 32-bit keys. */
function lockKeys(actor: string, key: string): [number, number] {
  const digest = createHash('sha256').update(actor).update('\0').update(key).digest();
  return [digest.readInt32BE(0), digest.readInt32BE(4)];
}

/**
 * Takes the claim's key with `take`, which answers KeyHeld when the key is
 * not the request's. A request with the key still running gets 409. A record
 * that holds the key is judged: an expired one, or one whose request has not
 * finished after ABANDONED_MS, is dropped and `take` tried again (three tries
 * in all); another request's (another hash; a streamed body's is not known
 * yet) gets 422; one not finished 409; a finished one is returned, to be
 * sent again.
 */
async function claimKey<T extends object>(
  app: FastifyInstance,
  claim: IdempotencyClaim,
  streamed: boolean,
  take: () => Promise<T | KeyHeld>,
): Promise<{ taken: T } | { existing: IdempotencyRow }> {
  const now = claim.createdAt;
  for (let attempt = 0; attempt < 3; attempt++) {
    const taken = await take();
    if (!isHeld(taken)) return { taken };
    if (taken.keyHeld === 'in-progress') throw keyInProgress();
    const existing = await app.db.idempotencyKey.findUnique({ where: { actor_key: { actor: claim.actor, key: claim.key } } });
    if (!existing) continue;
    const expired = existing.expiresAt.getTime() <= now.getTime();
    const abandoned = !existing.completed && now.getTime() - existing.createdAt.getTime() > ABANDONED_MS;
    if (expired || abandoned) {
      await app.db.idempotencyKey.deleteMany({ where: { id: existing.id } });
      continue;
    }
    if (!streamed && existing.requestHash !== claim.requestHash) throw keyReused();
    if (!existing.completed) throw keyInProgress();
    return { existing };
  }
  throw new AppError(409, 'IDEMPOTENCY_IN_PROGRESS', 'The Idempotency-Key is contended; retry.');
}

/**
 * Claims the key in a statement of its own, its id known at once (the
 * preHandler's claim, and the claim of a refusal withIdempotencyClaim
 * stores). It takes the key's advisory lock without waiting first, as a
 * claim in a transaction does: while a request with the key holds it (a
 * stage change, which inserts its record only when it commits), this one is
 * told 'in-progress' rather than taking the key from under it.
 */
async function insertClaim(app: FastifyInstance, claim: IdempotencyClaim): Promise<{ id: string } | KeyHeld> {
  const { rows } = await app.pool.query<{ got: boolean; id: string | null }>({
    name: 'claim_idempotency_key',
    text: `WITH l AS MATERIALIZED (SELECT pg_try_advisory_xact_lock($9, $10) AS got), i AS (
             INSERT INTO idempotency_keys (id, actor, key, request_hash, method, path, completed, expires_at, created_at)
             SELECT $1, $2, $3, $4, $5, $6, false, $7, $8 FROM l WHERE l.got
             ON CONFLICT (actor, key) DO NOTHING
             RETURNING id::text
           )
           SELECT l.got, (SELECT id FROM i) AS id FROM l`,
    values: [claim.id, claim.actor, claim.key, claim.requestHash, claim.method, claim.path, claim.expiresAt, claim.createdAt, ...claim.lock],
  });
  const { got, id } = rows[0]!;
  if (!got) return { keyHeld: 'in-progress' };
  return id === null ? { keyHeld: 'taken' } : { id };
}

/**
 * For a route with `config: { idempotency: 'in-transaction' }`: runs
 * `attempt` with the request's claim, or null without an Idempotency-Key.
 * With a claim, `attempt` opens its transaction with it: the claim's
 * advisory lock (`lock`) taken without waiting, then, only once it has it,
 * the key's record looked for (answering KeyHeld when it is there, after
 * rolling back), and the claim's row inserted in that transaction, before it
 * commits (a unique violation on the key answers KeyHeld too). Once the
 * transaction that inserted the row has committed, it calls `kept`: the
 * record is then the request's, as after
 * the preHandler's claim, and the answer is stored in it when it goes out,
 * unless the handler stored it already (idempotencyRecordCompleted). A key
 * held is judged as the preHandler judges it (claimKey), `attempt` running
 * again when its record was dropped. When `attempt` refuses the request
 * (a 4xx AppError) without having kept its claim (refused before its work),
 * the key is claimed as the preHandler claims it, so that the refusal is
 * stored, or the record that holds the key judged. What `attempt` returned,
 * or null when the first answer was sent again (the handler then returns the
 * reply).
 */
export async function withIdempotencyClaim<T extends object>(
  request: FastifyRequest,
  reply: FastifyReply,
  attempt: (claim: IdempotencyClaim | null, kept: () => void) => Promise<T | KeyHeld>,
): Promise<T | null> {
  const claim = request.idempotencyClaim;
  // Without a claim no key is held.
  if (!claim) return (await attempt(null, () => undefined)) as T;
  request.idempotencyClaim = undefined;
  let settled = false;
  const kept = () => {
    settled = true;
    request.idempotencyRecordId = claim.id;
  };
  let claimed: { taken: T } | { existing: IdempotencyRow };
  try {
    claimed = await claimKey(request.server, claim, false, async () => {
      const done = await attempt(claim, kept);
      // Judged from here on.
      if (isHeld(done)) settled = true;
      return done;
    });
  } catch (error) {
    // Anything but a refusal leaves no record (as onSend drops one for a 5xx).
    if (settled || !(error instanceof AppError && error.status < 500)) throw error;
    const before = await claimKey(request.server, claim, false, () => insertClaim(request.server, claim));
    if ('taken' in before) {
      request.idempotencyRecordId = before.taken.id;
      throw error;
    }
    claimed = before;
  }
  if ('taken' in claimed) return claimed.taken;
  sendReplay(reply, claimed.existing);
  return null;
}

/**
 * `Idempotency-Key` on POST: the same key and body replay the first response;
 * another body gets 422; a key still in use gets 409. Stored in PostgreSQL so
 * that every instance agrees (draft-ietf-httpapi-idempotency-key-header).
 */
export const idempotencyPlugin = fp(
  async (app) => {
    async function claimRequest(request: FastifyRequest, reply: FastifyReply) {
      const key = request.headers['idempotency-key'];
      if (key === undefined || !request.actor) return;
      if (typeof key !== 'string' || key.length < 1 || key.length > 255) {
        throw new AppError(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1 to 255 characters.', {
          errors: [{ path: 'header.idempotency-key', message: 'must be 1 to 255 characters' }],
        });
      }
      const streamed = isStreamed(request);
      const now = app.clock.now();
      // A key acting on behalf of several people keeps their keys apart.
      const actor = request.actor.onBehalf ? `${request.actor.id} user:${request.actor.userId}` : request.actor.id;
      const claim = {
        id: randomUUID(),
        actor,
        key,
        requestHash: streamed ? STREAMED_PENDING : requestHash(request),
        method: request.method,
        path: request.url,
        expiresAt: new Date(now.getTime() + KEEP_MS),
        createdAt: now,
        lock: lockKeys(actor, key),
      };
      if (request.routeOptions.config.idempotency === 'in-transaction') {
        request.idempotencyClaim = claim;
        return;
      }
      const claimed = await claimKey(app, claim, streamed, () => insertClaim(app, claim));
      if ('taken' in claimed) {
        request.idempotencyRecordId = claimed.taken.id;
        if (streamed) request.idempotencyStreamed = { state: 'claimed' };
        return;
      }
      if (streamed) {
        // Only the handler, having read the body, can tell a retry from another request.
        request.idempotencyStreamed = { state: 'existing', row: claimed.existing };
        return;
      }
      return sendReplay(reply, claimed.existing);
    }

    // Only POST routes claim keys. The claim is each such route's last
    // preHandler, after the per-key rate limit (which src/app.ts registers
    // first): a request refused for the limit claims nothing, so its retry
    // is not answered with the 429 again.
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      if (!methods.includes('POST')) return;
      const own = route.preHandler === undefined ? [] : Array.isArray(route.preHandler) ? route.preHandler : [route.preHandler];
      route.preHandler = [...own, claimRequest];
    });

    /** Completes the request's record with its answer, or drops it when the work may not have happened. */
    async function complete(id: string, request: FastifyRequest, reply: FastifyReply, payload: unknown) {
      // A streamed body refused before it was read cannot be compared with a
      // retry: the record is dropped, and a retry is judged afresh.
      const unread = request.idempotencyStreamed?.state === 'claimed';
      if (unread || reply.statusCode >= 500 || (payload !== null && typeof payload !== 'string')) {
        // The work may not have happened: let a retry try again.
        await app.db.idempotencyKey.deleteMany({ where: { id } }).catch(() => undefined);
        return;
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
    }

    // A callback hook: every answer passes through it, and only one with a record waits.
    app.addHook('onSend', (request, reply, payload, done) => {
      const id = request.idempotencyRecordId;
      if (!id) return done(null, payload);
      request.idempotencyRecordId = undefined;
      complete(id, request, reply, payload).then(
        () => done(null, payload),
        (error: Error) => done(error),
      );
    });
  },
  { name: 'idempotency', dependencies: ['db', 'auth'] },
);
