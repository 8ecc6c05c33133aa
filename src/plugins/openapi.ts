import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { openapiInfo } from '../openapi-info.js';
import { shapeDocument } from '../openapi-document.js';

export const openapiPlugin = fp(
  async (app) => {
    await app.register(swagger, {
      openapi: openapiInfo,
      transform: jsonSchemaTransform,
      transformObject: (input) => shapeDocument(structuredClone(jsonSchemaTransformObject(input)) as Record<string, unknown>) as never,
    });
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  },
  { name: 'openapi' },
);
