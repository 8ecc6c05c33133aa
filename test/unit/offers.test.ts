import { describe, expect, it } from 'vitest';
import { annualTerms, checkOfferChange } from '../../src/domain/offers.js';

describe('the offer state machine', () => {
  it('starts as a draft or made, never accepted or declined', () => {
    expect(checkOfferChange({ from: null, to: 'draft', termsChanged: true }).ok).toBe(true);
    expect(checkOfferChange({ from: null, to: 'made', termsChanged: true }).ok).toBe(true);
    expect(checkOfferChange({ from: null, to: 'accepted', termsChanged: true })).toMatchObject({ ok: false, code: 'OFFER_STATE_TRANSITION' });
  });

  it('goes draft -> made -> accepted or declined, and back to draft from made or declined', () => {
    expect(checkOfferChange({ from: 'draft', to: 'made', termsChanged: true }).ok).toBe(true);
    expect(checkOfferChange({ from: 'made', to: 'accepted', termsChanged: false }).ok).toBe(true);
    expect(checkOfferChange({ from: 'made', to: 'declined', termsChanged: false }).ok).toBe(true);
    expect(checkOfferChange({ from: 'made', to: 'draft', termsChanged: true }).ok).toBe(true);
    expect(checkOfferChange({ from: 'declined', to: 'draft', termsChanged: true }).ok).toBe(true);
    expect(checkOfferChange({ from: 'draft', to: 'accepted', termsChanged: false })).toMatchObject({ ok: false, code: 'OFFER_STATE_TRANSITION' });
    expect(checkOfferChange({ from: 'declined', to: 'accepted', termsChanged: false })).toMatchObject({ ok: false, code: 'OFFER_STATE_TRANSITION' });
  });

  it('keeps the terms of a made offer and everything of an accepted one', () => {
    expect(checkOfferChange({ from: 'made', to: 'made', termsChanged: true })).toMatchObject({ ok: false, code: 'OFFER_TERMS_LOCKED' });
    expect(checkOfferChange({ from: 'made', to: 'accepted', termsChanged: true })).toMatchObject({ ok: false, code: 'OFFER_TERMS_LOCKED' });
    expect(checkOfferChange({ from: 'accepted', to: 'accepted', termsChanged: false }).ok).toBe(true);
    expect(checkOfferChange({ from: 'accepted', to: 'accepted', termsChanged: true })).toMatchObject({ ok: false, code: 'OFFER_TERMS_LOCKED' });
    const back = checkOfferChange({ from: 'accepted', to: 'draft', termsChanged: false });
    expect(back).toMatchObject({ ok: false, code: 'OFFER_STATE_TRANSITION', message: 'The offer was accepted; the agreed terms are final.' });
  });
});

describe('annual terms', () => {
  it('computes the annual salary and the IKB budget exactly, to the cent', () => {
    expect(annualTerms('9500.00', '21.82')).toEqual({ annualSalary: '114000.00', ikbBudget: '24874.80' });
    // 8062.66 * 12 = 96751.92; * 21.82 % = 21111.268944 -> 21111.27
    expect(annualTerms('8062.66', '21.82')).toEqual({ annualSalary: '96751.92', ikbBudget: '21111.27' });
    // 11442.11 * 12 = 137305.32; * 21.82 % = 29960.020824 -> 29960.02
    expect(annualTerms('11442.11', '21.82')).toEqual({ annualSalary: '137305.32', ikbBudget: '29960.02' });
  });
});
