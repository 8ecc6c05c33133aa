import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, problemType, statusTitle, type FieldError } from '../lib/errors.js';

function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  if (error.headers) reply.headers(error.headers);
  const body: Record<string, unknown> = {
    type: problemType(error.code),
    title: statusTitle(error.status),
    status: error.status,
    detail: error.detail,
    code: error.code,
    instance: request.url.split('?')[0] ?? request.url,
    ...error.extensions,
  };
  if (error.errors) body.errors = error.errors;
  return reply.status(error.status).type('application/problem+json').send(body);
}

// Codes that say the database cannot serve right now, however they arrive:
// socket errors (node), SQLSTATEs (pg, or the adapter's `originalCode`), and
// Prisma's own codes for the same conditions.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '57014', // query_canceled (statement_timeout: a database too slow to answer)
  '53300', // too_many_connections
  'P1001', // can't reach the database server
  'P1002', // the server was reached but timed out
  'P1008', // operation timed out
  'P1017', // the server closed the connection
  'P2024', // timed out fetching a connection from the pool
  // A transaction that could not finish in time (usually a database that stopped answering).
  'P2028',
  'P2037', // too many database connections
]);

// @prisma/adapter-pg's names for the same conditions (DriverAdapterError.cause.kind).
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** SQLSTATE class 08: connection exceptions. */
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;

function unavailableCode(code: unknown): boolean {
  return typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || CONNECTION_EXCEPTION.test(code));
}

// Prisma 7 reports an adapter's SQLSTATE only in its message ("Database error. Code: `57P03`. ...").
const MESSAGE_CODE = /\bCode: `([0-9A-Z]{5})`/;
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Can't reach database|terminating connection|DatabaseNotReachable|Client has encountered a connection error|Client was closed and is not queryable|Connection closed|Server has closed the connection|Query read timeout|Unable to start a transaction in the given time|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|too many (clients|connections)|Timed out fetching a new connection/i;

