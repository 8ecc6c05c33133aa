import { describe, expect, it } from 'vitest';
import {
  applicationDetail,
  applicationListDetail,
  applicationScope,
  candidateSearchScope,
  COMMITTEE_INTERVIEW_KINDS,
  interviewKindsSeen,
  interviewScope,
  isAgency,
  isCommitteeKey,
  isPresented,
  mayShareWithCommittee,
  noteScope,
  overviewAudience,
  procedureScope,
  seesApplication,
  seesContactData,
  seesDocuments,
  seesGateClosing,
  seesInquirySender,
  seesInterview,
  seesInterviewKind,
  seesMemberDetails,
  seesNote,
  seesStageChangeDetails,
  seesNoteAuthor,
  seesOthersScorecards,
  seesOverview,
  seesProcedure,
  seesScorecardSummary,
  searchesByEmail,
  type ApplicationFacts,
  type Viewer,
} from '../../src/domain/visibility.js';
import {
  visibleApplicationSql,
  visibleApplicationWhere,
  visibleInterviewKindWhere,
  visibleInterviewWhere,
  visibleNoteWhere,
} from '../../src/db/visibility-where.js';

/**
 * The visibility rules of src/domain/visibility.ts, role by role. The
 * integration tests (test/integration/committee-visibility.test.ts) check
 * that the routes and the database filters apply them.
 */

const OWN = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const MEMBER = '33333333-3333-4333-8333-333333333333';
const COLLEAGUE = '44444444-4444-4444-8444-444444444444';
const SENT = new Date('2026-01-14T09:00:00Z');
const PRESENTED = new Date('2026-01-14T08:00:00Z');

const admin: Viewer = { role: 'admin', procedureId: null, memberId: null };
const consultant: Viewer = { role: 'consultant', procedureId: null, memberId: null };
const scheduler: Viewer = { role: 'scheduler', procedureId: null, memberId: null };
const committee: Viewer = { role: 'committee', procedureId: OWN, memberId: MEMBER };
/** A committee key of the procedure that speaks for no member. */
const committeeNoMember: Viewer = { role: 'committee', procedureId: OWN, memberId: null };
/** A committee key without a procedure (never issued; it must see nothing). */
const committeeUnscoped: Viewer = { role: 'committee', procedureId: null, memberId: MEMBER };

const agencyKeys = [admin, consultant];

function app(overrides: Partial<ApplicationFacts> = {}): ApplicationFacts {
  return { procedureId: OWN, source: 'open_call', presentedAt: null, overviewSentAt: SENT, ...overrides };
}

describe('roles', () => {
  it('admin and consultant are agency keys; committee and scheduler are not', () => {
    expect(agencyKeys.map(isAgency)).toEqual([true, true]);
    expect(isAgency(committee)).toBe(false);
    expect(isAgency(scheduler)).toBe(false);
  });

  it('only a committee key is one', () => {
    expect([admin, consultant, scheduler].map(isCommitteeKey)).toEqual([false, false, false]);
    expect(isCommitteeKey(committee)).toBe(true);
  });
});

describe('procedures', () => {
  it('agency keys and the scheduler see every procedure', () => {
    for (const viewer of [admin, consultant, scheduler]) {
      expect(procedureScope(viewer)).toEqual({ kind: 'all' });
      expect(seesProcedure(viewer, OWN)).toBe(true);
      expect(seesProcedure(viewer, OTHER)).toBe(true);
    }
  });

  it('a committee key sees its own procedure only', () => {
    expect(procedureScope(committee)).toEqual({ kind: 'own', procedureId: OWN });
    expect(seesProcedure(committee, OWN)).toBe(true);
    expect(seesProcedure(committee, OTHER)).toBe(false);
  });

  it('a committee key without a procedure sees none', () => {
    expect(procedureScope(committeeUnscoped)).toEqual({ kind: 'own', procedureId: null });
    expect(seesProcedure(committeeUnscoped, OWN)).toBe(false);
  });
});

