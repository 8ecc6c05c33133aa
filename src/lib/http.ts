import { z } from 'zod';
import { AppError } from './errors.js';

export function uuidParam<K extends string>(name: K) {
  return z.object({ [name]: z.uuid({ message: `${name} must be a UUID` }) } as Record<K, z.ZodUUID>);
}

/** Strong ETag of a versioned resource (RFC 9110 section 8.8.3). */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * Reads the version a caller expects from `If-Match`. PATCH and PUT of guarded
 * resources require it (428 without); `*` matches any current version.
 */
export function expectedVersion(ifMatch: string | undefined, required: boolean): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    if (!required) return undefined;
    throw new AppError(
      428,
      'PRECONDITION_REQUIRED',
      'This change needs an If-Match header with the ETag you last read, so that it cannot overwrite a newer version.',
    );
  }
  const value = ifMatch.trim();
  if (value === '*') return undefined;
  const match = /^"(\d+)"$/.exec(value);
  if (!match) {
    throw new AppError(412, 'PRECONDITION_FAILED', `If-Match ${value} does not match the current ETag.`);
  }
  return Number(match[1]);
}

export function staleVersion(what: string): AppError {
  return new AppError(412, 'PRECONDITION_FAILED', `The ${what} was changed since you read it: fetch it again and apply your change to the current version.`);
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(100).max(599).meta({ description: 'The HTTP status of this answer.' }),
    detail: z.string().meta({ description: 'What went wrong in this request, in a sentence for people.' }),
    code: z.string().meta({ description: 'The stable code to branch on; each error response lists the codes it can carry.' }),
    instance: z.string().optional().meta({ description: 'The path of the request.' }),
    errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() })).optional(),
  })
  .catchall(z.unknown())
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details, with the stable `code` of the rule or check that answered.',
    example: {
      type: '/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Client 0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e does not exist.',
      code: 'NOT_FOUND',
      instance: '/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e',
    },
  });

/** The error responses every authenticated route can give. */
export function errorResponses(...statuses: number[]) {
  const all = [400, 401, 403, 404, 429, 503, ...statuses];
  return Object.fromEntries([...new Set(all)].sort().map((s) => [s, problemSchema]));
}

/**
 * What a route's HTTP exchange carries besides its bodies, for the contract
 * (src/openapi-document.ts); the test app checks it against every answer.
 */
export interface HttpContract {
  /** `required`: the route answers 428 without If-Match; `optional`: If-Match only guards. */
  ifMatch?: 'required' | 'optional';
  /** Its 2xx answers carry the resource's ETag. */
  etag?: boolean;
  /** Its 201 answers carry the new resource's Location (`always`: every 2xx does). */
  location?: boolean | 'always';
  /** Per status, the codes this route can send, where narrower than src/lib/problem-codes.ts. */
  codes?: Partial<Record<number, readonly string[]>>;
}

export function contract(declared: HttpContract): { 'x-contract': HttpContract } {
  return { 'x-contract': declared };
}

declare module 'fastify' {
  interface FastifySchema {
    'x-contract'?: HttpContract;
  }
}

const namedSchemas = new Map<string, z.ZodType>();

/**
 * The schema under a component name of the contract (`NewClient`). Routes are
 * registered once per app, so the named copy is made once per process.
 */
export function named<T extends z.ZodType>(id: string, schema: T, example?: unknown): T {
  let copy = namedSchemas.get(id);
  if (!copy) {
    copy = schema.meta(example === undefined ? { id } : { id, example });
    namedSchemas.set(id, copy);
  }
  return copy as T;
}
