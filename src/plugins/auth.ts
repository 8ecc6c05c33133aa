import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '../lib/actor.js';
import { AppError } from '../lib/errors.js';
import { actingRoleAllowed, ON_BEHALF_HEADER } from '../domain/roles.js';
import { findKeyForAuth, hashSecret, parseToken, safeEqual } from '../modules/api-keys/index.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes anyone may call (health, docs). */
    public?: boolean;
    /** Roles allowed on the route; every authenticated role when absent. */
    roles?: Role[];
  }
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyInstance {
    forgetApiKey: (prefix: string) => void;
    /** Every authenticated operation with the roles its route allows (GET /v1/me derives what a key may do from it). */
    operations: () => readonly Operation[];
  }
}

/** An authenticated operation of the API as its route registered it. */
export interface Operation {
  method: string;
  /** The path as the contract writes it: `/v1/users/{userId}`. */
  path: string;
  operationId: string;
  /** Every authenticated role when absent. */
  roles: readonly Role[] | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface CachedKey {
  actor: Omit<Actor, 'requestId'>;
  secretHash: string;
  /** The token last verified against secretHash, so that the next request with it skips the hash. */
  verified?: string;
  expiresAt: Date | null;
  /** An integration key (an agency key of no person) that may send On-Behalf-Of. */
  actOnBehalf: boolean;
  cachedAt: number;
}

// A verified key is remembered for at most a second, so that a burst of
// requests costs one lookup. Revocation drops it at once on the instance that
// revoked it; every other instance looks the key up again within this time,
// so a revoked key stops working everywhere within one second (README). The
// same holds for the key of a person who is deactivated or changes role.
export const KEY_CACHE_MS = 1_000;

function unauthorized(detail: string): AppError {
  return new AppError(401, 'UNAUTHENTICATED', detail, { headers: { 'www-authenticate': 'Bearer' } });
}

export const authPlugin = fp(
  async (app, opts: { adminApiKey?: string }) => {
    const cache = new Map<string, CachedKey>();
    // Lookups under way, by prefix: when a key's entry expires under load, the
    // requests that arrive before the database answers wait for that one
    // lookup instead of each making their own.
    const pending = new Map<string, { startedAt: number; answer: Promise<CachedKey | null> }>();
    // Counts the keys forgotten: a lookup under way may have read its key before
    // the change (a revocation), so its answer is used once but not kept.
    let forgotten = 0;
    app.decorate('forgetApiKey', (prefix: string) => {
      forgotten++;
      cache.delete(prefix);
      pending.delete(prefix);
    });
    app.decorateRequest('actor', null as unknown as Actor);

    // The route table, as registered: this plugin is registered before the
    // modules (src/app.ts), so it sees every route.
    const operations: Operation[] = [];
    app.decorate('operations', () => operations);
    app.addHook('onRoute', (route) => {
      const operationId = route.schema?.operationId;
      if (route.config?.public || typeof operationId !== 'string') return;
      for (const method of [route.method].flat()) {
        if (method === 'HEAD') continue;
        operations.push({ method, path: route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}'), operationId, roles: route.config?.roles });
      }
    });

    function lookup(prefix: string): CachedKey | Promise<CachedKey | null> | null {
      const hit = cache.get(prefix);
      const now = Date.now();
      if (hit && now - hit.cachedAt < KEY_CACHE_MS) return hit;
      // A lookup is joined only while it is as fresh as a cached entry may be.
      const under = pending.get(prefix);
      if (under && now - under.startedAt < KEY_CACHE_MS) return under.answer;
      const loading = { startedAt: now, answer: load(prefix, now) };
      pending.set(prefix, loading);
      // Done either way (a failed lookup reaches its callers through `answer`).
      const done = () => {
        if (pending.get(prefix) === loading) pending.delete(prefix);
      };
      loading.answer.then(done, done);
      return loading.answer;
    }

    /** The key as the database has it at `startedAt`, which is when its entry counts from. */
    async function load(prefix: string, startedAt: number): Promise<CachedKey | null> {
      const seen = forgotten;
      const row = await findKeyForAuth(app.pool, prefix);
      // The key of a deactivated person stops working with them.
      if (!row || row.revokedAt || row.user?.deactivatedAt) {
        cache.delete(prefix);
        return null;
      }
      const entry: CachedKey = {
        actor: {
          id: `key:${row.id}`,
          keyId: row.id,
          // A person's key acts in the person's current role.
          role: row.user ? row.user.role : row.role,
          procedureId: row.procedureId,
          memberId: row.committeeMemberId,
          userId: row.userId,
        },
        secretHash: row.secretHash,
        expiresAt: row.expiresAt,
        actOnBehalf: row.actOnBehalf && !row.userId,
        cachedAt: startedAt,
      };
      if (forgotten !== seen) return entry;
      if (cache.size > 10_000) cache.clear();
      cache.set(prefix, entry);
      return entry;
    }

    async function authenticate(request: FastifyRequest): Promise<{ actor: Actor; actOnBehalf: boolean }> {
      const header = request.headers.authorization;
      if (!header) throw unauthorized('Send your API key as "Authorization: Bearer <key>".');
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw unauthorized('The Authorization header must have the form "Bearer <key>".');
      const token = match[1]!;
      if (opts.adminApiKey && safeEqual(token, opts.adminApiKey)) {
        return {
          actor: { id: 'env:ADMIN_API_KEY', keyId: null, role: 'admin', procedureId: null, memberId: null, requestId: request.id, userId: null },
          actOnBehalf: false,
        };
      }
      const parsed = parseToken(token);
      if (!parsed) throw unauthorized('The API key is not valid.');
      const entry = await lookup(parsed.prefix);
      if (!entry) throw unauthorized('The API key is not valid or was revoked.');
      if (!(entry.verified !== undefined && safeEqual(entry.verified, token))) {
        if (!safeEqual(entry.secretHash, hashSecret(parsed.secret))) throw unauthorized('The API key is not valid or was revoked.');
        entry.verified = token;
      }
      if (entry.expiresAt && entry.expiresAt.getTime() <= app.clock.now().getTime()) {
        throw unauthorized('The API key has expired.');
      }
      return { actor: { ...entry.actor, requestId: request.id }, actOnBehalf: entry.actOnBehalf };
    }

    /**
     * `On-Behalf-Of: <user id>`: an integration key makes the request as one
     * of the agency's people (README, "People and acting on behalf"). The
     * request runs in the person's role, which may not be above the key's;
     * the person is looked up on every request, so a deactivated person is
     * refused at once.
     */
    async function actOnBehalf(actor: Actor, allowed: boolean, header: string | string[]): Promise<Actor> {
      const value = Array.isArray(header) ? header.join(',') : header.trim();
      if (!UUID.test(value)) {
        throw new AppError(400, 'INVALID_ON_BEHALF_OF', `The ${ON_BEHALF_HEADER} header must be the id (a UUID) of one person of the agency.`, {
          errors: [{ path: `headers.${ON_BEHALF_HEADER.toLowerCase()}`, message: 'must be a UUID' }],
        });
      }
      if (!allowed) {
        throw new AppError(
          403,
          'ON_BEHALF_NOT_ALLOWED',
          `This API key may not send ${ON_BEHALF_HEADER}: only an admin or consultant key created with actOnBehalf, and of no person itself, may act on behalf of someone.`,
        );
      }
      const user = await app.db.user.findUnique({ where: { id: value.toLowerCase() }, select: { id: true, role: true, deactivatedAt: true } });
      if (!user) throw new AppError(403, 'ON_BEHALF_USER_UNKNOWN', `${ON_BEHALF_HEADER}: no person of the agency has the id ${value}.`);
      if (user.deactivatedAt)
        throw new AppError(403, 'ON_BEHALF_USER_DEACTIVATED', `${ON_BEHALF_HEADER}: person ${user.id} was deactivated and can no longer act.`);
      if (!actingRoleAllowed(actor.role, user.role)) {
        throw new AppError(
          403,
          'ON_BEHALF_ROLE_TOO_HIGH',
          `${ON_BEHALF_HEADER}: person ${user.id} has the role ${user.role}, above this ${actor.role} key's; a key acts only for people of its own role or below.`,
        );
      }
      return { ...actor, role: user.role, userId: user.id, onBehalf: true };
    }

    app.addHook('onRequest', async (request) => {
      const config = request.routeOptions.config;
      const url = request.routeOptions.url;
      // The docs page and its assets (registered by @fastify/swagger-ui) are public.
      if (config.public || !url || url === '/docs' || url.startsWith('/docs/')) return;
      const { actor, actOnBehalf: allowed } = await authenticate(request);
      const onBehalf = request.headers[ON_BEHALF_HEADER.toLowerCase()];
      request.actor = onBehalf === undefined ? actor : await actOnBehalf(actor, allowed, onBehalf);
      const roles = config.roles;
      if (roles && !roles.includes(request.actor.role)) {
        throw new AppError(403, 'FORBIDDEN_FOR_ROLE', `A ${request.actor.role} key may not do this.`);
      }
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
