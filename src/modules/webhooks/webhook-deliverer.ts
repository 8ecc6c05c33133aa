import { signatureHeader } from '../../domain/webhook-signature.js';
import type { TargetPolicy } from '../../domain/webhook-targets.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { silentLog as silent, type Log } from '../../lib/log.js';
import { eventHorizon, findEvent, toEventItem } from '../events/index.js';
import { postWebhook, RefusedTarget } from './webhook-transport.js';
import { claimDueDeliveries, createDueDeliveries, recordAttempt, type ClaimedDelivery } from './webhooks.repository.js';

export interface DeliveryReport {
  /** Deliveries created from new events in this pass. */
  queued: number;
  attempted: number;
  delivered: number;
  /** Gave up in this pass after the last attempt. */
  failed: number;
  /** Failed in this pass and scheduled for another attempt. */
  retrying: number;
}

export interface DelivererOptions {
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  /** How long a claimed delivery is kept from other passes while it is sent. */
  leaseMs?: number;
  /** Deliveries sent at the same time within a pass. */
  concurrency?: number;
}

/** Backoff after the `attempts`-th failed attempt: base * 2^(attempts-1), capped. */
export function retryDelayMs(attempts: number, baseDelayMs = 30_000, maxDelayMs = 3_600_000): number {
  return Math.min(baseDelayMs * 2 ** Math.max(0, attempts - 1), maxDelayMs);
}

/**
 * Delivers events to webhooks, at least once and in order per procedure.
 * Deliveries are derived from the event table, so a change made by one
 * instance is delivered by whichever instance or sweep runs next, also after a
 * restart: nothing is queued in memory.
 */
export function createWebhookDeliverer(deps: {
  db: Db;
  clock: Clock;
  /** Where deliveries may go (see src/domain/webhook-targets.ts). */
  policy: TargetPolicy;
  log?: Pick<Log, 'info' | 'warn'>;
  options?: DelivererOptions;
}) {
  const { db, clock } = deps;
  const log = deps.log ?? silent;
  const o = {
    maxAttempts: 8,
    baseDelayMs: 30_000,
    maxDelayMs: 3_600_000,
    timeoutMs: 5_000,
    leaseMs: 60_000,
    concurrency: 8,
    ...deps.options,
  };

  async function attempt(claim: ClaimedDelivery, now: Date): Promise<'delivered' | 'failed' | 'retrying'> {
    const event = await findEvent(db, BigInt(claim.eventId));
    if (!event) {
      await recordAttempt(db, claim, { status: 'failed', at: now, statusCode: null, error: 'the event no longer exists' });
      return 'failed';
    }
    const body = JSON.stringify(toEventItem({ ...event, id: event.id.toString(), txId: event.txId.toString() }));
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    const secrets = [claim.secret];
    if (claim.previousSecret && claim.previousSecretExpiresAt && claim.previousSecretExpiresAt.getTime() > now.getTime()) {
      secrets.push(claim.previousSecret);
    }
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = await postWebhook(new URL(claim.url), {
        headers: {
          'content-type': 'application/json',
          'user-agent': 'procedure-tracker-webhooks/1',
          'webhook-id': claim.eventId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signatureHeader(secrets, claim.eventId, timestamp, body),
        },
        body,
        timeoutMs: o.timeoutMs,
        policy: deps.policy,
      });
      if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
    } catch (e) {
      const err = e as Error & { code?: string };
      if (err instanceof RefusedTarget) {
        // Not a passing fault of the receiver: trying again would be refused again.
        await recordAttempt(db, claim, { status: 'failed', at: now, statusCode: null, error: err.message.slice(0, 500) });
        log.warn({ webhookId: claim.webhookId, eventId: claim.eventId, host: new URL(claim.url).host, error: err.message }, 'webhook target refused');
        return 'failed';
      }
      error =
        err.name === 'TimeoutError' || err.name === 'AbortError'
          ? `no answer within ${o.timeoutMs} ms`
          : `could not connect: ${err.code ?? err.message}`.slice(0, 500);
    }
    const host = new URL(claim.url).host;
    if (error === null) {
      await recordAttempt(db, claim, { status: 'delivered', at: now, statusCode: statusCode! });
      log.info({ webhookId: claim.webhookId, eventId: claim.eventId, host, attempts: claim.attempts }, 'webhook delivered');
      return 'delivered';
    }
    if (claim.attempts >= o.maxAttempts) {
      await recordAttempt(db, claim, { status: 'failed', at: now, statusCode, error });
      log.warn({ webhookId: claim.webhookId, eventId: claim.eventId, host, attempts: claim.attempts, error }, 'webhook delivery given up');
      return 'failed';
    }
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(claim.attempts, o.baseDelayMs, o.maxDelayMs));
    await recordAttempt(db, claim, { status: 'retrying', nextAttemptAt, statusCode, error });
    log.info({ webhookId: claim.webhookId, eventId: claim.eventId, host, attempts: claim.attempts, error }, 'webhook delivery failed, will retry');
    return 'retrying';
  }

  return {
    /**
     * One delivery pass at `now`: queue deliveries for new events, then send
     * what is due, at most `limit` attempts. Safe to run from several
     * instances and sweeps at once: each attempt is claimed by one of them.
     */
    async deliverDue(now: Date = clock.now(), opts: { limit?: number } = {}): Promise<DeliveryReport> {
      const limit = opts.limit ?? 100;
      const report: DeliveryReport = { queued: 0, attempted: 0, delivered: 0, failed: 0, retrying: 0 };
      report.queued = await createDueDeliveries(db, await eventHorizon(db), now);
      const leaseUntil = new Date(now.getTime() + o.leaseMs);
      // Claim in rounds: a delivered event lets the next one of its procedure
      // go out in the same pass.
      while (report.attempted < limit) {
        const batch = await claimDueDeliveries(db, now, leaseUntil, Math.min(o.concurrency, limit - report.attempted));
        if (batch.length === 0) break;
        report.attempted += batch.length;
        const outcomes = await Promise.all(batch.map((claim) => attempt(claim, now)));
        for (const outcome of outcomes) report[outcome] += 1;
      }
      return report;
    },
  };
}

export type WebhookDeliverer = ReturnType<typeof createWebhookDeliverer>;
