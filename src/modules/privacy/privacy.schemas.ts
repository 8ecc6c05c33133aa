import { z } from 'zod';
import { DOCUMENT_KINDS } from '../../domain/documents.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';
import { candidate } from '../candidates/index.js';
import { consent } from '../references/index.js';
import { instant as storableInstant } from '../../lib/instant.js';

const instant = storableInstant('must be an ISO 8601 instant with an offset, such as 2026-01-20T10:00:00+01:00');
const text = (max: number) => z.string().trim().min(1).max(max);

export { consent };

export const consentInput = z.strictObject({
  kind: z.enum(['retention', 'reference_check']).describe('retention: keeping the data for future procedures (talent pool); reference_check: asking referees'),
  scope: text(1000).describe('What the candidate agreed to, e.g. "kept for director positions in the provincial sector"'),
  givenAt: instant.optional().describe('When the candidate gave consent; defaults to now and may not lie in the future'),
  expiresAt: instant
    .optional()
    .describe(
      'When it ends. A retention consent lasts at most one year from givenAt, which is also its default; a reference-check consent has none by default',
    ),
  applicationId: z.uuid().optional().describe('For a reference check: the application (the procedure) it was given for; required for that kind'),
});

export const consentList = pageSchema(consent);

export const withdrawInput = z.strictObject({
  withdrawnAt: instant.optional().describe('When the candidate withdrew it; defaults to now, not in the future nor before givenAt'),
});

export const informedInput = z.strictObject({
  informedAt: instant.optional().describe('When the candidate was told that the agency holds their data; defaults to now, not in the future'),
});

export const notice = z
  .object({
    candidateId: z.uuid(),
    recordedAt: z.string().describe('When the agency recorded the candidate'),
    noticeDueAt: z.string().describe('One calendar month later (Europe/Amsterdam): the latest moment to tell them'),
    informedAt: z.string(),
    late: z.boolean().describe('Told at or after noticeDueAt'),
  })
  .meta({ id: 'HeadhuntedNotice' });

export const DSR_KINDS = ['access', 'erasure'] as const;
export const DSR_STATES = ['open', 'overdue', 'answered', 'answered_late'] as const;

export const dataSubjectRequestInput = z.strictObject({
  candidateId: z.uuid().nullish().describe('The person, when the agency knows them; null for someone it holds nothing on'),
  kind: z.enum(DSR_KINDS),
  receivedAt: instant.optional().describe('When the request arrived (by mail, letter, phone); defaults to now, not in the future'),
});

export const dataSubjectRequestAnswer = z.strictObject({
  answeredAt: instant.optional().describe('When it was answered otherwise than through the export or erasure routes; defaults to now'),
});

export const dataSubjectRequest = z
  .object({
    id: z.uuid(),
    candidateId: z.uuid().nullable(),
    kind: z.enum(DSR_KINDS),
    receivedAt: z.string(),
    dueAt: z.string().describe('One calendar month after receipt (GDPR art. 12(3)), Europe/Amsterdam'),
    answeredAt: z.string().nullable(),
    state: z.enum(DSR_STATES),
  })
  .meta({ id: 'DataSubjectRequest' });

