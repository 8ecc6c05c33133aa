import fp from 'fastify-plugin';
import { AppError } from '../lib/errors.js';

export interface AddressLimitOptions {
  /** Cost units an address may spend per window. */
  max: number;
  windowMs: number;
  /** What a request answered 401 costs in all (an ordinary request costs 1). */
  authFailureCost: number;
}

interface Bucket {
  spent: number;
  resetAt: number;
}

/**
 * A limit per client address that runs before authentication, so that
 * guessing keys (each guess a database lookup) or calling without one is
 * throttled too; the per-key limit (src/app.ts) applies after it. A request
 * that fails authentication costs `authFailureCost`, any other one 1.
 * Counted per instance, in memory, in fixed windows.
 */
export const addressLimitPlugin = fp(
  async (app, opts: AddressLimitOptions) => {
    const buckets = new Map<string, Bucket>();
    let nextSweep = 0;

    function bucketOf(address: string, now: number): Bucket {
      if (now >= nextSweep) {
        for (const [key, b] of buckets) if (b.resetAt <= now) buckets.delete(key);
        nextSweep = now + opts.windowMs;
      }
      let bucket = buckets.get(address);
      if (!bucket || bucket.resetAt <= now) {
        bucket = { spent: 0, resetAt: now + opts.windowMs };
        buckets.set(address, bucket);
      }
      return bucket;
    }

    const exempt = (config: { public?: boolean }) => Boolean(config.public);

    // Callback hooks: nothing here waits, and every request passes through them.
    app.addHook('onRequest', (request, _reply, done) => {
      if (exempt(request.routeOptions.config)) return done();
      const now = Date.now();
      const bucket = bucketOf(request.ip, now);
      if (bucket.spent >= opts.max) {
        const seconds = Math.max(1, Math.ceil((bucket.resetAt - now) / 1000));
        return done(
          new AppError(429, 'RATE_LIMITED', `Too many requests from this address; retry after ${seconds} s.`, {
            headers: { 'retry-after': String(seconds) },
          }),
        );
      }
      bucket.spent += 1;
      done();
    });

    app.addHook('onResponse', (request, reply, done) => {
      if (reply.statusCode === 401 && !exempt(request.routeOptions.config)) bucketOf(request.ip, Date.now()).spent += opts.authFailureCost - 1;
      done();
    });
  },
  { name: 'address-limit' },
);
