// The attack test: fuzzes every operation of openapi.yaml against the real
// service on a real PostgreSQL, with valid, boundary and broken requests that
// carry real ids of a seeded procedure, and fails on
//   - any 5xx,
//   - any status the operation does not declare (bar ALLOWED_UNDECLARED),
//   - any error answer that is not application/problem+json,
//   - any JSON body that breaks the schema declared for its status.
//
//   npm run test:attack -- --requests 3000        (default)
//   npm run test:attack -- --duration 120         (seconds; stops at whichever limit comes first)
//   npm run test:attack -- --seed 42 --concurrency 8 --verbose
//
// It starts the service in this process on a fresh database (on DATABASE_URL's
// server, or an embedded PostgreSQL), prints a summary and exits 1 on any failure.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import YAML from 'yaml';
import { buildApp } from '../src/app.js';
import { parseConfig } from '../src/config/env.js';
import { createDatabase, databaseParts } from '../src/db/client.js';
import { FixedClock } from '../src/lib/clock.js';
import { benchDatabase } from './bench/harness.js';
import { REFERENCE_PROCEDURE as ipoProcedure, REFERENCE_TIMELINE as ipoTimeline } from '../src/domain/reference-procedure.js';
import { simplePdf } from './demo-pdf.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * Statuses any operation may answer although the contract does not declare
 * them yet. Each belongs to work on the contract generator and the HTTP
 * plugins done elsewhere; remove an entry once the contract declares it.
 * - 414 URI Too Long / 431 Request Header Fields Too Large: answered by the
 *   HTTP layer before routing for over-long URLs and headers.
 * - 304 Not Modified: a conditional GET with a matching If-None-Match.
 * - 406 Not Acceptable: an Accept header the operation cannot produce.
 */
const ALLOWED_UNDECLARED = new Set([304, 406, 414, 431]);

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '3000' },
    duration: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
    seed: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const MAX_REQUESTS = Number(args.requests);
const DEADLINE = args.duration ? Date.now() + Number(args.duration) * 1000 : Infinity;
const CONCURRENCY = Math.max(1, Number(args.concurrency));
const SEED = args.seed ? Number(args.seed) : Math.floor(Math.random() * 2 ** 31);

// ---------------------------------------------------------------------------
// A small seeded random source, so that a failing run can be repeated (--seed).
// ---------------------------------------------------------------------------
let state = SEED >>> 0 || 1;
function rand(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const chance = (p: number) => rand() < p;
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

// ---------------------------------------------------------------------------
// The contract
// ---------------------------------------------------------------------------
type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
}

interface Operation {
  id: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { required: boolean; content: Record<string, Schema> };
  responses: Record<string, Record<string, Schema>>;
  /** Needs no key. */
  open: boolean;
}

const spec = YAML.parse(await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8'));

function deref(node: unknown, seen: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((n) => deref(n, seen));
  if (!node || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  if (typeof obj.$ref === 'string') {
    const ref = obj.$ref;
    if (seen.includes(ref)) return {};
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], spec);
    return deref(target, [...seen, ref]);
  }
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, deref(v, seen)]));
}

const operations: Operation[] = [];
for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) {
  for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
    const op = item[method] as Record<string, unknown> | undefined;
    if (!op) continue;
    const full = deref(op) as {
      operationId: string;
      parameters?: Parameter[];
      requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
      responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
      security?: unknown[];
    };
    operations.push({
      id: full.operationId,
      method: method.toUpperCase(),
      path,
      parameters: full.parameters ?? [],
      body: full.requestBody
        ? {
            required: full.requestBody.required ?? false,
            content: Object.fromEntries(Object.entries(full.requestBody.content).map(([t, c]) => [t, c.schema ?? {}])),
          }
        : undefined,
      responses: Object.fromEntries(
        Object.entries(full.responses).map(([status, r]) => [status, Object.fromEntries(Object.entries(r.content ?? {}).map(([t, c]) => [t, c.schema ?? {}]))]),
      ),
      open: Array.isArray(full.security) && full.security.length === 0,
    });
  }
}

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();
function validatorFor(key: string, schema: Schema): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    v = ajv.compile(schema);
    validators.set(key, v);
  }
  return v;
}

