import { z } from 'zod';
import { REFERENCE_SALARY } from '../../domain/reference-procedure.js';
import { localDate, money, percentage } from '../procedures/index.js';

export const OFFER_STATES = ['draft', 'made', 'accepted', 'declined'] as const;
export const offerState = z
  .enum(OFFER_STATES)
  .describe('draft -> made -> accepted | declined; made and declined can go back to draft to renegotiate; accepted is final');

export const offerInput = z.strictObject({
  salaryScale: z.string().trim().min(1).max(20).optional().describe("Defaults to the procedure's scale; must be that scale"),
  monthlySalary: money.describe('Gross monthly salary; must lie within the bounds of the scale valid on the start date'),
  hoursPerWeek: z.number().int().min(1).max(40).optional().describe("Defaults to the procedure's hours"),
  ikbPercentage: percentage.optional().describe("Individual choice budget as a percentage of the gross annual salary; defaults to the procedure's"),
  startDate: localDate.describe('Intended first working day'),
  state: offerState.optional().describe('Defaults to the current state (draft for a new offer)'),
});

export const offer = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    procedureId: z.uuid(),
    salaryScale: z.string(),
    monthlySalary: z.string(),
    hoursPerWeek: z.number().int(),
    ikbPercentage: z.string(),
    startDate: z.string(),
    state: offerState,
    annualSalary: z.string().describe('Twelve times the monthly salary'),
    ikbBudget: z.string().describe('The individual choice budget a year: ikbPercentage of the annual salary, rounded half up to the cent'),
    bounds: z
      .object({ validFrom: z.string(), minMonthly: z.string(), maxMonthly: z.string() })
      .nullable()
      .describe('The bounds of the scale valid on the start date'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'Offer',
    example: {
      id: '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c',
      applicationId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      salaryScale: '17',
      monthlySalary: '9500.00',
      hoursPerWeek: 36,
      ikbPercentage: '21.82',
      startDate: '2026-03-01',
      state: 'made',
      annualSalary: '114000.00',
      ikbBudget: '24874.80',
      bounds: { ...REFERENCE_SALARY.bounds[1]! },
      version: 2,
      createdAt: '2026-01-27T10:00:00.000Z',
      updatedAt: '2026-01-27T16:00:00.000Z',
    },
  });

export type OfferInput = z.infer<typeof offerInput>;
export type OfferStateName = (typeof OFFER_STATES)[number];
