import { z } from 'zod';
import { DEADLINE_KINDS } from '../../domain/deadlines.js';
import { FUNNEL_STAGES, MILESTONE_OUTCOMES } from '../../domain/reports.js';
import { localDate } from '../procedures/index.js';

const ratio = z.number().nullable().meta({ description: 'Between 0 and 1, 4 decimals; null over nothing.' });
const hours = z.number().nullable().meta({ description: 'Hours, 4 decimals; null over nothing.' });

export const procedureReport = z
  .object({
    procedureId: z.uuid(),
    title: z.string(),
    reference: z.string().nullable(),
    phase: z.string(),
    client: z.object({ id: z.uuid(), name: z.string() }),
    generatedAt: z.string(),
    applicantsBySource: z.object({ openCall: z.number().int(), agencySearch: z.number().int(), referral: z.number().int(), total: z.number().int() }),
    funnel: z.array(
      z.object({
        stage: z.enum(FUNNEL_STAGES),
        reached: z.number().int().meta({ description: 'Applications that were ever in this stage.' }),
        conversionFromPrevious: ratio,
      }),
    ),
    timeInStage: z.array(
      z.object({
        stage: z.string(),
        stays: z.number().int().meta({ description: 'Applications that left this stage (stays still going are not counted).' }),
        medianHours: hours,
        longestHours: hours,
      }),
    ),
    milestones: z.array(
      z.object({
        kind: z.enum(DEADLINE_KINDS),
        dueAt: z.string(),
        metAt: z.string().nullable(),
        outcome: z.enum(MILESTONE_OUTCOMES),
        lateByHours: hours,
      }),
    ),
    onTimeShare: ratio,
    openingDate: z.string().nullable(),
    appointmentDate: z.string().nullable(),
    daysOpeningToAppointment: z.number().int().nullable(),
  })
  .meta({ id: 'ProcedureReport', description: 'The figures of one procedure.' });

const agencyFigures = {
  proceduresOpened: z.number().int().meta({ description: 'Procedures (not drafts) whose opening date lies in the period.' }),
  proceduresCompleted: z.number().int().meta({ description: 'Procedures completed in the period.' }),
  medianDaysToAppointment: z
    .number()
    .nullable()
    .meta({ description: 'Median days from the opening date to the decision date, over appointments decided in the period.' }),
  milestonesDue: z.number().int().meta({ description: 'Timeline obligations due in the period.' }),
  milestonesOnTime: z.number().int(),
  milestonesLate: z.number().int().meta({ description: 'Met late, or due and not met (overdue).' }),
  onTimeShare: ratio,
};

export const agencyReport = z
  .object({
    from: z.string(),
    to: z.string(),
    timeZone: z.string(),
    generatedAt: z.string(),
    totals: z.object(agencyFigures),
    byClient: z.array(z.object({ clientId: z.uuid(), clientName: z.string(), ...agencyFigures })),
  })
  .meta({ id: 'AgencyReport', description: 'The figures across the agency for a period, in total and by client.' });

export const agencyReportQuery = z
  .object({
    from: localDate.describe('First day of the period (Europe/Amsterdam)'),
    to: localDate.describe('Last day of the period, inclusive'),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not lie after to', path: ['to'] });

export type ProcedureReport = z.infer<typeof procedureReport>;
export type AgencyReport = z.infer<typeof agencyReport>;
