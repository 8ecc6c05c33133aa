import { z } from 'zod';
import { isValidLocalDate, isValidTimeZone } from '../../domain/local-time.js';
import { MONEY_RE } from '../../domain/money.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';
import { REFERENCE_TIMELINE, type MilestoneKey } from '../../domain/timeline.js';
import { REFERENCE_PROCEDURE } from '../../domain/reference-procedure.js';

/**
 * The calendar dates the rules compute with. The day after 9999-12-31 has no
 * four-digit date (a timeline ending there made the calendar feed fail with a
 * 500), and no procedure runs in another millennium.
 */
const FIRST_DATE = '1900-01-01';
const LAST_DATE = '2999-12-31';

export const localDate = z
  .string()
  .refine(isValidLocalDate, { message: 'must be a calendar date YYYY-MM-DD' })
  .refine((date) => !isValidLocalDate(date) || (date >= FIRST_DATE && date <= LAST_DATE), {
    message: `must lie between ${FIRST_DATE} and ${LAST_DATE}`,
  })
  .meta({ format: 'date', example: '2026-01-06' });

export const money = z.string().regex(MONEY_RE, 'must be a decimal amount in euros with two decimals, e.g. "7943.51"').meta({ example: '7943.51' });

export const percentage = z
  .string()
  .regex(/^(100\.00|\d{1,2}\.\d{2})$/, 'must be a percentage with two decimals, e.g. "21.82"')
  .meta({ example: '21.82' });

export const timeZone = z.string().refine(isValidTimeZone, { message: 'must be an IANA time zone such as Europe/Amsterdam' });

const salaryBound = z.strictObject({
  validFrom: localDate,
  minMonthly: money,
  maxMonthly: money,
});

const salary = z.strictObject({
  scale: z.string().trim().min(1).max(50),
  ikbPercentage: percentage.nullish(),
  bounds: z.array(salaryBound).min(1).max(20),
});

const criterion = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_-]{0,49}$/, 'must be a short lowercase key'),
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullish(),
});

/** The `profile_criteria` JSON column as stored (written from `criterion` above). */
export const storedProfile = z.array(z.object({ key: z.string(), name: z.string(), description: z.string().nullish() }));

const bounds = z.strictObject({ min: z.number().int().min(0).max(1000), max: z.number().int().min(1).max(1000) });

const stageBounds = z.strictObject({
  preselection: bounds.optional(),
  shortlist: bounds.optional(),
  nomination: z.strictObject({ max: z.literal(1) }).optional(),
});

export const phase = z.enum([
  'draft',
  'open',
  'closed',
  'preselection',
  'committee_review',
  'interviews',
  'nomination',
  'appointment',
  'completed',
  'cancelled',
]);

/** The written reason for changing a running procedure, kept in the audit trail (README, "Changing a running procedure"). */
const changeJustification = z
  .string()
  .max(2000)
  .optional()
  .describe(
    'Why a running procedure changes: needed (at least 20 characters) once it has opened, for every change but its reference; kept as the reason of the audit entry.',
  );

const procedureFields = {
  clientId: z.uuid(),
  title: z.string().trim().min(1).max(300),
  reference: z.string().trim().max(100).nullish(),
  timeZone: timeZone.optional(),
  hoursPerWeek: z.number().int().min(1).max(60),
  permanent: z.boolean().optional(),
  locations: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  salary: salary.nullish(),
  profile: z.array(criterion).max(30).optional(),
  stageBounds: stageBounds.optional(),
};

function checkProcedure(
  value: { salary?: z.infer<typeof salary> | null; profile?: z.infer<typeof criterion>[]; stageBounds?: z.infer<typeof stageBounds> },
  ctx: z.RefinementCtx,
) {
  value.salary?.bounds.forEach((b, i) => {
    if (Number(b.minMonthly) > Number(b.maxMonthly)) {
      ctx.addIssue({ code: 'custom', path: ['salary', 'bounds', i, 'maxMonthly'], message: 'must not be below minMonthly' });
    }
  });
  const froms = value.salary?.bounds.map((b) => b.validFrom) ?? [];
  if (new Set(froms).size !== froms.length) {
    ctx.addIssue({ code: 'custom', path: ['salary', 'bounds'], message: 'each validFrom may appear only once' });
  }
  const keys = value.profile?.map((c) => c.key) ?? [];
  if (new Set(keys).size !== keys.length) {
    ctx.addIssue({ code: 'custom', path: ['profile'], message: 'criterion keys must be unique' });
  }
  for (const stage of ['preselection', 'shortlist'] as const) {
    const b = value.stageBounds?.[stage];
    if (b && b.min > b.max) ctx.addIssue({ code: 'custom', path: ['stageBounds', stage, 'max'], message: 'must not be below min' });
  }
}

