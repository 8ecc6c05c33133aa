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
  return new AppError(
    412,
    'PRECONDITION_FAILED',
    `The ${what} was changed since you read it: fetch it again and apply your change to the current version.`,
  );
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
      .optional(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

/** The error responses every authenticated route can give. */
export function errorResponses(...statuses: number[]) {
  const all = [400, 401, 403, 404, 429, 503, ...statuses];
  return Object.fromEntries([...new Set(all)].sort().map((s) => [s, problemSchema]));
}
