import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STAGES,
  checkTransition,
  GOVERNING_STAGE,
  graphTargets,
  REJECTION_CATEGORIES,
  type ApplicationStage,
  type TransitionInput,
} from '../../src/domain/stage-graph.js';
import { REFERENCE_TIMELINE, timelineInstants, type Timeline } from '../../src/domain/timeline.js';

const zone = 'Europe/Amsterdam';
const timeline: Timeline = REFERENCE_TIMELINE;
const instants = timelineInstants(timeline, zone);
const at = (iso: string) => new Date(iso);

/** A preselection in progress on 9 January with room left. */
function input(overrides: Partial<TransitionInput>): TransitionInput {
  return {
    from: 'applied',
    to: 'preselected',
    complete: true,
    interviewHeld: false,
    procedurePhase: 'preselection',
    stages: {},
    counts: { preselection: 2, shortlist: 0, nomination: 0 },
    now: at('2026-01-09T10:00:00+01:00'),
    instants,
    zone,
    ...overrides,
  };
}

/** The interview round on 22 January: overview sent, shortlist invited. */
const interviewWeek: Partial<TransitionInput> = {
  stages: { preselection: 'closed', shortlist: 'closed' },
  counts: { preselection: 5, shortlist: 4, nomination: 0 },
  now: at('2026-01-22T16:00:00+01:00'),
};

function code(result: ReturnType<typeof checkTransition>) {
  return result.ok ? 'OK' : result.code;
}

describe('stage graph: the forward path', () => {
  it('walks applied -> preselected -> shortlisted -> interviewed -> nominated, each at its time', () => {
    expect(checkTransition(input({}))).toEqual({ ok: true, kind: 'advance', overQuota: false });
    expect(
      checkTransition(
        input({
          from: 'preselected',
          to: 'shortlisted',
          stages: { preselection: 'closed' },
          counts: { preselection: 5, shortlist: 1, nomination: 0 },
          now: at('2026-01-16T11:00:00+01:00'),
        }),
      ),
    ).toMatchObject({ ok: true, kind: 'advance' });
    expect(checkTransition(input({ ...interviewWeek, from: 'shortlisted', to: 'interviewed', interviewHeld: true }))).toMatchObject({
      ok: true,
    });
    expect(checkTransition(input({ ...interviewWeek, from: 'interviewed', to: 'nominated' }))).toMatchObject({ ok: true });
  });

  it('refuses to skip a stage: shortlisting an application that was never preselected', () => {
    const result = checkTransition(input({ from: 'applied', to: 'shortlisted', stages: { preselection: 'closed' } }));
    expect(result).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED', path: 'to' });
    expect(!result.ok && result.message).toBe('An application can become shortlisted only when it is preselected; this one is applied.');
  });

  it('refuses going back and staying put', () => {
    expect(code(checkTransition(input({ from: 'shortlisted', to: 'preselected' })))).toBe('TRANSITION_NOT_ALLOWED');
    expect(code(checkTransition(input({ from: 'preselected', to: 'applied' })))).toBe('TRANSITION_NOT_ALLOWED');
    const stay = checkTransition(input({ from: 'preselected', to: 'preselected' }));
    expect(stay).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', message: 'The application is already preselected.' });
  });

  it('nominates only interviewed candidates (NOT_INTERVIEWED)', () => {
    for (const from of ['applied', 'preselected', 'shortlisted'] as const) {
      const result = checkTransition(input({ ...interviewWeek, from, to: 'nominated' }));
      expect(result).toMatchObject({ ok: false, code: 'NOT_INTERVIEWED' });
    }
  });

  it('marks a candidate interviewed only after an interview took place', () => {
    const result = checkTransition(input({ ...interviewWeek, from: 'shortlisted', to: 'interviewed', interviewHeld: false }));
    expect(code(result)).toBe('NOT_INTERVIEWED');
  });

  it('appoints only through the appointment decision', () => {
    expect(code(checkTransition(input({ ...interviewWeek, from: 'nominated', to: 'appointed' })))).toBe('APPOINTMENT_REQUIRED');
    expect(checkTransition(input({ ...interviewWeek, from: 'nominated', to: 'appointed', viaAppointment: true }))).toMatchObject({
      ok: true,
    });
    expect(code(checkTransition(input({ ...interviewWeek, from: 'interviewed', to: 'appointed', viaAppointment: true })))).toBe('TRANSITION_NOT_ALLOWED');
  });
});

