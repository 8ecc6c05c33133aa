import fp from 'fastify-plugin';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

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

/** The headers helmet sets on an answer, with the TLS-only ones and its CSP left out (they are set per request above). */
function helmetHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  const middleware = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false, crossOriginOpenerPolicy: false, originAgentCluster: false });
  middleware({} as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  return headers;
}

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
    // helmet's headers do not depend on the request: they are computed once
    // and sent as one set, with the policy of the request's protocol.
    const plain = { ...helmetHeaders(), 'content-security-policy': policies.plain };
    const secure = {
      ...plain,
      'content-security-policy': policies.secure,
      'strict-transport-security': HSTS,
      'cross-origin-opener-policy': 'same-origin',
      'origin-agent-cluster': '?1',
    };
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(alwaysSecure || request.protocol === 'https' ? secure : plain);
      done();
    });
  },
  { name: 'security-headers' },
);
