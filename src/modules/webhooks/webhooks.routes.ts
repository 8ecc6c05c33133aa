import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_ROLES } from '../../lib/actor.js';
import { targetPolicy } from '../../domain/webhook-targets.js';
import { errorResponses, uuidParam, named, contract } from '../../lib/http.js';
import {
  createdWebhook,
  deliveryList,
  deliveryListQuery,
  rotateSecretInput,
  webhook,
  webhookInput,
  webhookList,
  webhookListQuery,
} from './webhooks.schemas.js';
import { createWebhooksService } from './webhooks.service.js';

export const DELIVERY_DESCRIPTION = [
  'Each event of a subscribed type that happens after the subscription was created is sent as `POST <url>` with a JSON body',
  '`{ id, type, procedureId, entityType, entityId, payload, createdAt }` (the shape of the event feed), signed as the',
  '[Standard Webhooks](https://www.standardwebhooks.com/) specification defines, so its libraries verify it:',
  '',
  '- `webhook-id`: the event id; the same on every retry, so receivers can de-duplicate (delivery is at least once).',
  '- `webhook-timestamp`: unix seconds when the attempt was signed.',
  '- `webhook-signature`: `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the',
  "  base64-decoded part of the secret after `whsec_`. During a secret rotation's overlap it holds two signatures separated",
  '  by a space, one per secret; accept the delivery when one of them matches. Compare in constant time and refuse',
  '  timestamps more than 5 minutes away to stop replays.',
  '',
  'Any 2xx answer within 5 seconds counts as delivered; redirects are not followed. Otherwise the delivery is retried after',
  '30 s, 1, 2, 4, 8, 16 and 32 minutes; after 8 attempts it is given up with status `failed` and its last error, visible under',
  '`GET /v1/webhooks/{webhookId}/deliveries`. Events of one procedure are delivered in order: a later event waits while an',
  "earlier one for the same webhook is pending or being retried. Deliveries are made by the server's background loop and by",
  'the deadline sweep.',
  '',
  'Targets: with NODE_ENV=production the URL must be https. A URL whose host is, or resolves to, a loopback, private',
  '(10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10), link-local (169.254/16, fe80::/10), unspecified, multicast',
  'or reserved address is refused when subscribing (422 `WEBHOOK_URL_REFUSED`), and again at each delivery after the name',
  'is resolved (the connection goes to the address that was checked): such a delivery fails at once, with the reason as its',
  '`lastError`. `WEBHOOK_ALLOW_PRIVATE_TARGETS=true` allows loopback, private and shared addresses, for development.',
  'A host name that does not exist (or has no address) is refused when subscribing (422 `WEBHOOK_URL_REFUSED`); when the',
  'name cannot be looked up right now (a temporary DNS failure) the answer is 503 `DNS_UNAVAILABLE` with `Retry-After`:',
  'subscribe again later.',
].join('\n');

export const webhooksRoutes: FastifyPluginAsyncZod = async (app) => {
  const policy = targetPolicy(app.config);
  const service = createWebhooksService({ db: app.db, clock: app.clock, policy, lookup: app.hostLookup });
  const params = uuidParam('webhookId');

  app.post(
    '/v1/webhooks',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'createWebhook',
        ...contract({
          location: true,
          codes: {
            403: ['FORBIDDEN_FOR_ROLE'],
            409: ['IDEMPOTENCY_IN_PROGRESS'],
            422: ['IDEMPOTENCY_KEY_REUSED', 'WEBHOOK_EVENT_TYPES', 'WEBHOOK_URL_REFUSED'],
            503: ['DATABASE_UNAVAILABLE', 'DNS_UNAVAILABLE', 'OVERLOADED'],
          },
        }),
        tags: ['webhooks'],
        summary: 'Subscribe a URL to events',
        description: `${DELIVERY_DESCRIPTION}\n\nThe secret is returned in this answer only.`,
        body: named('NewWebhook', webhookInput),
        response: { 201: createdWebhook, ...errorResponses(422) },
      },
    },
    async (request, reply) => {
      const created = await service.create(request.actor, request.body);
      return reply.status(201).header('location', `/v1/webhooks/${created.id}`).header('cache-control', 'no-store').send(created);
    },
  );

  app.post(
    '/v1/webhooks/:webhookId/rotate-secret',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'rotateWebhookSecret',
        ...contract({
          codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'], 409: ['IDEMPOTENCY_IN_PROGRESS'], 422: ['IDEMPOTENCY_KEY_REUSED'] },
        }),
        tags: ['webhooks'],
        summary: 'Replace the secret; the old one keeps signing during an overlap',
        description:
          'Sets a new secret and answers it (only here). For `overlapSeconds` (default a day, at most a week) every delivery carries ' +
          'two signatures in `webhook-signature`, one with the new secret and one with the replaced one, so a receiver can switch ' +
          'whenever it likes within the overlap. Rotating again during an overlap replaces the older secret at once.',
        params,
        body: named('WebhookSecretRotation', rotateSecretInput),
        response: { 200: createdWebhook, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const rotated = await service.rotateSecret(request.actor, request.params.webhookId, request.body);
      return reply.header('cache-control', 'no-store').send(rotated);
    },
  );

  app.get(
    '/v1/webhooks',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'listWebhooks',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'] } }),
        tags: ['webhooks'],
        summary: 'List webhook subscriptions, oldest first (secrets are never shown again)',
        description: DELIVERY_DESCRIPTION,
        querystring: webhookListQuery,
        response: { 200: webhookList, ...errorResponses() },
      },
    },
    async (request) => service.list(request.query),
  );

  app.get(
    '/v1/webhooks/:webhookId',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'getWebhook',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['webhooks'],
        summary: 'Read a webhook subscription',
        params,
        response: { 200: webhook, ...errorResponses() },
      },
    },
    async (request) => service.get(request.params.webhookId),
  );

  app.delete(
    '/v1/webhooks/:webhookId',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'deleteWebhook',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['webhooks'],
        summary: 'Unsubscribe: nothing more is sent, its delivery records go too',
        params,
        response: { 204: z.null().describe('Deleted'), ...errorResponses() },
      },
    },
    async (request, reply) => {
      await service.remove(request.actor, request.params.webhookId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/v1/webhooks/:webhookId/deliveries',
    {
      config: { roles: AGENCY_ROLES },
      schema: {
        operationId: 'listWebhookDeliveries',
        ...contract({ codes: { 403: ['FORBIDDEN_FOR_ROLE'], 404: ['NOT_FOUND'] } }),
        tags: ['webhooks'],
        summary: 'Deliveries of a webhook in event order, with their attempts and last error',
        params,
        querystring: deliveryListQuery,
        response: { 200: deliveryList, ...errorResponses() },
      },
    },
    async (request) => service.deliveries(request.params.webhookId, request.query),
  );
};
