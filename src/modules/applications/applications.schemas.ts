import { z } from 'zod';
import { APPLICATION_SORTS } from './application-list-order.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';
import { candidate, candidateInput, candidateProfile, candidateSource } from '../candidates/index.js';
import { CANDIDATE_FIELDS, CANDIDATE_PERSONAL_FIELDS } from '../../domain/candidate.js';
import { DOCUMENT_KINDS } from '../../domain/documents.js';
import { APPLICATION_STAGES } from '../../domain/stage-graph.js';

export const documentKind = z.enum(DOCUMENT_KINDS).meta({ description: 'motivation: the motivation letter; cv: the curriculum vitae. Each is one PDF.' });

export const applicationStage = z.enum(APPLICATION_STAGES);

const agencyMotivation = z
  .string()
  .normalize('NFC')
  .trim()
  .min(1, 'must not be empty (send null to clear)')
  .max(2000, 'must be at most 2000 characters')
  .meta({ description: "The agency's short motivation for (not) putting the candidate forward." });

/** The JSON form of a new application: an existing candidate by id, or a new one. */
export const applicationInput = z
  .strictObject({
    candidateId: z.uuid({ message: 'must be a UUID' }).optional().meta({ description: 'An existing candidate.' }),
    candidate: candidateInput.optional().meta({ description: 'A new candidate, registered with the application.' }),
    source: candidateSource.optional().meta({ description: "How this application came in; defaults to the candidate's source." }),
    agencyMotivation: agencyMotivation.optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.candidateId === undefined) === (value.candidate === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['candidateId'], message: 'give either candidateId (an existing candidate) or candidate (a new one)' });
    }
  })
  .meta({
    id: 'NewApplication',
    example: { candidateId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', source: 'agency_search' },
  });

export type ApplicationInput = z.infer<typeof applicationInput>;

/** The fields a multipart form may carry besides the two files. */
export const FORM_FIELDS = ['candidateId', ...CANDIDATE_FIELDS, 'agencyMotivation'] as const;

const binary = (description: string) => z.string().meta({ format: 'binary', description });

/** For the contract only: the multipart form is read as a stream by the handler. */
export const applicationForm = z
  .object({
    candidateId: z.uuid().optional().meta({ description: 'An existing candidate; then leave out the candidate fields.' }),
    ...(Object.fromEntries(CANDIDATE_PERSONAL_FIELDS.map((f) => [f, z.string().optional()])) as {
      [K in (typeof CANDIDATE_PERSONAL_FIELDS)[number]]: z.ZodOptional<z.ZodString>;
    }),
    source: candidateSource.optional().meta({ description: 'Defaults to open_call for a new candidate.' }),
    agencyMotivation: z.string().optional(),
    motivation: binary('The motivation letter, one PDF.'),
    cv: binary('The curriculum vitae, one PDF.'),
  })
  .strict();

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  // Named parts (e.g. CandidateSource) point at the contract's components.
  const { $schema: _drop, $defs: _defs, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', '"#/components/schemas/')) as Record<string, unknown>;
}

/**
 * The POST body: JSON is validated here; a multipart form leaves the body
 * empty (null) for the handler to stream. The `content` member tells the
 * contract both forms.
 */
export const applicationCreateBody = applicationInput.nullable().meta({
  description:
    'Either JSON (then upload each PDF with PUT /v1/applications/{applicationId}/documents/{kind}), or multipart/form-data with the candidate fields (or candidateId) and the files `motivation` and `cv`, stored together or not at all.',
  content: {
    // The component fastify-type-provider-zod writes for the input side of NewApplication.
    'application/json': { schema: { $ref: '#/components/schemas/NewApplicationInput' } },
    'multipart/form-data': {
      schema: jsonSchemaOf(applicationForm),
      encoding: { motivation: { contentType: 'application/pdf' }, cv: { contentType: 'application/pdf' } },
    },
  },
});

export const documentUploadBody = z.unknown().meta({
  description: 'The PDF itself as the body (Content-Type application/pdf), or multipart/form-data with one file.',
  content: {
    'application/pdf': { schema: { type: 'string', format: 'binary' } },
    'multipart/form-data': {
      schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
      encoding: { file: { contentType: 'application/pdf' } },
    },
  },
});

export const documentUploadQuery = z.strictObject({
  fileName: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: 'The original file name, kept (cleaned) as metadata, for a raw PDF body; a multipart file brings its own.' }),
});