describe('stage graph: final stages and finished procedures', () => {
  it.each(['appointed', 'withdrawn'] as const)('nothing moves out of %s (APPLICATION_FINAL)', (from) => {
    for (const to of APPLICATION_STAGES) {
      if (to === from) continue;
      expect(code(checkTransition(input({ from, to, reasonCategory: 'not_selected_by_agency', reason: 'x'.repeat(30) })))).toBe('APPLICATION_FINAL');
    }
  });

  it('says in a sentence that a withdrawn candidate cannot move', () => {
    const result = checkTransition(input({ from: 'withdrawn', to: 'preselected' }));
    expect(!result.ok && result.message).toMatch(/withdrew/);
  });

  it.each(['completed', 'cancelled'])('nothing moves in a %s procedure', (phase) => {
    expect(code(checkTransition(input({ procedurePhase: phase })))).toBe('PROCEDURE_FINISHED');
  });
});

describe('stage graph: rejection and withdrawal', () => {
  const active: ApplicationStage[] = ['applied', 'preselected', 'shortlisted', 'interviewed', 'nominated'];

  it.each(active)('rejects from %s with a reason category', (from) => {
    for (const category of REJECTION_CATEGORIES) {
      expect(checkTransition(input({ from, to: 'rejected', reasonCategory: category }))).toEqual({
        ok: true,
        kind: 'reject',
        overQuota: false,
      });
    }
  });

  it('refuses a rejection without a valid reason category', () => {
    for (const reasonCategory of [undefined, null, '', 'too_old']) {
      const result = checkTransition(input({ to: 'rejected', reasonCategory, reason: 'Did not fit the profile at all.' }));
      expect(result).toMatchObject({ ok: false, code: 'REJECTION_REASON_REQUIRED', path: 'reasonCategory' });
      expect(!result.ok && result.message).toMatch(/not_selected_by_agency/);
    }
  });

  it.each(active)('lets the candidate withdraw from %s without a reason', (from) => {
    expect(checkTransition(input({ from, to: 'withdrawn' }))).toEqual({ ok: true, kind: 'withdraw', overQuota: false });
  });

  it('rejection and withdrawal ignore closed stages, quota and timing', () => {
    const late = { ...interviewWeek, stages: { preselection: 'closed', shortlist: 'closed', nomination: 'closed' } as const };
    expect(checkTransition(input({ ...late, from: 'nominated', to: 'rejected', reasonCategory: 'position_filled' })).ok).toBe(true);
    expect(checkTransition(input({ ...late, from: 'applied', to: 'withdrawn' })).ok).toBe(true);
  });

  it('a rejected candidate can neither withdraw nor be rejected again', () => {
    expect(code(checkTransition(input({ from: 'rejected', rejectedFrom: 'applied', to: 'withdrawn' })))).toBe('TRANSITION_NOT_ALLOWED');
    expect(code(checkTransition(input({ from: 'rejected', rejectedFrom: 'applied', to: 'rejected', reasonCategory: 'position_filled' })))).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
  });
});

