import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderOpenApi } from '../../src/contract.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

type Doc = { paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>> };

describe('the contract', () => {
  it('committed openapi.yaml is what the route schemas generate (run `npm run openapi` when this fails)', async () => {
    const committed = await readFile(new URL('../../openapi.yaml', import.meta.url), 'utf8');
    expect(committed).toBe(await renderOpenApi());
  });

  it('every route of the server is in the document, with an operationId and responses, and nothing else is', async () => {
    const doc = parse(await readFile(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Doc;
    const documented = new Set<string>();
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        documented.add(`${method.toUpperCase()} ${path}`);
        expect(op.operationId, `${method} ${path}`).toBeTruthy();
        expect(Object.keys(op.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
    const served = new Set(
      ctx.app.routeTable
        .filter((r) => !r.hidden && r.method !== 'HEAD')
        .map((r) => `${r.method} ${r.url.replace(/:([A-Za-z]+)/g, '{$1}')}`),
    );
    expect([...served].sort()).toEqual([...documented].sort());
    for (const op of ['GET /health', 'GET /ready', 'POST /v1/clients', 'PUT /v1/procedures/{procedureId}/timeline']) {
      expect(documented.has(op), op).toBe(true);
    }
  });

  it('serves openapi.yaml and the docs page without a key', async () => {
    const yaml = await request(ctx.app.server).get('/openapi.yaml');
    expect(yaml.status).toBe(200);
    expect(yaml.headers['content-type']).toMatch(/yaml/);
    expect((parse(yaml.text) as { openapi: string }).openapi).toBe('3.1.0');
    const docs = await request(ctx.app.server).get('/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toMatch(/swagger/i);
  });
});
