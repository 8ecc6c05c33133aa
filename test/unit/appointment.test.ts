import { describe, expect, it } from 'vitest';
import { checkAppointment, type AppointmentInput, type ReferenceCheckState } from '../../src/domain/appointment.js';

const done = (outcome: ReferenceCheckState['outcome'], resolved = false): ReferenceCheckState => ({
  outcome,
  completedAt: new Date('2026-01-27T10:00:00+01:00'),
  concernsResolvedAt: resolved ? new Date('2026-01-28T10:00:00+01:00') : null,
});

function input(overrides: Partial<AppointmentInput> = {}): AppointmentInput {
  return {
    nominee: { applicationId: 'a1' },
    referenceChecks: [done('positive'), done('positive')],
    offer: { state: 'accepted' },
    decisionDate: '2026-01-29',
    appointmentDeadline: '2026-02-01',
    ...overrides,
  };
}

const codes = (r: ReturnType<typeof checkAppointment>) => (r.ok ? [] : r.failures.map((f) => f.code));

describe('checkAppointment', () => {
  it('accepts the reference procedure on 29 January', () => {
    expect(checkAppointment(input())).toEqual({ ok: true });
  });

  it('refuses a decision dated 1 February, and accepts 31 January (strictly before the deadline)', () => {
    const result = checkAppointment(input({ decisionDate: '2026-02-01' }));
    expect(codes(result)).toEqual(['AFTER_DEADLINE']);
    expect(!result.ok && result.failures[0]!.message).toBe(
      'The decision date 1 February 2026 is not before the appointment deadline: the appointment must be made before 1 February 2026.',
    );
    expect(checkAppointment(input({ decisionDate: '2026-01-31' })).ok).toBe(true);
  });

  it('lists every missing condition at once', () => {
    const result = checkAppointment({
      nominee: null,
      referenceChecks: [],
      offer: null,
      decisionDate: '2026-02-01',
      appointmentDeadline: '2026-02-01',
    });
    expect(codes(result)).toEqual(['NO_NOMINEE', 'REFERENCES_MISSING', 'OFFER_NOT_ACCEPTED', 'AFTER_DEADLINE']);
  });

  it('needs at least one completed reference check and every check done', () => {
    const running: ReferenceCheckState = { outcome: null, completedAt: null, concernsResolvedAt: null };
    expect(codes(checkAppointment(input({ referenceChecks: [running] })))).toEqual(['REFERENCES_MISSING', 'REFERENCES_INCOMPLETE']);
    expect(codes(checkAppointment(input({ referenceChecks: [done('positive'), running] })))).toEqual(['REFERENCES_INCOMPLETE']);
  });

  it('blocks on unresolved concerns until they are resolved', () => {
    expect(codes(checkAppointment(input({ referenceChecks: [done('positive'), done('concerns')] })))).toEqual(['UNRESOLVED_CONCERNS']);
    expect(checkAppointment(input({ referenceChecks: [done('positive'), done('concerns', true)] })).ok).toBe(true);
  });

  it('blocks on a negative reference unless it was resolved with a note', () => {
    expect(codes(checkAppointment(input({ referenceChecks: [done('negative')] })))).toEqual(['NEGATIVE_REFERENCE']);
    expect(checkAppointment(input({ referenceChecks: [done('negative', true)] })).ok).toBe(true);
  });

  it.each(['draft', 'made', 'declined'] as const)('needs an accepted offer, not a %s one', (state) => {
    const result = checkAppointment(input({ offer: { state } }));
    expect(codes(result)).toEqual(['OFFER_NOT_ACCEPTED']);
    expect(!result.ok && result.failures[0]!.message).toMatch(new RegExp(`The offer is ${state}`));
  });

  it('refuses an impossible date, and a future one when today is given', () => {
    expect(codes(checkAppointment(input({ decisionDate: '2026-01-32' })))).toEqual(['INVALID_DATE']);
    expect(codes(checkAppointment(input({ decisionDate: '2026-01-30', today: '2026-01-29' })))).toEqual(['DECISION_IN_FUTURE']);
    expect(checkAppointment(input({ decisionDate: '2026-01-29', today: '2026-01-29' })).ok).toBe(true);
  });
});
