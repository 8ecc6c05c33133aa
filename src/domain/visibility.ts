import { AGENCY_ROLES, type Actor } from '../lib/actor.js';
import type { InterviewKind } from './interview-slots.js';

/**
 * Who sees what (docs/procedure.md, rule 10): the one home of the visibility
 * rules. Agency keys (admin, consultant) see everything. A committee key is
 * scoped to one procedure and, within it, sees:
 * - applications only after the candidate overview was sent: every applicant
 *   who applied (open call or referral) in summary, the preselection as sent
 *   (`presentedAt`) in full with its two PDFs, never a candidate from the
 *   agency's search who was not preselected;
 * - the committee interviews, never the agency's screening interviews;
 * - the other members' scorecards of an interview (and a candidate's
 *   averages) only after submitting its own;
 * - of the consultants' notes on those applications, only the ones shared
 *   with the committee (sharing is possible once the overview was sent);
 * - no agency-only fields: contact data in lists and in the overview, who
 *   closed a gate and why, removed committee members.
 * Anything it may not see does not exist for it (404). Which routes a role
 * may call at all is the route's `roles`; these rules decide what the
 * reachable routes show.
 *
 * The where-fragments for the database are built from the scopes below
 * (src/db/visibility-where.ts), so a list and a single read agree.
 */

/** The part of an API key that decides what it sees. */
export type Viewer = Pick<Actor, 'role' | 'procedureId' | 'memberId'>;

/** Agency keys see everything. */
export function isAgency(viewer: Pick<Viewer, 'role'>): boolean {
  return AGENCY_ROLES.includes(viewer.role);
}

/** A committee key: scoped to one procedure, speaking for one committee member. */
export function isCommitteeKey(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role === 'committee';
}

// ---------------------------------------------------------------- procedures

/** Which procedures a viewer sees: all of them, or only its own (none if it has none). */
export type ProcedureScope = { kind: 'all' } | { kind: 'own'; procedureId: string | null };

export function procedureScope(viewer: Viewer): ProcedureScope {
  return isCommitteeKey(viewer) ? { kind: 'own', procedureId: viewer.procedureId } : { kind: 'all' };
}

/** Whether a procedure exists for the viewer: a committee key sees its own procedure only. */
export function seesProcedure(viewer: Viewer, procedureId: string): boolean {
  const scope = procedureScope(viewer);
  return scope.kind === 'all' || scope.procedureId === procedureId;
}

// ---------------------------------------------------------------- applications

/** The facts of an application that decide whether a committee key sees it. */
export interface ApplicationFacts {
  procedureId: string;
  source: string;
  presentedAt: Date | null;
  /** When the candidate overview of the application's procedure was sent. */
  overviewSentAt: Date | null;
}

/** The source whose candidates a committee key sees only when they were in the preselection as sent. */
export const PRESELECTED_ONLY_SOURCE = 'agency_search';

/**
 * Which applications a viewer sees: all, none, or those of its own procedure
 * once the overview was sent, without the agency's search candidates who
 * were not presented.
 */
export type ApplicationScope = { kind: 'all' } | { kind: 'none' } | { kind: 'committee'; procedureId: string };

export function applicationScope(viewer: Viewer): ApplicationScope {
  if (isAgency(viewer)) return { kind: 'all' };
  if (isCommitteeKey(viewer) && viewer.procedureId) return { kind: 'committee', procedureId: viewer.procedureId };
  return { kind: 'none' };
}

/** Whether the application is in the preselection as it was sent to the committee. */
export function isPresented(application: { presentedAt: Date | null }): boolean {
  return application.presentedAt !== null;
}

export function seesApplication(viewer: Viewer, application: ApplicationFacts): boolean {
  const scope = applicationScope(viewer);
  if (scope.kind !== 'committee') return scope.kind === 'all';
  return (
    application.procedureId === scope.procedureId &&
    application.overviewSentAt !== null &&
    (application.source !== PRESELECTED_ONLY_SOURCE || isPresented(application))
  );
}

/**
 * How much of an application the viewer reads (given that it sees it):
 * agency keys the agency's view; a committee key a presented candidate in
 * full (contact data, the agency's motivation, the PDFs) and any other in
 * summary only.
 */
export type ApplicationDetail = 'agency' | 'committee-full' | 'committee-summary';

export function applicationDetail(viewer: Viewer, application: { presentedAt: Date | null }): ApplicationDetail {
  if (!isCommitteeKey(viewer)) return 'agency';
  return isPresented(application) ? 'committee-full' : 'committee-summary';
}

/** In lists a committee key reads every application in summary. */
export function applicationListDetail(viewer: Viewer): 'agency' | 'committee-summary' {
  return isCommitteeKey(viewer) ? 'committee-summary' : 'agency';
}

/** A committee key downloads the PDFs of the preselection only. */
export function seesDocuments(viewer: Viewer, application: { presentedAt: Date | null }): boolean {
  return !isCommitteeKey(viewer) || isPresented(application);
}

/**
 * Who made a stage change and why (the history of an application): agency
 * keys only; a committee key reads the moves and their instants, never the
 * actor or the reason (they can hold agency-internal text).
 */
export function seesStageChangeDetails(viewer: Viewer): boolean {
  return isAgency(viewer);
}

