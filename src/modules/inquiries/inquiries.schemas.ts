import { z } from 'zod';
import { instant as instantOf } from '../../lib/instant.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';

export const INQUIRY_CHANNELS = ['email', 'phone', 'web', 'other'] as const;
export const INQUIRY_STATES = ['open', 'answered', 'overdue', 'answered_late'] as const;

const instant = instantOf();
const queryBool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const inquiryInput = z.strictObject({
  procedureId: z.uuid().nullish().describe('The procedure the question is about; absent for a general question'),
  candidateId: z.uuid().nullish().describe('The candidate who asked, when known'),
  channel: z.enum(INQUIRY_CHANNELS),
  fromName: z.string().trim().min(1).max(200).nullish(),
  fromEmail: z.email().max(320).nullish(),
  subject: z.string().trim().min(1).max(500),
  receivedAt: instant.optional().describe('When the question came in; defaults to now and may not lie in the future'),
});

export const inquiryAnswer = z.strictObject({
  answeredAt: instant.optional().describe('When the question was answered; defaults to now, not before receivedAt nor in the future'),
});

export const inquiry = z
  .object({
    id: z.uuid(),
    procedureId: z.uuid().nullable(),
    candidateId: z.uuid().nullable(),
    channel: z.enum(INQUIRY_CHANNELS),
    fromName: z.string().nullable().describe('Personal data; null for scheduler keys'),
    fromEmail: z.string().nullable().describe('Personal data; null for scheduler keys'),
    subject: z.string().nullable(),
    timeZone: z.string().describe("The procedure's time zone (Europe/Amsterdam without a procedure), in which working days are counted"),
    receivedAt: z.string(),
    dueAt: z
      .string()
      .describe('The answer is due before this instant: the end of the first Dutch working day after the day of receipt (docs/procedure.md, rule 8)'),
    answeredAt: z.string().nullable(),
    state: z
      .enum(INQUIRY_STATES)
      .describe('open: unanswered, not yet due; overdue: unanswered and past due; answered: answered before dueAt; answered_late: answered at or after dueAt'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'Inquiry',
    example: {
      id: '3a1d6c7e-2b4f-4e8a-9c0d-1e2f3a4b5c6d',
      procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      candidateId: null,
      channel: 'email',
      fromName: 'J. de Vries',
      fromEmail: 'j.devries@example.nl',
      subject: 'Vraag over de standplaats',
      timeZone: 'Europe/Amsterdam',
      receivedAt: '2025-12-24T15:00:00.000Z',
      dueAt: '2025-12-29T23:00:00.000Z',
      answeredAt: null,
      state: 'open',
      createdAt: '2025-12-24T15:00:00.000Z',
      updatedAt: '2025-12-24T15:00:00.000Z',
    },
  });

export const inquiryList = pageSchema(inquiry);
export const inquiryListQuery = listQuery.extend({
  procedureId: z.uuid().optional(),
  answered: queryBool.optional().describe('true: answered (in time or late); false: not yet answered'),
  overdue: queryBool.optional().describe('true: unanswered and past due (state overdue); false: all others'),
});

export type InquiryInput = z.infer<typeof inquiryInput>;
export type InquiryAnswer = z.infer<typeof inquiryAnswer>;
export type InquiryListQuery = z.infer<typeof inquiryListQuery>;
export type InquiryState = (typeof INQUIRY_STATES)[number];
