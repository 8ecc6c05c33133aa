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
  return text
    .replace(PG_KEY_VALUE, '$1[value]$2')
    .replace(PG_INPUT_VALUE, '$1"[value]"')
    .replace(EMAIL, '[email]')
    .replace(PHONE, '[phone]');
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
