import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { databaseParts } from '../../src/db/client.js';
import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { ADMIN_KEY, createTestApp, type TestContext } from '../helpers/app.js';
import { applyWithBothPdfs } from '../factories/applications.js';
import { createClient, createProcedure } from '../factories/procedures.js';

const ORIGIN = 'https://app.example';

let ctx: TestContext;
/** The same service with PUBLIC_URL set, on the same database. */
let published: FastifyInstance;

beforeAll(async () => {
  // Behind a proxy that reports TLS with X-Forwarded-Proto.
  ctx = await createTestApp({ env: { CORS_ORIGINS: ORIGIN, TRUST_PROXY: 'true' } });
  const db = ctx.database.open({ poolSize: 2 });
  published = await buildApp({
    config: parseConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ADMIN_API_KEY: ADMIN_KEY,
      WEBHOOK_LOOP: 'false',
      PUBLIC_URL: 'https://api.example.test/',
    }),
    ...databaseParts(db),
    clock: ctx.clock,
    logger: false,
  });
  await published.ready();
});
afterAll(async () => {
  await published?.close();
  await ctx?.close();
});

const api = () => request(ctx.app.server);
type Contract = { servers: Array<{ url: string }> };

// The first request for the contract renders it, which takes seconds on a busy machine.
describe('the docs page and the contract wherever the service runs', { timeout: 90_000 }, () => {
  it('names a relative server without PUBLIC_URL, in the served contract and the docs page document', async () => {
    const yaml = await api().get('/openapi.yaml');
    expect((parse(yaml.text) as Contract).servers.map((s) => s.url)).toEqual(['/']);
    const json = await api().get('/docs/json');
    expect((json.body as Contract).servers.map((s) => s.url)).toEqual(['/']);
  });

  it('names PUBLIC_URL as the server when it is set', async () => {
    const yaml = await published.inject({ method: 'GET', url: '/openapi.yaml' });
    expect((parse(yaml.body) as Contract).servers.map((s) => s.url)).toEqual(['https://api.example.test']);
    const json = await published.inject({ method: 'GET', url: '/docs/json' });
    expect(json.json<Contract>().servers.map((s) => s.url)).toEqual(['https://api.example.test']);
  });

  it('over plain http sends no HSTS, no upgrade-insecure-requests, no opener policy and no agent cluster request, and lets the page call its own origin', async () => {
    for (const url of ['/docs/', '/docs/static/swagger-ui-bundle.js', '/health']) {
      const res = await api().get(url).set('host', 'docs.internal:8080');
      expect(res.status, url).toBe(200);
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
      expect(res.headers['cross-origin-opener-policy'], url).toBeUndefined();
      expect(res.headers['origin-agent-cluster'], url).toBeUndefined();
      const csp = res.headers['content-security-policy'] ?? '';
      expect(csp, url).not.toMatch(/upgrade-insecure-requests/);
      expect(csp, url).toMatch(/(^|; )connect-src 'self'(;|$)/);
      expect(csp, url).toMatch(/script-src 'self'(;|$)/);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });

  it('over TLS (as a proxy reports it) sends HSTS and upgrade-insecure-requests', async () => {
    const res = await api().get('/docs/').set('x-forwarded-proto', 'https');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['origin-agent-cluster']).toBe('?1');
  });

  it('with an https PUBLIC_URL sends them on every answer, and lets the page call that origin', async () => {
    const res = await published.inject({ method: 'GET', url: '/docs/' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/upgrade-insecure-requests/);
    expect(csp).toMatch(/connect-src 'self' https:\/\/api\.example\.test(;|$)/);
  });
});

describe('compression', () => {
  const get = (url: string, encoding: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding, ...headers } });

  it('compresses the docs page files, its document and openapi.yaml with brotli or gzip, as asked', async () => {
    for (const url of ['/docs/static/swagger-ui-bundle.js', '/docs/static/swagger-ui.css', '/docs/json', '/openapi.yaml']) {
      const plain = await get(url, 'identity');
      expect(plain.statusCode, url).toBe(200);
      expect(plain.headers['content-encoding'], url).toBeUndefined();

      const br = await get(url, 'gzip, deflate, br');
      expect(br.headers['content-encoding'], url).toBe('br');
      expect(String(br.headers.vary).toLowerCase(), url).toContain('accept-encoding');
      const brBytes = brotliDecompressSync(br.rawPayload);
      expect(brBytes.equals(plain.rawPayload), url).toBe(true);
      expect(br.rawPayload.length, url).toBeLessThan(plain.rawPayload.length / 3);

      const gz = await get(url, 'gzip');
      expect(gz.headers['content-encoding'], url).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload), url).toBe(true);
    }
  });

  it('compresses JSON answers and keeps their ETag; a PDF download is sent as stored', async () => {
    const procedureId = (await createProcedure(ctx, { open: true })).procedure.id;
    const application = await applyWithBothPdfs(ctx, procedureId);
    const auth = { authorization: ctx.admin };

    const read = await get(`/v1/procedures/${procedureId}`, 'gzip', auth);
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-encoding']).toBe('gzip');
    expect(read.headers.etag).toMatch(/^"\d+"$/);
    expect(JSON.parse(gunzipSync(read.rawPayload).toString('utf8')).id).toBe(procedureId);

    const pdf = await get(`/v1/applications/${application.id}/documents/cv`, 'gzip, br', auth);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(Number(pdf.headers['content-length'])).toBe(pdf.rawPayload.length);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('conditional reads', () => {
  it('answers 304 without a body to an If-None-Match that names the current ETag, by weak comparison, in a list, or *', async () => {
    const client = await createClient(ctx, 'Conditional BV');
    const url = `/v1/clients/${client.id}`;
    const first = await api().get(url).set('authorization', ctx.admin);
    expect(first.status).toBe(200);
    const etag = first.headers.etag!;
    expect(etag).toBe('"1"');

    for (const ifNoneMatch of [etag, `W/${etag}`, `"7", ${etag}`, `"7",W/${etag} , "8"`, '*']) {
      const res = await api().get(url).set('authorization', ctx.admin).set('if-none-match', ifNoneMatch).set('accept-encoding', 'gzip');
      expect(res.status, ifNoneMatch).toBe(304);
      expect(res.text ?? '', ifNoneMatch).toBe('');
      expect(res.headers.etag, ifNoneMatch).toBe(etag);
      expect(res.headers['content-encoding'], ifNoneMatch).toBeUndefined();
      expect(res.headers['x-request-id'], ifNoneMatch).toBeTruthy();
    }
    const head = await api().head(url).set('authorization', ctx.admin).set('if-none-match', etag);
    expect(head.status).toBe(304);

    for (const ifNoneMatch of ['"2"', 'W/"2", "3"', '1', '"1', '']) {
      const res = await api().get(url).set('authorization', ctx.admin).set('if-none-match', ifNoneMatch);
      expect(res.status, ifNoneMatch).toBe(200);
      expect(res.body.id, ifNoneMatch).toBe(client.id);
    }

    const changed = await api().patch(url).set('authorization', ctx.admin).set('if-match', etag).send({ name: 'Conditional NV' });
    expect(changed.status).toBe(200);
    const again = await api().get(url).set('authorization', ctx.admin).set('if-none-match', etag);
    expect(again.status).toBe(200);
    expect(again.headers.etag).toBe('"2"');
    expect(again.body.name).toBe('Conditional NV');
  });

  it('checks the key before it answers 304', async () => {
    const client = await createClient(ctx, 'Guarded BV');
    const res = await api().get(`/v1/clients/${client.id}`).set('if-none-match', '*');
    expect(res.status).toBe(401);
  });

  it('answers 304 to a matching download, and sends the PDF again to a stale tag', async () => {
    const procedureId = (await createProcedure(ctx, { open: true })).procedure.id;
    const application = await applyWithBothPdfs(ctx, procedureId);
    const url = `/v1/applications/${application.id}/documents/motivation`;
    const first = await ctx.app.inject({ method: 'GET', url, headers: { authorization: ctx.admin } });
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);

    const cached = await ctx.app.inject({ method: 'GET', url, headers: { authorization: ctx.admin, 'if-none-match': etag } });
    expect(cached.statusCode).toBe(304);
    expect(cached.rawPayload.length).toBe(0);
    expect(cached.headers['content-disposition']).toBeUndefined();

    const stale = await ctx.app.inject({ method: 'GET', url, headers: { authorization: ctx.admin, 'if-none-match': '"0000"' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it('documents the 304 and the If-None-Match header where a read has an ETag', async () => {
    const doc = parse((await api().get('/openapi.yaml')).text) as {
      paths: Record<string, Record<string, { operationId: string; parameters?: Array<{ name?: string; $ref?: string }>; responses: Record<string, unknown> }>>;
      components: { parameters: Record<string, { name: string }> };
    };
    // Shared headers are components; follow the $ref to the name.
    for (const op of Object.values(doc.paths).flatMap((ops) => Object.values(ops))) {
      op.parameters = op.parameters?.map((p) => (p.$ref ? doc.components.parameters[p.$ref.split('/').pop()!]! : p));
    }
    const withNotModified = Object.values(doc.paths)
      .flatMap((ops) => Object.values(ops))
      .filter((op) => op.responses['304'])
      .map((op) => {
        expect(
          op.parameters?.map((p) => p.name),
          op.operationId,
        ).toContain('If-None-Match');
        return op.operationId;
      })
      .sort();
    expect(withNotModified).toEqual(
      [
        'getApplication',
        'getApplicationDocument',
        'getCandidate',
        'getClient',
        'getInterview',
        'getNote',
        'getOffer',
        'getProcedure',
        'getReference',
        'getTimeline',
        'getUser',
      ].sort(),
    );
  });
});

describe('CORS for a browser front end', () => {
  it('exposes the headers a front end reads, and lets it send If-None-Match', async () => {
    const preflight = await api()
      .options('/v1/clients/00000000-0000-0000-0000-000000000000')
      .set('origin', ORIGIN)
      .set('access-control-request-method', 'GET')
      .set('access-control-request-headers', 'authorization, if-none-match');
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers['access-control-allow-headers']?.toLowerCase()).toMatch(/if-none-match/);

    const client = await createClient(ctx, 'Exposed BV');
    const res = await api().get(`/v1/clients/${client.id}`).set('origin', ORIGIN).set('authorization', ctx.admin);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    const exposed = (res.headers['access-control-expose-headers'] ?? '').split(',').map((h) => h.trim().toLowerCase());
    expect(exposed.sort()).toEqual(['etag', 'location', 'retry-after', 'idempotent-replayed', 'content-disposition', 'x-request-id'].sort());
    const cached = await api().get(`/v1/clients/${client.id}`).set('origin', ORIGIN).set('authorization', ctx.admin).set('if-none-match', res.headers.etag!);
    expect(cached.status).toBe(304);
    expect(cached.headers['access-control-allow-origin']).toBe(ORIGIN);
  });
});
