import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { openapiInfo } from '../openapi-info.js';
import { shapeDocument } from '../openapi-document.js';

type Json = Record<string, unknown>;
type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/**
 * The zod schemas as JSON Schema; a GET route with `config.etag` answers 304
 * to a matching If-None-Match (src/plugins/conditional-get.ts): its 2xx carry
 * the ETag and it documents the 304 (shapeDocument adds If-None-Match).
 */
export function transformRoute(input: TransformInput) {
  const result = jsonSchemaTransform(input) as { schema: Json; url: string };
  const config = input.route.config;
  const methods = [input.route.method].flat();
  const response = result.schema?.response as Record<string, Json> | undefined;
  if (config?.etag && methods.includes('GET') && response?.['200']) {
    result.schema['x-contract'] = { ...(result.schema['x-contract'] ?? {}), etag: true };
    response['304'] = { description: 'Not Modified: the ETag in If-None-Match is still current; no body.', type: 'null' };
  }
  return result;
}

export const openapiPlugin = fp(
  async (app, options: { publicUrl?: string }) => {
    await app.register(swagger, {
      openapi: openapiInfo(options.publicUrl),
      transform: transformRoute,
      transformObject: (input) => shapeDocument(structuredClone(jsonSchemaTransformObject(input)) as Record<string, unknown>) as never,
    });
    // No staticCSP: it adds upgrade-insecure-requests, which blanks the page over
    // plain http; the service's own CSP (src/plugins/security-headers.ts) covers it.
    await app.register(swaggerUi, { routePrefix: '/docs' });
  },
  { name: 'openapi' },
);
