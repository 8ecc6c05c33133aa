import { z } from 'zod';
import { applicationStage } from '../applications/index.js';
import { candidate, candidateSource } from '../candidates/index.js';

const person = candidate.pick({ firstName: true, lastName: true, city: true, currentPosition: true, currentOrganisation: true }).shape;

const itemFields = {
  applicationId: z.uuid(),
  preselected: z.boolean().meta({
    description: 'In the preselection: as it was sent to the committee once the overview went out, the current one before that.',
  }),
  source: candidateSource,
  complete: z.boolean().meta({ description: 'Both the motivation letter and the CV are there.' }),
  stage: applicationStage,
  receivedAt: z.string(),
  agencyMotivation: z.string().nullable().meta({ description: "The agency's short motivation, for the preselected candidates; null for the others." }),
};

const overviewItem = z
  .object({
    ...itemFields,
    candidate: z.object({ ...person, email: z.string().nullable(), phone: z.string().nullable() }),
  })
  .meta({ id: 'OverviewItem' });

const committeeOverviewItem = z.object({ ...itemFields, candidate: z.object(person) }).meta({ id: 'CommitteeOverviewItem' });

const overviewFields = {
  procedureId: z.uuid(),
  title: z.string(),
  reference: z.string().nullable(),
  timeZone: z.string(),
  generatedAt: z.string(),
  overviewSentAt: z.string().nullable(),
  preselection: z.object({ count: z.number().int(), min: z.number().int(), max: z.number().int() }),
  totals: z.object({
    applicants: z.number().int(),
    preselected: z.number().int(),
    openCall: z.number().int(),
    agencySearch: z.number().int(),
    referral: z.number().int(),
    complete: z.number().int(),
  }),
};

export const overview = z
  .object({ ...overviewFields, audience: z.literal('agency'), items: z.array(overviewItem) })
  .meta({ id: 'CandidateOverview', description: 'Every applicant of the procedure, the preselection first.' });

export const committeeOverview = z.object({ ...overviewFields, audience: z.literal('committee'), items: z.array(committeeOverviewItem) }).meta({
  id: 'CommitteeCandidateOverview',
  description:
    "What the committee reads once the overview was sent: every applicant and the preselection, without contact data and without the agency's search candidates who were not preselected.",
});

export type Overview = z.infer<typeof overview>;
export type CommitteeOverview = z.infer<typeof committeeOverview>;
