import { describe, expect, it } from 'vitest';
import { erasureAssignments, PERSONAL_KEYS, redactMentions, redactPersonal } from '../../src/domain/personal-data.js';

describe('redactPersonal', () => {
  it('replaces the values of personal keys at any depth, keeping ids, codes and the shape of audit changes', () => {
    const payload = {
      interviewId: 'i-1',
      kind: 'committee',
      before: { location: 'den_haag', locationDetail: 'Kamer van Jan', panel: ['m-1'] },
      after: { location: 'other', locationDetail: null },
      changes: { relation: { from: null, to: 'former manager' }, refereeName: { to: 'Karel' } },
      ratings: { academic: { score: 4, notes: 'Sterk' } },
    };
    expect(redactPersonal(payload)).toEqual({
      interviewId: 'i-1',
      kind: 'committee',
      before: { location: 'den_haag', locationDetail: '[personal data]', panel: ['m-1'] },
      after: { location: 'other', locationDetail: null },
      changes: { relation: { from: null, to: '[personal data]' }, refereeName: { to: '[personal data]' } },
      ratings: { academic: { score: 4, notes: '[personal data]' } },
    });
  });

  it('knows the API names of the candidate columns', () => {
    for (const key of ['firstName', 'email', 'phone', 'locationDetail', 'relation', 'contact', 'sha256', 'fromName', 'subject', 'scope', 'agencyMotivation']) {
      expect(PERSONAL_KEYS.has(key), key).toBe(true);
    }
    for (const key of ['candidateId', 'kind', 'location', 'outcome', 'stage', 'history', 'ratings']) expect(PERSONAL_KEYS.has(key), key).toBe(false);
  });
});

describe('redactMentions', () => {
  it('replaces whole names and the e-mail address in any case, the full name as one', () => {
    const terms = ['Anna', 'de Vries', 'anna@example.nl', 'Anna de Vries'];
    expect(redactMentions('Verder met Anna de Vries (anna@example.nl); ANNA past goed, Annabel niet.', terms)).toBe(
      'Verder met [erased] ([erased]); [erased] past goed, Annabel niet.',
    );
    expect(redactMentions('Geen namen.', [null, '', 'x'])).toBe('Geen namen.');
  });
});

describe('erasureAssignments', () => {
  it('sets the candidate columns of a table and leaves codes alone', () => {
    expect(erasureAssignments('reference_checks')).toEqual([
      `"referee_name" = '[erased]'`,
      `"relation" = '[erased]'`,
      '"contact" = NULL',
      '"notes" = NULL',
      '"resolution_note" = NULL',
    ]);
  });
});
