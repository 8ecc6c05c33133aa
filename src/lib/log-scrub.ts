/**
 * Keeps personal data out of logged errors. Request bodies are never logged,
 * but an unexpected error can carry values in its message: Prisma prints the
 * arguments of a failed call (names, e-mail addresses), PostgreSQL quotes the
 * value it refused.
 */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?<![\w-])(?:\+|0)\d(?:[\s-]?\d){7,}(?![\w-])/g;

// PostgreSQL's own wording around a refused value.
const PG_KEY_VALUE = /(Key \([^)]*\)=\()[^)]*(\))/g;
const PG_INPUT_VALUE = /(invalid input (?:syntax|value) for [^:]+: )"[^"]*"/g;

export function scrubText(text: string): string {
  return text.replace(PG_KEY_VALUE, '$1[value]$2').replace(PG_INPUT_VALUE, '$1"[value]"').replace(EMAIL, '[email]').replace(PHONE, '[phone]');
}

/**
 * A Prisma "Invalid `x()` invocation" message quotes the source and the call's
 * arguments; only where it happened (first lines) and why (last line) are kept.
 */
function withoutPrismaArguments(message: string): string {
  const lines = message.trim().split('\n');
  if (!/^Invalid `[^`]+` invocation/.test(lines[0] ?? '')) return message;
  const head = lines[0]!.endsWith('invocation in') && lines[1] ? `${lines[0]} ${lines[1]}` : lines[0]!;
  const reason = lines[lines.length - 1]!.trim();
  return `${head.replace(/:$/, '')}: ${reason}`;
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, depth + 1)]));
}

/** pino `err` serializer: type, message, stack and own properties, scrubbed. */
export function scrubError(err: unknown): unknown {
  if (!(err instanceof Error)) return scrubDeep(err);
  const message = scrubText(withoutPrismaArguments(err.message));
  const frames = (err.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const own: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(err)) {
    if (key !== 'message' && key !== 'stack') own[key] = value;
  }
  const out: Record<string, unknown> = {
    type: err.constructor?.name ?? err.name,
    message,
    stack: [`${err.name}: ${message}`, ...frames].join('\n'),
    ...(scrubDeep(own) as Record<string, unknown>),
  };
  if (err.cause !== undefined) out.cause = scrubError(err.cause);
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SMALL_NUMBER = /^\d{1,4}$/;
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9_.[\]-]{0,63}$/;

/**
 * The words a logged path or query may keep: the static segments of the
 * registered routes (`v1`, `candidates`, `export`) and the values of the
 * API's enumerations. Everything else a caller can type (a name, an e-mail
 * address, a search term, a date) is logged as `[redacted]`.
 */
export class PathVocabulary {
  private readonly words = new Set<string>(['true', 'false']);

  addRoute(url: string) {
    for (const segment of url.split('/')) {
      if (segment && !segment.startsWith(':') && !segment.includes('*') && !segment.includes(':')) this.words.add(segment);
    }
  }

  addValues(values: Iterable<string>) {
    for (const v of values) this.words.add(v);
  }

  private keeps(value: string) {
    return this.words.has(value) || UUID.test(value) || SMALL_NUMBER.test(value);
  }

  /** `url` with each path segment and query value that is not an id or a known word replaced by `[redacted]`. */
  scrubUrl(url: string): string {
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const query = q === -1 ? null : url.slice(q + 1);
    // Most paths (ids and route words) carry nothing to decode: they are looked up as sent.
    const decode = (s: string) => {
      if (!s.includes('%') && !s.includes('+')) return s;
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    const scrubbedPath = path
      .split('/')
      .map((segment) => (segment === '' || this.keeps(decode(segment)) ? segment : '[redacted]'))
      .join('/');
    if (query === null) return scrubbedPath;
    const params = query
      .split('&')
      .filter((p) => p !== '')
      .map((pair) => {
        const eq = pair.indexOf('=');
        const name = decode(eq === -1 ? pair : pair.slice(0, eq));
        const value = eq === -1 ? null : decode(pair.slice(eq + 1));
        const safeName = PLAIN_NAME.test(name) ? name : '[redacted]';
        if (value === null) return safeName;
        return `${safeName}=${this.keeps(value) ? value : '[redacted]'}`;
      });
    return params.length > 0 ? `${scrubbedPath}?${params.join('&')}` : scrubbedPath;
  }
}
