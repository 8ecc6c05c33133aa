import { z } from 'zod';
import { MAX_SCORE, MIN_SCORE, OVERALL_ADVICE } from '../../domain/scorecards.js';
import { listQuery } from '../../lib/pagination.js';

const notes = z.string().trim().min(1).max(5000);
const average = z
  .string()
  .regex(/^\d\.\d{2}$/)
  .nullable()
  .describe('Exact average with two decimals, rounded half up ("4.33"); null without scores');

export const overallAdvice = z.enum(OVERALL_ADVICE).describe('strongly_recommend, recommend, doubt or not_recommend');

const rating = z.strictObject({
  score: z.number().int().min(MIN_SCORE).max(MAX_SCORE).describe(`${MIN_SCORE} (poor) to ${MAX_SCORE} (excellent)`),
  notes: notes.nullish(),
});

/** An evaluation's `ratings` JSON column as stored (notes may be left out; erasure sets them to null). */
export const storedRatings = z.record(z.string(), z.object({ score: z.number(), notes: z.string().nullish() }));

/** A procedure's `profile_criteria` JSON column as scorecards read it: keys and names, in order. */
export const storedCriteria = z.array(z.object({ key: z.string(), name: z.string() }));

export const evaluationInput = z.strictObject({
  memberId: z
    .uuid()
    .optional()
    .describe(
      'The panel member whose scorecard this is. A committee key submits its own (and may leave this out); an agency key submits on behalf of a member and must give it.',
    ),
  ratings: z
    .record(z.string().min(1).max(100), rating)
    .describe("One rating per criterion of the procedure's profile, keyed by the criterion's key; every criterion and nothing else"),
  overallAdvice,
  notes: notes.nullish(),
});

export const evaluation = z
  .object({
    id: z.uuid(),
    interviewId: z.uuid(),
    applicationId: z.uuid(),
    procedureId: z.uuid(),
    member: z.object({ id: z.uuid(), name: z.string(), role: z.string() }),
    ratings: z.record(z.string(), z.object({ score: z.number().int(), notes: z.string().nullable() })),
    overallAdvice,
    notes: z.string().nullable(),
    submittedAt: z.string(),
  })
  .meta({
    id: 'Evaluation',
    example: {
      id: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a',
      interviewId: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e',
      applicationId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      member: { id: '3c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f', name: 'Anna de Boer', role: 'chair' },
      ratings: { academic: { score: 4, notes: 'Sharp analysis of the BIJ12 tasks.' } },
      overallAdvice: 'recommend',
      notes: null,
      submittedAt: '2026-01-20T11:15:00.000Z',
    },
  });

export const evaluationList = z
  .object({
    items: z.array(evaluation),
    nextCursor: z.string().nullable(),
    othersVisible: z
      .boolean()
      .describe('False for a committee member who has not submitted their own scorecard for this interview: they see only their own until they do'),
  })
  .meta({ id: 'EvaluationList' });

export const evaluationListQuery = listQuery.omit({ updatedSince: true });

const criterionAverage = z.object({ key: z.string(), average, count: z.number().int() });

export const evaluationSummary = z
  .object({
    procedureId: z.uuid(),
    criteria: z.array(z.object({ key: z.string(), name: z.string() })).describe("The procedure's profile, in order"),
    items: z.array(
      z.object({
        applicationId: z.uuid(),
        candidate: z.object({ id: z.uuid(), firstName: z.string().nullable(), lastName: z.string().nullable() }),
        stage: z.string(),
        interviews: z.number().int().describe('Committee interviews held or planned, not cancelled'),
        scorecards: z.number().int(),
        criteria: z.array(criterionAverage),
        overallAverage: average.describe('Average over every rating of every scorecard'),
        advice: z.record(z.string(), z.number().int()).describe('How many scorecards gave each overall advice'),
      }),
    ),
  })
  .meta({ id: 'EvaluationSummary' });

export type EvaluationInput = z.infer<typeof evaluationInput>;
export type EvaluationListQuery = z.infer<typeof evaluationListQuery>;
