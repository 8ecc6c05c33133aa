import { describe, expect, it, vi } from 'vitest';
import type { DeliveryReport } from '../../src/modules/webhooks/webhook-deliverer.js';
import { retryDelayMs } from '../../src/modules/webhooks/webhook-deliverer.js';
import { startWebhookLoop } from '../../src/modules/webhooks/webhook-loop.js';

const empty: DeliveryReport = { queued: 0, attempted: 0, delivered: 0, failed: 0, retrying: 0 };
const log = { info: vi.fn(), error: vi.fn() };

describe('the background webhook loop', () => {
  it('never runs two passes at once, and stop waits for the running pass', async () => {
    let finish: (r: DeliveryReport) => void = () => undefined;
    const deliverDue = vi.fn(() => new Promise<DeliveryReport>((resolve) => (finish = resolve)));
    const loop = startWebhookLoop({ deliverDue, intervalMs: 60_000, log });
    const first = loop.tick();
    const overlapping = loop.tick();
    expect(deliverDue).toHaveBeenCalledTimes(1);
    expect(loop.running).toBe(true);
    const stopped = loop.stop();
    finish({ ...empty, attempted: 1, delivered: 1 });
    await Promise.all([first, overlapping, stopped]);
    expect(loop.running).toBe(false);
    // Stopped: no more passes.
    await loop.tick();
    expect(deliverDue).toHaveBeenCalledTimes(1);
  });

  it('logs a failed pass and carries on', async () => {
    const deliverDue = vi.fn().mockRejectedValueOnce(new Error('database unreachable')).mockResolvedValue(empty);
    const loop = startWebhookLoop({ deliverDue, intervalMs: 60_000, log });
    await loop.tick();
    expect(log.error).toHaveBeenCalledWith({ err: { message: 'database unreachable' } }, 'webhook pass failed');
    await loop.tick();
    expect(deliverDue).toHaveBeenCalledTimes(2);
    await loop.stop();
  });

  it('runs once at the start, then on its interval without keeping the process alive', async () => {
    vi.useFakeTimers();
    try {
      const deliverDue = vi.fn().mockResolvedValue(empty);
      const loop = startWebhookLoop({ deliverDue, intervalMs: 5_000, log });
      expect(deliverDue).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(15_000);
      expect(deliverDue).toHaveBeenCalledTimes(4);
      await loop.stop();
      await vi.advanceTimersByTimeAsync(15_000);
      expect(deliverDue).toHaveBeenCalledTimes(4);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('retry backoff', () => {
  it('doubles from 30 seconds and is capped at an hour', () => {
    expect([1, 2, 3, 7].map((n) => retryDelayMs(n))).toEqual([30_000, 60_000, 120_000, 1_920_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });
});
