/**
 * Turns what @fastify/swagger and fastify-type-provider-zod generate from the
 * route schemas into the published contract: one component per named schema,
 * errors as shared problem responses with their codes, and the headers each
 * route declares with `contract()` (src/lib/http.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isScalar, isSeq, visit } from 'yaml';
import type { HttpContract } from './lib/http.js';
import { codesFor, sharedCodesFor } from './lib/problem-codes.js';
import { statusTitle } from './lib/errors.js';

type Json = Record<string, unknown>;
type Operation = Json & { responses?: Record<string, Json>; parameters?: Json[]; requestBody?: Json };

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];
const SCHEMA_REF = '#/components/schemas/';
const PROBLEM_REF = `${SCHEMA_REF}Problem`;

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

/** Names of the shared problem responses, by status. */
const PROBLEM_RESPONSES: Record<number, { name: string; description: string; retryAfter?: boolean }> = {
  400: { name: 'BadRequest', description: 'The request is not valid; `errors[]` names each field and rule.' },
  401: { name: 'Unauthorized', description: 'No API key, or one that is unknown, revoked or expired.' },
  403: { name: 'Forbidden', description: "The API key's role or scope does not allow this." },
  404: { name: 'NotFound', description: 'The resource does not exist, or this API key may not see it.' },
  406: { name: 'NotAcceptable', description: 'None of the media types in `Accept` can be served here.' },
  409: {
    name: 'Conflict',
    description: 'The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After).',
    retryAfter: true,
  },
  410: {
    name: 'Gone',
    description: 'RESPONSE_ERASED: the stored answer to this Idempotency-Key held personal data that was erased since; the request is not carried out again.',
  },
  412: { name: 'PreconditionFailed', description: 'If-Match does not match the current ETag: read the resource again.' },
  413: { name: 'ContentTooLarge', description: 'The body, a file or the form is larger than allowed.' },
  414: { name: 'UriTooLong', description: 'A path parameter is longer than any id of this API.' },
  415: { name: 'UnsupportedMediaType', description: 'This content type is not accepted here.' },
  422: { name: 'UnprocessableContent', description: 'A rule of the procedure refuses the request; `errors[]` names each broken rule.' },
  428: { name: 'PreconditionRequired', description: 'This change needs If-Match with the ETag you last read.' },
  429: { name: 'TooManyRequests', description: 'Too many requests for this API key; retry after the given seconds.', retryAfter: true },
  503: {
    name: 'ServiceUnavailable',
    description: 'The database cannot be reached right now, or the service sheds load (OVERLOADED); retry after the given seconds.',
    retryAfter: true,
  },
};

/** An operation's error response with the codes its route declares. */
interface NarrowedUse {
  operation: Operation;
  status: number;
  codes: readonly string[];
}

/** Statuses whose codes are the procedure's rules: each route lists its own. */
const RULE_STATUSES = [409, 422];

/** What any authenticated POST can answer because of its Idempotency-Key. */
const IDEMPOTENCY_CODES: Record<number, string[]> = { 409: ['IDEMPOTENCY_IN_PROGRESS'], 422: ['IDEMPOTENCY_KEY_REUSED'] };

/** What any authenticated operation can answer because of On-Behalf-Of (src/plugins/auth.ts). */
const ON_BEHALF_CODES = ['ON_BEHALF_NOT_ALLOWED', 'ON_BEHALF_ROLE_TOO_HIGH', 'ON_BEHALF_USER_DEACTIVATED', 'ON_BEHALF_USER_UNKNOWN'];

