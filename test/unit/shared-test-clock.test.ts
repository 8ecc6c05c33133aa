import { describe, expect, it } from 'vitest';
import { FixedClock, SharedTestClock } from '../../src/lib/clock.js';

describe('SharedTestClock', () => {
  it('adds the stored offset, reads it at most once per refresh interval, and never moves back', async () => {
    const base = new FixedClock(new Date('2026-01-05T09:00:00Z'));
    let stored = 0;
    let reads = 0;
    const clock = new SharedTestClock(base, async () => {
      reads++;
      return stored;
    });
    await clock.refresh();
    expect(clock.now().toISOString()).toBe('2026-01-05T09:00:00.000Z');
    stored = 3_600_000;
    await clock.refresh();
    expect(reads).toBe(1);
    expect(clock.now().toISOString()).toBe('2026-01-05T09:00:00.000Z');
    await clock.refresh(true);
    expect(reads).toBe(2);
    expect(clock.now().toISOString()).toBe('2026-01-05T10:00:00.000Z');
    clock.apply(1000);
    expect(clock.offset).toBe(3_600_000);
  });

  it('keeps the cached offset when the read fails', async () => {
    const clock = new SharedTestClock(new FixedClock(new Date('2026-01-05T09:00:00Z')), async () => {
      throw new Error('database down');
    });
    clock.apply(60_000);
    await clock.refresh(true);
    expect(clock.now().toISOString()).toBe('2026-01-05T09:01:00.000Z');
  });
});
