import { z } from 'zod';
import { isPresented } from '../../domain/visibility.js';
import { pageSchema } from '../../lib/pagination.js';
import type { candidateSource } from '../candidates/candidates.schemas.js';
import { application, applicationStage, candidateFull, document, DOCUMENT_KINDS } from './applications.schemas.js';

/**
 * What a committee key reads of the applications it sees (which ones, and
 * how much of each, is src/domain/visibility.ts): every applicant in
 * summary, the preselection as sent in full with its two PDFs, never the
 * agency's notes. The field lists are picked from the application schemas.
 */

interface CandidateFields {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email?: string | null;
  phone?: string | null;
  city?: string | null;
  currentPosition?: string | null;
  currentOrganisation?: string | null;
  linkedinUrl?: string | null;
}

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

function completeOf(kinds: Set<string>): boolean {
  return DOCUMENT_KINDS.every((k) => kinds.has(k));
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
    complete: completeOf(new Set(row.documents.map((d) => d.kind))),
    receivedAt: row.receivedAt.toISOString(),
  };
}

function committeeDocumentView(d: DocumentFields) {
  return {
    id: d.id,
    kind: d.kind as 'motivation' | 'cv',
    fileName: d.fileName,
    sizeBytes: d.sizeBytes,
    uploadedAt: d.createdAt.toISOString(),
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
      firstName: c.firstName,
      lastName: c.lastName,
      email: c.email ?? null,
      phone: c.phone ?? null,
      city: c.city ?? null,
      currentPosition: c.currentPosition ?? null,
      currentOrganisation: c.currentOrganisation ?? null,
      linkedinUrl: c.linkedinUrl ?? null,
    },
    source: row.source as z.infer<typeof candidateSource>,
    stage: row.stage as z.infer<typeof applicationStage>,
    preselected: true,
    complete: completeOf(new Set(current.map((d) => d.kind))),
    agencyMotivation: row.agencyMotivation,
    documents: { motivation: byKind('motivation'), cv: byKind('cv') },
    receivedAt: row.receivedAt.toISOString(),
  };
}

const committeeDocument = document
  .pick({ id: true, kind: true, fileName: true, sizeBytes: true, uploadedAt: true })
  .extend({ downloadUrl: z.string() })
  .meta({ id: 'CommitteeDocument' });

const committeeCandidateSummary = candidateFull.pick({
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
  .meta({ id: 'CommitteeApplicationSummary', description: 'What a committee key reads of an applicant who was not preselected, and of every applicant in lists.' });

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
