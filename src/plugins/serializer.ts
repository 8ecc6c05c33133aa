import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

type ZodSchema = Parameters<typeof z.toJSONSchema>[0];
type JsonSchema = {
  $ref?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
};
type Serialize = (data: unknown) => string;

/**
 * Response serializer: the route's zod response schema, converted once to
 * JSON Schema and compiled by fast-json-stringify (what Fastify itself uses),
 * so that answers carry exactly the declared fields without a zod parse per
 * request. A schema that does not convert falls back to the zod serializer.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<ZodSchema> = (route) => {
  try {
    const jsonSchema = nullableAsTypeList(z.toJSONSchema(route.schema, { io: 'output', unrepresentable: 'throw', target: 'draft-7' }) as JsonSchema);
    const whole = fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
    try {
      return unionByShape(jsonSchema, whole) ?? whole;
    } catch {
      // A branch that does not compile alone: the whole union serializes every answer.
      return whole;
    }
  } catch {
    return zodSerializerCompiler(route as never) as Serialize;
  }
};

/**
 * The schema with every "this or null" written as a list of types
 * (`{ type: ['object', 'null'], ... }`) instead of an anyOf of the two, which
 * is how zod writes a nullable object, a nullable string with a format or
 * pattern (a uuid) and a nullable $ref. fast-json-stringify serializes an
 * anyOf by validating the value against each option in turn, with ajv, on
 * every answer (a document of an application checked field by field against
 * its schema, uuid patterns included); a list of types it serializes after a
 * `typeof` and a null check. Only an anyOf of exactly one option of a single
 * type (inline or a $ref to the schema's definitions) and `{ type: 'null' }`
 * is rewritten; any other anyOf is left as it is. The value itself is no
 * longer checked against its schema (a nullable enum's value is written as it
 * is), as no other field of an answer is: the answers are the service's own
 * views, and only the declared fields are written.
 */
export function nullableAsTypeList(schema: JsonSchema): JsonSchema {
  const definitions = schema.definitions ?? {};
  // `inlined`: the definitions copied in on the way here. A definition that
  // refers to itself through a nullable field (a list's `next`) keeps its
  // anyOf there instead of being copied into itself again and again.
  const rewrite = (s: JsonSchema, inlined: ReadonlySet<string>): JsonSchema => {
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return s;
    let node = s;
    let within = inlined;
    const options = s.anyOf;
    if (options?.length === 2 && s.oneOf === undefined) {
      const nullAt = options.findIndex((o) => o.type === 'null' && Object.keys(o).length === 1);
      const other = nullAt === -1 ? undefined : options[1 - nullAt];
      const name = other?.$ref?.startsWith('#/definitions/') ? other.$ref.slice('#/definitions/'.length) : undefined;
      const target = name === undefined ? other : inlined.has(name) ? undefined : definitions[name];
      if (
        target &&
        other &&
        typeof target.type === 'string' &&
        !target.anyOf &&
        !target.oneOf &&
        !target.$ref &&
        (other === target || Object.keys(other).length === 1)
      ) {
        const { anyOf: _options, ...siblings } = s;
        node = { ...siblings, ...target, type: [target.type, 'null'] };
        if (name !== undefined) within = new Set([...inlined, name]);
      }
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' || key === 'definitions') {
        out[key] = Object.fromEntries(
          Object.entries(value as Record<string, JsonSchema>).map(([child, schema]) => [
            child,
            rewrite(schema, key === 'definitions' ? new Set([child]) : within),
          ]),
        );
      } else if (key === 'items' || key === 'additionalProperties') {
        out[key] = Array.isArray(value) ? value.map((child: JsonSchema) => rewrite(child, within)) : rewrite(value as JsonSchema, within);
      } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
        out[key] = (value as JsonSchema[]).map((child) => rewrite(child, within));
      } else {
        out[key] = value;
      }
    }
    return out;
  };
  return rewrite(schema, new Set());
}

/** What an answer built as one branch holds: its required keys, no key it does not declare, and the same of the first element of each array of objects. */
interface Shape {
  required: string[];
  declared: Set<string>;
  arrays: Array<[string, Shape]>;
}

/**
 * A union of object answers (an agency's or a committee's view of the same
 * thing) serialized by the branch the answer was built as. fast-json-stringify
 * picks the branch of an anyOf by validating the whole answer against each
 * branch in turn (every id of a page checked against the uuid patterns); here
 * each branch is compiled alone, and the answer's keys tell its branch: the
 * one whose required keys it has and which declares every key it has (for a
 * page, the same of its first item). An answer that fits no branch or more
 * than one (an empty page fits both views of a page) goes through the whole
 * union as before. null when the schema is not a union of objects. Unlike
 * the whole union, the branch does not validate the answer's values (ids
 * against their pattern): the answers are the service's own views.
 */
export function unionByShape(schema: JsonSchema, whole: Serialize): Serialize | null {
  const options = schema.anyOf ?? schema.oneOf;
  if (!options || options.length < 2) return null;
  const definitions = schema.definitions ?? {};
  const resolve = (s: JsonSchema | undefined): JsonSchema | undefined => {
    const name = s?.$ref?.startsWith('#/definitions/') ? s.$ref.slice('#/definitions/'.length) : undefined;
    return name === undefined ? s : definitions[name];
  };
  const shapeOf = (s: JsonSchema | undefined, depth: number): Shape | null => {
    if (s?.type !== 'object' || !s.properties) return null;
    const arrays: Array<[string, Shape]> = [];
    for (const [name, property] of Object.entries(s.properties)) {
      const resolved = resolve(property);
      const items = depth < 2 && resolved?.type === 'array' ? shapeOf(resolve(resolved.items), depth + 1) : null;
      if (items) arrays.push([name, items]);
    }
    return { required: s.required ?? [], declared: new Set(Object.keys(s.properties)), arrays };
  };
  const branches = options.map(resolve);
  const shapes = branches.map((b) => shapeOf(b, 0));
  if (!shapes.every((shape) => shape !== null)) return null;
  const serializers = branches.map((branch) => fastJson({ ...branch, definitions } as Parameters<typeof fastJson>[0]));

  return (data) => {
    let found = -1;
    for (let i = 0; i < shapes.length; i++) {
      if (!fits(shapes[i]!, data)) continue;
      if (found !== -1) return whole(data);
      found = i;
    }
    return found === -1 ? whole(data) : serializers[found]!(data);
  };
}

function fits(shape: Shape, value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const key of shape.required) if (!(key in value)) return false;
  for (const key in value) if (!shape.declared.has(key)) return false;
  for (const [name, items] of shape.arrays) {
    const list = (value as Record<string, unknown>)[name];
    if (Array.isArray(list) && list.length > 0 && !fits(items, list[0])) return false;
  }
  return true;
}
