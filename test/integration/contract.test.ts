import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderOpenApi } from '../../src/contract.js';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { renderClientTypes } from '../client/render-types.js';

type Json = Record<string, unknown>;

function refsIn(value: unknown, into: Set<string>) {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') into.add(v);
      else refsIn(v, into);
    }
  }
}

/** A component, or a choice of components (and null). */
function isNamed(schema: Json): boolean {
  if (typeof schema.$ref === 'string') return schema.$ref.startsWith('#/components/schemas/');
  const choices = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  return Boolean(choices?.length) && choices!.every((s) => s.type === 'null' || isNamed(s));
}

async function committedDocument(): Promise<Json> {
  return parse(await readFile(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Json;
}

function operations(doc: Json): Array<[string, string, Json]> {
  return Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => [method, path, op] as [string, string, Json]),
  );
}

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
      ctx.app.routeTable.filter((r) => !r.hidden && r.method !== 'HEAD').map((r) => `${r.method} ${r.url.replace(/:([A-Za-z]+)/g, '{$1}')}`),
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

  it('test/client/api.d.ts is what openapi-typescript generates from openapi.yaml (run `npm run openapi` when this fails)', async () => {
    const yaml = await readFile(new URL('../../openapi.yaml', import.meta.url), 'utf8');
    const committed = await readFile(new URL('../client/api.d.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await renderClientTypes(yaml));
  });

  it('every component is referenced, and every reference resolves', async () => {
    const doc = await committedDocument();
    const components = doc.components as Record<string, Json>;
    const refs = new Set<string>();
    refsIn({ ...doc, components: { ...components } }, refs);
    for (const [kind, entries] of Object.entries(components)) {
      if (kind === 'securitySchemes') continue;
      for (const name of Object.keys(entries)) expect(refs.has(`#/components/${kind}/${name}`), `${kind}/${name}`).toBe(true);
    }
    for (const ref of refs) {
      const [, , kind, name] = ref.split('/');
      expect(components[kind!]?.[name!], ref).toBeTruthy();
    }
  });

  it('names every JSON request body and success body, and describes every response', async () => {
    const doc = await committedDocument();
    for (const [method, path, op] of operations(doc)) {
      const body = (op.requestBody as { content?: Record<string, { schema: Json }> } | undefined)?.content?.['application/json'];
      if (body) expect(isNamed(body.schema), `${method} ${path} body`).toBe(true);
      for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
        if (response.$ref) continue;
        expect(response.description, `${method} ${path} ${status}`).not.toBe('Default Response');
        expect(String(response.description).length, `${method} ${path} ${status}`).toBeGreaterThan(5);
        const json = (response.content as Record<string, { schema: Json }> | undefined)?.['application/json'];
        if (json && Number(status) < 300) {
          expect(isNamed(json.schema), `${method} ${path} ${status}`).toBe(true);
        }
      }
    }
    expect(JSON.stringify(doc)).not.toMatch(/Default Response|9007199254740991/);
  });

  it('declares the headers: Idempotency-Key on every POST, If-Match wherever 428 can come, 414 and 431 as shared responses', async () => {
    const doc = await committedDocument();
    for (const [method, path, op] of operations(doc)) {
      const parameters = JSON.stringify(op.parameters ?? []);
      const responses = op.responses as Record<string, Json>;
      const isPublic = Array.isArray(op.security) && (op.security as unknown[]).length === 0;
      if (method === 'post' && !isPublic) expect(parameters, `${method} ${path}`).toContain('#/components/parameters/IdempotencyKey');
      if (responses['428']) expect(parameters, `${method} ${path}`).toMatch(/#\/components\/parameters\/IfMatch(Required|Optional)/);
      expect(responses['431'], `${method} ${path}`).toEqual({ $ref: '#/components/responses/HeadersTooLarge' });
      if (path.includes('{') && !isPublic) expect(responses['414'], `${method} ${path}`).toEqual({ $ref: '#/components/responses/UriTooLong' });
    }
    const problem = (doc.components as { schemas: Record<string, { properties: { status: Json } }> }).schemas.Problem!;
    expect(problem.properties.status).toMatchObject({ minimum: 100, maximum: 599 });
  });
});
