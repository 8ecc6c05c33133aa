import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

export interface SecurityHeadersOptions {
  /** `PUBLIC_URL`: its origin may be fetched by the docs page; https makes every answer a TLS one. */
  publicUrl?: string;
}

/**
 * The Content-Security-Policy of every answer, the docs page included (its
 * scripts and styles are files of this service; Swagger UI sets inline styles).
 * `connect-src` lets the page's "Try it out" reach this service, under the
 * address the page was opened at and under `PUBLIC_URL`.
 */
export function contentSecurityPolicy(secure: boolean, publicUrl?: string): string {
  const connect = ["'self'", ...(publicUrl ? [new URL(publicUrl).origin] : [])];
  const directives = [
    "default-src 'self'",
    "base-uri 'self'",
    `connect-src ${connect.join(' ')}`,
    "font-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "script-src 'self'",
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    // Over plain http this would send the page's own requests to https, where
    // nothing answers, and leave a blank page.
    ...(secure ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * helmet's headers, except those that only make sense over TLS: HSTS,
 * `upgrade-insecure-requests`, Cross-Origin-Opener-Policy and
 * Origin-Agent-Cluster (browsers ignore these two, with a console message, on
 * a plain-http origin other than localhost).
 * They are sent when the request came over TLS (directly or, with trustProxy,
 * by X-Forwarded-Proto) or when `PUBLIC_URL` is https.
 */
export const securityHeadersPlugin = fp<SecurityHeadersOptions>(
  async (app, options) => {
    const alwaysSecure = options.publicUrl ? new URL(options.publicUrl).protocol === 'https:' : false;
    const policies = {
      secure: contentSecurityPolicy(true, options.publicUrl),
      plain: contentSecurityPolicy(false, options.publicUrl),
    };
    await app.register(helmet, {
      contentSecurityPolicy: false,
      strictTransportSecurity: false,
      crossOriginOpenerPolicy: false,
      originAgentCluster: false,
    });
    app.addHook('onRequest', async (request, reply) => {
      const secure = alwaysSecure || request.protocol === 'https';
      reply.header('content-security-policy', secure ? policies.secure : policies.plain);
      if (secure) {
        reply.header('strict-transport-security', HSTS);
        reply.header('cross-origin-opener-policy', 'same-origin');
        reply.header('origin-agent-cluster', '?1');
      }
    });
  },
  { name: 'security-headers' },
);
