import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../src/lib/problem-codes.js';

// Upper-case literals of the sources that are not the `code` of a problem.
const NOT_PROBLEM_CODES = new Set([
  'DATABASE_URL',
  'PG_VERSION',
  'CLOCK_START',
  'FST_ERR_BAD_URL',
  'FST_ERR_MAX_PARAM_LENGTH',
  // 500s: a bug or a lost file, never a documented answer.
  'INTERNAL_ERROR',
  'DOCUMENT_CONTENT_MISSING',
  // No route: there is no operation to document it on.
  'ROUTE_NOT_FOUND',
  // The fallback of ruleError when a rule names no code.
  'RULE_BROKEN',
  // Conditions of an appointment: `errors[].code` under APPOINTMENT_CONDITIONS_NOT_MET.
  'AFTER_DEADLINE',
  'DECISION_IN_FUTURE',
  'NEGATIVE_REFERENCE',
  'NOMINEE_AMBIGUOUS',
  'NO_NOMINEE',
  'OFFER_NOT_ACCEPTED',
  'REFERENCES_INCOMPLETE',
  'REFERENCES_MISSING',
  'UNRESOLVED_CONCERNS',
  // A webhook delivery refused by the target policy: recorded on the delivery, never an HTTP answer.
  'WEBHOOK_TARGET_REFUSED',
  // Node's own error codes, matched to answer with a problem.
  'EAI_AGAIN',
  'EAI_NODATA',
  'EAI_NONAME',
  'ERR_HTTP_REQUEST_TIMEOUT',
  'HPE_CHUNK_EXTENSIONS_OVERFLOW',
  'HPE_HEADER_OVERFLOW',
  'ERR_MODULE_NOT_FOUND',
  // Environment variable names.
  'LOG_LEVEL',
  'NODE_ENV',
]);

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map(async (e) =>
      e.isDirectory() ? (e.name === 'generated' ? [] : sources(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    ),
  );
  return files.flat();
}

describe('the catalogue of problem codes (src/lib/problem-codes.ts)', () => {
  it('lists every code the sources can send', async () => {
    const known = new Set<string>(Object.values(PROBLEM_CODES).flat());
    const missing = new Set<string>();
    for (const file of await sources(new URL('../../src', import.meta.url).pathname)) {
      const text = await readFile(file, 'utf8');
      for (const [, code] of text.matchAll(/'([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)'/g)) {
        if (!known.has(code!) && !NOT_PROBLEM_CODES.has(code!)) missing.add(`${code} (${file})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