export const dataSubjectRequestList = pageSchema(dataSubjectRequest);
export const dataSubjectRequestListQuery = listQuery.omit({ updatedSince: true }).extend({
  candidateId: z.uuid().optional(),
  kind: z.enum(DSR_KINDS).optional(),
  answered: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const erasureResult = z
  .object({
    candidateId: z.uuid(),
    erasedAt: z.string(),
    applicationsKept: z.number().int().describe('Applications kept as an anonymous record (stage, stage history, dates)'),
    applicationsWithdrawn: z.number().int().describe('Applications in running procedures that were withdrawn with the erasure'),
    documentsRemoved: z.number().int(),
    request: dataSubjectRequest,
  })
  .meta({ id: 'Erasure' });

const stageStep = z.object({
  from: z.string().nullable(),
  to: z.string(),
  at: z.string(),
  reasonCategory: z.string().nullable(),
  reason: z.string().nullable(),
});

const exportedDocument = z.object({
  id: z.uuid(),
  kind: z.enum(DOCUMENT_KINDS),
  fileName: z.string().nullable(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
  current: z.boolean(),
  supersededAt: z.string().nullable(),
  erasedAt: z.string().nullable(),
  sha256: z.string().describe('SHA-256 of the file; "erased" once erased'),
  downloadUrl: z.string().nullable().describe('The current, not erased document: GET it with an agency key'),
});

const exportedApplication = z.object({
  id: z.uuid(),
  procedure: z.object({ id: z.uuid(), title: z.string(), reference: z.string().nullable(), phase: z.string() }),
  source: z.string(),
  stage: z.string(),
  rejectionReason: z.string().nullable(),
  agencyMotivation: z.string().nullable(),
  receivedAt: z.string(),
  completedAt: z.string().nullable(),
  erasedAt: z.string().nullable(),
  stageHistory: z.array(stageStep),
  documents: z.array(exportedDocument),
  interviews: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      location: z.string(),
      locationDetail: z.string().nullable(),
      status: z.string(),
      history: z
        .array(
          z.object({
            change: z.string(),
            startsAt: z.string(),
            endsAt: z.string(),
            location: z.string(),
            locationDetail: z.string().nullable(),
            changedAt: z.string(),
            reason: z.string().nullable(),
          }),
        )
        .describe('Earlier schedules, with the reasons given for moving or cancelling'),
    }),
  ),
  evaluations: z
    .array(
      z.object({
        interviewId: z.uuid(),
        submittedAt: z.string(),
        ratings: z.record(z.string(), z.object({ score: z.number().int(), notes: z.string().nullable() })),
        overallAdvice: z.string(),
        notes: z.string().nullable(),
      }),
    )
    .describe(
      "Scores, notes per criterion, overall advice and notes about the candidate; the evaluators' names are left out (GDPR art. 15(4): the rights of others)",
    ),
  references: z
    .array(
      z.object({
        refereeName: z.string(),
        relation: z.string(),
        contact: z.string().nullable(),
        outcome: z.string().nullable(),
        notes: z.string().nullable(),
        completedAt: z.string().nullable(),
        concernsResolvedAt: z.string().nullable(),
        resolutionNote: z.string().nullable(),
      }),
    )
    .describe('The reference checks about the candidate: who was asked, what they said, how concerns were resolved'),
  notes: z
    .array(z.object({ id: z.uuid(), text: z.string(), shared: z.boolean(), createdAt: z.string(), updatedAt: z.string() }))
    .describe("The agency's notes on the application, and whether each was shared with the committee; who wrote them is left out (GDPR art. 15(4))"),
  stageJustifications: z
    .array(z.object({ stage: z.string(), justification: z.string() }))
    .describe("Written justifications of the procedure's stages that name the candidate"),
  offer: z
    .object({
      salaryScale: z.string(),
      monthlySalary: z.string(),
      hoursPerWeek: z.number().int(),
      ikbPercentage: z.string(),
      startDate: z.string(),
      state: z.string(),
    })
    .nullable(),
  appointment: z.object({ decisionDate: z.string(), decisionReference: z.string() }).nullable(),
});

export const candidateExport = z
  .object({
    exportedAt: z.string(),
    request: dataSubjectRequest,
    candidate: candidate.extend({ informedAt: z.string().nullable() }),
    applications: z.array(exportedApplication),
    consents: z
      .array(consent.omit({ recordedByUserId: true }).meta({ id: 'ExportedConsent' }))
      .describe('Without the person of the agency who recorded each (GDPR art. 15(4)); `recordedBy` names the key'),
    inquiries: z.array(
      z.object({
        id: z.uuid(),
        procedureId: z.uuid().nullable(),
        channel: z.string(),
        fromName: z.string().nullable(),
        fromEmail: z.string().nullable(),
        subject: z.string().nullable(),
        receivedAt: z.string(),
        dueAt: z.string(),
        answeredAt: z.string().nullable(),
      }),
    ),
    dataSubjectRequests: z.array(dataSubjectRequest),
  })
  .meta({ id: 'CandidateExport' });

export type ConsentInput = z.infer<typeof consentInput>;
export type WithdrawInput = z.infer<typeof withdrawInput>;
export type InformedInput = z.infer<typeof informedInput>;
export type DataSubjectRequestInput = z.infer<typeof dataSubjectRequestInput>;
export type DataSubjectRequestAnswer = z.infer<typeof dataSubjectRequestAnswer>;
export type DataSubjectRequestListQuery = z.infer<typeof dataSubjectRequestListQuery>;
export type CandidateExport = z.infer<typeof candidateExport>;
