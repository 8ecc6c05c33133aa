import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Largest body an upload route takes (a form with files, a PDF); other routes have `bodyLimit`. */
    uploadLimit?: number;
  }
}

export interface UploadGuardOptions {
  /** After an answer sent before its request body was read: how long, and how much, to go on reading before closing. */
  lingerMs: number;
  lingerBytes: number;
}

const LINGERING = Symbol('lingering');

/**
 * Closes a connection after an answer that was sent before the request body
 * was read in full, without losing that answer: node would destroy the socket
 * as soon as the answer is written, and closing with unread bytes makes the
 * client's system drop the answer (TCP reset). Instead the sending side is
 * closed, and what the client still sends is read and dropped for a bounded
 * time and amount; then the socket is destroyed.
 */
function closeAfterAnswer(socket: Socket, raw: IncomingMessage, opts: UploadGuardOptions) {
  const marked = socket as Socket & { [LINGERING]?: boolean };
  if (marked[LINGERING]) return;
  marked[LINGERING] = true;
  socket.destroySoon = function lingeringClose() {
    let seen = 0;
    const timer = setTimeout(() => socket.destroy(), opts.lingerMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    socket.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > opts.lingerBytes) socket.destroy();
    });
    socket.end();
    // The handler may have stopped reading (and left the request paused) when it refused the upload.
    raw.unpipe();
    raw.resume();
    socket.resume();
  };
}

/**
 * Refuses a body that is declared too large before reading any of it (also
 * when the client waits for `100 Continue`, which is sent only once the
 * request has passed authentication and this check), and closes the
 * connection cleanly after any answer sent before the body was read.
 */
export const uploadGuardPlugin = fp(
  async (app, opts: UploadGuardOptions) => {
    // Without this listener node answers `Expect: 100-continue` with `100 Continue` itself, before any check.
    app.server.on('checkContinue', (req, res) => app.server.emit('request', req, res));

    // Callback hooks: nothing here waits, and every request passes through them.
    app.addHook('onRequest', (request, _reply, done) => {
      const declared = request.headers['content-length'];
      if (declared === undefined || !/^\d+$/.test(declared)) return done();
      const upload = request.routeOptions.config.uploadLimit;
      const limit = upload ?? request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0;
      if (limit > 0 && Number(declared) > limit) {
        return done(
          new AppError(
            413,
            upload ? 'DOCUMENT_TOO_LARGE' : 'BODY_TOO_LARGE',
            `The body is declared as ${declared} bytes; this route takes at most ${limit}${upload ? ' (see DOCUMENT_MAX_BYTES)' : ''}.`,
          ),
        );
      }
      done();
    });

    app.addHook('preParsing', (request, reply, payload, done) => {
      if (request.headers.expect !== undefined && /^\s*100-continue\s*$/i.test(request.headers.expect) && !reply.raw.headersSent) reply.raw.writeContinue();
      done(null, payload);
    });

    app.addHook('onSend', (request, reply, payload, done) => {
      const raw = request.raw;
      if (!raw.complete && raw.socket && !raw.socket.destroyed) {
        reply.header('connection', 'close');
        closeAfterAnswer(raw.socket, raw, opts);
      }
      done(null, payload);
    });
  },
  { name: 'upload-guard' },
);
