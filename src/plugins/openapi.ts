import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { openapiInfo } from '../openapi-info.js';

type Json = Record<string, unknown>;

const idempotencyKeyHeader = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored response held personal data that was erased since, 410 RESPONSE_ERASED (the request is not carried out again). Keys are kept 24 hours per API key.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

const ifNoneMatchHeader = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body.',
  schema: { type: 'string' },
};

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/**
 * The zod schemas as JSON Schema; a GET route with `config.etag` documents the
 * ETag of its 200 answer and the 304 that a matching If-None-Match gets.
 */
export function transformRoute(input: TransformInput) {
  const result = jsonSchemaTransform(input) as { schema: Json; url: string };
  const config = input.route.config as { etag?: boolean } | undefined;
  const methods = [input.route.method].flat();
  const response = result.schema?.response as Record<string, Json> | undefined;
  if (config?.etag && methods.includes('GET') && response?.['200']) {
    response['200'] = {
      ...response['200'],
      headers: { ETag: { type: 'string', description: 'The version of what was read; send it as If-Match to change it, or as If-None-Match to read it again only when it changed.' } },
    };
    response['304'] = { description: 'Not Modified: the ETag in If-None-Match is still current', type: 'null' };
  }
  return result;
}

/**
 * Adds to the generated document what the route schemas cannot say: errors
 * are `application/problem+json`, POSTs take `Idempotency-Key`, guarded
 * writes take `If-Match`, and reads that can answer 304 take `If-None-Match`.
 */
export function decorateDocument(document: Json): Json {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>;
  for (const operations of Object.values(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const responses = (operation.responses ?? {}) as Record<string, Json>;
      for (const [status, response] of Object.entries(responses)) {
        const content = response.content as Record<string, unknown> | undefined;
        if (Number(status) >= 400 && content?.['application/json']) {
          response.content = { 'application/problem+json': content['application/json'] };
        }
      }
      const problem = (description: string) => ({
        description,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      });
      if (method === 'post') {
        const parameters = (operation.parameters ?? []) as Json[];
        if (!parameters.some((p) => p.name === 'Idempotency-Key')) {
          operation.parameters = [...parameters, idempotencyKeyHeader];
        }
        responses['409'] ??= problem('IDEMPOTENCY_IN_PROGRESS: a request with this Idempotency-Key is still running');
        responses['422'] ??= problem('IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used with another request');
        responses['410'] ??= problem('RESPONSE_ERASED: a replay whose stored response held personal data that was erased since');
      }
      if (operation.requestBody) {
        responses['413'] ??= problem('The body is larger than allowed');
        responses['415'] ??= problem('This content type is not accepted here');
      }
      if (responses['304'] && !((operation.parameters ?? []) as Json[]).some((p) => p.name === 'If-None-Match')) {
        operation.parameters = [...((operation.parameters ?? []) as Json[]), ifNoneMatchHeader];
      }
      operation.responses = responses;
    }
  }
  return document;
}

export interface OpenapiPluginOptions {
  /** `PUBLIC_URL`, the contract's server; without it the server is `/`. */
  publicUrl?: string;
}

export const openapiPlugin = fp<OpenapiPluginOptions>(
  async (app, options) => {
    await app.register(swagger, {
      openapi: openapiInfo(options.publicUrl),
      transform: transformRoute as never,
      transformObject: (input) => decorateDocument(jsonSchemaTransformObject(input) as Json) as never,
    });
    // The page's Content-Security-Policy is the service's own (plugins/security-headers.ts).
    await app.register(swaggerUi, { routePrefix: '/docs' });
  },
  { name: 'openapi' },
);
