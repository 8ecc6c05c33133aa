import { z } from 'zod';
import { isPresented } from '../../domain/visibility.js';
import { pageSchema } from '../../lib/pagination.js';
import { candidateProfile, type candidateSource } from '../candidates/index.js';
import { CANDIDATE_PROFILE_FIELDS, type CandidateProfileField } from '../../domain/candidate.js';
import { isComplete, type DocumentKindName } from '../../domain/documents.js';
import { application, applicationStage, document } from './applications.schemas.js';
import { isoString } from '../../lib/instant.js';

/**
 * What a committee key reads of the applications it sees (which ones, and
 * how much of each, is src/domain/visibility.ts): every applicant in
 * summary, the preselection as sent in full with its two PDFs, never the
 * agency's notes. The field lists are picked from the application schemas.
 */

type CandidateFields = { id: string; firstName: string | null; lastName: string | null } & Partial<Record<CandidateProfileField, string | null>>;

interface RowBase {
  id: string;
  procedureId: string;
  source: string;
  stage: string;
  presentedAt: Date | null;
  receivedAt: Date;
  completedAt: Date | null;
  candidate: CandidateFields;
}

interface DocumentFields {
  id: string;
  applicationId: string;
  kind: string;
  fileName: string | null;
  sizeBytes: number;
  sha256: string;
  current: boolean;
  erasedAt: Date | null;
  createdAt: Date;
}

/** Summary fields: who, where from, how far; no contact data, no motivation, no documents. */
export function committeeSummaryView(row: RowBase & { documents: Array<{ kind: string }> }) {
  return {
    id: row.id,
    procedureId: row.procedureId,
    candidate: {
      id: row.candidate.id,
      firstName: row.candidate.firstName,
      lastName: row.candidate.lastName,
      city: row.candidate.city ?? null,
      currentPosition: row.candidate.currentPosition ?? null,
      currentOrganisation: row.candidate.currentOrganisation ?? null,
    },
    source: row.source as z.infer<typeof candidateSource>,
    stage: row.stage as z.infer<typeof applicationStage>,
    preselected: isPresented(row),
    complete: isComplete(row.documents.map((d) => d.kind)),
    receivedAt: isoString(row.receivedAt),
  };
}

function committeeDocumentView(d: DocumentFields) {
  return {
    id: d.id,
    kind: d.kind as DocumentKindName,
    fileName: d.fileName,
    sizeBytes: d.sizeBytes,
    uploadedAt: isoString(d.createdAt),
    downloadUrl: `/v1/applications/${d.applicationId}/documents/${d.kind}`,
  };
}

/**
 * A preselected candidate in full: contact data, the agency's motivation
 * (part of the overview) and the two current PDFs; a candidate who was not
 * preselected in summary only.
 */
export function committeeApplicationView(
  row: RowBase & { agencyMotivation: string | null; documents: DocumentFields[] },
): CommitteeApplication | CommitteeApplicationSummary {
  const current = row.documents.filter((d) => d.current && !d.erasedAt);
  if (!isPresented(row)) return committeeSummaryView({ ...row, documents: current });
  const byKind = (kind: string) => {
    const found = current.find((d) => d.kind === kind);
    return found ? committeeDocumentView(found) : null;
  };
  const c = row.candidate;
  return {
    id: row.id,
    procedureId: row.procedureId,
    candidate: {
      id: c.id,
      ...(Object.fromEntries(CANDIDATE_PROFILE_FIELDS.map((f) => [f, c[f] ?? null])) as Record<CandidateProfileField, string | null>),
    },
    source: row.source as z.infer<typeof candidateSource>,
    stage: row.stage as z.infer<typeof applicationStage>,
    preselected: true,
    complete: isComplete(current.map((d) => d.kind)),
    agencyMotivation: row.agencyMotivation,
    documents: { motivation: byKind('motivation'), cv: byKind('cv') },
    receivedAt: isoString(row.receivedAt),
  };
}

const committeeDocument = document
  .pick({ id: true, kind: true, fileName: true, sizeBytes: true, uploadedAt: true })
  .extend({ downloadUrl: z.string() })
  .meta({ id: 'CommitteeDocument' });

const committeeCandidateSummary = candidateProfile.pick({
  id: true,
  firstName: true,
  lastName: true,
  city: true,
  currentPosition: true,
  currentOrganisation: true,
});

const preselected = z.boolean().meta({ description: 'Whether the candidate was in the preselection sent to the committee.' });

export const committeeApplicationSummary = application
  .pick({ id: true, procedureId: true, candidate: true, source: true, stage: true })
  .extend({ candidate: committeeCandidateSummary, preselected })
  .extend(application.pick({ complete: true, receivedAt: true }).shape)
  .meta({
    id: 'CommitteeApplicationSummary',
    description: 'What a committee key reads of an applicant who was not preselected, and of every applicant in lists.',
  });

export const committeeApplication = application
  .pick({ id: true, procedureId: true, candidate: true, source: true, stage: true })
  .extend({ preselected: z.literal(true) })
  .extend(application.pick({ complete: true, agencyMotivation: true }).shape)
  .extend({ documents: z.object({ motivation: committeeDocument.nullable(), cv: committeeDocument.nullable() }) })
  .extend(application.pick({ receivedAt: true }).shape)
  .meta({ id: 'CommitteeApplication', description: 'What a committee key reads of a preselected candidate: in full, with the two PDFs.' });

export type CommitteeApplication = z.infer<typeof committeeApplication>;
export type CommitteeApplicationSummary = z.infer<typeof committeeApplicationSummary>;

export const committeeApplicationList = pageSchema(committeeApplicationSummary);