describe('applications', () => {
  it('agency keys see every application, sent or not, presented or not, of any procedure', () => {
    for (const viewer of agencyKeys) {
      expect(applicationScope(viewer)).toEqual({ kind: 'all' });
      expect(seesApplication(viewer, app({ overviewSentAt: null }))).toBe(true);
      expect(seesApplication(viewer, app({ source: 'agency_search' }))).toBe(true);
      expect(seesApplication(viewer, app({ procedureId: OTHER }))).toBe(true);
    }
  });

  it('the scheduler and an unscoped committee key see none', () => {
    for (const viewer of [scheduler, committeeUnscoped]) {
      expect(applicationScope(viewer)).toEqual({ kind: 'none' });
      expect(seesApplication(viewer, app())).toBe(false);
      expect(seesApplication(viewer, app({ presentedAt: PRESENTED }))).toBe(false);
    }
  });

  it('a committee key sees nothing of its procedure before the overview was sent', () => {
    expect(applicationScope(committee)).toEqual({ kind: 'committee', procedureId: OWN });
    expect(seesApplication(committee, app({ overviewSentAt: null }))).toBe(false);
    expect(seesApplication(committee, app({ overviewSentAt: null, presentedAt: PRESENTED }))).toBe(false);
  });

  it('after the overview was sent, a committee key sees every applicant who applied', () => {
    expect(seesApplication(committee, app({ source: 'open_call' }))).toBe(true);
    expect(seesApplication(committee, app({ source: 'referral' }))).toBe(true);
    expect(seesApplication(committee, app({ source: 'open_call', presentedAt: PRESENTED }))).toBe(true);
  });

  it("a committee key sees a candidate of the agency's search only when presented", () => {
    expect(seesApplication(committee, app({ source: 'agency_search' }))).toBe(false);
    expect(seesApplication(committee, app({ source: 'agency_search', presentedAt: PRESENTED }))).toBe(true);
  });

  it('a committee key never sees an application of another procedure', () => {
    expect(seesApplication(committee, app({ procedureId: OTHER }))).toBe(false);
    expect(seesApplication(committee, app({ procedureId: OTHER, presentedAt: PRESENTED }))).toBe(false);
  });

  it('presented means in the preselection as sent', () => {
    expect(isPresented({ presentedAt: PRESENTED })).toBe(true);
    expect(isPresented({ presentedAt: null })).toBe(false);
  });
});

describe('application fields', () => {
  it('agency keys read the agency view, with contact data and documents', () => {
    for (const viewer of agencyKeys) {
      expect(applicationDetail(viewer, { presentedAt: null })).toBe('agency');
      expect(applicationDetail(viewer, { presentedAt: PRESENTED })).toBe('agency');
      expect(applicationListDetail(viewer)).toBe('agency');
      expect(seesDocuments(viewer, { presentedAt: null })).toBe(true);
      expect(seesContactData(viewer)).toBe(true);
    }
  });

  it('a committee key reads a presented candidate in full and any other in summary', () => {
    expect(applicationDetail(committee, { presentedAt: PRESENTED })).toBe('committee-full');
    expect(applicationDetail(committee, { presentedAt: null })).toBe('committee-summary');
  });

  it('a committee key reads lists in summary, without contact data', () => {
    expect(applicationListDetail(committee)).toBe('committee-summary');
    expect(seesContactData(committee)).toBe(false);
  });

  it('a committee key downloads the PDFs of the preselection only', () => {
    expect(seesDocuments(committee, { presentedAt: PRESENTED })).toBe(true);
    expect(seesDocuments(committee, { presentedAt: null })).toBe(false);
  });

  it('who made a stage change and why: agency keys only', () => {
    for (const viewer of agencyKeys) expect(seesStageChangeDetails(viewer)).toBe(true);
    expect(seesStageChangeDetails(committee)).toBe(false);
    expect(seesStageChangeDetails(scheduler)).toBe(false);
  });

  it('the scheduler sees no contact data', () => {
    expect(seesContactData(scheduler)).toBe(false);
  });
});