// ---------------------------------------------------------------------------
// Values from JSON Schema: valid ones, boundaries, wrong types, hostile strings
// ---------------------------------------------------------------------------
let ids: Record<string, string> = {};

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202e\u0644\u0645',
  '😀'.repeat(50),
  "' OR 1=1 --",
  '"; DROP TABLE procedures; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(400),
  'x'.repeat(5000),
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59+99:00',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'Ω≈ç√∫˜µ≤≥÷',
  '\r\nX-Injected: 1',
];

function typesOf(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  return ['string'];
}

function exampleOf(schema: Schema): unknown {
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  return undefined;
}

const PATTERN_CANDIDATES = ['7943.51', '21.82', 'cv', 'interview', 'a', 'abc', '2026-01-06', '17', 'key_1', 'https://example.org/hooks', 'p'];

/** An id of the seeded procedure for a property or parameter name, when it names one. */
function idFor(name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (ids[name]) return ids[name];
  const base = name.replace(/Ids?$/, 'Id');
  return ids[base];
}

function validString(schema: Schema, name?: string): string {
  const format = schema.format as string | undefined;
  const id = format === 'uuid' || /Id$/.test(name ?? '') ? idFor(name) : undefined;
  if (id) return id;
  const example = exampleOf(schema);
  if (typeof example === 'string') return example;
  if (format === 'uuid') return pick(Object.values(ids).filter((v) => /^[0-9a-f-]{36}$/.test(v))) ?? '00000000-0000-4000-8000-000000000000';
  if (format === 'date') return pick(['2025-12-22', '2026-01-06', '2026-01-20', '2026-03-01']);
  if (format === 'date-time') return pick(['2025-12-22T10:00:00+01:00', '2026-01-20T10:00:00+01:00', '2026-01-07T00:00:00Z']);
  if (format === 'email') return `fuzz.${randomBytes(3).toString('hex')}@example.org`;
  if (format === 'uri' || format === 'url') return 'http://127.0.0.1:9/hooks';
  if (typeof schema.pattern === 'string') {
    const re = new RegExp(schema.pattern, 'u');
    const fit = PATTERN_CANDIDATES.filter((c) => re.test(c));
    if (fit.length > 0) return pick(fit);
  }
  const min = (schema.minLength as number | undefined) ?? 1;
  const max = Math.min((schema.maxLength as number | undefined) ?? 40, 60);
  const words = ['Den Haag', 'Utrecht', 'Sanne', 'van der Berg', 'Directeur', 'gesprek', 'motivatie'];
  let s = pick(words);
  while (s.length < min) s += ` ${pick(words)}`;
  return s.slice(0, Math.max(min, max));
}

function validValue(schema: Schema, name?: string, depth = 0): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return pick(schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return validValue(pick(options.filter((o) => o.type !== 'null').length ? options.filter((o) => o.type !== 'null') : options), name, depth);
  if (schema.allOf) return validValue(Object.assign({}, ...schema.allOf), name, depth);
  const types = typesOf(schema).filter((t) => t !== 'null');
  const type = types.length ? pick(types) : 'null';
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return chance(0.5);
    case 'integer':
    case 'number': {
      const min = (schema.minimum as number | undefined) ?? (schema.exclusiveMinimum as number | undefined) ?? 0;
      const max = (schema.maximum as number | undefined) ?? (schema.exclusiveMaximum as number | undefined) ?? min + 100;
      const lo = Math.max(min, -1000);
      const hi = Math.min(max, lo + 100);
      return int(Math.ceil(lo), Math.floor(hi));
    }
    case 'array': {
      const example = exampleOf(schema);
      if (Array.isArray(example) && chance(0.5)) return example;
      const n = Math.max((schema.minItems as number | undefined) ?? 0, depth > 3 ? 0 : int(0, 2));
      return Array.from({ length: Math.min(n, (schema.maxItems as number | undefined) ?? n) }, () => validValue(schema.items ?? {}, singular(name), depth + 1));
    }
    case 'object': {
      const example = exampleOf(schema);
      if (example && typeof example === 'object' && chance(0.6)) return structuredClone(example);
      const out: Record<string, unknown> = {};
      for (const [key, prop] of Object.entries(schema.properties ?? {})) {
        if ((schema.required ?? []).includes(key) || (depth < 3 && chance(0.5))) out[key] = validValue(prop, key, depth + 1);
      }
      return out;
    }
    default:
      return validString(schema, name);
  }
}

