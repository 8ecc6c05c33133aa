import type { OfferState } from './appointment.js';
import { fromCents, toCents } from './money.js';
import { fail, OK, type RuleCheck } from './rules.js';

/**
 * The offer of terms of employment (docs/procedure.md, rule 6: offer states draft,
 * made, accepted, declined), as a state machine:
 *
 *   draft -> made -> accepted
 *                 -> declined
 *   made -> draft       (the offer is taken back to change its terms)
 *   declined -> draft   (a new round of negotiation)
 *
 * `accepted` is final: those are the "agreed terms" the appointment needs
 * (docs/procedure.md, rule 7). Terms change only in a draft, or in the step that
 * makes a draft offer; an offer that was made is accepted or declined as it
 * was made.
 */
export const OFFER_TRANSITIONS: Record<OfferState, readonly OfferState[]> = {
  draft: ['draft', 'made'],
  made: ['made', 'accepted', 'declined', 'draft'],
  declined: ['declined', 'draft'],
  accepted: ['accepted'],
};

/** A new offer starts as a draft or is made at once. */
export const INITIAL_OFFER_STATES: readonly OfferState[] = ['draft', 'made'];

export interface OfferChange {
  /** The stored state, or null when there is no offer yet. */
  from: OfferState | null;
  to: OfferState;
  /** Whether salary, scale, hours, IKB or start date differ from the stored offer. */
  termsChanged: boolean;
}

/**
 * - OFFER_STATE_TRANSITION: the move is not in the machine (e.g. a new offer
 *   that is already accepted, or anything after acceptance);
 * - OFFER_TERMS_LOCKED: the terms change while the offer is (or stays) made,
 *   or while it is accepted or declined.
 */
export function checkOfferChange(change: OfferChange): RuleCheck {
  const { from, to, termsChanged } = change;
  if (from === null) {
    if (!INITIAL_OFFER_STATES.includes(to)) {
      return fail('OFFER_STATE_TRANSITION', `A new offer starts as a draft or is made at once; it cannot be ${to} before it was made.`, 'state');
    }
    return OK;
  }
  if (!OFFER_TRANSITIONS[from].includes(to)) {
    return fail(
      'OFFER_STATE_TRANSITION',
      from === 'accepted'
        ? 'The offer was accepted; the agreed terms are final.'
        : `An offer that is ${from} cannot become ${to}; it can become ${OFFER_TRANSITIONS[from].filter((s) => s !== from).join(' or ')}.`,
      'state',
    );
  }
  if (termsChanged && !(to === 'draft' || (from === 'draft' && to === 'made'))) {
    return fail(
      'OFFER_TERMS_LOCKED',
      from === 'accepted'
        ? 'The offer was accepted; the agreed terms are final.'
        : `The terms of an offer that is ${from} cannot change${to === from ? '' : ` as it becomes ${to}`}: take it back to draft to change them.`,
    );
  }
  return OK;
}

/**
 * Twelve months of salary, and the individual choice budget a year as a
 * percentage of it (docs/procedure.md: "21.82 % of gross annual salary"), exact
 * in cents and rounded half up.
 */
export function annualTerms(monthlySalary: string, ikbPercentage: string): { annualSalary: string; ikbBudget: string } {
  const annual = toCents(monthlySalary) * 12n;
  const hundredths = toCents(ikbPercentage); // 21.82 % -> 2182
  const budget = (annual * hundredths * 2n + 10_000n) / 20_000n;
  return { annualSalary: fromCents(annual), ikbBudget: fromCents(budget) };
}
