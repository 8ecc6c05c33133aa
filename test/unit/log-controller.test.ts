import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { loggerOptions, OneLinePerRequest, requestChildLogger } from '../../src/app.js';

/** The lines fastify's request log calls write through OneLinePerRequest, with the service's logger options. */
function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const log = pino(loggerOptions('info'), stream);
  const request = {
    method: 'GET',
    url: '/v1/candidates/jan@example.org?q=Jansen',
    id: 'r-1',
    raw: { method: 'GET', url: '/v1/candidates/jan@example.org?q=Jansen' },
    log,
    server: { log },
  };
  const reply = { statusCode: 500, elapsedTime: 3, log };
  return { lines, request: request as unknown as FastifyRequest, reply: reply as unknown as FastifyReply };
}

describe('the request log lines (OneLinePerRequest)', () => {
  it('writes one line per request, when it completes, with the scrubbed path and the status', () => {
    const { lines, request, reply } = capture();
    const controller = new OneLinePerRequest();
    controller.incomingRequest();
    controller.requestCompleted(null, request, reply);
    expect(lines).toHaveLength(1);
    // Without registered routes the path scrubber knows no route words: every segment is redacted.
    expect(lines[0]).toMatchObject({
      msg: 'request completed',
      req: { method: 'GET', query: 'q=[redacted]', requestId: 'r-1' },
      res: { statusCode: 500 },
      responseTime: 3,
    });
    expect(JSON.stringify(lines)).not.toContain('jan@example.org');
    // Written without redaction: only what the serializers keep goes out.
    expect(Object.keys(lines[0]!).sort()).toEqual(['hostname', 'level', 'msg', 'pid', 'req', 'reqId', 'res', 'responseTime', 'time']);
    expect(Object.keys(lines[0]!.req as object).sort()).toEqual(['method', 'path', 'query', 'requestId']);
  });

  it("writes the completed line as pino would, byte for byte but the time, with a caller's request id and query escaped", () => {
    const raw: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        raw.push(chunk.toString('utf8'));
        done();
      },
    });
    const log = pino(loggerOptions('info'), stream);
    const url = '/v1/procedures?limit=25&state=open&q="quoted"\\back';
    const request = { method: 'GET', url, id: 'r-"1"\\\n', raw: { method: 'GET', url }, log, server: { log } };
    const reply = { statusCode: 200, elapsedTime: 1.2345, log };
    new OneLinePerRequest().requestCompleted(null, request as unknown as FastifyRequest, reply as unknown as FastifyReply);
    log.info({ reqId: request.id, req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    expect(raw).toHaveLength(2);
    const [template, viaPino] = raw.map((line) => line.replace(/"time":\d+/, '"time":0'));
    expect(template).toBe(viaPino);
    expect(JSON.parse(template!)).toMatchObject({ reqId: 'r-"1"\\\n', req: { query: 'limit=25&state=open&q=[redacted]' } });
  });

  it('logs the completed line through pino when the logger has a mixin, and not at all above info', () => {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    });
    for (const [level, mixin] of [
      ['info', () => ({ traceId: 't-1' })],
      ['warn', undefined],
    ] as const) {
      const log = pino({ ...loggerOptions(level), ...(mixin ? { mixin } : {}) }, stream);
      const request = { method: 'GET', url: '/v1/procedures', id: 'r-2', raw: { method: 'GET', url: '/v1/procedures' }, log, server: { log } };
      new OneLinePerRequest().requestCompleted(null, request as unknown as FastifyRequest, { statusCode: 200, elapsedTime: 1, log } as unknown as FastifyReply);
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ traceId: 't-1', msg: 'request completed', reqId: 'r-2' });
  });

  it("keeps an error's message and the raw URL out of fastify's other lines", () => {
    const { lines, request, reply } = capture();
    const controller = new OneLinePerRequest();
    const error = new Error('duplicate key value violates unique constraint: Key (email)=(jan@example.org) already exists');
    controller.defaultErrorLog(error, request, reply);
    controller.routeNotFound(request);
    controller.writeHeadError(error, request, reply);
    expect(lines.map((l) => l.msg)).toEqual(['request failed', 'route not found', 'could not write the response head']);
    const all = JSON.stringify(lines);
    expect(all).not.toContain('jan@example.org');
    expect(all).not.toContain('Jansen');
    expect(lines[0]).toMatchObject({ err: { type: 'Error', message: expect.stringContaining('[value]') } });
  });

  it("gives each request's logger its request id, and a route's own level", () => {
    const { lines, reply } = capture();
    const root = (reply as unknown as { log: pino.Logger }).log;
    requestChildLogger(root, { reqId: 'r-7' }, {}).warn('first');
    requestChildLogger(root, { reqId: 'r-8' }, {}).warn('second');
    requestChildLogger(root, { reqId: 'r-9' }, { level: 'error' }).warn('not written');
    expect(lines.map((l) => [l.reqId, l.msg])).toEqual([
      ['r-7', 'first'],
      ['r-8', 'second'],
    ]);
  });
});
