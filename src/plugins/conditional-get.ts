import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's 200 answer carries an ETag (documented with 304 in the contract). */
    etag?: boolean;
  }
}

/** The opaque part (with its quotes) of each entity tag in a header, `W/` or not. */
function opaqueTags(header: string): string[] {
  return [...header.matchAll(/(?:W\/)?("[^"]*")/g)].map((m) => m[1]!);
}

/**
 * Whether `If-None-Match` matches the current ETag (RFC 9110 section 13.1.2):
 * `*` matches any, otherwise one of the listed tags must match by the weak
 * comparison, where `W/"1"` and `"1"` are the same.
 */
export function ifNoneMatchMatches(ifNoneMatch: string, etag: string): boolean {
  const [current] = opaqueTags(etag);
  if (current === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return opaqueTags(ifNoneMatch).includes(current);
}

function isStream(payload: unknown): payload is { destroy(): void; pipe: unknown } {
  return typeof payload === 'object' && payload !== null && typeof (payload as { pipe?: unknown }).pipe === 'function';
}

/**
 * Every GET or HEAD that answers 200 with an ETag answers 304 without a body
 * instead when `If-None-Match` matches it, so a client that cached the answer
 * reuses it; the routes only set the ETag.
 */
export const conditionalGetPlugin = fp(
  async (app) => {
    // A callback hook: nothing here waits, and every request passes through it.
    app.addHook('onSend', (request, reply, payload, done) => {
      const ifNoneMatch = request.headers['if-none-match'];
      if (!ifNoneMatch || reply.statusCode !== 200 || (request.method !== 'GET' && request.method !== 'HEAD')) return done(null, payload);
      const etag = reply.getHeader('etag');
      if (typeof etag !== 'string' || !ifNoneMatchMatches(ifNoneMatch, etag)) return done(null, payload);
      // A download's stream is not read: release what it holds.
      if (isStream(payload)) payload.destroy();
      reply.code(304);
      for (const name of ['content-type', 'content-length', 'content-disposition', 'content-encoding']) reply.removeHeader(name);
      // An empty string, not null: Fastify's HEAD handling reads the payload.
      done(null, '');
    });
  },
  { name: 'conditional-get' },
);
