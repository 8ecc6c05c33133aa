import { describe, expect, it } from 'vitest';
import { stageEnteredAt, stageHistory } from '../../src/domain/stage-history.js';

const received = new Date('2026-01-05T10:00:00.000Z');
const change = (fromStage: string | null, toStage: string, at: string, reason: string | null = null) => ({
  fromStage,
  toStage,
  at: new Date(at),
  actor: 'key:abc',
  userId: '3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b',
  reason,
  reasonCategory: null,
});

describe('stageHistory', () => {
  it('starts with the intake when no stage change records it', () => {
    const items = stageHistory(received, [change('applied', 'preselected', '2026-01-06T10:00:00.000Z', 'Fits.')], true, 'applied');
    expect(items).toEqual([
      { from: null, to: 'applied', at: '2026-01-05T10:00:00.000Z', actor: null, userId: null, reason: null, reasonCategory: null },
      {
        from: 'applied',
        to: 'preselected',
        at: '2026-01-06T10:00:00.000Z',
        actor: 'key:abc',
        userId: '3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b',
        reason: 'Fits.',
        reasonCategory: null,
      },
    ]);
  });

  it('keeps a recorded intake once, and leaves out who (key and person) and why without details', () => {
    const items = stageHistory(received, [change(null, 'applied', '2026-01-05T10:00:00.000Z', 'internal')], false, 'applied');
    expect(items).toEqual([{ from: null, to: 'applied', at: '2026-01-05T10:00:00.000Z' }]);
  });
});

describe('stageEnteredAt', () => {
  it('is the last stage change, else the intake', () => {
    expect(stageEnteredAt(received, null)).toEqual(received);
    const last = new Date('2026-01-07T10:00:00.000Z');
    expect(stageEnteredAt(received, last)).toEqual(last);
  });
});