/** Candidates' contact data (e-mail, phone) in lists and in the overview: agency keys only. */
export function seesContactData(viewer: Viewer): boolean {
  return isAgency(viewer);
}

/**
 * Candidate search: agency keys search every candidate by name and e-mail; a
 * committee key only the candidates of the applications it sees, by name
 * (it sees no contact data), and reads only those applications.
 */
export type CandidateSearchScope = { kind: 'all' } | { kind: 'visible-applications' };

export function candidateSearchScope(viewer: Viewer): CandidateSearchScope {
  return isAgency(viewer) ? { kind: 'all' } : { kind: 'visible-applications' };
}

/** Whether the search matches and shows e-mail addresses: only for those who see contact data. */
export function searchesByEmail(viewer: Viewer): boolean {
  return seesContactData(viewer);
}

// ---------------------------------------------------------------- the candidate overview

/** Which variant of the candidate overview the viewer reads. */
export function overviewAudience(viewer: Viewer): 'agency' | 'committee' {
  return isCommitteeKey(viewer) ? 'committee' : 'agency';
}

/** A committee key reads the overview of its own procedure once it was sent; agency keys always. */
export function seesOverview(viewer: Viewer, procedure: { id: string; overviewSentAt: Date | null }): boolean {
  if (!seesProcedure(viewer, procedure.id)) return false;
  return !isCommitteeKey(viewer) || procedure.overviewSentAt !== null;
}

// ---------------------------------------------------------------- interviews

/** The interview kinds a committee key sees: its own round, not the agency's screening. */
export const COMMITTEE_INTERVIEW_KINDS: readonly InterviewKind[] = ['committee'];

/**
 * Which interviews a viewer sees through the interview routes: all, none,
 * or the committee interviews of its own procedure.
 */
export type InterviewScope = { kind: 'all' } | { kind: 'none' } | { kind: 'committee'; procedureId: string };

export function interviewScope(viewer: Viewer): InterviewScope {
  if (isAgency(viewer)) return { kind: 'all' };
  if (isCommitteeKey(viewer) && viewer.procedureId) return { kind: 'committee', procedureId: viewer.procedureId };
  return { kind: 'none' };
}

/** The interview kinds that are the viewer's business (null: every kind); the calendar feed filters by these alone. */
export function interviewKindsSeen(viewer: Viewer): readonly InterviewKind[] | null {
  return isCommitteeKey(viewer) ? COMMITTEE_INTERVIEW_KINDS : null;
}

export function seesInterviewKind(viewer: Viewer, kind: string): boolean {
  const kinds = interviewKindsSeen(viewer);
  return kinds === null || (kinds as readonly string[]).includes(kind);
}

export function seesInterview(viewer: Viewer, interview: { procedureId: string; kind: string }): boolean {
  const scope = interviewScope(viewer);
  if (scope.kind !== 'committee') return scope.kind === 'all';
  return interview.procedureId === scope.procedureId && seesInterviewKind(viewer, interview.kind);
}

// ---------------------------------------------------------------- scorecards

/**
 * Whose scorecards of an interview the viewer reads: agency keys all; a
 * committee member the others' only after submitting its own (so that no
 * one's judgement leans on another's), before that only its own.
 */
export function seesOthersScorecards(viewer: Viewer, ownSubmitted: boolean): boolean {
  return !isCommitteeKey(viewer) || ownSubmitted;
}

/** A candidate's averages: for a committee member once it submitted a scorecard for that candidate. */
export function seesScorecardSummary(viewer: Viewer, submittedBy: ReadonlySet<string>): boolean {
  return !isCommitteeKey(viewer) || (viewer.memberId !== null && submittedBy.has(viewer.memberId));
}

// ---------------------------------------------------------------- agency-only fields

/** Who closed a gate and the agency's justification: agency keys only. */
export function seesGateClosing(viewer: Viewer): boolean {
  return !isCommitteeKey(viewer);
}

/** Removed committee members, and a member's e-mail address and dates: agency keys only. */
export function seesMemberDetails(viewer: Viewer): boolean {
  return !isCommitteeKey(viewer);
}

/** Who sent a question and its subject: every role that reads questions except the scheduler. */
export function seesInquirySender(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role !== 'scheduler';
}

// ---------------------------------------------------------------- notes

/**
 * The consultants' notes on an application the viewer sees: agency keys read
 * every note; a committee key only those shared with the committee (and it
 * sees the application only once the overview was sent, seesApplication).
 */
export type NoteScope = { kind: 'all' } | { kind: 'shared' };

export function noteScope(viewer: Viewer): NoteScope {
  return isAgency(viewer) ? { kind: 'all' } : { kind: 'shared' };
}

export function seesNote(viewer: Viewer, note: { shared: boolean }): boolean {
  return noteScope(viewer).kind === 'all' || note.shared;
}

/** Who wrote a note (the agency's API key and the person it acted as): agency keys only, as who closed a gate. */
export function seesNoteAuthor(viewer: Viewer): boolean {
  return !isCommitteeKey(viewer);
}

/** A note can be shared with the committee once the candidate overview of its procedure was sent. */
export function mayShareWithCommittee(procedure: { overviewSentAt: Date | null }): boolean {
  return procedure.overviewSentAt !== null;
}