function singular(name?: string) {
  return name?.endsWith('Ids') ? name.slice(0, -1) : name;
}

/** A value at or just past an edge of the schema. */
function boundaryValue(schema: Schema, name?: string): unknown {
  const types = typesOf(schema);
  if (types.includes('integer') || types.includes('number')) {
    const edges = [0, -1, 1, 2 ** 31, -(2 ** 31), Number.MAX_SAFE_INTEGER, 1.5, 1e308];
    if (typeof schema.minimum === 'number') edges.push(schema.minimum, schema.minimum - 1);
    if (typeof schema.maximum === 'number') edges.push(schema.maximum, schema.maximum + 1);
    return pick(edges);
  }
  if (types.includes('string')) {
    const max = schema.maxLength as number | undefined;
    const min = schema.minLength as number | undefined;
    const edges: unknown[] = [validString(schema, name)];
    if (max !== undefined) edges.push('a'.repeat(max), 'a'.repeat(max + 1));
    if (min !== undefined) edges.push('a'.repeat(min), 'a'.repeat(Math.max(0, min - 1)));
    return pick(edges);
  }
  if (types.includes('array')) {
    const max = (schema.maxItems as number | undefined) ?? 3;
    return Array.from({ length: pick([0, max, max + 1]) }, () => validValue(schema.items ?? {}, singular(name)));
  }
  return validValue(schema, name);
}

function wrongType(schema: Schema): unknown {
  const types = typesOf(schema);
  const candidates: unknown[] = [123, -1.5, true, null, 'text', [], {}, [1, 'a'], { a: { b: { c: 1 } } }];
  return pick(
    candidates.filter((c) => {
      const t = c === null ? 'null' : Array.isArray(c) ? 'array' : typeof c === 'object' ? 'object' : typeof c === 'number' ? 'number' : typeof c;
      return !types.includes(t) && !(t === 'number' && types.includes('integer'));
    }),
  );
}

/** Every (path, schema) inside a value built from `schema`, to break one of them. */
function leaves(value: unknown, schema: Schema, path: string[] = []): Array<{ path: string[]; schema: Schema }> {
  const out = [{ path, schema }];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      const prop = schema.properties?.[k] ?? (schema.anyOf ?? schema.oneOf)?.find((s) => s.properties?.[k])?.properties?.[k];
      if (prop) out.push(...leaves(v, prop, [...path, k]));
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...leaves(v, schema.items ?? {}, [...path, String(i)])));
  }
  return out;
}