const HEADERS_TOO_LARGE = {
  description: 'HEADERS_TOO_LARGE: the request line and headers together are larger than the server accepts.',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

const PARAMETERS = {
  IfMatchRequired: {
    name: 'If-Match',
    in: 'header',
    required: true,
    description: 'The ETag you last read (`"3"`), or `*`. Without it the change is refused with 428; with a stale one, 412.',
    schema: { type: 'string', example: '"3"' },
  },
  IfMatchOptional: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description: 'The ETag you last read (`"3"`), or `*`: the change is refused with 412 when the resource changed since.',
    schema: { type: 'string', example: '"3"' },
  },
  IfNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: 'ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body.',
    schema: { type: 'string', example: '"3"' },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key.',
    schema: { type: 'string', minLength: 1, maxLength: 255, example: '0c6e2f9a-create-client-ipo' },
  },
  OnBehalfOf: {
    name: 'On-Behalf-Of',
    in: 'header',
    required: false,
    description:
      "The id of the agency's person the request is made as (README, \"People and acting on behalf\"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key.",
    // No example: the docs page would fill it in and send it with every try.
    schema: { type: 'string', format: 'uuid' },
  },
};

const HEADERS = {
  ETag: {
    description: 'The version of the resource, for If-Match on the next change.',
    schema: { type: 'string', example: '"1"' },
  },
  Location: {
    description: 'The path of the created resource.',
    schema: { type: 'string', format: 'uri-reference', example: '/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e' },
  },
  RetryAfter: {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', minimum: 0, example: 5 },
  },
  IdempotentReplayed: {
    description: 'Present (`true`) when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
};

function problemResponse(status: number, codes: readonly string[]): Json {
  const spec = PROBLEM_RESPONSES[status]!;
  const code = codes[0] ?? 'BAD_REQUEST';
  const response: Json = {
    description: spec.description,
    content: {
      'application/problem+json': {
        schema: {
          allOf: [{ $ref: PROBLEM_REF }, { properties: { code: { enum: [...codes] } } }],
        },
        example: {
          type: `/problems/${code.toLowerCase().replace(/_/g, '-')}`,
          title: statusTitle(status),
          status,
          detail: spec.description,
          code,
          instance: '/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e',
        },
      },
    },
  };
  // A 409 waits for nothing unless an Idempotency-Key is still in use.
  const retries = spec.retryAfter && (status !== 409 || codes.includes('IDEMPOTENCY_IN_PROGRESS'));
  if (retries) response.headers = { 'Retry-After': ref('headers', 'RetryAfter') };
  return response;
}

const SUCCESS: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
  '204': 'No content',
};

/** "CommitteeProcedureStages" → "committee procedure stages". */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
}

function refsIn(value: unknown, into: Set<string>) {
  if (Array.isArray(value)) {
    for (const v of value) refsIn(v, into);
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith(SCHEMA_REF)) into.add(v.slice(SCHEMA_REF.length));
      else refsIn(v, into);
    }
  }
}

function renameRefs(value: unknown, names: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, names));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => {
        if (key === '$ref' && typeof v === 'string' && v.startsWith(SCHEMA_REF)) {
          const name = v.slice(SCHEMA_REF.length);
          return [key, `${SCHEMA_REF}${names.get(name) ?? name}`];
        }
        return [key, renameRefs(v, names)];
      }),
    );
  }
  return value;
}

/** Every component schema reachable from `roots`. */
function reachable(roots: unknown, schemas: Record<string, unknown>): Set<string> {
  const seen = new Set<string>();
  const queue = new Set<string>();
  refsIn(roots, queue);
  while (queue.size > 0) {
    const [name] = queue;
    queue.delete(name!);
    if (seen.has(name!)) continue;
    seen.add(name!);
    const next = new Set<string>();
    refsIn(schemas[name!], next);
    for (const n of next) if (!seen.has(n)) queue.add(n);
  }
  return seen;
}

/**
 * The zod registry gives every named schema an input (`XInput`) and an output
 * (`X`) variant. Requests use the one, responses the other; where a name is
 * used only one way, or both variants are the same, it keeps the plain name.
 * Unreferenced schemas are dropped.
 */
