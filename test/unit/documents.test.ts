import { describe, expect, it } from 'vitest';
import { isComplete, missingDocuments } from '../../src/domain/documents.js';

describe('application documents', () => {
  it('lists the missing kinds in their declared order', () => {
    expect(missingDocuments([])).toEqual(['motivation', 'cv']);
    expect(missingDocuments(['cv'])).toEqual(['motivation']);
    expect(missingDocuments(['motivation'])).toEqual(['cv']);
    expect(missingDocuments(['cv', 'motivation', 'cv'])).toEqual([]);
  });

  it('is complete only with both documents', () => {
    expect(isComplete([])).toBe(false);
    expect(isComplete(['motivation', 'motivation'])).toBe(false);
    expect(isComplete(new Set(['cv', 'motivation']))).toBe(true);
  });
});
