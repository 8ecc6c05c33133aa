import { expect, it } from 'vitest';

// Deliberately red. Outside the normal test glob: `.ci/run` runs it through
// `npm test` (PT_SELFTEST=always-fails) and fails unless npm test exits non-zero.
it('fails on purpose, to prove that a red suite makes npm test exit non-zero', () => {
  expect(1).toBe(2);
});
