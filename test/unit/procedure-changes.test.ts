import { describe, expect, it } from 'vitest';
import { checkApplicationChange, checkProcedureChange, type ProcedureChange, type RunningProcedure } from '../../src/domain/procedure-changes.js';
import { REFERENCE_TIMELINE } from '../../src/domain/timeline.js';

const WHY = 'The client asked for it in writing on 4 January.';

function running(overrides: Partial<RunningProcedure> = {}): RunningProcedure {
  return {
    phase: 'open',
    timeZone: 'Europe/Amsterdam',
    now: new Date('2026-01-05T10:00:00+01:00'),
    overviewSentAt: null,
    shortlistClosed: false,
    timeline: { ...REFERENCE_TIMELINE },
    counts: { preselection: 0, shortlist: 0 },
    windowApplications: null,
    interviews: null,
    acceptedOffers: [],
    ...overrides,
  };
}

function refusal(state: RunningProcedure, change: ProcedureChange) {
  const verdict = checkProcedureChange(state, change);
  if (verdict.ok) throw new Error('expected a refusal');
  return { status: verdict.status, failures: verdict.failures.map((f) => [f.code, f.path]) };
}

describe('checkProcedureChange', () => {
  it('lets a draft change anything, and an unchanged value is no change at all', () => {
    expect(checkProcedureChange(running({ phase: 'draft' }), { changed: ['timeZone', 'title'] }).ok).toBe(true);
    expect(checkProcedureChange(running({ phase: 'completed' }), { changed: [] }).ok).toBe(true);
  });

  it('freezes everything once completed or cancelled', () => {
    expect(refusal(running({ phase: 'completed' }), { changed: ['reference', 'title'], justification: WHY })).toEqual({
      status: 409,
      failures: [
        ['PROCEDURE_FINISHED', 'reference'],
        ['PROCEDURE_FINISHED', 'title'],
      ],
    });
    expect(refusal(running({ phase: 'cancelled' }), { changed: ['timeline'], timeline: { ...REFERENCE_TIMELINE } }).status).toBe(409);
  });

  it('asks a running procedure for a justification of at least 20 characters, except for the reference', () => {
    expect(refusal(running(), { changed: ['title'] })).toEqual({ status: 422, failures: [['JUSTIFICATION_REQUIRED', 'justification']] });
    expect(refusal(running(), { changed: ['salary'], salaryBounds: [], justification: '  too short   ' }).status).toBe(422);
    expect(checkProcedureChange(running(), { changed: ['reference'] })).toEqual({ ok: true, justification: null });
    expect(checkProcedureChange(running(), { changed: ['title'], justification: `  ${WHY} ` })).toEqual({ ok: true, justification: WHY });
  });

  it('freezes the time zone once opened, and the profile once the overview was sent', () => {
    expect(refusal(running(), { changed: ['timeZone'], justification: WHY }).failures).toEqual([['FIELD_FROZEN', 'timeZone']]);
    const sent = running({ overviewSentAt: new Date('2026-01-13T10:00:00+01:00') });
    expect(refusal(sent, { changed: ['profile'], justification: WHY }).failures).toEqual([['FIELD_FROZEN', 'profile']]);
    expect(checkProcedureChange(running(), { changed: ['profile'], justification: WHY }).ok).toBe(true);
  });

  it('refuses a stage maximum below the count, and any bound of a closed gate', () => {
    const state = running({ counts: { preselection: 5, shortlist: 0 } });
    expect(refusal(state, { changed: ['stageBounds'], stageBounds: { preselection: { min: 1, max: 4 } }, justification: WHY }).failures).toEqual([
      ['STAGE_MAX_BELOW_COUNT', 'stageBounds.preselection.max'],
    ]);
    expect(checkProcedureChange(state, { changed: ['stageBounds'], stageBounds: { preselection: { min: 1, max: 5 } }, justification: WHY }).ok).toBe(true);
    const closed = running({ overviewSentAt: new Date('2026-01-13T10:00:00+01:00'), shortlistClosed: true });
    expect(
      refusal(closed, { changed: ['stageBounds'], stageBounds: { preselection: { min: 1, max: 9 }, shortlist: { min: 1, max: 9 } }, justification: WHY })
        .failures,
    ).toEqual([
      ['FIELD_FROZEN', 'stageBounds.preselection'],
      ['FIELD_FROZEN', 'stageBounds.shortlist'],
    ]);
  });

  it('refuses salary bounds that exclude an accepted offer on its start date, or no bounds at all', () => {
    const state = running({ acceptedOffers: [{ applicationId: 'a1', startDate: '2026-03-01', monthlySalary: '11000.00' }] });
    const bounds = (max: string) => [
      { validFrom: '2025-01-01', minMonthly: '7943.51', maxMonthly: '11273.01' },
      { validFrom: '2026-01-01', minMonthly: '8062.66', maxMonthly: max },
    ];
    expect(refusal(state, { changed: ['salary'], salaryBounds: bounds('10999.99'), justification: WHY }).failures).toEqual([
      ['SALARY_EXCLUDES_ACCEPTED_OFFER', 'salary.bounds'],
    ]);
    expect(refusal(state, { changed: ['salary'], salaryBounds: null, justification: WHY }).failures).toEqual([['SALARY_EXCLUDES_ACCEPTED_OFFER', 'salary']]);
    expect(checkProcedureChange(state, { changed: ['salary'], salaryBounds: bounds('11000.00'), justification: WHY }).ok).toBe(true);
  });

  describe('the timeline', () => {
    const change = (timeline: Partial<typeof REFERENCE_TIMELINE>): ProcedureChange => ({
      changed: ['timeline'],
      timeline: { ...REFERENCE_TIMELINE, ...timeline },
      justification: WHY,
    });

    it('refuses to move an opening that passed, in either direction', () => {
      expect(refusal(running(), change({ opening: '2025-12-22' })).failures).toEqual([['MILESTONE_PASSED', 'opening']]);
      expect(refusal(running(), change({ opening: '2025-12-01' })).failures).toEqual([['MILESTONE_PASSED', 'opening']]);
      // Before the opening instant it may still move.
      const early = running({ now: new Date('2025-12-18T23:59:59+01:00') });
      expect(checkProcedureChange(early, change({ opening: '2025-12-22' })).ok).toBe(true);
    });

    it('refuses a closing date before an accepted application, or one that passed', () => {
      const state = running({
        windowApplications: { first: new Date('2025-12-20T09:00:00+01:00'), last: new Date('2026-01-05T09:00:00+01:00') },
      });
      expect(refusal(state, change({ closing: '2026-01-04' })).failures).toEqual([['CLOSING_BEFORE_ACCEPTED_APPLICATIONS', 'closing']]);
      // The end of 5 January is after the last application.
      expect(checkProcedureChange(state, change({ closing: '2026-01-05' })).ok).toBe(true);
      const after = running({ now: new Date('2026-01-07T00:00:00+01:00') });
      expect(refusal(after, change({ closing: '2026-01-07' })).failures).toEqual([['MILESTONE_PASSED', 'closing']]);
    });

    it('freezes the preselection milestones once the overview was sent and the committee meeting once the shortlist closed', () => {
      const state = running({ overviewSentAt: new Date('2026-01-13T10:00:00+01:00'), shortlistClosed: true, now: new Date('2026-01-17T10:00:00+01:00') });
      expect(refusal(state, change({ preselectionEnd: '2026-01-13', overviewDue: '2026-01-15', committeeMeeting: '2026-01-17' })).failures).toEqual([
        ['FIELD_FROZEN', 'preselectionEnd'],
        ['FIELD_FROZEN', 'overviewDue'],
        ['FIELD_FROZEN', 'committeeMeeting'],
      ]);
      expect(checkProcedureChange(state, change({ appointmentDeadline: '2026-02-08' })).ok).toBe(true);
    });

    it('keeps scheduled interviews inside the interview round', () => {
      const state = running({ interviews: { first: new Date('2026-01-19T09:00:00+01:00'), last: new Date('2026-01-23T17:00:00+01:00') } });
      expect(refusal(state, change({ interviewRoundStart: '2026-01-20', interviewRoundEnd: '2026-01-22' })).failures).toEqual([
        ['INTERVIEWS_OUTSIDE_ROUND', 'interviewRoundStart'],
        ['INTERVIEWS_OUTSIDE_ROUND', 'interviewRoundEnd'],
      ]);
      expect(checkProcedureChange(state, change({ interviewRoundEnd: '2026-01-26' })).ok).toBe(true);
    });

    it('checks only the milestones that move', () => {
      const state = running({ now: new Date('2026-01-20T10:00:00+01:00'), overviewSentAt: new Date('2026-01-13T10:00:00+01:00') });
      expect(checkProcedureChange(state, change({})).ok).toBe(true);
    });
  });
});