function nameSchemas(document: Json) {
  const components = document.components as Json;
  const schemas = (components.schemas ?? {}) as Record<string, Json>;
  const roots = { paths: document.paths, webhooks: document.webhooks, components: { ...components, schemas: undefined } };
  const used = reachable(roots, schemas);
  const names = new Map<string, string>();
  for (const name of used) {
    const base = name.endsWith('Input') && schemas[name.slice(0, -'Input'.length)] ? name.slice(0, -'Input'.length) : undefined;
    if (!base) continue;
    const bothUsed = used.has(base);
    if (!bothUsed) names.set(name, base);
  }
  // Twins used both ways that are equal once their references are renamed.
  for (const name of used) {
    if (!name.endsWith('Input')) continue;
    const base = name.slice(0, -'Input'.length);
    if (!used.has(base)) continue;
    const trial = new Map(names).set(name, base);
    if (isDeepStrictEqual(renameRefs(schemas[name], trial), renameRefs(schemas[base], trial))) names.set(name, base);
  }
  const renamed: Record<string, Json> = {};
  for (const name of [...used].sort()) {
    const finalName = names.get(name) ?? name;
    if (renamed[finalName]) continue;
    const schema = renameRefs(schemas[name], names) as Json;
    // Answers may gain fields; only requests refuse unknown ones.
    renamed[finalName] = name.endsWith('Input') ? schema : (open(schema) as Json);
  }
  components.schemas = Object.fromEntries(Object.entries(renamed).sort(([a], [b]) => a.localeCompare(b)));
  document.paths = renameRefs(document.paths, names);
  if (document.webhooks) document.webhooks = renameRefs(document.webhooks, names);
}

function open(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(open);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !(key === 'additionalProperties' && v === false))
      .map(([key, v]) => [key, open(v)]),
  );
}

function isProblem(response: Json): boolean {
  const content = response.content as Record<string, { schema?: Json }> | undefined;
  return Object.values(content ?? {}).some((media) => media.schema?.$ref === PROBLEM_REF);
}

function successDescription(status: string, response: Json, operation: Operation): string {
  if (typeof response.description === 'string' && response.description !== 'Default Response') return response.description;
  const reason = SUCCESS[status] ?? 'Success';
  const content = response.content as Record<string, { schema?: Json }> | undefined;
  const media = Object.entries(content ?? {});
  if (media.length === 0) return `${reason}.`;
  const named = new Set<string>();
  refsIn(
    media.map(([, m]) => {
      const schema = m.schema ?? {};
      return schema.$ref ? schema : { anyOf: schema.anyOf };
    }),
    named,
  );
  if (named.size > 0) {
    const what = [...named].map(words).join(', or for a committee key the ');
    return status === '201' ? `${reason}: the new ${what}.` : `${reason}: the ${what}.`;
  }
  const types = media.map(([type]) => type).join(' or ');
  const what = typeof operation.summary === 'string' ? operation.summary : 'the result';
  return `${reason}: ${what.replace(/^./, (c) => c.toLowerCase())} (${types}).`;
}

/** What an operation without its own description does with headers, in words. */
function describe(operation: Operation, method: string, declared: HttpContract, isPublic: boolean): string {
  const sentences = [`${String(operation.summary ?? operation.operationId)}.`];
  if (isPublic) sentences.push('Needs no API key.');
  if (declared.ifMatch === 'required') sentences.push('Send `If-Match` with the ETag you last read: without it 428, with a stale one 412.');
  if (declared.ifMatch === 'optional') sentences.push('`If-Match` is optional; with a stale ETag the change is refused with 412.');
  if (declared.etag) sentences.push('The answer carries the current `ETag`.');
  if (declared.location) sentences.push('A 201 carries the `Location` of the new resource.');
  if (method === 'post' && !isPublic) sentences.push('Safe to retry with `Idempotency-Key`.');
  if (method === 'get' && !isPublic && sentences.length === 1) sentences.push('Reading changes nothing.');
  return sentences.join(' ');
}

const SAFE_INTEGER = 9007199254740991;

/**
 * Drops what zod adds to every schema but says nothing to a reader: the
 * pattern behind `format: uuid` or `format: date`, and the safe-integer
 * bounds of `.int()`.
 */