export const applicationPatch = z.strictObject({
  agencyMotivation: agencyMotivation.nullable().optional(),
  source: candidateSource.optional().describe('Frozen once the candidate overview was sent to the committee'),
  justification: z
    .string()
    .max(2000)
    .optional()
    .describe('Why the agency motivation of a candidate in the sent overview changes (at least 20 characters); kept in the audit trail'),
});

export type ApplicationPatch = z.infer<typeof applicationPatch>;

export const document = z
  .object({
    id: z.uuid(),
    kind: documentKind,
    fileName: z.string().nullable().meta({ description: 'The original name, cleaned; the stored object has a key of its own.' }),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    current: z.boolean(),
    uploadedAt: z.string(),
    uploadedBy: z.string().meta({ description: 'The API key that uploaded it, `key:<uuid>`.' }),
    uploadedByUserId: z.uuid().nullable().meta({
      description:
        "The person of the agency who uploaded it with the key `uploadedBy`: the key's own person, or the one named by On-Behalf-Of; null when the key acted for no one.",
    }),
    supersededAt: z.string().nullable(),
    downloadUrl: z.string().nullable(),
  })
  .meta({ id: 'ApplicationDocument' });

const candidateSummary = candidate.pick({ id: true, firstName: true, lastName: true }).extend({
  email: z.string().nullable().optional().meta({ description: 'Shown to agency keys only.' }),
});

const missingDocuments = z.array(documentKind);

export const application = z
  .object({
    id: z.uuid(),
    procedureId: z.uuid(),
    candidate: candidateProfile,
    source: candidateSource,
    stage: applicationStage,
    rejectionReason: z.string().nullable(),
    agencyMotivation: z.string().nullable(),
    receivedAt: z.string(),
    stageEnteredAt: z.string().meta({ description: 'When the current stage was entered: the instant of the last stage change, else `receivedAt`.' }),
    completedAt: z.string().nullable(),
    complete: z.boolean(),
    missingDocuments,
    documents: z.object({ motivation: document.nullable(), cv: document.nullable() }),
    documentHistory: z.array(document).meta({ description: 'Every version ever uploaded, oldest first, replaced ones included.' }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'Application',
    example: {
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      candidate: {
        id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
        firstName: 'Zoë',
        lastName: 'van der Berg',
        email: 'zoe.vanderberg@example.org',
        phone: null,
        city: 'Utrecht',
        currentPosition: 'Directeur Bedrijfsvoering',
        currentOrganisation: 'Provincie Utrecht',
        linkedinUrl: null,
      },
      source: 'open_call',
      stage: 'applied',
      rejectionReason: null,
      agencyMotivation: null,
      receivedAt: '2026-01-05T10:00:00.000Z',
      stageEnteredAt: '2026-01-05T10:00:00.000Z',
      completedAt: null,
      complete: false,
      missingDocuments: ['motivation', 'cv'],
      documents: { motivation: null, cv: null },
      documentHistory: [],
      version: 1,
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
    },
  });

export const applicationListItem = z
  .object({
    id: z.uuid(),
    procedureId: z.uuid(),
    candidate: candidateSummary,
    source: candidateSource,
    stage: applicationStage,
    receivedAt: z.string(),
    stageEnteredAt: application.shape.stageEnteredAt,
    completedAt: z.string().nullable(),
    complete: z.boolean(),
    missingDocuments,
    documentsPresent: z.object({ motivation: z.boolean(), cv: z.boolean() }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ApplicationSummary' });

export const applicationList = pageSchema(applicationListItem);

export const applicationListQuery = listQuery.extend({
  stage: applicationStage.optional(),
  source: candidateSource.optional(),
  complete: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'true: both PDFs are there; false: at least one is missing.' }),
  sort: z.enum(APPLICATION_SORTS).optional().meta({
    description:
      "The order: `name` (the candidate's last name, then first name; erased candidates last), `receivedAt`, or `stage` (the funnel order, then `receivedAt`); a leading `-` reverses it. Without it, the order in which applications were created. A cursor continues only the sort it was issued for (otherwise 400 `INVALID_CURSOR`).",
  }),
});

export type ApplicationListQuery = z.infer<typeof applicationListQuery>;

export const documentParams = z.object({
  applicationId: z.uuid({ message: 'applicationId must be a UUID' }),
  kind: documentKind,
});
