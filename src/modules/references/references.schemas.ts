import { z } from 'zod';
import { instant } from '../../lib/instant.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const referenceOutcome = z.enum(['positive', 'concerns', 'negative']);

export const consentInput = z.strictObject({
  scope: text(1000).describe('What the candidate agreed to, e.g. "two referees named by the candidate: a former manager and a board member"'),
  givenAt: instant().optional().describe('When the candidate gave consent; defaults to now and may not lie in the future'),
});

export const consent = z
  .object({
    id: z.uuid(),
    candidateId: z.uuid(),
    applicationId: z.uuid().nullable(),
    kind: z.enum(['retention', 'reference_check']),
    scope: z.string(),
    givenAt: z.string(),
    recordedBy: z.string().describe('The API key that recorded it'),
    recordedByUserId: z
      .uuid()
      .nullable()
      .describe(
        "The person of the agency who recorded it with the key `recordedBy`: the key's own person, or the one named by On-Behalf-Of; null when the key acted for no one",
      ),
    expiresAt: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    inForce: z.boolean().describe('Given, not withdrawn and not expired'),
    createdAt: z.string(),
  })
  .meta({ id: 'Consent' });

export const referenceInput = z.strictObject({
  refereeName: text(200),
  relation: text(200).describe('How the referee knows the candidate, e.g. "former manager at Provincie Utrecht"'),
  contact: text(320).nullish().describe('Telephone number or e-mail address of the referee'),
});

export const referencePatch = z
  .strictObject({
    refereeName: text(200).optional(),
    relation: text(200).optional(),
    contact: text(320).nullish(),
    outcome: referenceOutcome.optional().describe('Completes the check; set once'),
    notes: text(5000).optional().describe('What the referee said; required with the outcome'),
    resolutionNote: text(5000).optional().describe('Marks the concerns (or a negative outcome) resolved, saying how; required before appointment for concerns'),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'change at least one field' });

export const reference = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    refereeName: z.string(),
    relation: z.string(),
    contact: z.string().nullable(),
    outcome: referenceOutcome.nullable(),
    notes: z.string().nullable(),
    completedAt: z.string().nullable(),
    concernsResolvedAt: z.string().nullable(),
    resolutionNote: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'ReferenceCheck',
    example: {
      id: '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b',
      applicationId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      refereeName: 'Mr. K. Hendriks',
      relation: 'former manager',
      contact: '+31 30 1234567',
      outcome: 'positive',
      notes: 'Confirms the leadership of the change programme.',
      completedAt: '2026-01-27T15:00:00.000Z',
      concernsResolvedAt: null,
      resolutionNote: null,
      version: 2,
      createdAt: '2026-01-26T09:00:00.000Z',
      updatedAt: '2026-01-27T15:00:00.000Z',
    },
  });

export const referenceList = pageSchema(reference);
export const referenceListQuery = listQuery.omit({ updatedSince: true });

export type ConsentInput = z.infer<typeof consentInput>;
export type ReferenceInput = z.infer<typeof referenceInput>;
export type ReferencePatch = z.infer<typeof referencePatch>;
export type ReferenceListQuery = z.infer<typeof referenceListQuery>;
