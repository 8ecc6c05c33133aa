import type { FastifyInstance } from 'fastify';

type Json = Record<string, unknown>;
type Doc = { paths: Record<string, Record<string, Json>>; components: { responses?: Record<string, Json>; parameters?: Record<string, Json> } };

const REF = /^#\/components\/(responses|parameters|headers)\/(.+)$/;

function resolve(doc: Doc, value: Json | undefined): Json | undefined {
  const match = typeof value?.$ref === 'string' ? REF.exec(value.$ref) : null;
  if (!match) return value;
  const section = (doc.components as Record<string, Record<string, Json> | undefined>)[match[1]!];
  return section?.[match[2]!];
}

function documentedCodes(response: Json): string[] | undefined {
  const content = response.content as Record<string, { schema?: { allOf?: Json[] } }> | undefined;
  const schema = content?.['application/problem+json']?.schema;
  const own = schema?.allOf?.[1] as { properties?: { code?: { enum?: string[] } } } | undefined;
  return own?.properties?.code?.enum;
}

/**
 * Checks every answer the tests provoke against openapi.yaml as the app
 * generates it: each problem's status is documented for its operation and its
 * `code` is in that response's enum; ETag and Location are sent only where
 * documented. `assertKept` (called when the test app closes) fails the test
 * file on any mismatch.
 */
export function contractChecker() {
  const violations = new Set<string>();
  let doc: Doc | undefined;
  return {
    watch(app: FastifyInstance) {
      app.addHook('onSend', async (request, reply, payload) => {
        const url = request.routeOptions.url;
        if (!url) return payload;
        doc ??= app.swagger() as unknown as Doc;
        const path = url.replace(/:([A-Za-z]+)/g, '{$1}');
        const operation = doc.paths[path]?.[request.method.toLowerCase()] as { responses?: Record<string, Json> } | undefined;
        if (!operation) return payload;
        const where = `${request.method} ${path}`;
        const status = reply.statusCode;
        const response = resolve(doc, operation.responses?.[String(status)]);
        const type = String(reply.getHeader('content-type') ?? '');
        if (type.startsWith('application/problem+json') && status !== 500) {
          if (!response) {
            violations.add(`${where}: ${status} is not documented`);
          } else if (typeof payload === 'string') {
            const code = (JSON.parse(payload) as { code?: string }).code ?? '';
            const codes = documentedCodes(response);
            if (!codes?.includes(code)) violations.add(`${where}: ${status} ${code} is not among the documented codes`);
          }
        }
        if (status < 300 && response) {
          const headers = (response.headers ?? {}) as Record<string, unknown>;
          if (reply.getHeader('etag') !== undefined && !headers.ETag) violations.add(`${where}: ${status} sends ETag, undocumented`);
          if (reply.getHeader('location') !== undefined && !headers.Location) violations.add(`${where}: ${status} sends Location, undocumented`);
        }
        return payload;
      });
    },
    assertKept() {
      if (violations.size > 0) {
        throw new Error(`Answers that openapi.yaml does not document:\n${[...violations].sort().join('\n')}`);
      }
    },
  };
}
