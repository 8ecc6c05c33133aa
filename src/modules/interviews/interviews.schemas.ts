import { z } from 'zod';
import { INTERVIEW_KINDS, INTERVIEW_LOCATIONS, MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from '../../domain/interview-slots.js';
import { instant as instantOf } from '../../lib/instant.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';

export const interviewKind = z
  .enum(INTERVIEW_KINDS as unknown as ['committee', 'agency_screening'])
  .describe("committee: the selection committee's interview round; agency_screening: the agency's own interview in the preselection window");
export const interviewLocation = z.enum(INTERVIEW_LOCATIONS).describe('den_haag, utrecht, online or other (other needs a locationDetail)');
export const interviewStatus = z.enum(['scheduled', 'cancelled']);

const instant = instantOf();
const detail = z.string().trim().min(1).max(500);
const reason = z.string().trim().min(1).max(2000);
const panel = z
  .array(z.uuid({ message: 'must be the id of a committee member' }))
  .max(20)
  .describe('Committee members of the procedure who sit on the panel; a committee interview needs at least one');

export const interviewInput = z.strictObject({
  applicationId: z.uuid(),
  kind: interviewKind,
  startsAt: instant,
  durationMinutes: z.number().int().min(MIN_DURATION_MINUTES).max(MAX_DURATION_MINUTES),
  location: interviewLocation,
  locationDetail: detail.nullish().describe('Room, address or video link'),
  panel: panel.default([]),
});

export const interviewPatch = z
  .strictObject({
    startsAt: instant.optional(),
    durationMinutes: z.number().int().min(MIN_DURATION_MINUTES).max(MAX_DURATION_MINUTES).optional(),
    location: interviewLocation.optional(),
    locationDetail: detail.nullish(),
    panel: panel.optional(),
    reason: reason.optional().describe('Why the interview moves; kept in its history and the audit trail'),
  })
  .refine(
    (p) => p.startsAt !== undefined || p.durationMinutes !== undefined || p.location !== undefined || p.locationDetail !== undefined || p.panel !== undefined,
    { message: 'change at least one of startsAt, durationMinutes, location, locationDetail, panel' },
  );

export const cancelQuery = z.strictObject({
  reason: reason.optional().describe('Why the interview is cancelled; kept in its history and the audit trail'),
});

const panelMember = z.object({ memberId: z.uuid(), name: z.string(), role: z.string() });

const historyEntry = z.object({
  change: z.enum(['rescheduled', 'cancelled']),
  startsAt: z.string().describe('The start before this change'),
  endsAt: z.string(),
  location: interviewLocation,
  locationDetail: z.string().nullable(),
  panel: z.array(z.uuid()),
  changedAt: z.string(),
  actor: z.string().describe('The API key that made the change'),
  reason: z.string().nullable(),
});

/** The `history` JSON column of an interview, as stored (src/modules/interviews/interviews.service.ts writes it). */
export const interviewHistory = z.array(historyEntry);

export const interview = z
  .object({
    id: z.uuid(),
    procedureId: z.uuid(),
    applicationId: z.uuid(),
    candidate: z.object({ id: z.uuid(), firstName: z.string().nullable(), lastName: z.string().nullable() }),
    kind: interviewKind,
    status: interviewStatus,
    startsAt: z.string().describe("In UTC; show it in the procedure's timeZone"),
    endsAt: z.string(),
    durationMinutes: z.number().int(),
    timeZone: z.string(),
    location: interviewLocation,
    locationDetail: z.string().nullable(),
    panel: z.array(panelMember),
    history: z.array(historyEntry).describe('Earlier schedules, oldest first: each reschedule and the cancellation append the state before them'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'Interview',
    example: {
      id: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e',
      procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      applicationId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      candidate: { id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', firstName: 'Zoë', lastName: 'van der Berg' },
      kind: 'committee',
      status: 'scheduled',
      startsAt: '2026-01-20T09:00:00.000Z',
      endsAt: '2026-01-20T10:00:00.000Z',
      durationMinutes: 60,
      timeZone: 'Europe/Amsterdam',
      location: 'den_haag',
      locationDetail: 'IPO, Herengracht 23, room 4',
      panel: [{ memberId: '3c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f', name: 'Anna de Boer', role: 'chair' }],
      history: [],
      version: 1,
      createdAt: '2026-01-16T14:00:00.000Z',
      updatedAt: '2026-01-16T14:00:00.000Z',
    },
  });

export const interviewList = pageSchema(interview);

export const interviewListQuery = listQuery.extend({
  applicationId: z.uuid().optional(),
  kind: interviewKind.optional(),
  status: interviewStatus.optional(),
});

export type InterviewInput = z.infer<typeof interviewInput>;
export type InterviewPatch = z.infer<typeof interviewPatch>;
export type InterviewListQuery = z.infer<typeof interviewListQuery>;
export type HistoryEntry = z.infer<typeof historyEntry>;