describe('checkApplicationChange', () => {
  const open = { procedurePhase: 'open', overviewSentAt: null, presented: false };
  const sent = { procedurePhase: 'committee_review', overviewSentAt: new Date('2026-01-13T10:00:00+01:00'), presented: true };

  it('lets the source and the motivation change before the overview is sent', () => {
    expect(checkApplicationChange(open, { sourceChanged: true, agencyMotivationChanged: true }).ok).toBe(true);
  });

  it('freezes the source after the overview was sent and asks a justification for the motivation of a presented candidate', () => {
    const source = checkApplicationChange(sent, { sourceChanged: true, agencyMotivationChanged: false, justification: WHY });
    expect(source).toMatchObject({ ok: false, status: 409, failures: [{ code: 'FIELD_FROZEN', path: 'source' }] });
    const motivation = checkApplicationChange(sent, { sourceChanged: false, agencyMotivationChanged: true });
    expect(motivation).toMatchObject({ ok: false, status: 422, failures: [{ code: 'JUSTIFICATION_REQUIRED', path: 'justification' }] });
    expect(checkApplicationChange(sent, { sourceChanged: false, agencyMotivationChanged: true, justification: WHY }).ok).toBe(true);
    expect(checkApplicationChange({ ...sent, presented: false }, { sourceChanged: false, agencyMotivationChanged: true }).ok).toBe(true);
  });

  it('freezes everything once the procedure finished', () => {
    const verdict = checkApplicationChange(
      { ...open, procedurePhase: 'completed' },
      { sourceChanged: false, agencyMotivationChanged: true, justification: WHY },
    );
    expect(verdict).toMatchObject({ ok: false, status: 409, failures: [{ code: 'PROCEDURE_FINISHED', path: 'agencyMotivation' }] });
  });
});
