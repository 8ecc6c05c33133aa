import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { quoteLiteral } from '../../src/db/sql.js';

describe('quoteLiteral', () => {
  it("writes every string as pg's escapeLiteral does", () => {
    // Strings rich in the characters that matter: quotes, backslashes, and others around them.
    const text = fc.string({ unit: fc.constantFrom("'", '\\', '"', 'a', 'é', '\n', ' ', '{', '}', ','), maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(text, fc.string(), fc.json()), (value) => {
        expect(quoteLiteral(value)).toBe(pg.escapeLiteral(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes the plain, doubles quotes, and writes an E literal with a backslash', () => {
    expect(quoteLiteral('plain')).toBe("'plain'");
    expect(quoteLiteral("it's")).toBe("'it''s'");
    expect(quoteLiteral("a\\b'c")).toBe(" E'a\\\\b''c'");
    expect(quoteLiteral('')).toBe("''");
  });
});