describe('stage graph: reinstatement', () => {
  const reason = 'The committee asked to see this candidate after all.';

  it('reinstates to the stage it was rejected from, with a reason, while that stage is open', () => {
    expect(checkTransition(input({ from: 'rejected', rejectedFrom: 'preselected', to: 'preselected', reason }))).toEqual({
      ok: true,
      kind: 'reinstate',
      overQuota: false,
    });
    // Before the closing date the preselection is pending, not closed: an applicant rejected by mistake comes back.
    expect(checkTransition(input({ from: 'rejected', rejectedFrom: 'applied', to: 'applied', reason, now: at('2026-01-02T10:00:00+01:00') }))).toMatchObject({
      ok: true,
      kind: 'reinstate',
    });
  });

  it('refuses another target than the stage it was rejected from', () => {
    const result = checkTransition(input({ from: 'rejected', rejectedFrom: 'applied', to: 'preselected', reason }));
    expect(result).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    expect(!result.ok && result.message).toMatch(/only be reinstated to the stage it was rejected from \(applied\)/);
    expect(code(checkTransition(input({ from: 'rejected', rejectedFrom: null, to: 'applied', reason })))).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('needs a reason (REINSTATE_REASON_REQUIRED); blank does not count', () => {
    for (const r of [undefined, null, '', '   ']) {
      const result = checkTransition(input({ from: 'rejected', rejectedFrom: 'preselected', to: 'preselected', reason: r }));
      expect(result).toMatchObject({ code: 'REINSTATE_REASON_REQUIRED', path: 'reason' });
    }
  });

  it('is refused once the stage it returns to is closed (STAGE_CLOSED)', () => {
    const closed = { stages: { preselection: 'closed' } as const };
    expect(code(checkTransition(input({ ...closed, from: 'rejected', rejectedFrom: 'preselected', to: 'preselected', reason })))).toBe('STAGE_CLOSED');
    expect(code(checkTransition(input({ ...closed, from: 'rejected', rejectedFrom: 'applied', to: 'applied', reason })))).toBe('STAGE_CLOSED');
    expect(code(checkTransition(input({ ...interviewWeek, from: 'rejected', rejectedFrom: 'shortlisted', to: 'shortlisted', reason })))).toBe('STAGE_CLOSED');
    // The shortlist is open after the overview was sent: a shortlisted candidate can come back.
    expect(
      checkTransition(
        input({
          stages: { preselection: 'closed' },
          counts: { preselection: 5, shortlist: 2, nomination: 0 },
          from: 'rejected',
          rejectedFrom: 'shortlisted',
          to: 'shortlisted',
          reason,
        }),
      ).ok,
    ).toBe(true);
  });

  it('respects the quota and the single nominee when reinstating', () => {
    expect(
      code(
        checkTransition(
          input({
            from: 'rejected',
            rejectedFrom: 'preselected',
            to: 'preselected',
            reason: 'short',
            counts: { preselection: 6, shortlist: 0, nomination: 0 },
          }),
        ),
      ),
    ).toBe('JUSTIFICATION_TOO_SHORT');
    expect(
      code(
        checkTransition(
          input({
            ...interviewWeek,
            counts: { preselection: 5, shortlist: 4, nomination: 1 },
            from: 'rejected',
            rejectedFrom: 'nominated',
            to: 'nominated',
            reason,
          }),
        ),
      ),
    ).toBe('NOMINEE_EXISTS');
    expect(checkTransition(input({ ...interviewWeek, from: 'rejected', rejectedFrom: 'nominated', to: 'nominated', reason })).ok).toBe(true);
  });
});

describe('stage graph: preselection rules', () => {
  it('preselects only complete applications (APPLICATION_INCOMPLETE)', () => {
    const result = checkTransition(input({ complete: false }));
    expect(result).toMatchObject({ ok: false, code: 'APPLICATION_INCOMPLETE' });
    expect(!result.ok && result.message).toMatch(/motivation letter and the CV/);
    expect(
      code(checkTransition(input({ complete: false, from: 'rejected', rejectedFrom: 'preselected', to: 'preselected', reason: 'Documents came late.' }))),
    ).toBe('APPLICATION_INCOMPLETE');
  });

  it('opens the preselection exactly at the end of the closing date', () => {
    const before = checkTransition(input({ now: at('2026-01-06T23:59:59.999+01:00') }));
    expect(before).toMatchObject({ ok: false, code: 'STAGE_NOT_OPEN' });
    expect(!before.ok && before.message).toBe('The preselection opens after the closing date for applications, at 7 January 2026, 00:00 (Europe/Amsterdam).');
    expect(checkTransition(input({ now: at('2026-01-07T00:00:00+01:00') })).ok).toBe(true);
  });

  it('refuses preselecting once the overview was sent (STAGE_CLOSED)', () => {
    expect(code(checkTransition(input({ stages: { preselection: 'closed' } })))).toBe('STAGE_CLOSED');
  });

  it('fills up to the maximum freely; the 7th needs a justification', () => {
    const sixth = checkTransition(input({ counts: { preselection: 5, shortlist: 0, nomination: 0 } }));
    expect(sixth).toEqual({ ok: true, kind: 'advance', overQuota: false });
    const seventh = checkTransition(input({ counts: { preselection: 6, shortlist: 0, nomination: 0 } }));
    expect(seventh).toMatchObject({ ok: false, code: 'STAGE_QUOTA_EXCEEDED', path: 'reason' });
    expect(!seventh.ok && seventh.message).toMatch(/already holds 6 candidates, and this procedure allows 4 to 6/);
    const justified = checkTransition(input({ counts: { preselection: 6, shortlist: 0, nomination: 0 }, reason: 'Two equally strong internal candidates.' }));
    expect(justified).toEqual({ ok: true, kind: 'advance', overQuota: true });
  });

  it('uses the procedure bounds instead of the defaults', () => {
    const bounds = { preselection: { min: 2, max: 3 } };
    expect(code(checkTransition(input({ bounds, counts: { preselection: 3, shortlist: 0, nomination: 0 } })))).toBe('STAGE_QUOTA_EXCEEDED');
  });
});

describe('stage graph: shortlist and nomination rules', () => {
  const afterOverview: Partial<TransitionInput> = {
    from: 'preselected',
    to: 'shortlisted',
    stages: { preselection: 'closed' },
    counts: { preselection: 5, shortlist: 0, nomination: 0 },
    now: at('2026-01-15T09:00:00+01:00'),
  };

  it('shortlists only after the overview was sent (STAGE_NOT_OPEN), and not after the invitations (STAGE_CLOSED)', () => {
    expect(code(checkTransition(input({ ...afterOverview, stages: {} })))).toBe('STAGE_NOT_OPEN');
    expect(checkTransition(input(afterOverview)).ok).toBe(true);
    expect(code(checkTransition(input({ ...afterOverview, stages: { preselection: 'closed', shortlist: 'closed' } })))).toBe('STAGE_CLOSED');
  });

  it('a 5th shortlisted candidate needs a justification', () => {
    expect(code(checkTransition(input({ ...afterOverview, counts: { preselection: 5, shortlist: 4, nomination: 0 } })))).toBe('STAGE_QUOTA_EXCEEDED');
  });

  it('nominates only after the interview round started (NOMINATION_TOO_EARLY)', () => {
    const base = { ...interviewWeek, from: 'interviewed' as const, to: 'nominated' as const };
    const early = checkTransition(input({ ...base, now: at('2026-01-18T23:59:59+01:00') }));
    expect(early).toMatchObject({ ok: false, code: 'NOMINATION_TOO_EARLY' });
    expect(!early.ok && early.message).toMatch(/19 January 2026, 00:00 \(Europe\/Amsterdam\)/);
    expect(checkTransition(input({ ...base, now: at('2026-01-19T00:00:00+01:00') })).ok).toBe(true);
  });

  it('holds exactly one nominee at a time (NOMINEE_EXISTS)', () => {
    const second = checkTransition(
      input({ ...interviewWeek, counts: { preselection: 5, shortlist: 4, nomination: 1 }, from: 'interviewed', to: 'nominated', reason: 'x'.repeat(40) }),
    );
    expect(second).toMatchObject({ ok: false, code: 'NOMINEE_EXISTS' });
  });

  it('refuses nomination once the nomination is closed, and before the shortlist was invited', () => {
    expect(
      code(
        checkTransition(
          input({ ...interviewWeek, stages: { preselection: 'closed', shortlist: 'closed', nomination: 'closed' }, from: 'interviewed', to: 'nominated' }),
        ),
      ),
    ).toBe('STAGE_CLOSED');
    expect(code(checkTransition(input({ ...interviewWeek, stages: { preselection: 'closed' }, from: 'interviewed', to: 'nominated' })))).toBe('STAGE_NOT_OPEN');
  });
});

describe('stage graph: declared mappings', () => {
  it('maps stages to the procedure stage that governs them', () => {
    expect(GOVERNING_STAGE.preselected).toBe('preselection');
    expect(GOVERNING_STAGE.shortlisted).toBe('shortlist');
    expect(GOVERNING_STAGE.nominated).toBe('nomination');
    expect(GOVERNING_STAGE.applied).toBeNull();
  });

  it('lists the graph targets a user interface can offer', () => {
    expect(graphTargets('applied')).toEqual(['preselected', 'rejected', 'withdrawn']);
    expect(graphTargets('nominated')).toEqual(['rejected', 'withdrawn']);
    expect(graphTargets('rejected', 'shortlisted')).toEqual(['shortlisted']);
    expect(graphTargets('rejected')).toEqual([]);
    expect(graphTargets('appointed')).toEqual([]);
  });

  it('every pair of stages gets an answer with a sentence, never an exception', () => {
    for (const from of APPLICATION_STAGES) {
      for (const to of APPLICATION_STAGES) {
        const result = checkTransition(input({ ...interviewWeek, from, to, rejectedFrom: 'interviewed', reason: 'A reason long enough to count.' }));
        if (!result.ok) expect(result.message).toMatch(/^[A-Z].*\.$/);
      }
    }
  });
});
