import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { responseSerializerCompiler } from './plugins/serializer.js';
import type pg from 'pg';
import type { Config } from './config/env.js';
import type { Db } from './db/client.js';
import type { Clock } from './lib/clock.js';
import type { Role } from './lib/actor.js';
import { AppError } from './lib/errors.js';
import { scrubError } from './lib/log-scrub.js';
import { addressLimitPlugin } from './plugins/address-limit.js';
import { authPlugin } from './plugins/auth.js';
import { corePlugin } from './plugins/db.js';
import { clientErrorHandler, errorsPlugin, frameworkErrorHandler } from './plugins/errors.js';
import { idempotencyPlugin } from './plugins/idempotency.js';
import { textGuardPlugin } from './plugins/text-guard.js';
import { uploadGuardPlugin } from './plugins/upload-guard.js';
import { filesystemDocumentStore, postgresDocumentStore, type DocumentStore } from './modules/documents/document-store.js';
import { modules } from './modules/index.js';
import { openapiPlugin } from './plugins/openapi.js';

export interface RouteEntry {
  method: string;
  url: string;
  hidden: boolean;
  /** Who may call it: 'public' (no key), the roles of its config, or every role ('all'). */
  access: 'public' | 'all' | Role[];
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export interface AppParts {
  config: Config;
  db: Db;
  pool: pg.Pool;
  clock: Clock;
  documents?: DocumentStore;
  /** A pino logger options object or instance; tests pass `false`. */
  logger?: FastifyServerOptions['logger'] | FastifyServerOptions['loggerInstance'];
}

export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  '*.email',
  '*.firstName',
  '*.lastName',
  '*.phone',
];

export function loggerOptions(level: string) {
  return {
    level,
    redact: { paths: LOG_REDACT, censor: '[redacted]' },
    serializers: {
      // Errors are logged with their stack, but without the personal data
      // their messages may quote.
      err: scrubError,
      // Query strings can carry search terms such as names or e-mail
      // addresses, so only the path is logged.
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        path: req.url.split('?')[0],
        requestId: req.id,
      }),
    },
  };
}

/** Builds the whole API as a ready Fastify instance; the server only listens. */
export async function buildApp(parts: AppParts): Promise<FastifyInstance> {
  return (await build(parts)) as unknown as FastifyInstance;
}

async function build(parts: AppParts) {
  const { config } = parts;
  const logger = parts.logger ?? loggerOptions(config.LOG_LEVEL);
  const isInstance = Boolean(logger) && typeof (logger as { info?: unknown }).info === 'function';
  const app = Fastify({
    ...(isInstance
      ? { loggerInstance: logger as FastifyServerOptions['loggerInstance'] }
      : { logger: logger as FastifyServerOptions['logger'] }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // The whole request, body included, must arrive within this (408 otherwise): a slow upload cannot hold a connection.
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    http: {
      headersTimeout: Math.min(60_000, config.REQUEST_TIMEOUT_MS),
      requestTimeout: config.REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.floor(config.REQUEST_TIMEOUT_MS / 4))),
    },
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // A number is a count of proxy hops (fastify accepts it; its types do not say so).
    trustProxy:
      typeof config.TRUST_PROXY === 'number'
        ? ((hops: number) => (_address: string, hop: number) => hop < hops)(config.TRUST_PROXY)
        : config.TRUST_PROXY,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
    // A malformed percent-encoding or an over-long path parameter is answered by the router itself.
    frameworkErrors: frameworkErrorHandler,
    // Oversized headers (431), a body too slow to arrive (408), bytes that are not HTTP (400).
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  // Every registered route, so the contract test can compare the server with openapi.yaml.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const hidden = Boolean((route.schema as { hide?: boolean } | undefined)?.hide) || route.url.startsWith('/docs');
    const config = (route.config ?? {}) as { public?: boolean; roles?: Role[] };
    const access = config.public || route.url.startsWith('/docs') ? 'public' : (config.roles ?? 'all');
    for (const method of methods) routeTable.push({ method: String(method), url: route.url, hidden, access });
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler as never);
  // JSON only (multipart where a route registers it): a text/plain body would
  // otherwise reach validation as a string and get a misleading 400 instead of 415.
  app.removeContentTypeParser('text/plain');

  await app.register(corePlugin, {
    db: parts.db,
    pool: parts.pool,
    clock: parts.clock,
    config,
    documents:
      parts.documents ??
      (config.DOCUMENT_STORE === 'filesystem'
        ? filesystemDocumentStore(config.DOCUMENT_DIR)
        : postgresDocumentStore(parts.pool)),
  });
  await app.register(errorsPlugin);

  // Once close() has begun (SIGTERM), a response to a request still in flight
  // closes its keep-alive connection; otherwise close() would wait for that
  // idle socket until the keep-alive timeout (72 s), past the grace delay.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
    return payload;
  });

  await app.register(helmet, {
    // The docs page runs the Swagger UI bundle, which needs inline styles.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(cors, {
    origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-request-id'],
    exposedHeaders: ['etag', 'location', 'retry-after', 'x-request-id', 'idempotent-replayed'],
    maxAge: 600,
  });

  await app.register(openapiPlugin);

  // Before authentication: guesses and calls without a key are limited too.
  await app.register(addressLimitPlugin, {
    max: config.ADDRESS_RATE_LIMIT_MAX,
    windowMs: config.ADDRESS_RATE_LIMIT_WINDOW_MS,
    authFailureCost: config.AUTH_FAILURE_COST,
  });
  await app.register(uploadGuardPlugin, { lingerMs: 2_000, lingerBytes: 64 * 1024 * 1024 });
  await app.register(authPlugin, { adminApiKey: config.ADMIN_API_KEY });
  await app.register(rateLimit, {
    hook: 'preHandler',
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    keyGenerator: (request) => request.actor?.id ?? request.ip,
    allowList: (request) => Boolean(request.routeOptions.config.public),
    errorResponseBuilder: (_request, context) =>
      new AppError(429, 'RATE_LIMITED', `Too many requests for this API key; retry after ${Math.ceil(context.ttl / 1000)} s.`, {
        headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
      }),
  });
  await app.register(textGuardPlugin);
  await app.register(idempotencyPlugin);

  for (const module of modules) {
    await app.register(module);
  }

  return app;
}
