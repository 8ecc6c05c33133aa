import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

type ZodSchema = Parameters<typeof z.toJSONSchema>[0];

/**
 * Response serializer: the route's zod response schema, converted once to
 * JSON Schema and compiled by fast-json-stringify (what Fastify itself uses),
 * so that answers carry exactly the declared fields without a zod parse per
 * request. A schema that does not convert falls back to the zod serializer.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<ZodSchema> = (route) => {
  try {
    const jsonSchema = z.toJSONSchema(route.schema, { io: 'output', unrepresentable: 'throw', target: 'draft-7' });
    return fastJson(jsonSchema as unknown as Parameters<typeof fastJson>[0]);
  } catch {
    return zodSerializerCompiler(route as never) as (data: unknown) => string;
  }
};
