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

/**
 * Adds to the generated document what the route schemas cannot say: errors
 * are `application/problem+json`, POSTs take `Idempotency-Key`, and guarded
 * writes take `If-Match`.
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
      operation.responses = responses;
    }
  }
  return document;
}

export const openapiPlugin = fp(
  async (app) => {
    await app.register(swagger, {
      openapi: openapiInfo,
      transform: jsonSchemaTransform,
      transformObject: (input) => decorateDocument(jsonSchemaTransformObject(input) as Json) as never,
    });
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  },
  { name: 'openapi' },
);
