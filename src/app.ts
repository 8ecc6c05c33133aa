import { randomUUID } from 'node:crypto';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { responseSerializerCompiler } from './plugins/serializer.js';
import type pg from 'pg';
import pino, { type Bindings, type ChildLoggerOptions } from 'pino';
import type { Config } from './config/env.js';
import type { Db } from './db/client.js';
import type { Reader } from './db/read-pipeline.js';
import { SharedTestClock } from './lib/clock.js';
import type { Clock } from './lib/clock.js';
import type { Role } from './lib/actor.js';
import { AppError } from './lib/errors.js';
import { PathVocabulary, scrubError } from './lib/log-scrub.js';
import * as enums from './generated/prisma/enums.js';
import { addressLimitPlugin } from './plugins/address-limit.js';
import { authPlugin } from './plugins/auth.js';
import { corePlugin } from './plugins/db.js';
import { clientErrorHandler, errorsPlugin, frameworkErrorHandler } from './plugins/errors.js';
import { idempotencyPlugin } from './plugins/idempotency.js';
import { textGuardPlugin } from './plugins/text-guard.js';
import { uploadGuardPlugin } from './plugins/upload-guard.js';
import { systemLookup, type HostLookup } from './lib/host-lookup.js';
import { filesystemDocumentStore, postgresDocumentStore, type DocumentStore } from './documents/document-store.js';
import { modules } from './modules/index.js';
import { readClockOffset } from './modules/clock/index.js';
import { openapiPlugin } from './plugins/openapi.js';
import { conditionalGetPlugin } from './plugins/conditional-get.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { metricsPlugin } from './plugins/metrics.js';
import { schedulerPlugin } from './plugins/scheduler.js';
import { sheddingPlugin } from './plugins/shedding.js';
import { tracingPlugin } from './lib/tracing.js';

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
  /** Where single-statement reads run (src/db/read-pipeline.ts); the pool when not given. */
  reads?: Reader;
  /** Reads planned once per connection (src/db/client.ts, genericReads); the pool's own path when not given. */
  genericReads?: Reader | null;
  clock: Clock;
  documents?: DocumentStore;
  /** Resolves host names (webhook URLs at subscription); the system resolver by default. */
  hostLookup?: HostLookup;
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

/**
 * The words a logged path or query keeps: static route segments (added as
 * routes are registered), the database's enumerations and the enumerations of
 * route parameters and query strings.
 */
export const pathVocabulary = new PathVocabulary();
pathVocabulary.addValues(Object.values(enums).flatMap((e) => Object.values(e as Record<string, string>)));

/** String values of zod enums and literals in a route schema (its params or querystring object). */
function enumValues(schema: unknown, depth = 0): string[] {
  if (!schema || typeof schema !== 'object' || depth > 4) return [];
  const s = schema as { options?: unknown; shape?: Record<string, unknown>; def?: { innerType?: unknown; values?: unknown; options?: unknown } };
  const out: string[] = [];
  const take = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') out.push(x);
  };
  take(s.options);
  take(s.def?.values);
  if (s.shape) for (const field of Object.values(s.shape)) out.push(...enumValues(field, depth + 1));
  if (s.def?.innerType) out.push(...enumValues(s.def.innerType, depth + 1));
  if (Array.isArray(s.def?.options)) for (const o of s.def.options) out.push(...enumValues(o, depth + 1));
  return out;
}

function traceIds() {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const context = span.spanContext();
  return isSpanContextValid(context) ? { traceId: context.traceId, spanId: context.spanId } : {};
}

/** What a log line keeps of a request: its method, its path and query scrubbed (PathVocabulary), its id. */
function requestFields(req: { method: string; url: string; id: string }): { method: string; path: string; query?: string; requestId: string } {
  const url = pathVocabulary.scrubUrl(req.url);
  const q = url.indexOf('?');
  if (q === -1) return { method: req.method, path: url, requestId: req.id };
  const query = url.slice(q + 1);
  return { method: req.method, path: url.slice(0, q), ...(query ? { query } : {}), requestId: req.id };
}

