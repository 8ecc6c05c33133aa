import { randomUUID } from 'node:crypto';
import { isSpanContextValid, trace } from '@opentelemetry/api';
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
import { AppError } from './lib/errors.js';
import { scrubError } from './lib/log-scrub.js';
import { authPlugin } from './plugins/auth.js';
import { corePlugin } from './plugins/db.js';
import { errorsPlugin, frameworkErrorHandler } from './plugins/errors.js';
import { idempotencyPlugin } from './plugins/idempotency.js';
import { textGuardPlugin } from './plugins/text-guard.js';
import { filesystemDocumentStore, postgresDocumentStore, type DocumentStore } from './modules/documents/document-store.js';
import { modules } from './modules/index.js';
import { openapiPlugin } from './plugins/openapi.js';
import { metricsPlugin } from './plugins/metrics.js';
import { schedulerPlugin } from './plugins/scheduler.js';
import { sheddingPlugin } from './plugins/shedding.js';
import { tracingPlugin } from './lib/tracing.js';

export interface RouteEntry {
  method: string;
  url: string;
  hidden: boolean;
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
    // The trace of the line's request, so logs and traces join up. Without
    // tracing the API has no active span and this adds nothing.
    mixin() {
      const span = trace.getActiveSpan();
      if (!span) return {};
      const context = span.spanContext();
      return isSpanContextValid(context) ? { traceId: context.traceId, spanId: context.spanId } : {};
    },
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
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    trustProxy: true,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
    // A malformed percent-encoding or an over-long path parameter is answered by the router itself.
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  // A span per request (continuing an incoming traceparent), registered before
  // any hook or route so it covers them all; only when tracing was started.
  const tracing = tracingPlugin();
  if (tracing) await app.register(tracing);

  // Every registered route, so the contract test can compare the server with openapi.yaml.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const hidden = Boolean((route.schema as { hide?: boolean } | undefined)?.hide) || route.url.startsWith('/docs');
    for (const method of methods) routeTable.push({ method: String(method), url: route.url, hidden });
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
  await app.register(metricsPlugin);
  await app.register(sheddingPlugin);

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
  await app.register(schedulerPlugin);

  return app;
}
