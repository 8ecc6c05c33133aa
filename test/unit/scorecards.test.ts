import { describe, expect, it } from 'vitest';
import { averageOf, checkRatings, summariseScorecards } from '../../src/domain/scorecards.js';

const profile = ['academic', 'leadership-execution', 'change', 'processes', 'leadership-style'];

describe('checkRatings', () => {
  it('accepts a rating of every criterion in any order', () => {
    expect(checkRatings(profile, [...profile].reverse())).toEqual({ ok: true });
  });

  it('names every missing and every unknown criterion at once', () => {
    const result = checkRatings(profile, ['academic', 'change', 'charisma']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failures.map((f) => f.code)).toEqual(['CRITERIA_MISSING', 'CRITERIA_UNKNOWN']);
    expect(result.failures[0]!.message).toContain('leadership-execution, processes, leadership-style');
    expect(result.failures[1]).toMatchObject({ path: 'ratings.charisma' });
    expect(result.failures[1]!.message).toContain('charisma is not a criterion');
  });
});

describe('averageOf', () => {
  it('gives two decimals, rounded half up, without floats', () => {
    expect(averageOf([4, 4, 5])).toBe('4.33');
    expect(averageOf([4, 5, 5])).toBe('4.67');
    expect(averageOf([4, 5])).toBe('4.50');
    expect(averageOf([3])).toBe('3.00');
    expect(averageOf([1, 1, 2, 2, 2, 2, 2, 2])).toBe('1.75');
    // 15 / 8 = 1.875 exactly: half up gives 1.88.
    expect(averageOf([1, 2, 2, 2, 2, 2, 2, 2])).toBe('1.88');
  });

  it('is null for no scores and refuses non-integers', () => {
    expect(averageOf([])).toBeNull();
    expect(() => averageOf([4.5])).toThrow();
  });
});

describe('summariseScorecards', () => {
  it('averages per criterion in profile order and counts the advice', () => {
    const card = (scores: number[], overallAdvice: string) => ({
      ratings: Object.fromEntries(profile.map((k, i) => [k, { score: scores[i]! }])),
      overallAdvice,
    });
    const summary = summariseScorecards(profile, [
      card([4, 3, 5, 2, 4], 'recommend'),
      card([4, 4, 4, 3, 5], 'strongly_recommend'),
      card([5, 3, 4, 3, 4], 'recommend'),
    ]);
    expect(summary.scorecards).toBe(3);
    expect(summary.criteria).toEqual([
      { key: 'academic', average: '4.33', count: 3 },
      { key: 'leadership-execution', average: '3.33', count: 3 },
      { key: 'change', average: '4.33', count: 3 },
      { key: 'processes', average: '2.67', count: 3 },
      { key: 'leadership-style', average: '4.33', count: 3 },
    ]);
    expect(summary.overallAverage).toBe('3.80');
    expect(summary.advice).toEqual({ strongly_recommend: 1, recommend: 2, doubt: 0, not_recommend: 0 });
  });

  it('has no averages without scorecards', () => {
    expect(summariseScorecards(['academic'], [])).toEqual({
      scorecards: 0,
      criteria: [{ key: 'academic', average: null, count: 0 }],
      overallAverage: null,
      advice: { strongly_recommend: 0, recommend: 0, doubt: 0, not_recommend: 0 },
    });
  });
});
