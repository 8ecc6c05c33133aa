import http from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { createProcedure } from '../factories/procedures.js';
import { candidateInput } from '../factories/candidates.js';
import { applyJson } from '../factories/applications.js';

const MAX = 1024 * 1024;
let ctx: TestContext;
let port: number;
let applicationId: string;
let procedureId: string;

beforeAll(async () => {
  ctx = await createTestApp({ env: { DOCUMENT_MAX_BYTES: String(MAX), REQUEST_TIMEOUT_MS: '1500' } });
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  port = (ctx.app.server.address() as { port: number }).port;
  procedureId = (await createProcedure(ctx, { open: true })).procedure.id;
  const res = await applyJson(ctx, procedureId, { candidate: candidateInput() });
  expect(res.status).toBe(201);
  applicationId = res.body.id;
});
afterAll(async () => ctx?.close());

interface RawAnswer {
  text: string;
  /** Bytes of the body we sent before the answer came. */
  sent: number;
  closed: boolean;
}

/**
 * Sends a request head, then (when `body` says so) body bytes until the
 * server answers; collects what the server sends until it closes or `waitMs` passes.
 */
function rawRequest(head: string, body: { bytes: number } | null, waitMs = 8000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let sent = 0;
    let answered = false;
    let closed = false;
    const finish = () => resolve({ text: Buffer.concat(chunks).toString('latin1'), sent, closed });
    const timer = setTimeout(() => {
      socket.destroy();
      finish();
    }, waitMs);
    socket.on('data', (c) => {
      chunks.push(c);
      answered = true;
    });
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      finish();
    });
    socket.on('error', (error) => {
      if (!answered) reject(error);
    });
    socket.write(head);
    if (!body) return;
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const pump = () => {
      while (!answered && !socket.destroyed && sent < body.bytes) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    pump();
  });
}

function problemOf(text: string): { status: number; code: string } {
  const headEnd = text.indexOf('\r\n\r\n');
  const head = text.slice(0, headEnd);
  expect(head).toMatch(/\r\ncontent-type: application\/problem\+json/i);
  return JSON.parse(text.slice(headEnd + 4)) as { status: number; code: string };
}

const documentHead = (length: number, extra = '') =>
  `PUT /v1/applications/${applicationId}/documents/cv HTTP/1.1\r\nHost: x\r\nAuthorization: ${ctx.admin}\r\n` +
  `Content-Type: application/pdf\r\nContent-Length: ${length}\r\n${extra}\r\n`;

describe('uploads larger than allowed', () => {
  it('refuses a declared Content-Length over the limit with 413 before reading any of the body', async () => {
    const answer = await rawRequest(documentHead(200 * 1024 * 1024), null);
    expect(answer.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(problemOf(answer.text)).toMatchObject({ status: 413, code: 'DOCUMENT_TOO_LARGE' });
    expect(answer.text).toMatch(/\r\nconnection: close/i);
    expect(answer.closed).toBe(true);
  });

  it('does the same for a multipart application form and a JSON body', async () => {
    const form = await rawRequest(
      `POST /v1/procedures/${procedureId}/applications HTTP/1.1\r\nHost: x\r\nAuthorization: ${ctx.admin}\r\n` +
        `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n`,
      null,
    );
    expect(form.text).toMatch(/^HTTP\/1\.1 413 /);
    const json = await rawRequest(
      `POST /v1/clients HTTP/1.1\r\nHost: x\r\nAuthorization: ${ctx.admin}\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`,
      null,
    );
    expect(json.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(problemOf(json.text)).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
  });

  it('answers Expect: 100-continue over the limit with 413 and no 100 Continue; within the limit with 100 Continue', async () => {
    const over = await rawRequest(documentHead(200 * 1024 * 1024, 'Expect: 100-continue\r\n'), null);
    expect(over.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(over.text).not.toMatch(/100 Continue/);
    const within = await rawRequest(documentHead(1000, 'Expect: 100-continue\r\n'), null, 1000);
    expect(within.text).toMatch(/^HTTP\/1\.1 100 Continue\r\n/);
    // Without a valid key the body is not asked for either.
    const anonymous = await rawRequest(
      `PUT /v1/applications/${applicationId}/documents/cv HTTP/1.1\r\nHost: x\r\nContent-Type: application/pdf\r\nContent-Length: 1000\r\nExpect: 100-continue\r\n\r\n`,
      null,
    );
    expect(anonymous.text).toMatch(/^HTTP\/1\.1 401 /);
  });

  it('answers a streamed upload that grows past the limit with a 413 the client receives', async () => {
    // No length is declared (node sends it chunked), so the server finds out while reading.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        method: 'PUT',
        path: `/v1/applications/${applicationId}/documents/cv`,
        headers: {
          authorization: ctx.admin,
          'content-type': 'application/pdf',
        },
      });
      let answered = false;
      req.on('response', (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      });
      req.on('error', (error) => {
        if (!answered) reject(error);
      });
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      chunk.write('%PDF-1.7\n');
      let sent = 0;
      const pump = () => {
        while (!answered && sent < 200 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!answered) req.end();
      };
      pump();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 413, code: 'DOCUMENT_TOO_LARGE' });
  }, 60_000);

  it('gives up on a body that does not arrive in time (REQUEST_TIMEOUT_MS) and frees the connection', async () => {
    const started = Date.now();
    const answer = await rawRequest(documentHead(MAX / 2), null, 10_000);
    expect(answer.closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(await ctx.db.prisma.document.count({ where: { applicationId } })).toBe(0);
  });
});
