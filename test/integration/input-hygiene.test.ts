import { connect } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { candidateInput } from '../factories/candidates.js';
import { createProcedure } from '../factories/procedures.js';
import { candidateFields, postForm } from '../factories/applications.js';
import { cvPdf, motivationPdf } from '../fixtures/pdf.js';

let ctx: TestContext;
let port: number;
beforeAll(async () => {
  ctx = await createTestApp();
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  port = (ctx.app.server.address() as { port: number }).port;
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

function expectRefused(res: request.Response, path: string, message: RegExp) {
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe('VALIDATION_FAILED');
  expect(res.body.errors).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
}

/** Sends raw bytes and reads the whole answer (the server closes the connection). */
function raw(bytes: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    socket.write(bytes);
  });
}

describe('text that would disguise or damage what others read', () => {
  it('refuses bidirectional overrides and isolates in names, naming the field', async () => {
    for (const mark of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      const res = await api()
        .post('/v1/clients')
        .set('authorization', ctx.admin)
        .send({ name: `Gemeente ${mark}trecht` });
      expectRefused(res, 'body.name', /bidirectional/);
    }
    const candidate = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send(candidateInput({ lastName: 'Jansen\u202egnp.exe' }));
    expectRefused(candidate, 'body.lastName', /bidirectional/);
  });

  it('refuses control characters everywhere, and line breaks and tabs outside multi-line free text', async () => {
    for (const c of ['\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b']) {
      expectRefused(
        await api()
          .post('/v1/clients')
          .set('authorization', ctx.admin)
          .send({ name: `Bad${c}BV` }),
        'body.name',
        /control character/,
      );
      expectRefused(
        await api()
          .post('/v1/candidates')
          .set('authorization', ctx.admin)
          .send(candidateInput({ notes: `line one${c}` })),
        'body.notes',
        /control character/,
      );
    }
    for (const c of ['\n', '\r', '\t']) {
      expectRefused(
        await api()
          .post('/v1/clients')
          .set('authorization', ctx.admin)
          .send({ name: `Two${c}Lines BV` }),
        'body.name',
        /one line/,
      );
    }
    expectRefused(await api().get('/v1/candidates').query({ q: 'jan\u0007' }).set('authorization', ctx.admin), 'query.q', /control character/);
  });

  it('keeps newlines and tabs in multi-line free text', async () => {
    const notes = 'Eerste gesprek:\n\t- sterk in bestuur\r\n\t- wil parttime';
    const res = await api().post('/v1/candidates').set('authorization', ctx.admin).send(candidateInput({ notes }));
    expect(res.status).toBe(201);
    const read = await api().get(`/v1/candidates/${res.body.id}`).set('authorization', ctx.admin);
    expect(read.body.notes).toBe(notes);
    const client = await api().post('/v1/clients').set('authorization', ctx.admin).send({ name: 'Regels BV', description: 'Eén\nTwee' });
    expect(client.status).toBe(201);
  });

  it('refuses text that was not valid UTF-8 (it arrives as U+FFFD)', async () => {
    const body = Buffer.concat([Buffer.from('{"name":"Caf'), Buffer.from([0xe9]), Buffer.from(' BV"}')]);
    const res = await fetch(`http://127.0.0.1:${port}/v1/clients`, {
      method: 'POST',
      headers: { authorization: ctx.admin, 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { errors: unknown[] }).errors).toContainEqual(
      expect.objectContaining({ path: 'body.name', message: expect.stringMatching(/UTF-8/) }),
    );
    expectRefused(await api().post('/v1/clients').set('authorization', ctx.admin).send({ name: 'Caf\ufffd BV' }), 'body.name', /UTF-8/);
    expect(await ctx.db.prisma.client.count({ where: { name: { startsWith: 'Caf' } } })).toBe(0);
  });

  it('checks the fields of a multipart application form the same way', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const res = await postForm(ctx, procedure.id, candidateFields({ firstName: 'Eva\u202e' }), [
      { field: 'motivation', content: await motivationPdf() },
      { field: 'cv', content: await cvPdf() },
    ]);
    expectRefused(res, 'body.firstName', /bidirectional/);
    expect(await ctx.db.prisma.application.count({ where: { procedureId: procedure.id } })).toBe(0);
  });
});

describe('search terms are literal', () => {
  it('matches % and _ in a client name literally', async () => {
    const percent = await api().post('/v1/clients').set('authorization', ctx.admin).send({ name: 'Zorg 100% Literal BV' });
    const plain = await api().post('/v1/clients').set('authorization', ctx.admin).send({ name: 'Zorg 1000 Literal BV' });
    expect([percent.status, plain.status]).toEqual([201, 201]);
    const ids = async (q: string) => (await api().get('/v1/clients').query({ q }).set('authorization', ctx.admin)).body.items.map((c: { id: string }) => c.id);
    expect(await ids('100%')).toEqual([percent.body.id]);
    expect(await ids('%')).toEqual([percent.body.id]);
    expect(await ids('Zorg 10_0')).toEqual([]);
    expect(await ids('zorg 1000')).toEqual([plain.body.id]);
  });

  it('matches % in a candidate search literally', async () => {
    const marker = `pct${Date.now()}`;
    const withPercent = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send(candidateInput({ lastName: `Honderd%${marker}` }));
    const without = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send(candidateInput({ lastName: `Honderd${marker}` }));
    expect([withPercent.status, without.status]).toEqual([201, 201]);
    const found = await api()
      .get('/v1/candidates')
      .query({ q: `%${marker}` })
      .set('authorization', ctx.admin);
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([withPercent.body.id]);
  });
});

describe('answers the HTTP parser gives', () => {
  it('answers headers that are too large with 431 problem+json', async () => {
    const answer = await raw(`GET /v1/clients HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toMatch(/\r\ncontent-type: application\/problem\+json/i);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE', type: '/problems/headers-too-large' });
  });

  it('answers a URL too long for the parser with 431 problem+json, a too-long path parameter with 414 problem+json', async () => {
    const long = await raw(`GET /v1/clients/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(long).toMatch(/^HTTP\/1\.1 431 /);
    expect(long).toMatch(/\r\ncontent-type: application\/problem\+json/i);
    const param = await api()
      .get(`/v1/clients/${'a'.repeat(2000)}`)
      .set('authorization', ctx.admin);
    expect(param.status).toBe(414);
    expect(param.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(param.body.code).toBe('PATH_PARAMETER_TOO_LONG');
  });

  it('answers bytes that are not HTTP with 400 problem+json', async () => {
    const answer = await raw('NONSENSE\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/\r\ncontent-type: application\/problem\+json/i);
  });
});