function setAt(root: unknown, path: string[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const copy = (root && typeof root === 'object' ? structuredClone(root) : {}) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (!at[key] || typeof at[key] !== 'object') at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (remove) delete at[last];
  else at[last] = value;
  return copy;
}

type Mode = 'valid' | 'boundary' | 'broken';

function bodyFor(schema: Schema, mode: Mode): { value: unknown; mutation: string } {
  const value = validValue(schema);
  if (mode === 'valid') return { value, mutation: 'valid' };
  const spots = leaves(value, schema);
  const spot = pick(spots);
  const where = spot.path.join('.') || '(body)';
  if (mode === 'boundary') return { value: setAt(value, spot.path, boundaryValue(spot.schema, spot.path.at(-1))), mutation: `boundary ${where}` };
  const how = pick(['wrong type', 'hostile string', 'missing required', 'extra field', 'null']);
  switch (how) {
    case 'wrong type':
      return { value: setAt(value, spot.path, wrongType(spot.schema)), mutation: `wrong type ${where}` };
    case 'hostile string':
      return { value: setAt(value, spot.path, pick(HOSTILE_STRINGS)), mutation: `hostile string ${where}` };
    case 'missing required': {
      const objects = spots.filter((s) => (s.schema.required ?? []).length > 0);
      if (objects.length === 0) return { value: setAt(value, spot.path, null), mutation: `null ${where}` };
      const o = pick(objects);
      const key = pick(o.schema.required!);
      return { value: setAt(value, [...o.path, key], undefined, true), mutation: `missing ${[...o.path, key].join('.')}` };
    }
    case 'extra field': {
      const objects = spots.filter((s) => typesOf(s.schema).includes('object'));
      const o = objects.length ? pick(objects) : spot;
      return {
        value: setAt(value, [...o.path, pick(['extra', '__proto__', 'constructor', 'isAdmin'])], 'x'),
        mutation: `extra field in ${o.path.join('.') || '(body)'}`,
      };
    }
    default:
      return { value: setAt(value, spot.path, null), mutation: `null ${where}` };
  }
}

function paramValue(p: Parameter, mode: Mode): string | undefined {
  if (mode === 'valid' || (mode !== 'broken' && chance(0.5)) || chance(0.4)) {
    if (p.in === 'path') return idFor(p.name) ?? String(validValue(p.schema, p.name));
    if (!p.required && chance(0.5)) return undefined;
    const v = validValue(p.schema, p.name);
    return typeof v === 'string' ? v : JSON.stringify(v);
  }
  if (mode === 'boundary') {
    const v = boundaryValue(p.schema, p.name);
    return typeof v === 'string' ? v : String(v);
  }
  const v = pick<unknown>([...HOSTILE_STRINGS, wrongType(p.schema), 'null', '-1', '1.5', 'true', '00000000-0000-4000-8000-000000000000']);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

// ---------------------------------------------------------------------------
// Requests and checks
// ---------------------------------------------------------------------------
/** encodeURIComponent, with a lone surrogate sent as the raw bytes it would have been. */
function encodePath(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80';
  }
}

/** Whether fetch can send the value as a header (visible ASCII and spaces only). */
function headerSafe(v: string): boolean {
  return [...v].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) < 0x7f);
}

interface Built {
  op: Operation;
  mode: Mode;
  label: string;
  url: string;
  init: RequestInit & { headers: Record<string, string> };
}

const pdf = simplePdf('Curriculum vitae', ['Sanne van der Berg', 'Directeur Bedrijfsvoering']);
let auths: Record<string, string> = {};

