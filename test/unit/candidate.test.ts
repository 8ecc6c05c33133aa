import { describe, expect, it } from 'vitest';
import { CANDIDATE_FIELDS, CANDIDATE_PERSONAL_FIELDS, CANDIDATE_PROFILE_FIELDS, fieldMask, without } from '../../src/domain/candidate.js';

describe('candidate fields', () => {
  it('treats every field but the source as personal', () => {
    expect(CANDIDATE_PERSONAL_FIELDS).not.toContain('source');
    expect(CANDIDATE_PERSONAL_FIELDS).toHaveLength(CANDIDATE_FIELDS.length - 1);
  });

  it('shows the profile without the source and the notes, in the declared order', () => {
    expect(CANDIDATE_PROFILE_FIELDS).toEqual(['firstName', 'lastName', 'email', 'phone', 'city', 'currentPosition', 'currentOrganisation', 'linkedinUrl']);
  });

  it('drops fields keeping the order, and masks a selection', () => {
    expect(without(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(fieldMask(['firstName', 'city'])).toEqual({ firstName: true, city: true });
  });
});
