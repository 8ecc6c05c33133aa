import { generateSecret } from '../../domain/webhook-signature.js';
import { ipLiteralOf, lookupFailure, refusedAddress, refusedUrl, type TargetPolicy } from '../../domain/webhook-targets.js';
import type { Db } from '../../db/client.js';
import type { Webhook } from '../../generated/prisma/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { systemLookup, type HostLookup } from '../../lib/host-lookup.js';
import { AppError, notFound } from '../../lib/errors.js';
import { decodeCursor, isBigintText, isUuidText, toPage } from '../../lib/pagination.js';
import { recordChange } from '../../db/audit.js';
import { deleteWebhook, findWebhook, insertWebhook, listDeliveries, listWebhooks, lockWebhookSecret, updateWebhookSecrets } from './webhooks.repository.js';
import type { DeliveryListQuery, RotateSecretInput, WebhookInput, WebhookListQuery } from './webhooks.schemas.js';

export function toWebhookView(w: Webhook, now: Date) {
  const overlap = w.previousSecret && w.previousSecretExpiresAt && w.previousSecretExpiresAt > now ? w.previousSecretExpiresAt : null;
  return {
    id: w.id,
    url: w.url,
    eventTypes: w.eventTypes,
    active: w.active,
    previousSecretExpiresAt: overlap?.toISOString() ?? null,
    createdAt: w.createdAt.toISOString(),
  };
}

function refusedTarget(rule: string): AppError {
  return new AppError(422, 'WEBHOOK_URL_REFUSED', `The webhook URL is refused: it ${rule}.`, {
    errors: [{ path: 'body.url', message: rule }],
  });
}

/** Seconds a caller waits before trying again after a temporary DNS failure. */
const DNS_RETRY_AFTER_SECONDS = 30;

/**
 * The URL rules at subscription: the scheme, an IP host, and every address
 * its name resolves to now. Deliveries check again after their own lookup
 * (webhook-transport.ts), since a name can resolve elsewhere later. A name
 * that does not exist is the caller's mistake (422); a resolver that cannot
 * answer now is not (503 DNS_UNAVAILABLE with Retry-After): the URL may be fine.
 */
async function checkTarget(raw: string, policy: TargetPolicy, lookup: HostLookup): Promise<void> {
  const url = new URL(raw);
  const why = refusedUrl(url, policy);
  if (why) throw refusedTarget(why);
  if (ipLiteralOf(url)) return;
  let addresses: Array<{ address: string }>;
  try {
    addresses = await lookup(url.hostname);
  } catch (error) {
    if (lookupFailure(error) === 'missing') throw refusedTarget(`has a host name, ${url.hostname}, that does not resolve`);
    throw new AppError(
      503,
      'DNS_UNAVAILABLE',
      `The host name ${url.hostname} of the webhook URL could not be looked up right now (a temporary DNS failure); try again shortly.`,
      { headers: { 'retry-after': String(DNS_RETRY_AFTER_SECONDS) }, cause: error },
    );
  }
  for (const a of addresses) {
    const reason = refusedAddress(a.address, policy);
    if (reason) throw refusedTarget(`must not point to ${a.address} (what ${url.hostname} resolves to): ${reason}`);
  }
}

type DeliveryRow = Awaited<ReturnType<typeof listDeliveries>>[number];

function toDeliveryView(d: DeliveryRow) {
  const open = d.status === 'pending' || d.status === 'retrying';
  return {
    id: d.id,
    webhookId: d.webhookId,
    eventId: d.eventId.toString(),
    eventType: d.eventType,
    procedureId: d.procedureId,
    status: d.status as 'pending' | 'retrying' | 'delivered' | 'failed',
    attempts: d.attempts,
    nextAttemptAt: open ? d.nextAttemptAt.toISOString() : null,
    lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  };
}