describe('candidate search', () => {
  it('agency keys search every candidate, by name and e-mail', () => {
    for (const viewer of agencyKeys) {
      expect(candidateSearchScope(viewer)).toEqual({ kind: 'all' });
      expect(searchesByEmail(viewer)).toBe(true);
    }
  });

  it('a committee key searches the candidates of the applications it sees, by name only', () => {
    for (const viewer of [committee, committeeNoMember, committeeUnscoped]) {
      expect(candidateSearchScope(viewer)).toEqual({ kind: 'visible-applications' });
      expect(searchesByEmail(viewer)).toBe(false);
    }
  });
});

describe('the candidate overview', () => {
  it('agency keys read the agency variant, sent or not', () => {
    for (const viewer of agencyKeys) {
      expect(overviewAudience(viewer)).toBe('agency');
      expect(seesOverview(viewer, { id: OWN, overviewSentAt: null })).toBe(true);
      expect(seesOverview(viewer, { id: OTHER, overviewSentAt: SENT })).toBe(true);
    }
  });

  it('a committee key reads its own variant of its own procedure, once sent', () => {
    expect(overviewAudience(committee)).toBe('committee');
    expect(seesOverview(committee, { id: OWN, overviewSentAt: null })).toBe(false);
    expect(seesOverview(committee, { id: OWN, overviewSentAt: SENT })).toBe(true);
    expect(seesOverview(committee, { id: OTHER, overviewSentAt: SENT })).toBe(false);
  });
});

describe('interviews', () => {
  const committeeInterview = { procedureId: OWN, kind: 'committee' };
  const screening = { procedureId: OWN, kind: 'agency_screening' };

  it('agency keys see every interview of every procedure, screening ones included', () => {
    for (const viewer of agencyKeys) {
      expect(interviewScope(viewer)).toEqual({ kind: 'all' });
      expect(seesInterview(viewer, committeeInterview)).toBe(true);
      expect(seesInterview(viewer, screening)).toBe(true);
      expect(seesInterview(viewer, { procedureId: OTHER, kind: 'committee' })).toBe(true);
    }
  });

  it("a committee key sees its own procedure's committee interviews, not the agency's screening", () => {
    expect(interviewScope(committee)).toEqual({ kind: 'committee', procedureId: OWN });
    expect(seesInterview(committee, committeeInterview)).toBe(true);
    expect(seesInterview(committee, screening)).toBe(false);
    expect(seesInterview(committee, { procedureId: OTHER, kind: 'committee' })).toBe(false);
  });

  it('the scheduler and an unscoped committee key see no interview through the interview routes', () => {
    for (const viewer of [scheduler, committeeUnscoped]) {
      expect(interviewScope(viewer)).toEqual({ kind: 'none' });
      expect(seesInterview(viewer, committeeInterview)).toBe(false);
    }
  });

  it('in the calendar feed, only a committee key is limited to its own round', () => {
    expect(COMMITTEE_INTERVIEW_KINDS).toEqual(['committee']);
    expect(interviewKindsSeen(committee)).toEqual(['committee']);
    expect(seesInterviewKind(committee, 'committee')).toBe(true);
    expect(seesInterviewKind(committee, 'agency_screening')).toBe(false);
    for (const viewer of [admin, consultant, scheduler]) {
      expect(interviewKindsSeen(viewer)).toBeNull();
      expect(seesInterviewKind(viewer, 'agency_screening')).toBe(true);
      expect(seesInterviewKind(viewer, 'committee')).toBe(true);
    }
  });
});

describe('scorecards', () => {
  it("agency keys read everyone's scorecards and every candidate's averages", () => {
    for (const viewer of agencyKeys) {
      expect(seesOthersScorecards(viewer, false)).toBe(true);
      expect(seesScorecardSummary(viewer, new Set())).toBe(true);
    }
  });

  it("a committee member reads the others' scorecards only after submitting its own", () => {
    expect(seesOthersScorecards(committee, false)).toBe(false);
    expect(seesOthersScorecards(committee, true)).toBe(true);
  });

  it("a committee member reads a candidate's averages once it scored that candidate", () => {
    expect(seesScorecardSummary(committee, new Set([COLLEAGUE]))).toBe(false);
    expect(seesScorecardSummary(committee, new Set([COLLEAGUE, MEMBER]))).toBe(true);
  });

  it('a committee key that speaks for no member reads no averages', () => {
    expect(seesScorecardSummary(committeeNoMember, new Set([COLLEAGUE, MEMBER]))).toBe(false);
  });
});