export function loggerOptions(level: string) {
  return {
    level,
    redact: { paths: LOG_REDACT, censor: '[redacted]' },
    // The trace of the line's request, so logs and traces join up; only
    // when tracing was started (src/telemetry.ts runs before this), as
    // otherwise there is never an active span and every line would pay for
    // looking.
    ...(tracingPlugin() ? { mixin: traceIds } : {}),
    serializers: {
      // Errors are logged with their stack, but without the personal data
      // their messages may quote.
      err: scrubError,
      // A path or query string can carry names or e-mail addresses (a
      // search, a mistyped id): only ids, route words and enumeration values
      // are logged as sent, anything else as [redacted].
      req: requestFields,
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/**
 * One log line per request, when it completes, instead of fastify's two: the
 * request (method, path and query, scrubbed by the req serializer of
 * loggerOptions), the status and the time taken. fastify's other lines about
 * a request put the raw URL or an error's message in `msg`, out of reach of
 * the serializers: they get a fixed message here, the error going through
 * the err serializer (scrubError).
 */
export class OneLinePerRequest extends LogController {
  /**
   * The logger of the completed-request line (each app builds its own
   * controller): a child of the server's logger without the redaction paths.
   * The line holds only the request id and what the req and res serializers
   * keep (method, scrubbed path and query, status), none of which the paths
   * name, and redaction costs a walk of every field.
   */
  private access?: FastifyBaseLogger;

  private accessLog(request: FastifyRequest): FastifyBaseLogger {
    return (this.access ??= request.server.log.child({}, { redact: [] }));
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else {
      const log = this.accessLog(request);
      if (!completedLine(log, request, reply)) log.info({ reqId: request.id, req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    }
  }

  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    if (reply.statusCode >= 500) reply.log.error({ req: request, res: reply, err: error }, 'request failed');
    else reply.log.info({ res: reply, err: error }, 'request refused');
  }

  override routeNotFound(request: FastifyRequest): void {
    request.log.info({ req: request }, 'route not found');
  }

  override writeHeadError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    reply.log.warn({ req: request, res: reply, err: error }, 'could not write the response head');
  }
}

type PinoInternals = { [key: symbol]: unknown };

/**
 * The completed-request line written from a template straight to the
 * logger's stream: the same bytes pino writes for
 * `log.info({ reqId, req, res, responseTime }, 'request completed')` with
 * loggerOptions (level, time, the bindings, the fields as the req and res
 * serializers keep them, the message), without pino's walk of the object and
 * its serializers on every request (docs/performance.md, "The request line
 * from a template"). Only for a pino logger at info or below without a mixin
 * (tracing adds one); false otherwise, and the line is logged through pino.
 */
function completedLine(log: FastifyBaseLogger, request: FastifyRequest, reply: FastifyReply): boolean {
  const internals = log as unknown as PinoInternals;
  const stream = internals[pino.symbols.streamSym] as { write?: (line: string) => unknown } | undefined;
  const chindings = internals[pino.symbols.chindingsSym];
  if (
    typeof stream?.write !== 'function' ||
    typeof chindings !== 'string' ||
    internals[pino.symbols.mixinSym] ||
    !(log as pino.Logger).isLevelEnabled('info')
  ) {
    return false;
  }
  const req = requestFields(request);
  const query = req.query === undefined ? '' : `,"query":${JSON.stringify(req.query)}`;
  // The request id is both the line's reqId and the req serializer's requestId.
  const id = JSON.stringify(req.requestId);
  stream.write(
    `{"level":30,"time":${Date.now()}${chindings},"reqId":${id},"req":{"method":${JSON.stringify(req.method)},"path":${JSON.stringify(req.path)}${query},"requestId":${id}},"res":{"statusCode":${reply.statusCode}},"responseTime":${reply.elapsedTime},"msg":"request completed"}\n`,
  );
  return true;
}

const requestLoggerBases = new WeakMap<FastifyBaseLogger, FastifyBaseLogger>();

/**
 * fastify's logger of a request (request.log), a child with its request id:
 * made by pino's fast path, which takes a child without options of a logger
 * that is itself a child. fastify passes an options object on every request,
 * empty unless the route sets a log level or serializers.
 */
export function requestChildLogger(logger: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  if (options.level !== undefined || options.serializers !== undefined) return logger.child(bindings, options);
  let base = requestLoggerBases.get(logger);
  if (!base) {
    base = logger.child({});
    requestLoggerBases.set(logger, base);
  }
  return base.child(bindings);
}

/** Text formats worth compressing: JSON, CSV, iCalendar, YAML, the docs page's HTML, CSS and JavaScript. */
const COMPRESSIBLE = /^text\/(?!event-stream)|^application\/(?:javascript|yaml|x-yaml)(?:;|$)|[+/](?:json|xml)(?:;|$)/;

/** The built API: a Fastify instance typed with the zod type provider its routes use. */
export type App = Awaited<ReturnType<typeof build>>;

/** Builds the whole API as a ready Fastify instance; the server only listens. */
export async function buildApp(parts: AppParts): Promise<App> {
  return build(parts);
}

async function build(parts: AppParts) {
  const { config } = parts;
  const logger = parts.logger ?? loggerOptions(config.LOG_LEVEL);
  const isInstance = Boolean(logger) && typeof (logger as { info?: unknown }).info === 'function';
  const app = Fastify({
    ...(isInstance ? { loggerInstance: logger as FastifyServerOptions['loggerInstance'] } : { logger: logger as FastifyServerOptions['logger'] }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // The whole request, body included, must arrive within this (408 otherwise): a slow upload cannot hold a connection.
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    http: {
      headersTimeout: Math.min(60_000, config.REQUEST_TIMEOUT_MS),
      requestTimeout: config.REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.floor(config.REQUEST_TIMEOUT_MS / 4))),
    },
    logController: new OneLinePerRequest(),
    childLoggerFactory: requestChildLogger,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // A number is a count of proxy hops (fastify accepts it; its types do not say so).
    trustProxy:
      typeof config.TRUST_PROXY === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(config.TRUST_PROXY)
        : config.TRUST_PROXY,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
    // A malformed percent-encoding or an over-long path parameter is answered by the router itself.
    frameworkErrors: (error, request, reply) => void frameworkErrorHandler(error, request, reply),
    // Oversized headers (431), a body too slow to arrive (408), bytes that are not HTTP (400).
    clientErrorHandler,
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
    const hidden = Boolean(route.schema?.hide) || route.url.startsWith('/docs');
    const config = (route.config ?? {}) as { public?: boolean; roles?: Role[] };
    const access = config.public || route.url.startsWith('/docs') ? 'public' : (config.roles ?? 'all');
    for (const method of methods) routeTable.push({ method: String(method), url: route.url, hidden, access });
    pathVocabulary.addRoute(route.url);
    const schema = route.schema;
    pathVocabulary.addValues([...enumValues(schema?.params), ...enumValues(schema?.querystring)]);
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler as never);
  // JSON only (multipart where a route registers it): a text/plain body would
  // otherwise reach validation as a string and get a misleading 400 instead of 415.
  app.removeContentTypeParser('text/plain');

  // With CLOCK_START the clock is the shared test clock (POST /v1/clock/advance);
  // each request first takes over a move another instance made (re-read at most once a second).
  const testClock = config.CLOCK_START ? new SharedTestClock(parts.clock, () => readClockOffset(parts.db)) : null;
  if (testClock) app.addHook('onRequest', async () => testClock.refresh());
  await app.register(corePlugin, {
    db: parts.db,
    pool: parts.pool,
    reads: parts.reads ?? parts.pool,
    genericReads: parts.genericReads ?? null,
    clock: testClock ?? parts.clock,
    config,
    hostLookup: parts.hostLookup ?? systemLookup,
    documents: parts.documents ?? (config.DOCUMENT_STORE === 'filesystem' ? filesystemDocumentStore(config.DOCUMENT_DIR) : postgresDocumentStore(parts.pool)),
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
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  await app.register(securityHeadersPlugin, { publicUrl: config.PUBLIC_URL });
  // Without CORS_ORIGINS a browser on another origin gets no access (and a
  // preflight 404): nothing is registered, so no request pays for the check.
  if (config.CORS_ORIGINS.length > 0) {
    await app.register(cors, {
      origin: config.CORS_ORIGINS,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'if-none-match', 'on-behalf-of', 'x-request-id'],
      exposedHeaders: ['ETag', 'Location', 'Retry-After', 'Idempotent-Replayed', 'Content-Disposition', 'x-request-id'],
      maxAge: 600,
    });
  }
  // Answers are compressed when the client accepts it, the docs page's files
  // included; PDFs are not (already compressed), and request bodies are
  // taken as sent. Registered before any route, as it hooks each route.
  // ETags stay as they are: they name the resource's version, which If-Match
  // and If-None-Match compare whatever the encoding, and `Vary: Accept-Encoding`
  // keeps the encodings apart in caches.
  await app.register(compress, { globalDecompression: false, customTypes: COMPRESSIBLE });
  await app.register(conditionalGetPlugin);

  await app.register(openapiPlugin, { publicUrl: config.PUBLIC_URL });

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
  await app.register(schedulerPlugin);

  return app;
}