export const procedureInput = z.strictObject(procedureFields).superRefine(checkProcedure);

export const procedurePatch = z
  .strictObject({
    ...Object.fromEntries(
      Object.entries(procedureFields)
        .filter(([k]) => k !== 'clientId')
        .map(([k, v]) => [k, (v as z.ZodType).optional()]),
    ),
    phase: z.enum(['open', 'cancelled']).optional().describe('Open the intake (needs a timeline) or cancel the procedure'),
    justification: changeJustification,
  } as {
    [K in Exclude<keyof typeof procedureFields, 'clientId'>]: z.ZodOptional<(typeof procedureFields)[K]>;
  } & { phase: z.ZodOptional<z.ZodEnum<{ open: 'open'; cancelled: 'cancelled' }>>; justification: typeof changeJustification })
  .superRefine(checkProcedure);

export const procedure = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    title: z.string(),
    reference: z.string().nullable(),
    phase,
    timeZone: z.string(),
    hoursPerWeek: z.number().int(),
    permanent: z.boolean(),
    locations: z.array(z.string()),
    salary: z
      .object({
        scale: z.string(),
        ikbPercentage: z.string().nullable(),
        bounds: z.array(z.object({ validFrom: z.string(), minMonthly: z.string(), maxMonthly: z.string() })),
      })
      .nullable(),
    profile: z.array(z.object({ key: z.string(), name: z.string(), description: z.string().nullable() })),
    stageBounds: z.object({
      preselection: z.object({ min: z.number().int(), max: z.number().int() }),
      shortlist: z.object({ min: z.number().int(), max: z.number().int() }),
      nomination: z.object({ max: z.number().int() }),
    }),
    hasTimeline: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'Procedure',
    example: {
      id: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      clientId: '0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e',
      ...REFERENCE_PROCEDURE,
      phase: 'draft',
      profile: REFERENCE_PROCEDURE.profile.map((c) => ({ ...c, description: null })),
      hasTimeline: false,
      version: 1,
      createdAt: '2025-12-01T09:05:00.000Z',
      updatedAt: '2025-12-01T09:05:00.000Z',
    },
  });

export const procedureList = pageSchema(procedure);
export const procedureListQuery = listQuery.extend({
  clientId: z.uuid().optional(),
  phase: phase.optional(),
});

const timelineDates = {
  opening: localDate.describe('The vacancy opens (start of the local day)'),
  closing: localDate.describe('Closing date for applications (until the end of the local day)'),
  preselectionStart: localDate,
  preselectionEnd: localDate,
  overviewDue: localDate.describe('Candidate overview sent to the selection committee (by the end of the day)'),
  committeeMeeting: localDate,
  interviewRoundStart: localDate,
  interviewRoundEnd: localDate,
  appointmentDeadline: localDate.describe('The appointment must be dated strictly before this date'),
} satisfies Record<MilestoneKey, z.ZodType>;

const additionalMilestone = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9_-]{0,49}$/, 'must be a short key starting with a lowercase letter'),
  label: z.string().trim().min(1).max(200),
  date: localDate,
  endDate: localDate.nullish(),
});

export const timelineInput = z
  .strictObject({ ...timelineDates, additional: z.array(additionalMilestone).max(30).optional(), justification: changeJustification })
  .meta({
    id: 'SetTimeline',
    example: { ...REFERENCE_TIMELINE },
  });

export const timeline = z
  .object({
    procedureId: z.uuid(),
    timeZone: z.string(),
    dates: z.object(timelineDates).nullable(),
    additional: z.array(z.object({ key: z.string(), label: z.string(), date: z.string(), endDate: z.string().nullable() })),
    instants: z
      .object({
        applicationsOpenAt: z.string(),
        applicationsCloseAt: z.string().describe('Exclusive: applications must arrive strictly before this instant'),
        preselectionStartsAt: z.string(),
        preselectionEndsAt: z.string(),
        overviewDueAt: z.string(),
        committeeMeetingStartsAt: z.string(),
        committeeMeetingEndsAt: z.string(),
        interviewRoundStartsAt: z.string(),
        interviewRoundEndsAt: z.string(),
        appointmentDeadlineAt: z.string().describe('Exclusive: the appointment must be dated before this instant'),
      })
      .nullable(),
    version: z.number().int().describe('The procedure version (its ETag)'),
  })
  .meta({ id: 'Timeline' });

export type ProcedureInput = z.infer<typeof procedureInput>;
export type ProcedurePatch = z.infer<typeof procedurePatch>;
export type ProcedureListQuery = z.infer<typeof procedureListQuery>;
export type TimelineInput = z.infer<typeof timelineInput>;
