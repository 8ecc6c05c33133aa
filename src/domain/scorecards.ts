import type { RuleChecks, RuleFailure } from './rules.js';

/**
 * Scorecards of the interview round (docs/procedure.md, "Selection funnel":
 * a scorecard per interviewer, criteria from the profile, rating 1-5 with
 * notes). Averages are exact: scores are integers, so an average is computed
 * in integer hundredths and rounded half up, never through a float.
 */

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export const OVERALL_ADVICE = ['strongly_recommend', 'recommend', 'doubt', 'not_recommend'] as const;
export type OverallAdvice = (typeof OVERALL_ADVICE)[number];

/**
 * Every criterion of the profile must be rated, and nothing else:
 * - CRITERIA_MISSING names each profile criterion without a rating;
 * - CRITERIA_UNKNOWN names each rated key that is not in the profile.
 * Both are reported at once (path `ratings.<key>`).
 */
export function checkRatings(profileKeys: readonly string[], ratedKeys: readonly string[]): RuleChecks {
  const profile = new Set(profileKeys);
  const rated = new Set(ratedKeys);
  const missing = profileKeys.filter((k) => !rated.has(k));
  const unknown = ratedKeys.filter((k) => !profile.has(k));
  const failures: RuleFailure[] = [];
  if (missing.length > 0) {
    failures.push({
      code: 'CRITERIA_MISSING',
      message: `The scorecard does not rate ${missing.length === 1 ? 'the criterion' : 'the criteria'} ${missing.join(', ')} of the procedure's profile; rate every criterion from ${MIN_SCORE} to ${MAX_SCORE}.`,
      path: missing.length === 1 ? `ratings.${missing[0]}` : 'ratings',
    });
  }
  if (unknown.length > 0) {
    failures.push({
      code: 'CRITERIA_UNKNOWN',
      message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a criterion' : 'are not criteria'} of the procedure's profile (${profileKeys.join(', ') || 'no criteria'}).`,
      path: unknown.length === 1 ? `ratings.${unknown[0]}` : 'ratings',
    });
  }
  return failures.length > 0 ? { ok: false, failures } : { ok: true };
}

/**
 * The average of integer scores as a decimal string with two decimals,
 * rounded half up ("4.33" for 4, 4, 5; "4.50" for 4, 5), or null for none.
 */
export function averageOf(scores: readonly number[]): string | null {
  if (scores.length === 0) return null;
  let sum = 0n;
  for (const s of scores) {
    if (!Number.isInteger(s)) throw new Error(`not an integer score: ${s}`);
    sum += BigInt(s);
  }
  const count = BigInt(scores.length);
  // round(sum * 100 / count), half up, for non-negative sums.
  const hundredths = (sum * 200n + count) / (2n * count);
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

export interface Scorecard {
  ratings: Record<string, { score: number }>;
  overallAdvice: string;
}

export interface ScorecardSummary {
  scorecards: number;
  criteria: Array<{ key: string; average: string | null; count: number }>;
  /** The average over every rating of every scorecard. */
  overallAverage: string | null;
  advice: Record<OverallAdvice, number>;
}

/** Averages per criterion (in the profile's order) and the spread of advice over scorecards. */
export function summariseScorecards(profileKeys: readonly string[], cards: readonly Scorecard[]): ScorecardSummary {
  const all: number[] = [];
  const criteria = profileKeys.map((key) => {
    const scores = cards.map((c) => c.ratings[key]?.score).filter((s): s is number => typeof s === 'number');
    all.push(...scores);
    return { key, average: averageOf(scores), count: scores.length };
  });
  const advice = Object.fromEntries(OVERALL_ADVICE.map((a) => [a, 0])) as Record<OverallAdvice, number>;
  for (const card of cards) {
    if ((OVERALL_ADVICE as readonly string[]).includes(card.overallAdvice)) advice[card.overallAdvice as OverallAdvice] += 1;
  }
  return { scorecards: cards.length, criteria, overallAverage: averageOf(all), advice };
}
