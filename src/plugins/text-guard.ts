import fp from 'fastify-plugin';
import { AppError, type FieldError } from '../lib/errors.js';
import { hasUnstorableText } from '../lib/unstorable-text.js';

/**
 * Text PostgreSQL cannot store is refused up front with 400, naming the
 * field (hasUnstorableText, src/lib/unstorable-text.ts). So are control
 * characters, bidirectional overrides and U+FFFD (see textProblem): stored,
 * they would disguise or damage what others read.
 */
const MESSAGE = 'contains a character that cannot be stored (U+0000 or an unpaired surrogate)';
const MAX_ERRORS = 10;

/**
 * Free-text fields that may run over several lines: in these (and only
 * these) a tab, newline or carriage return is text. Everywhere else (names,
 * titles, e-mail addresses, query parameters) it is refused like every other
 * control character.
 */
const MULTI_LINE_FIELDS = new Set([
  'justification',
  'notes',
  'note',
  'description',
  'scope',
  'reason',
  'resolutionNote',
  'agencyMotivation',
  'motivation',
  'comments',
  'comment',
  'summary',
  'feedback',
  'remarks',
  'message',
  'text',
]);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
// Embedding and override marks (U+202A-U+202E) and isolates (U+2066-U+2069)
// reorder how text around them is shown: a name could show as another.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
// What a decoder puts where the bytes were not valid UTF-8: the text is already damaged.
const REPLACEMENT = /\ufffd/;

/** Why `value`, the text of field `key`, is refused; null when it is acceptable. */
export function textProblem(value: string, key: string): string | null {
  if (hasUnstorableText(value)) return MESSAGE;
  if (REPLACEMENT.test(value)) {
    return 'contains U+FFFD, the mark of bytes that were not valid UTF-8; send the text as UTF-8';
  }
  if (BIDI_CONTROL.test(value)) {
    return 'contains a bidirectional embedding, override or isolate character (U+202A-U+202E, U+2066-U+2069), which is not allowed';
  }
  if (CONTROL.test(value)) return 'contains a control character, which is not allowed';
  if (LINE_BREAK_OR_TAB.test(value) && !MULTI_LINE_FIELDS.has(key)) {
    return 'contains a line break or tab; this field is one line of text';
  }
  return null;
}

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

/** Every string (and object key) below `root` that is refused, named by its path; walked without recursion: bodies may nest deeply. */
export function unstorableText(root: unknown, rootKey: string): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Node[] = [{ value: root, key: rootKey, parent: null }];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === 'string') {
      const problem = textProblem(value, node.key);
      if (problem) errors.push({ path: pathOf(node), message: problem, code: 'invalid_text' });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: (value as unknown[])[i], key: String(i), parent: node });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        const childNode = { value: child, key, parent: node };
        const problem = textProblem(key, '');
        if (problem) {
          errors.push({ path: pathOf({ value: child, key: JSON.stringify(key).slice(1, -1), parent: node }), message: problem, code: 'invalid_text' });
        }
        stack.push(childNode);
      }
    }
  }
  return errors;
}

/** The 400 for text refused by textProblem, naming each field. */
export function invalidTextError(errors: FieldError[]): AppError {
  return new AppError(400, 'VALIDATION_FAILED', `The request is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, {
    errors,
  });
}

export const textGuardPlugin = fp(
  async (app) => {
    // A callback hook: nothing here waits, and every request passes through it.
    app.addHook('preValidation', (request, _reply, done) => {
      const errors = [...unstorableText(request.query, 'query'), ...unstorableText(request.params, 'params')];
      // JSON bodies only: a multipart form or a raw PDF is read by its handler.
      if (typeof request.body === 'string' || (request.body !== null && typeof request.body === 'object' && !Buffer.isBuffer(request.body))) {
        errors.push(...unstorableText(request.body, 'body'));
      }
      done(errors.length > 0 ? invalidTextError(errors) : undefined);
    });
  },
  { name: 'text-guard' },
);