/** A URL may carry a token in its path or query: the audit keeps only where it points. */
function auditUrl(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}/…`;
}

/** `lookup` resolves a URL's host name at subscription; the system resolver unless given. */
export function createWebhooksService(deps: { db: Db; clock: Clock; policy: TargetPolicy; lookup?: HostLookup }) {
  const { db, clock, policy, lookup = systemLookup } = deps;
  return {
    async create(actor: Actor, input: WebhookInput) {
      const now = clock.now();
      if (input.eventTypes.includes('*') && input.eventTypes.length > 1) {
        throw new AppError(422, 'WEBHOOK_EVENT_TYPES', "Subscribe to ['*'] alone, or list event types without '*'.", {
          errors: [{ path: 'body.eventTypes', message: "'*' must stand alone" }],
        });
      }
      await checkTarget(input.url, policy, lookup);
      const secret = input.secret ?? generateSecret();
      return db.$transaction(async (tx) => {
        const created = await insertWebhook(tx, { url: input.url, eventTypes: [...new Set(input.eventTypes)], secret, createdAt: now });
        await recordChange(tx, actor, now, {
          action: 'webhook.created',
          entityType: 'webhook',
          entityId: created.id,
          changes: { url: { from: null, to: auditUrl(created.url) }, eventTypes: { from: null, to: created.eventTypes } },
        });
        return { ...toWebhookView(created, now), secret };
      });
    },

    /**
     * Replaces the secret. The replaced one keeps signing, next to the new
     * one, for `overlapSeconds`, so receivers can switch without missing a
     * delivery; a rotation during an overlap ends the older secret at once.
     */
    async rotateSecret(actor: Actor, id: string, input: RotateSecretInput) {
      const now = clock.now();
      const secret = input.secret ?? generateSecret();
      const expiresAt = input.overlapSeconds > 0 ? new Date(now.getTime() + input.overlapSeconds * 1000) : null;
      return db.$transaction(async (tx) => {
        // Locked, so that two rotations at once do not both keep the same old
        // secret, and a delete at the same moment makes this a 404.
        const [found] = await lockWebhookSecret(tx, id);
        if (!found) throw notFound('Webhook', id);
        const updated = await updateWebhookSecrets(tx, id, { secret, previousSecret: expiresAt ? found.secret : null, previousSecretExpiresAt: expiresAt });
        await recordChange(tx, actor, now, {
          action: 'webhook.secret_rotated',
          entityType: 'webhook',
          entityId: id,
          changes: { previousSecretExpiresAt: { from: null, to: expiresAt?.toISOString() ?? null } },
        });
        return { ...toWebhookView(updated, now), secret };
      });
    },

    async list(query: WebhookListQuery) {
      const rows = await listWebhooks(db, { limit: query.limit, cursor: decodeCursor(query.cursor) });
      const now = clock.now();
      return toPage(
        rows,
        query.limit,
        (w) => ({ k: w.createdAt.toISOString(), id: w.id }),
        (w) => toWebhookView(w, now),
      );
    },

    async get(id: string) {
      const found = await findWebhook(db, id);
      if (!found) throw notFound('Webhook', id);
      return toWebhookView(found, clock.now());
    },

    /** Removes the subscription and its delivery records; nothing more is sent to it. */
    async remove(actor: Actor, id: string) {
      const now = clock.now();
      await db.$transaction(async (tx) => {
        const found = await findWebhook(tx, id);
        if (!found) throw notFound('Webhook', id);
        // Two deletes at once both find it; the second deletes nothing and answers 404.
        const deleted = await deleteWebhook(tx, id);
        if (deleted.count === 0) throw notFound('Webhook', id);
        await recordChange(tx, actor, now, {
          action: 'webhook.deleted',
          entityType: 'webhook',
          entityId: id,
          changes: { url: { from: auditUrl(found.url), to: null } },
        });
      });
    },

    async deliveries(id: string, query: DeliveryListQuery) {
      const found = await findWebhook(db, id);
      if (!found) throw notFound('Webhook', id);
      const after = decodeCursor(query.cursor);
      if (after && (!isBigintText(after.k) || !isUuidText(after.id))) {
        throw new AppError(400, 'INVALID_CURSOR', 'The cursor is not one this API issued; start again without it.');
      }
      const rows = await listDeliveries(db, { webhookId: id, limit: query.limit, after, status: query.status });
      return toPage(rows, query.limit, (d) => ({ k: d.eventId.toString(), id: d.id }), toDeliveryView);
    },
  };
}
