import { describe, expect, it } from 'vitest';
import { PathVocabulary, scrubError, scrubText } from '../../src/lib/log-scrub.js';

describe('scrubText', () => {
  it('removes e-mail addresses and phone numbers', () => {
    expect(scrubText('mail jan.de-vries+cv@example.co.uk or call +31 6 12345678 / 0612345678')).toBe('mail [email] or call [phone] / [phone]');
  });

  it('keeps ids, dates and numbers that are not phone numbers', () => {
    const text = 'procedure 0b8f3c2e-6c1d-4a57-9d7e-000000000000 on 2026-01-05T10:00:00Z, 17 items, 7943.51, port 54329';
    expect(scrubText(text)).toBe(text);
  });

  it('removes the values PostgreSQL quotes', () => {
    expect(scrubText('Key (name)=(Jan Jansen) already exists.')).toBe('Key (name)=([value]) already exists.');
    expect(scrubText('invalid input syntax for type uuid: "Jan Jansen"')).toBe('invalid input syntax for type uuid: "[value]"');
  });
});

describe('scrubError', () => {
  it('keeps type, message and stack frames without personal data, also in causes and properties', () => {
    const cause = Object.assign(new Error('duplicate key: Key (email)=(jan@example.org)'), { detail: 'call 0612345678' });
    const error = new Error('failed for jan@example.org', { cause });
    const out = scrubError(error) as Record<string, unknown>;
    expect(out.type).toBe('Error');
    expect(out.message).toBe('failed for [email]');
    expect(String(out.stack)).toMatch(/^Error: failed for \[email\]\n\s+at /);
    expect(out.cause).toMatchObject({ message: 'duplicate key: Key (email)=([value])', detail: 'call [phone]' });
    expect(JSON.stringify(out)).not.toMatch(/jan@|0612345678/);
  });

  it("shortens a Prisma invocation message to where and why, without the call's arguments", () => {
    class PrismaClientValidationError extends Error {
      override name = 'PrismaClientValidationError';
    }
    const message = [
      '',
      'Invalid `db.prisma.candidate.create()` invocation in',
      '/app/src/modules/candidates/candidates.service.ts:7:28',
      '',
      '→ 7   await db.prisma.candidate.create({',
      '        data: {',
      '          firstName: "Jan",',
      '          lastName: "Jansen",',
      '          createdAt: new Date("Invalid Date")',
      '        }',
      '      })',
      '',
      'Invalid value for argument `createdAt`: Provided Date object is invalid. Expected Date.',
    ].join('\n');
    const out = scrubError(new PrismaClientValidationError(message)) as Record<string, unknown>;
    expect(out.type).toBe('PrismaClientValidationError');
    expect(out.message).toBe(
      'Invalid `db.prisma.candidate.create()` invocation in /app/src/modules/candidates/candidates.service.ts:7:28: Invalid value for argument `createdAt`: Provided Date object is invalid. Expected Date.',
    );
    expect(JSON.stringify(out)).not.toMatch(/Jansen|"Jan"/);
  });

  it('passes plain objects through, scrubbed', () => {
    expect(scrubError({ message: 'connect ECONNREFUSED 127.0.0.1:5432' })).toEqual({ message: 'connect ECONNREFUSED 127.0.0.1:5432' });
  });
});

describe('PathVocabulary.scrubUrl', () => {
  const vocabulary = new PathVocabulary();
  vocabulary.addRoute('/v1/candidates/:candidateId/export');
  vocabulary.addRoute('/v1/procedures/:procedureId/stages/:stage/close');
  vocabulary.addValues(['preselection', 'rejected']);
  const id = '0b8f3c2e-6c1d-4a57-9d7e-000000000000';

  it('keeps ids, route words, enumeration values, small numbers and parameter names', () => {
    expect(vocabulary.scrubUrl(`/v1/candidates/${id}/export`)).toBe(`/v1/candidates/${id}/export`);
    expect(vocabulary.scrubUrl(`/v1/procedures/${id}/stages/preselection/close?stage=rejected&limit=20&answered=true`)).toBe(
      `/v1/procedures/${id}/stages/preselection/close?stage=rejected&limit=20&answered=true`,
    );
  });

  it('redacts any other path segment or parameter value: names, e-mail addresses, phone numbers, dates, cursors', () => {
    expect(vocabulary.scrubUrl('/v1/candidates/jan.jansen%40example.org')).toBe('/v1/candidates/[redacted]');
    expect(vocabulary.scrubUrl('/v1/candidates/Jan%20Jansen/export')).toBe('/v1/candidates/[redacted]/export');
    expect(vocabulary.scrubUrl('/v1/candidates?q=Jan+Jansen&email=jan@example.org&phone=0612345678&updatedSince=1980-02-03&cursor=eyJrIjoxfQ')).toBe(
      '/v1/candidates?q=[redacted]&email=[redacted]&phone=[redacted]&updatedSince=[redacted]&cursor=[redacted]',
    );
    expect(vocabulary.scrubUrl('/v1/candidates?jan@example.org=1&Jan%20Jansen')).toBe('/v1/candidates?[redacted]=1&[redacted]');
  });
});
