import { z } from 'zod';
import { CANDIDATE_PROFILE_FIELDS, fieldMask, type CandidateField, type CandidateProfileField } from '../../domain/candidate.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';

export const candidateSource = z
  .enum(['open_call', 'agency_search', 'referral'])
  .meta({ id: 'CandidateSource', description: "How the candidate came in: the open call, the agency's own search (headhunted), or a referral." });

/**
 * A person's name as given, in any script: accents, hyphens, apostrophes,
 * particles such as "van der" are kept. Only the surrounding blanks go, and
 * the text is put in Unicode NFC so that "Zoë" typed two ways is one name.
 */
const personName = z
  .string()
  .normalize('NFC')
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .refine((s) => /\p{L}/u.test(s), 'must contain a letter')
  .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), 'must not contain control characters');

const text = (max: number) =>
  z
    .string()
    .normalize('NFC')
    .trim()
    .min(1, 'must not be empty (send null to clear)')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[\p{Cc}]/u.test(s.replace(/[\n\t\r]/g, '')), 'must not contain control characters');

const email = z.email('must be an e-mail address such as name@example.nl').max(254, 'must be at most 254 characters');

/** E.164 with optional single spaces or hyphens between digits: +31 6 12345678. */
export const PHONE_RE = /^\+[1-9](?:[ -]?\d){6,14}$/;
const phone = z
  .string()
  .trim()
  .regex(PHONE_RE, 'must be an international number starting with + and the country code, such as +31 6 12345678')
  .meta({ example: '+31 6 12345678' });

const linkedinUrl = z
  .url({
    protocol: /^https?$/,
    hostname: /^([a-z0-9-]+\.)*linkedin\.com$/,
    message: 'must be an http(s) address on linkedin.com, such as https://www.linkedin.com/in/name',
  })
  .max(500, 'must be at most 500 characters');

export const candidateFields = {
  firstName: personName,
  lastName: personName,
  email: email.nullish(),
  phone: phone.nullish(),
  city: text(100).nullish(),
  currentPosition: text(200).nullish(),
  currentOrganisation: text(200).nullish(),
  linkedinUrl: linkedinUrl.nullish(),
  source: candidateSource,
  notes: text(5000).nullish().meta({ description: "The agency's own notes about the candidate." }),
} satisfies Record<CandidateField, z.ZodType>;

/** Open-call and referred candidates apply by e-mail, so they have an address; a headhunted one may not yet. */
function requireEmailUnlessSearched(value: { source?: string; email?: string | null }, ctx: z.RefinementCtx) {
  if (value.source !== 'agency_search' && !value.email) {
    ctx.addIssue({ code: 'custom', path: ['email'], message: 'is required for a candidate from the open call or a referral' });
  }
}

export const candidateInput = z
  .strictObject(candidateFields)
  .superRefine(requireEmailUnlessSearched)
  .meta({
    id: 'NewCandidate',
    example: {
      firstName: 'Zoë',
      lastName: 'van der Berg-Ćosić',
      email: 'zoe.vanderberg@example.nl',
      phone: '+31 6 12345678',
      city: 'Utrecht',
      currentPosition: 'Directeur Bedrijfsvoering',
      currentOrganisation: 'Provincie Utrecht',
      linkedinUrl: 'https://www.linkedin.com/in/zoe-van-der-berg',
      source: 'open_call',
    },
  });

export const candidatePatch = z.strictObject({
  ...candidateFields,
  firstName: personName.optional(),
  lastName: personName.optional(),
  source: candidateSource.optional(),
});

const stageEnteredAt = z.string().meta({ description: 'When the current stage was entered: the instant of the last stage change, else `receivedAt`.' });

const applicationRef = z.object({
  id: z.uuid(),
  procedureId: z.uuid(),
  stage: z.string(),
  stageEnteredAt,
  source: candidateSource,
});

/** The person's fields as shown; each may be null (never given, or erased). */
const shownProfile = Object.fromEntries(CANDIDATE_PROFILE_FIELDS.map((f) => [f, z.string().nullable()])) as {
  [K in CandidateProfileField]: z.ZodNullable<z.ZodString>;
};

export const candidate = z
  .object({
    id: z.uuid(),
    ...shownProfile,
    source: candidateSource,
    notes: z.string().nullable(),
    applications: z.array(applicationRef),
    erasedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Candidate' });

export const candidateList = pageSchema(candidate);

export const candidateListQuery = listQuery.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Words that must each occur in the first name, last name or e-mail address (case-insensitive).' }),
  source: candidateSource.optional(),
});

export const candidateSearchQuery = z.object({
  q: z.string().normalize('NFC').trim().min(2, 'must be at least 2 characters').max(100, 'must be at most 100 characters').meta({
    description:
      'A name or part of one (agency keys: or an e-mail address). Accents, letter case and small spelling differences do not matter: "pieter jansen" finds "Piëter Janssen".',
    example: 'pieter jansen',
  }),
  limit: z.coerce.number().int().min(1).max(50).default(20).meta({ description: 'How many of the best matches to return.' }),
});

export const candidateSearchHit = z
  .object({
    id: z.uuid(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    email: z.string().nullable().optional().meta({ description: 'Agency keys only; a committee key never reads it.' }),
    score: z.number().meta({ description: 'How closely the name or e-mail address matches the query (0..1); the list is in this order, best first.' }),
    applications: z
      .array(
        z.object({
          id: z.uuid(),
          procedureId: z.uuid(),
          procedureTitle: z.string(),
          stage: z.string(),
          stageEnteredAt: stageEnteredAt
            .optional()
            .meta({ description: 'Agency keys only: when the current stage was entered (the last stage change, else `receivedAt`).' }),
        }),
      )
      .meta({ description: 'The applications (procedures) of the candidate that the key sees.' }),
  })
  .meta({ id: 'CandidateSearchHit' });

export const candidateSearchResult = z.object({ items: z.array(candidateSearchHit) }).meta({ id: 'CandidateSearchResult' });

export type CandidateSearchQuery = z.infer<typeof candidateSearchQuery>;
export type CandidateInput = z.infer<typeof candidateInput>;
export type CandidatePatch = z.infer<typeof candidatePatch>;
export type CandidateListQuery = z.infer<typeof candidateListQuery>;

/** The candidate as an application shows them in full: who they are and how to reach them. */
export const candidateProfile = candidate.pick({ id: true, ...fieldMask(CANDIDATE_PROFILE_FIELDS) });