function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (!value || typeof value !== 'object') return value;
  const object: Json = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidy(v)]));
  if (['uuid', 'date', 'date-time'].includes(String(object.format)) && typeof object.pattern === 'string') delete object.pattern;
  // `anyOf: [{ type: X, … }, { type: 'null' }]` is `type: [X, 'null']` with the same keywords.
  const anyOf = object.anyOf as Json[] | undefined;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const nullIndex = anyOf.findIndex((b) => b.type === 'null' && Object.keys(b).length === 1);
    const other = anyOf[1 - nullIndex];
    if (nullIndex >= 0 && other && typeof other.type === 'string' && !other.enum && !other.const && !('type' in object)) {
      delete object.anyOf;
      Object.assign(object, { ...other, type: [other.type, 'null'] }, object);
      object.type = [other.type, 'null'];
    }
  }
  if (object.minimum === -SAFE_INTEGER) delete object.minimum;
  if (object.maximum === SAFE_INTEGER) delete object.maximum;
  return object;
}

/**
 * Path and query parameters used by more than one operation with the same
 * definition become one component each (`ProcedureId`, `Limit`).
 */
function shareParameters(document: Json, components: Json) {
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const seen = new Map<string, { parameter: Json; count: number }>();
  const keyOf = (p: Json) => `${String(p.in)}:${String(p.name)}`;
  const all = Object.values(paths).flatMap((ops) => Object.values(ops).flatMap((op) => op.parameters ?? []));
  for (const parameter of all) {
    if (parameter.$ref || (parameter.in !== 'path' && parameter.in !== 'query')) continue;
    const entry = seen.get(keyOf(parameter));
    if (!entry) seen.set(keyOf(parameter), { parameter, count: 1 });
    else if (isDeepStrictEqual(entry.parameter, parameter)) entry.count++;
    else entry.count = -Infinity;
  }
  const shared: Record<string, Json> = {};
  const nameOf = new Map<string, string>();
  for (const [key, { parameter, count }] of seen) {
    if (count < 2) continue;
    const name = String(parameter.name).replace(/^./, (c) => c.toUpperCase());
    if (shared[name]) continue;
    shared[name] = parameter;
    nameOf.set(key, name);
  }
  for (const ops of Object.values(paths)) {
    for (const op of Object.values(ops)) {
      if (!op.parameters) continue;
      op.parameters = op.parameters.map((p) => {
        const name = p.$ref ? undefined : nameOf.get(keyOf(p));
        return name ? ref('parameters', name) : p;
      });
    }
  }
  components.parameters = Object.fromEntries(Object.entries({ ...(components.parameters as Json), ...shared }).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Shapes the generated document in place and returns it. `document` is what
 * @fastify/swagger and fastify-type-provider-zod produced from the routes.
 */
export function shapeDocument(document: Json): Json {
  const undeclared: string[] = [];
  const narrowedUses: NarrowedUse[] = [];
  const components = (document.components ??= {}) as Json;
  const usedProblems = new Set<number>();
  let usedHeadersTooLarge = false;
  const usedParameters = new Set<keyof typeof PARAMETERS>();
  const usedHeaders = new Set<keyof typeof HEADERS>();

  const paths = (document.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!METHODS.includes(method)) continue;
      const declared = (operation['x-contract'] ?? {}) as HttpContract;
      delete operation['x-contract'];
      const responses = (operation.responses ??= {});
      const isPublic = Array.isArray(operation.security) && operation.security.length === 0;

      // The problem statuses this operation can answer with: the route's own, then those of the platform.
      const statuses = new Set<number>();
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400 && isProblem(response)) statuses.add(Number(status));
      }
      // Only a path names something that may not exist; ids in bodies are refused with 422.
      if (!path.includes('{')) statuses.delete(404);
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400 && isProblem(response) && !statuses.has(Number(status))) delete responses[status];
      }
      // Any request can carry a body that does not parse (400), and any write
      // one of a type the route does not take (415).
      statuses.add(400);
      if (!isPublic) {
        statuses.add(403);
        if (method !== 'get') statuses.add(415);
        if (method === 'post') {
          statuses.add(409);
          statuses.add(410);
          statuses.add(422);
        }
        if (operation.requestBody) {
          statuses.add(413);
          statuses.add(415);
        }
        if (path.includes('{')) statuses.add(414);
      }

      // Parameters: the route's own, then the shared headers.
      const parameters = (operation.parameters ?? []).filter((p) => p.in !== 'header' || !/^(if-match|idempotency-key|on-behalf-of)$/i.test(String(p.name)));
      if (declared.ifMatch) {
        const name = declared.ifMatch === 'required' ? 'IfMatchRequired' : 'IfMatchOptional';
        parameters.push(ref('parameters', name));
        usedParameters.add(name);
        statuses.add(412);
        if (declared.ifMatch === 'required') statuses.add(428);
      }
      if (method === 'post' && !isPublic) {
        parameters.push(ref('parameters', 'IdempotencyKey'));
        usedParameters.add('IdempotencyKey');
      }
      if (!isPublic) {
        parameters.push(ref('parameters', 'OnBehalfOf'));
        usedParameters.add('OnBehalfOf');
      }
      if (responses['304']) {
        parameters.push(ref('parameters', 'IfNoneMatch'));
        usedParameters.add('IfNoneMatch');
      }
      if (parameters.length > 0) operation.parameters = parameters;
      else delete operation.parameters;

      // Success responses: a description and the headers they carry.
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 300) continue;
        response.description = successDescription(status, response, operation);
        const headers: Record<string, unknown> = {};
        if (declared.etag && status !== '204') headers.ETag = ref('headers', 'ETag');
        if (declared.location === 'always' || (declared.location && status === '201')) headers.Location = ref('headers', 'Location');
        if (method === 'post' && !isPublic) headers['Idempotent-Replayed'] = ref('headers', 'IdempotentReplayed');
        for (const name of Object.keys(headers)) usedHeaders.add(name.replace(/-/g, '') as keyof typeof HEADERS);
        if (Object.keys(headers).length > 0) response.headers = { ...(response.headers as Json | undefined), ...headers };
      }
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 300) continue;
        if (!isProblem(response)) response.description = response.description === 'Default Response' ? statusTitle(Number(status)) : response.description;
      }

      // Error responses: shared components, or the route's own codes inline.
      // A 409 or 422 lists the route's rule codes (declared with contract())
      // plus, on a POST, those of the Idempotency-Key.
      for (const status of [...statuses].sort()) {
        let narrowed = declared.codes?.[status];
        if (RULE_STATUSES.includes(status)) {
          if (!narrowed) undeclared.push(`${method.toUpperCase()} ${path}: ${status}`);
          else {
            const implicit = method === 'post' && !isPublic ? IDEMPOTENCY_CODES[status]! : [];
            narrowed = [...new Set([...implicit, ...narrowed])].sort();
          }
        }
        // Any authenticated operation can refuse its On-Behalf-Of header.
        if (status === 403 && narrowed && !isPublic) narrowed = [...new Set([...ON_BEHALF_CODES, ...narrowed])].sort();
        // An empty list says the route never answers with this status.
        if (narrowed?.length === 0) {
          delete responses[String(status)];
          continue;
        }
        if (narrowed) {
          const unknown = narrowed.filter((code) => !codesFor(status).includes(code));
          if (unknown.length > 0) throw new Error(`${method} ${path}: ${status} ${unknown.join(', ')} not in src/lib/problem-codes.ts`);
          narrowedUses.push({ operation, status, codes: narrowed });
          responses[String(status)] = {}; // filled in below, once every route's codes are known
        } else if (PROBLEM_RESPONSES[status]) {
          responses[String(status)] = ref('responses', PROBLEM_RESPONSES[status].name);
          usedProblems.add(status);
        }
        if (PROBLEM_RESPONSES[status]?.retryAfter) usedHeaders.add('RetryAfter');
      }
      responses['431'] = ref('responses', 'HeadersTooLarge');
      usedHeadersTooLarge = true;
      if (!operation.description) operation.description = describe(operation, method, declared, isPublic);
      operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }

  if (undeclared.length > 0) {
    throw new Error(`Declare the codes of these responses with contract({ codes }) (src/lib/http.ts):\n${undeclared.join('\n')}`);
  }
  const responses: Record<string, unknown> = {};
  // A route's own codes: the full list of the status is its shared response;
  // one code that several routes send, a shared response named after it
  // (ForbiddenForRole); anything else, inline.
  const keyOf = (use: NarrowedUse) => `${use.status}:${use.codes.join(',')}`;
  const uses = new Map<string, number>();
  for (const use of narrowedUses) uses.set(keyOf(use), (uses.get(keyOf(use)) ?? 0) + 1);
  const pascal = (code: string) => code.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());
  // A 403 of an authenticated operation always carries the On-Behalf-Of
  // codes; the shared response is named after the route's own code.
  const own = (use: NarrowedUse) => (use.status === 403 ? use.codes.filter((c) => !ON_BEHALF_CODES.includes(c)) : use.codes);
  const sharedName = (use: NarrowedUse) => {
    const codes = own(use);
    if (codes.length === 1) return pascal(codes[0]!);
    return codes.length === 0 && use.codes.length > 0 ? 'OnBehalfRefused' : undefined;
  };
  const singleNames = new Set(narrowedUses.filter((u) => sharedName(u) && uses.get(keyOf(u))! > 1).map((u) => sharedName(u)!));
  for (const use of narrowedUses) {
    const { status, codes } = use;
    const isFull = isDeepStrictEqual([...codes].sort(), [...sharedCodesFor(status)].sort());
    const name = sharedName(use);
    if (isFull && !singleNames.has(PROBLEM_RESPONSES[status]!.name)) {
      use.operation.responses![String(status)] = ref('responses', PROBLEM_RESPONSES[status]!.name);
      usedProblems.add(status);
    } else if (name && uses.get(keyOf(use))! > 1) {
      const shared = problemResponse(status, codes);
      if (responses[name] && !isDeepStrictEqual(responses[name], shared)) throw new Error(`two shared responses named ${name}`);
      responses[name] = shared;
      use.operation.responses![String(status)] = ref('responses', name);
    } else {
      const own = problemResponse(status, codes);
      // The shared Problem schema carries the example; the route adds its codes.
      delete (own.content as Record<string, Json>)['application/problem+json']!.example;
      if (status === 409 && !codes.includes('IDEMPOTENCY_IN_PROGRESS')) own.description = 'The current state of the procedure does not allow this.';
      if (codes.includes('DNS_UNAVAILABLE')) {
        own.description = `${String(own.description)} DNS_UNAVAILABLE: a host name in the request could not be looked up right now (a temporary DNS failure).`;
      }
      use.operation.responses![String(status)] = own;
    }
  }
  for (const status of [...usedProblems].sort()) {
    const name = PROBLEM_RESPONSES[status]!.name;
    if (responses[name]) throw new Error(`two shared responses named ${name}`);
    responses[name] = problemResponse(status, sharedCodesFor(status));
  }
  if (usedHeadersTooLarge) responses.HeadersTooLarge = HEADERS_TOO_LARGE;
  components.responses = responses;
  components.parameters = Object.fromEntries([...usedParameters].sort().map((n) => [n, PARAMETERS[n]]));
  components.headers = Object.fromEntries([...usedHeaders].sort().map((n) => [n, HEADERS[n]]));

  nameSchemas(document);
  document.paths = tidy(document.paths);
  components.schemas = tidy(components.schemas);
  shareParameters(document, components);
  return document;
}

/**
 * The document as YAML, compact where that reads better: lists of scalars and
 * small maps of scalars (`{ type: string, format: uuid }`, `$ref`s) on one line.
 */
export function renderYaml(document: unknown): string {
  const yaml = new Document(document);
  visit(yaml, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Map(_, node) {
      const flat = node.items.every((pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.items.every((i) => isScalar(i))));
      if (flat && JSON.stringify(node.toJSON()).length <= 110) node.flow = true;
    },
  });
  return yaml.toString({ lineWidth: 0 });
}
