/** The one source of "now" for the whole service; tests inject a fixed one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at `start` and runs on in real time (CLOCK_START). */
export function shiftedClock(start: Date, real: Clock = systemClock): Clock {
  const offset = start.getTime() - real.now().getTime();
  return { now: () => new Date(real.now().getTime() + offset) };
}

/** A clock that stands still until moved; for tests and scripts. */
export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(to: Date | string): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * The test clock (CLOCK_START): the instance's own clock plus an offset that
 * POST /v1/clock/advance stores in the database, so every instance on one
 * database shows the same time. now() stays synchronous and cheap: the offset
 * is cached and re-read at most once per `refreshMs` (see refresh()); it only
 * ever grows.
 */
export class SharedTestClock implements Clock {
  private offsetMs = 0;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<void> | null = null;

  constructor(
    readonly base: Clock,
    private readonly readOffset: () => Promise<number>,
    private readonly refreshMs = 1000,
  ) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  get offset(): number {
    return this.offsetMs;
  }

  /** Moves this instance's clock on to a stored offset; never back. */
  apply(offsetMs: number): void {
    if (offsetMs > this.offsetMs) this.offsetMs = offsetMs;
  }

  /** Re-reads the stored offset when the cached one is older than refreshMs (or when forced); a failed read keeps the cache. */
  refresh(force = false): Promise<void> {
    const t = performance.now();
    if (this.pending) return this.pending;
    if (!force && t - this.checkedAt < this.refreshMs) return Promise.resolve();
    this.checkedAt = t;
    this.pending = this.readOffset()
      .then(
        (offset) => this.apply(offset),
        () => undefined,
      )
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}