function build(op: Operation): Built {
  const mode: Mode = pick(['valid', 'valid', 'boundary', 'broken', 'broken']);
  const labels: string[] = [mode];
  let path = op.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const p of op.parameters) {
    // On-Behalf-Of is sent below, with the key that may send it.
    if (p.in === 'header' && p.name.toLowerCase() === 'on-behalf-of') continue;
    const v = paramValue(p, mode);
    if (v === undefined) continue;
    // An empty segment would reach another route (the list), not this operation.
    if (p.in === 'path') path = path.replace(`{${p.name}}`, v === '' ? '%20' : encodePath(v));
    else if (p.in === 'query') query.append(p.name, v);
    else if (p.in === 'header' && headerSafe(v)) headers[p.name] = v;
  }
  if (chance(0.05)) {
    query.append(pick(['limit', 'cursor', 'x', 'limit[]']), pick(HOSTILE_STRINGS.filter((s) => !s.includes('\u0000'))));
    labels.push('extra query');
  }
  // Who asks: mostly an admin, sometimes someone who may not or no one at all.
  const who = op.open ? 'none' : chance(0.85) ? 'admin' : pick(['none', 'garbage', 'consultant', 'scheduler', 'committee']);
  if (who !== 'none') headers.authorization = who === 'garbage' ? `Bearer ${pick(HOSTILE_STRINGS.filter(headerSafe))}` : auths[who]!;
  if (who !== 'admin') labels.push(`as ${who}`);
  // Sometimes the integration key acting for the seeded person (or for no one it may act for).
  if (!op.open && chance(0.1)) {
    headers.authorization = auths.integration!;
    headers['On-Behalf-Of'] = chance(0.7) ? ids.userId! : pick(['00000000-0000-4000-8000-000000000000', 'not-a-uuid', ids.userId!.toUpperCase(), '']);
    labels.push('on behalf');
  }
  if (['PATCH', 'PUT', 'POST', 'DELETE'].includes(op.method) && chance(0.8)) {
    headers['if-match'] = chance(0.7) ? `"${int(1, 6)}"` : pick(['*', 'W/"1"', 'garbage', '"', '"1", "2"']);
  }
  if (op.method === 'POST' && chance(0.3)) headers['idempotency-key'] = chance(0.9) ? randomBytes(8).toString('hex') : 'k'.repeat(400);
  if (chance(0.1)) {
    headers.accept = pick(['text/csv', 'application/xml', '*/*', 'text/calendar', 'application/json;q=0', 'image/png']);
    labels.push(`accept ${headers.accept}`);
  }
  if (op.method === 'GET' && chance(0.05)) headers['if-none-match'] = pick(['"1"', '*', 'garbage']);

  let body: RequestInit['body'];
  if (op.body) {
    const types = Object.keys(op.body.content);
    const type = pick(types);
    const schema = op.body.content[type]!;
    if (type === 'application/json') {
      const made = bodyFor(schema, mode);
      labels.push(made.mutation);
      if (mode === 'broken' && chance(0.1)) {
        body = pick(['{', '{"a":1,}', 'null', '[]', '"text"', '1e999', '{"a":'.repeat(50)]);
        labels.push('malformed JSON');
      } else body = made.value === undefined ? undefined : JSON.stringify(made.value);
      headers['content-type'] =
        mode === 'broken' && chance(0.1) ? pick(['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) : 'application/json';
    } else if (type === 'application/pdf') {
      body =
        mode === 'valid'
          ? new Uint8Array(pdf)
          : pick([new Uint8Array(0), new Uint8Array(Buffer.from('PK\u0003\u0004 not a pdf')), new Uint8Array(pdf.subarray(0, 200))]);
      headers['content-type'] = 'application/pdf';
      labels.push(`pdf ${body.length} bytes`);
    } else if (type === 'multipart/form-data') {
      const form = new FormData();
      const made = bodyFor(
        { ...schema, properties: Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([, s]) => s.format !== 'binary')) },
        mode,
      );
      labels.push(`form ${made.mutation}`);
      for (const [k, v] of Object.entries((made.value as Record<string, unknown>) ?? {})) {
        if (v !== undefined) form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
      }
      for (const [k, s] of Object.entries(schema.properties ?? {})) {
        if (s.format === 'binary' && (mode === 'valid' || chance(0.7))) {
          form.append(
            k,
            new Blob([new Uint8Array(mode === 'broken' && chance(0.5) ? Buffer.from('not a pdf') : pdf)], { type: 'application/pdf' }),
            `${k}.pdf`,
          );
        }
      }
      body = form;
    } else {
      body = JSON.stringify(validValue(schema));
      headers['content-type'] = type;
    }
    if (mode === 'broken' && !op.body.required && chance(0.2)) {
      body = undefined;
      delete headers['content-type'];
      labels.push('no body');
    }
  }
  const qs = query.toString();
  return { op, mode, label: labels.join(', '), url: `${path}${qs ? `?${qs}` : ''}`, init: { method: op.method, headers, body } };
}

interface Failure {
  kind: string;
  op: string;
  status: number;
  detail: string;
  example: string;
}

const byStatus = new Map<number, number>();
/** Answers with a status in ALLOWED_UNDECLARED that the operation does not declare, by status and operation. */
const tolerated = new Map<string, number>();
const failures = new Map<string, { failure: Failure; count: number }>();
let sent = 0;

function fail(b: Built, status: number, kind: string, detail: string, body: string) {
  const key = `${kind} | ${b.op.method} ${b.op.path} | ${status} | ${detail.slice(0, 200)}`;
  const found = failures.get(key);
  if (found) found.count++;
  else {
    const bodyText = typeof b.init.body === 'string' ? b.init.body.slice(0, 300) : b.init.body ? `<${b.init.body.constructor.name}>` : '';
    failures.set(key, {
      count: 1,
      failure: {
        kind,
        op: `${b.op.method} ${b.op.path} (${b.op.id})`,
        status,
        detail,
        example: `${b.init.method} ${b.url.slice(0, 300)} [${b.label}] ${bodyText} -> ${body.slice(0, 400)}`,
      },
    });
  }
}

