import fp from 'fastify-plugin';
import { AppError, type FieldError } from '../lib/errors.js';

/**
 * PostgreSQL text cannot hold U+0000, and jsonb (the audit trail) refuses
 * unpaired UTF-16 surrogates, so a JSON string such as "a\u0000b" would
 * fail in the database with a 500 after the request was accepted. Such text
 * is no person's name or note: it is refused up front with 400, naming the
 * field.
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasUnstorableText(value: string): boolean {
  return UNSTORABLE.test(value);
}

const MESSAGE = 'contains a character that cannot be stored (U+0000 or an unpaired surrogate)';
const MAX_ERRORS = 10;

interface Node {
  value: unknown;
  key: string;
  parent: Node | null;
}

function pathOf(node: Node): string {
  const parts: string[] = [];
  for (let n: Node | null = node; n; n = n.parent) parts.push(n.key);
  return parts.reverse().join('.');
}

/** Every string (and object key) below `root`, walked without recursion: bodies may nest deeply. */
export function unstorableText(root: unknown, rootKey: string): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Node[] = [{ value: root, key: rootKey, parent: null }];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === 'string') {
      if (hasUnstorableText(value)) errors.push({ path: pathOf(node), message: MESSAGE, code: 'invalid_text' });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: String(i), parent: node });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childNode = { value: child, key, parent: node };
        if (hasUnstorableText(key)) {
          errors.push({ path: pathOf({ value: child, key: JSON.stringify(key).slice(1, -1), parent: node }), message: MESSAGE, code: 'invalid_text' });
        }
        stack.push(childNode);
      }
    }
  }
  return errors;
}

export const textGuardPlugin = fp(
  async (app) => {
    app.addHook('preValidation', async (request) => {
      const errors = [...unstorableText(request.query, 'query'), ...unstorableText(request.params, 'params')];
      // JSON bodies only: a multipart form or a raw PDF is read by its handler.
      if (typeof request.body === 'string' || (request.body !== null && typeof request.body === 'object' && !Buffer.isBuffer(request.body))) {
        errors.push(...unstorableText(request.body, 'body'));
      }
      if (errors.length > 0) {
        throw new AppError(400, 'VALIDATION_FAILED', `The request is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, {
          errors,
        });
      }
    });
  },
  { name: 'text-guard' },
);
