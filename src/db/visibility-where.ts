import {
  applicationScope,
  COMMITTEE_INTERVIEW_KINDS,
  interviewKindsSeen,
  interviewScope,
  noteScope,
  PRESELECTED_ONLY_SOURCE,
  type Viewer,
} from '../domain/visibility.js';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * The visibility rules of src/domain/visibility.ts as Prisma where-fragments,
 * built from the same scopes, so that every read path filters in the query
 * exactly what the predicates allow.
 */

const NOTHING = { id: { in: [] } };

/** The applications the viewer sees (seesApplication). */
export function visibleApplicationWhere(viewer: Viewer): Prisma.ApplicationWhereInput {
  const scope = applicationScope(viewer);
  if (scope.kind === 'all') return {};
  if (scope.kind === 'none') return NOTHING;
  return {
    procedureId: scope.procedureId,
    procedure: { overviewSentAt: { not: null } },
    OR: [{ source: { not: PRESELECTED_ONLY_SOURCE } }, { presentedAt: { not: null } }],
  };
}

/** The interviews the viewer sees through the interview routes (seesInterview). */
export function visibleInterviewWhere(viewer: Viewer): Prisma.InterviewWhereInput {
  const scope = interviewScope(viewer);
  if (scope.kind === 'all') return {};
  if (scope.kind === 'none') return NOTHING;
  return { procedureId: scope.procedureId, kind: { in: [...COMMITTEE_INTERVIEW_KINDS] } };
}

/** The interview kinds the viewer sees in a procedure it may read (seesInterviewKind): the calendar feed. */
export function visibleInterviewKindWhere(viewer: Viewer): Prisma.InterviewWhereInput {
  const kinds = interviewKindsSeen(viewer);
  return kinds === null ? {} : { kind: { in: [...kinds] } };
}

/**
 * visibleApplicationWhere as a SQL condition on `applications a`, for the
 * reads written in SQL: null when the viewer sees every application (no
 * condition), `$n` parameters added through `param`.
 */
export function visibleApplicationSql(viewer: Viewer, param: (value: unknown) => string): string | null {
  const scope = applicationScope(viewer);
  if (scope.kind === 'all') return null;
  if (scope.kind === 'none') return 'false';
  return (
    `a.procedure_id = ${param(scope.procedureId)}::uuid` +
    ' AND EXISTS (SELECT 1 FROM procedures vp WHERE vp.id = a.procedure_id AND vp.overview_sent_at IS NOT NULL)' +
    ` AND (a.source <> '${PRESELECTED_ONLY_SOURCE}' OR a.presented_at IS NOT NULL)`
  );
}

/** The notes the viewer reads, on the applications it sees (seesApplication, seesNote). */
export function visibleNoteWhere(viewer: Viewer): Prisma.ApplicationNoteWhereInput {
  const application = visibleApplicationWhere(viewer);
  return noteScope(viewer).kind === 'all' ? { application } : { application, shared: true };
}