/**
 * True when the error, or anything it wraps (`cause`, Prisma's
 * `meta.driverAdapterError`, an AggregateError's `errors`), says the
 * database cannot be reached or cannot serve right now.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const e = current as {
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
      errors?: unknown;
    };
    if (unavailableCode(e.code) || unavailableCode(e.originalCode)) return true;
    if (typeof e.kind === 'string' && UNAVAILABLE_KINDS.has(e.kind)) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (unavailableCode(MESSAGE_CODE.exec(message)?.[1]) || UNAVAILABLE_MESSAGE.test(message)) return true;
    queue.push(e.cause, e.meta?.driverAdapterError);
    if (Array.isArray(e.errors)) queue.push(...(e.errors as unknown[]));
  }
  return false;
}

function fromValidation(error: FastifyError): AppError {
  const context = error.validationContext ?? 'body';
  const errors: FieldError[] = [];
  if (hasZodFastifySchemaValidationErrors(error)) {
    for (const v of error.validation) {
      const params = v.params as { keys?: string[] };
      const basePath = [context, ...v.instancePath.split('/').filter(Boolean)];
      if (v.keyword === 'unrecognized_keys' && params.keys) {
        for (const key of params.keys) {
          errors.push({ path: [...basePath, key].join('.'), message: 'is not a known field', code: 'unrecognized_keys' });
        }
      } else {
        errors.push({ path: basePath.join('.'), message: v.message ?? 'is invalid', code: v.keyword });
      }
    }
  } else {
    for (const v of error.validation ?? []) {
      errors.push({ path: `${context}${v.instancePath.replace(/\//g, '.')}`, message: v.message ?? 'is invalid' });
    }
  }
  const summary = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return new AppError(400, 'VALIDATION_FAILED', `The request is not valid: ${summary}`, { errors });
}

const FASTIFY_CODES: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'This content type is not accepted here; send application/json (or multipart/form-data where documented).',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'BODY_TOO_LARGE', detail: 'The request body is larger than allowed.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'EMPTY_BODY',
    detail: 'The body is empty but the content type says JSON.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'INVALID_CONTENT_LENGTH', detail: 'Content-Length does not match the body.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'NOT_MULTIPART', detail: 'The request is not multipart/form-data.' },
  FST_PARTS_LIMIT: { status: 413, code: 'TOO_MANY_PARTS', detail: 'The form has more parts than allowed.' },
  FST_FILES_LIMIT: { status: 413, code: 'TOO_MANY_FILES', detail: 'The form has more files than allowed.' },
  FST_FIELDS_LIMIT: { status: 413, code: 'TOO_MANY_FIELDS', detail: 'The form has more fields than allowed.' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'DOCUMENT_TOO_LARGE', detail: 'A file is larger than allowed.' },
  FST_PROTO_VIOLATION: { status: 400, code: 'FORBIDDEN_FIELD_NAME', detail: 'A field name is not allowed.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', detail: 'The body is not valid JSON.' },
};

/**
 * Errors the router answers before any route or hook runs (fastify's
 * `frameworkErrors`): a path that is not valid percent-encoding, or a path
 * parameter longer than the router takes. Answered as problem details too.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(reply, request, new AppError(414, 'PATH_PARAMETER_TOO_LONG', 'A path parameter is longer than any id of this API; check the URL.'));
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(reply, request, new AppError(400, 'MALFORMED_URL', 'The URL path is not valid percent-encoding (RFC 3986); encode each byte as %XX.'));
  }
  return sendProblem(reply, request, new AppError(400, 'BAD_REQUEST', 'The request could not be routed.'));
}

/**
 * Errors node's HTTP parser meets before there is a request to route
 * (fastify's `clientErrorHandler`, node's 'clientError' event): headers
 * larger than allowed, a body that does not arrive in time, bytes that are
 * not HTTP. Answered as problem details like everything else, then the
 * connection is closed: the rest of what the client sent cannot be trusted.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE', 'The request line and headers together are larger than allowed; send a shorter URL or fewer, shorter headers.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'REQUEST_TIMEOUT', 'The request did not arrive in full in time; send it again.']
        : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
          ? [413, 'BODY_TOO_LARGE', 'The chunk extensions of the body are larger than allowed.']
          : [400, 'MALFORMED_REQUEST', 'The request is not valid HTTP/1.1.'];
  const body = JSON.stringify({ type: problemType(code), title: statusTitle(status), status, detail, code });
  // A response already under way on this connection cannot be followed by another.
  const busy = Boolean((socket as Duplex & { _httpMessage?: unknown })._httpMessage);
  if (socket.writable && !busy) {
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  } else {
    socket.destroy();
  }
}

export const errorsPlugin = fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
      if (error instanceof AppError) {
        if (error.status >= 500) request.log.error({ err: error }, error.code);
        return sendProblem(reply, request, error);
      }
      const fe = error as FastifyError;
      if (fe.validation) return sendProblem(reply, request, fromValidation(fe));
      if (fe.code && FASTIFY_CODES[fe.code]) {
        const known = FASTIFY_CODES[fe.code]!;
        return sendProblem(reply, request, new AppError(known.status, known.code, known.detail));
      }
      if (fe.name === 'SyntaxError' && fe.statusCode === 400) {
        return sendProblem(reply, request, new AppError(400, 'MALFORMED_JSON', 'The body is not valid JSON.'));
      }
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: { message: error.message } }, 'database unavailable');
        return sendProblem(
          reply,
          request,
          new AppError(503, 'DATABASE_UNAVAILABLE', 'The database cannot be reached right now; try again shortly.', {
            headers: { 'retry-after': '5' },
          }),
        );
      }
      if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
        return sendProblem(reply, request, new AppError(fe.statusCode, fe.code ?? 'BAD_REQUEST', fe.message));
      }
      // Logged with its stack for us, never sent: the body names no SQL or table.
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(
        reply,
        request,
        new AppError(500, 'INTERNAL_ERROR', `Something went wrong on our side. Quote request id ${request.id} when you report it.`),
      );
    });

    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, request, new AppError(404, 'ROUTE_NOT_FOUND', `There is no route ${request.method} ${request.url.split('?')[0]}.`)),
    );
  },
  { name: 'errors' },
);