async function send(base: string, b: Built) {
  let res: Response;
  try {
    res = await fetch(base + b.url, { ...b.init, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    // A URL or header that fetch itself refuses to send is not a request to the service.
    if (error instanceof TypeError && !/fetch failed/.test(String(error.message))) return;
    fail(b, 0, 'no answer', String((error as Error).cause ?? (error as Error).message), '');
    return;
  }
  sent++;
  const status = res.status;
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const raw = Buffer.from(await res.arrayBuffer());
  const text = /json|text|yaml|csv|calendar/.test(type) ? raw.toString('utf8') : `<${raw.length} bytes ${type}>`;
  if (args.verbose) console.log(`${status} ${b.op.method} ${b.url.slice(0, 120)} [${b.label}]`);

  if (status >= 500) {
    // One group per operation and problem code: the detail carries a request id.
    fail(b, status, '5xx', /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? text.slice(0, 100), text);
    return;
  }
  const declared = b.op.responses[String(status)] ?? b.op.responses[`${String(status)[0]}XX`] ?? b.op.responses.default;
  if (!declared) {
    if (!ALLOWED_UNDECLARED.has(status)) fail(b, status, 'undeclared status', `${status} not declared`, text);
    else tolerated.set(`${status} ${b.op.id}`, (tolerated.get(`${status} ${b.op.id}`) ?? 0) + 1);
    if (status >= 400 && type !== 'application/problem+json') fail(b, status, 'error not problem+json', `content-type ${type || '(none)'}`, text);
    return;
  }
  if (status >= 400 && type !== 'application/problem+json') {
    fail(b, status, 'error not problem+json', `content-type ${type || '(none)'}`, text);
    return;
  }
  const declaredTypes = Object.keys(declared);
  if (declaredTypes.length === 0 || status === 204 || b.op.method === 'HEAD') return;
  if (!declaredTypes.includes(type)) {
    fail(b, status, 'undeclared content type', `${type || '(none)'} not in ${declaredTypes.join(', ')}`, text);
    return;
  }
  if (!/json/.test(type)) return;
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    fail(b, status, 'invalid JSON', 'body does not parse', text);
    return;
  }
  const validate = validatorFor(`${b.op.id} ${status} ${type}`, declared[type]!);
  if (!validate(json)) {
    const errors = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`);
    fail(b, status, 'schema broken', errors.join('; '), text);
  }
}

// ---------------------------------------------------------------------------
// The service and its seed
// ---------------------------------------------------------------------------
const started = Date.now();
const database = await benchDatabase();
const adminKey = randomBytes(24).toString('hex');
// Not NODE_ENV=production: the seeded webhook points at this machine, which a
// production service refuses (https and public addresses only).
const config = parseConfig({
  NODE_ENV: 'development',
  LOG_LEVEL: 'silent',
  ADMIN_API_KEY: adminKey,
  RATE_LIMIT_MAX: '100000000',
  ADDRESS_RATE_LIMIT_MAX: '100000000',
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
  SWEEP_INTERVAL_MS: '0',
  WEBHOOK_LOOP: 'false',
  DB_POOL_SIZE: '10',
});
const db = createDatabase({ url: database.url, poolSize: config.DB_POOL_SIZE, connectTimeoutMs: 5000, statementTimeoutMs: 20000 });
// The clock stands in the reference procedure's open period, so intake, stages and interviews have something to do.
const clock = new FixedClock(new Date('2025-12-22T10:00:00+01:00'));
const app = await buildApp({ config, ...databaseParts(db), clock, logger: false });
const base = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');

async function call<T = Record<string, unknown>>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(base + url, {
    method,
    headers: { authorization: `Bearer ${adminKey}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`seed ${method} ${url}: ${res.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : {}) as T;
}

/**
 * A fresh procedure in its open period with one of everything the routes
 * name: the reference procedure's data (src/domain/reference-procedure.ts) through the
 * API, the states it cannot reach at this date written straight into the
 * database, as test/integration/hostile-inputs.test.ts does.
 */
async function seed(round: number) {
  clock.set('2025-12-19T09:00:00+01:00');
  const client = await call<{ id: string }>('POST', '/v1/clients', { name: `IPO ronde ${round}` });
  const procedure = await call<{ id: string; version: number }>('POST', '/v1/procedures', {
    ...ipoProcedure,
    reference: `IPO-ATTACK-${round}`,
    clientId: client.id,
  });
  const timeline = await call<{ version: number }>('PUT', `/v1/procedures/${procedure.id}/timeline`, ipoTimeline);
  await call('PATCH', `/v1/procedures/${procedure.id}`, { phase: 'open' }, { 'if-match': `"${timeline.version}"` });
  clock.set('2025-12-22T10:00:00+01:00');
  const form = new FormData();
  for (const [k, v] of Object.entries({ firstName: 'Sanne', lastName: 'van der Berg', email: `sanne.${round}@example.nl`, source: 'open_call' }))
    form.append(k, v);
  form.append('motivation', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'motivatie.pdf');
  form.append('cv', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'cv.pdf');
  const formRes = await fetch(`${base}/v1/procedures/${procedure.id}/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminKey}` },
    body: form,
  });
  if (formRes.status !== 201) throw new Error(`seed application: ${formRes.status} ${await formRes.text()}`);
  const application = (await formRes.json()) as { id: string; candidate: { id: string } };
  const member = await call<{ id: string }>('POST', `/v1/procedures/${procedure.id}/committee`, {
    name: 'Anna de Boer',
    email: `a.deboer.${round}@example.org`,
    role: 'chair',
  });
  const committee = await call<{ token: string }>('POST', `/v1/procedures/${procedure.id}/committee/${member.id}/api-key`);
  const consultant = await call<{ id: string; token: string }>('POST', '/v1/api-keys', { name: `attack consultant ${round}`, role: 'consultant' });
  const scheduler = await call<{ token: string }>('POST', '/v1/api-keys', { name: `attack scheduler ${round}`, role: 'scheduler' });
  const person = await call<{ id: string }>('POST', '/v1/users', { name: 'Anna de Vries', email: `anna.${round}@agency.example`, role: 'consultant' });
  const integration = await call<{ token: string }>('POST', '/v1/api-keys', { name: `attack integration ${round}`, role: 'admin', actOnBehalf: true });
  const inquiry = await call<{ id: string }>('POST', '/v1/inquiries', {
    channel: 'email',
    fromName: 'Jan de Vries',
    fromEmail: 'jan.devries@example.nl',
    subject: 'Vraag over de standplaats',
    procedureId: procedure.id,
  });
  const webhook = await call<{ id: string }>('POST', '/v1/webhooks', { url: 'http://127.0.0.1:9/hooks', eventTypes: ['application.received'] });
  const consent = await call<{ id: string }>('POST', `/v1/candidates/${application.candidate.id}/consents`, {
    kind: 'retention',
    scope: 'Keep my CV for a year',
  });
  const dsr = await call<{ id: string }>('POST', '/v1/data-subject-requests', { candidateId: application.candidate.id, kind: 'access' });
  const prisma = db.prisma;
  const now = clock.now();
  const candidate = await prisma.candidate.create({
    data: { firstName: 'Eva', lastName: `Smit ${round}`, email: `eva.${round}@example.nl`, source: 'open_call', createdAt: now, updatedAt: now },
  });
  const nominee = await prisma.application.create({
    data: {
      procedureId: procedure.id,
      candidateId: candidate.id,
      source: 'open_call',
      stage: 'nominated',
      receivedAt: now,
      completedAt: now,
      createdAt: now,
      updatedAt: now,
    },
  });
  const interview = await prisma.interview.create({
    data: {
      procedureId: procedure.id,
      applicationId: nominee.id,
      kind: 'committee',
      startsAt: new Date('2026-01-20T10:00:00+01:00'),
      endsAt: new Date('2026-01-20T11:00:00+01:00'),
      location: 'den_haag',
      status: 'scheduled',
      panel: { create: [{ memberId: member.id }] },
    },
  });
  await call('POST', `/v1/applications/${nominee.id}/reference-consent`, { scope: 'Two referees named by the candidate' }).catch(() => undefined);
  const reference = await prisma.referenceCheck.create({
    data: { applicationId: nominee.id, refereeName: 'Kees Referent', relation: 'former manager', contact: 'kees@example.nl' },
  });
  ids = {
    clientId: client.id,
    procedureId: procedure.id,
    candidateId: application.candidate.id,
    applicationId: application.id,
    memberId: member.id,
    keyId: consultant.id,
    inquiryId: inquiry.id,
    webhookId: webhook.id,
    consentId: consent.id,
    requestId: dsr.id,
    interviewId: interview.id,
    referenceId: reference.id,
    nomineeId: nominee.id,
    userId: person.id,
  };
  auths = {
    integration: `Bearer ${integration.token}`,
    admin: `Bearer ${adminKey}`,
    consultant: `Bearer ${consultant.token}`,
    scheduler: `Bearer ${scheduler.token}`,
    committee: `Bearer ${committee.token}`,
  };
}

/** The nominee's id for the routes about the nominee, the applicant's otherwise. */
function withRouteIds(op: Operation) {
  const nomineeRoute = /\/(offer|reference-consent|references)\b/.test(op.path) || /appointment/.test(op.path);
  return nomineeRoute ? { ...ids, applicationId: ids.nomineeId! } : ids;
}

// ---------------------------------------------------------------------------
// The run: rounds of requests on a fresh seed, operations in random order,
// CONCURRENCY at a time.
// ---------------------------------------------------------------------------
const ROUND = 1500;
let round = 0;
let exitCode = 0;
try {
  await seed(round);
  console.log(
    `attack: ${operations.length} operations, seed ${SEED}, up to ${MAX_REQUESTS} requests${Number.isFinite(DEADLINE) ? ` or ${args.duration} s` : ''}, ${CONCURRENCY} at a time`,
  );
  let issued = 0;
  let reseedAt = ROUND;
  while (issued < MAX_REQUESTS && Date.now() < DEADLINE) {
    if (issued >= reseedAt) {
      await seed(++round);
      reseedAt += ROUND;
    }
    const batch = Math.min(CONCURRENCY, MAX_REQUESTS - issued);
    const builtBatch: Built[] = [];
    for (let i = 0; i < batch; i++) {
      const op = pick(operations);
      const saved = ids;
      ids = withRouteIds(op);
      builtBatch.push(build(op));
      ids = saved;
    }
    issued += batch;
    // The clock wanders over the procedure's dates, so date rules see every phase.
    if (chance(0.02))
      clock.set(
        pick(['2025-12-22T10:00:00+01:00', '2026-01-08T10:00:00+01:00', '2026-01-16T10:00:00+01:00', '2026-01-20T10:00:00+01:00', '2026-03-01T10:00:00+01:00']),
      );
    await Promise.all(builtBatch.map((b) => send(base, b)));
    if (Math.floor(issued / 5000) !== Math.floor((issued - batch) / 5000)) {
      console.error(`attack: ${issued} requests, ${[...failures.values()].reduce((n, g) => n + g.count, 0)} failing so far`);
    }
  }
} catch (error) {
  console.error(`attack: could not run: ${(error as Error).stack ?? error}`);
  exitCode = 2;
} finally {
  await app.close();
  await db.close();
  await database.close();
}

const seconds = (Date.now() - started) / 1000;
console.log(`\n${sent} requests in ${seconds.toFixed(0)} s (${round + 1} seeded procedure${round ? 's' : ''}), seed ${SEED}`);
console.log(
  'by status: ' +
    [...byStatus.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}: ${n}`)
      .join(', '),
);
if (tolerated.size > 0) {
  const byCode = new Map<string, { n: number; ops: string[] }>();
  for (const [key, n] of tolerated) {
    const [status, op] = key.split(' ') as [string, string];
    const entry = byCode.get(status) ?? { n: 0, ops: [] };
    entry.n += n;
    entry.ops.push(op);
    byCode.set(status, entry);
  }
  for (const [status, { n, ops }] of byCode) {
    console.log(
      `undeclared but let through (ALLOWED_UNDECLARED): ${status} x${n} on ${ops.length} operations (${ops.slice(0, 6).join(', ')}${ops.length > 6 ? ', …' : ''})`,
    );
  }
}
if (failures.size === 0 && exitCode === 0) {
  console.log('no failures');
} else {
  const groups = [...failures.values()].sort((a, b) => b.count - a.count);
  const total = groups.reduce((n, g) => n + g.count, 0);
  console.log(`\n${total} failing responses in ${groups.length} groups:`);
  for (const { failure, count } of groups) {
    console.log(`\n[${failure.kind}] ${failure.op} -> ${failure.status} (x${count})\n  ${failure.detail}\n  e.g. ${failure.example}`);
  }
  exitCode = exitCode || 1;
}
process.exit(exitCode);
