import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '../lib/actor.js';
import { AppError } from '../lib/errors.js';
import { hashSecret, parseToken, safeEqual } from '../modules/api-keys/index.js';

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
  }
}

interface CachedKey {
  actor: Omit<Actor, 'requestId'>;
  secretHash: string;
  /** The token last verified against secretHash, so that the next request with it skips the hash. */
  verified?: string;
  expiresAt: Date | null;
  cachedAt: number;
}

// A verified key is remembered for at most a second, so that a burst of
// requests costs one lookup. Revocation drops it at once on the instance that
// revoked it; every other instance looks the key up again within this time,
// so a revoked key stops working everywhere within one second (README).
export const KEY_CACHE_MS = 1_000;

function unauthorized(detail: string): AppError {
  return new AppError(401, 'UNAUTHENTICATED', detail, { headers: { 'www-authenticate': 'Bearer' } });
}

export const authPlugin = fp(
  async (app, opts: { adminApiKey?: string }) => {
    const cache = new Map<string, CachedKey>();
    app.decorate('forgetApiKey', (prefix: string) => {
      cache.delete(prefix);
    });
    app.decorateRequest('actor', null as unknown as Actor);

    async function lookup(prefix: string): Promise<CachedKey | null> {
      const hit = cache.get(prefix);
      if (hit && Date.now() - hit.cachedAt < KEY_CACHE_MS) return hit;
      const row = await app.db.apiKey.findUnique({ where: { prefix } });
      if (!row || row.revokedAt) {
        cache.delete(prefix);
        return null;
      }
      const entry: CachedKey = {
        actor: {
          id: `key:${row.id}`,
          keyId: row.id,
          role: row.role,
          procedureId: row.procedureId,
          memberId: row.committeeMemberId,
        },
        secretHash: row.secretHash,
        expiresAt: row.expiresAt,
        cachedAt: Date.now(),
      };
      if (cache.size > 10_000) cache.clear();
      cache.set(prefix, entry);
      return entry;
    }

    async function authenticate(request: FastifyRequest): Promise<Actor> {
      const header = request.headers.authorization;
      if (!header) throw unauthorized('Send your API key as "Authorization: Bearer <key>".');
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw unauthorized('The Authorization header must have the form "Bearer <key>".');
      const token = match[1]!;
      if (opts.adminApiKey && safeEqual(token, opts.adminApiKey)) {
        return {
          id: 'env:ADMIN_API_KEY',
          keyId: null,
          role: 'admin',
          procedureId: null,
          memberId: null,
          requestId: request.id,
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
      return { ...entry.actor, requestId: request.id };
    }

    app.addHook('onRequest', async (request) => {
      const config = request.routeOptions.config;
      const url = request.routeOptions.url;
      // The docs page and its assets (registered by @fastify/swagger-ui) are public.
      if (config.public || !url || url === '/docs' || url.startsWith('/docs/')) return;
      request.actor = await authenticate(request);
      const roles = config.roles;
      if (roles && !roles.includes(request.actor.role)) {
        throw new AppError(403, 'FORBIDDEN_FOR_ROLE', `A ${request.actor.role} key may not do this.`);
      }
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