describe('agency-only fields', () => {
  it('who closed a gate and why: not for a committee key', () => {
    expect(agencyKeys.map(seesGateClosing)).toEqual([true, true]);
    expect(seesGateClosing(scheduler)).toBe(true);
    expect(seesGateClosing(committee)).toBe(false);
  });

  it("removed members and a member's e-mail and dates: not for a committee key", () => {
    expect(agencyKeys.map(seesMemberDetails)).toEqual([true, true]);
    expect(seesMemberDetails(committee)).toBe(false);
  });

  it('who sent a question and its subject: not for the scheduler', () => {
    expect([admin, consultant].map(seesInquirySender)).toEqual([true, true]);
    expect(seesInquirySender(scheduler)).toBe(false);
  });
});

describe('notes', () => {
  it('agency keys read every note, a committee key only the shared ones', () => {
    for (const viewer of agencyKeys) {
      expect(noteScope(viewer)).toEqual({ kind: 'all' });
      expect(seesNote(viewer, { shared: false })).toBe(true);
    }
    expect(noteScope(committee)).toEqual({ kind: 'shared' });
    expect(seesNote(committee, { shared: true })).toBe(true);
    expect(seesNote(committee, { shared: false })).toBe(false);
    expect(agencyKeys.every(seesNoteAuthor)).toBe(true);
    expect(seesNoteAuthor(committee)).toBe(false);
  });

  it('a note is shared with the committee only once the overview was sent', () => {
    expect(mayShareWithCommittee({ overviewSentAt: null })).toBe(false);
    expect(mayShareWithCommittee({ overviewSentAt: SENT })).toBe(true);
  });
});

describe('the database filters built from the scopes', () => {
  it('applications: everything, nothing, or the committee rule', () => {
    expect(visibleApplicationWhere(admin)).toEqual({});
    expect(visibleApplicationWhere(scheduler)).toEqual({ id: { in: [] } });
    expect(visibleApplicationWhere(committeeUnscoped)).toEqual({ id: { in: [] } });
    expect(visibleApplicationWhere(committee)).toEqual({
      procedureId: OWN,
      procedure: { overviewSentAt: { not: null } },
      OR: [{ source: { not: 'agency_search' } }, { presentedAt: { not: null } }],
    });
  });

  it('applications in SQL: no condition, none, or the committee rule with its procedure as a parameter', () => {
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    expect(visibleApplicationSql(consultant, param)).toBeNull();
    expect(visibleApplicationSql(scheduler, param)).toBe('false');
    expect(visibleApplicationSql(committeeUnscoped, param)).toBe('false');
    const sql = visibleApplicationSql(committee, param)!;
    expect(values).toEqual([OWN]);
    expect(sql).toContain('a.procedure_id = $1::uuid');
    expect(sql).toContain('overview_sent_at IS NOT NULL');
    expect(sql).toContain("a.source <> 'agency_search' OR a.presented_at IS NOT NULL");
  });

  it("interviews: everything, nothing, or the committee's round of its procedure", () => {
    expect(visibleInterviewWhere(consultant)).toEqual({});
    expect(visibleInterviewWhere(scheduler)).toEqual({ id: { in: [] } });
    expect(visibleInterviewWhere(committee)).toEqual({ procedureId: OWN, kind: { in: ['committee'] } });
    expect(visibleInterviewKindWhere(scheduler)).toEqual({});
    expect(visibleInterviewKindWhere(committee)).toEqual({ kind: { in: ['committee'] } });
  });

  it('notes: on the applications seen, and for a committee key the shared ones only', () => {
    expect(visibleNoteWhere(consultant)).toEqual({ application: {} });
    expect(visibleNoteWhere(committee)).toEqual({ application: visibleApplicationWhere(committee), shared: true });
    expect(visibleNoteWhere(scheduler)).toEqual({ application: { id: { in: [] } }, shared: true });
  });
});
