import { z } from 'zod';
import { EVENT_TYPES } from '../../domain/event-types.js';
import { secretProblem } from '../../domain/webhook-signature.js';
import { pageSchema } from '../../lib/pagination.js';

export const DELIVERY_STATUSES = ['pending', 'retrying', 'delivered', 'failed'] as const;

const eventTypeOrAll = z.enum(['*', ...EVENT_TYPES], {
  error: (issue) => `${JSON.stringify(issue.input)} is not an event type; the contract lists them (Webhook eventTypes), or use *`,
});

const secretInput = z
  .string()
  .max(200)
  .superRefine((value, ctx) => {
    const problem = secretProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const webhookInput = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' })
    .max(2000)
    .describe('Receives a POST for each event; a 2xx answer means delivered'),
  eventTypes: z.array(eventTypeOrAll).min(1).max(100).describe("The event types to receive, or ['*'] for all"),
  secret: secretInput
    .optional()
    .describe('`whsec_` and the base64 of 24 to 64 random bytes (Standard Webhooks); generated when absent. Shown only in the answer to this request.'),
});

export const MAX_OVERLAP_SECONDS = 7 * 24 * 3600;

export const rotateSecretInput = z.strictObject({
  overlapSeconds: z
    .number()
    .int()
    .min(0)
    .max(MAX_OVERLAP_SECONDS)
    .default(24 * 3600)
    .describe('How long the secret being replaced keeps signing deliveries, next to the new one; 0 ends it at once'),
  secret: secretInput.optional().describe('The new secret; generated when absent. Shown only in the answer to this request.'),
});

export const webhook = z
  .object({
    id: z.uuid(),
    url: z.string(),
    eventTypes: z.array(z.string()),
    active: z.boolean(),
    previousSecretExpiresAt: z.string().nullable().describe('During a rotation overlap: until when the previous secret also signs deliveries; null otherwise'),
    createdAt: z.string(),
  })
  .meta({
    id: 'Webhook',
    example: {
      id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
      url: 'https://hr.example.nl/hooks/procedure-tracker',
      eventTypes: ['application.received', 'application.stage_changed'],
      active: true,
      previousSecretExpiresAt: null,
      createdAt: '2025-12-19T09:00:00.000Z',
    },
  });

export const createdWebhook = webhook
  .extend({ secret: z.string().describe('`whsec_` and base64 (Standard Webhooks). Keep it: it is not shown again') })
  .meta({ id: 'CreatedWebhook' });

export const webhookList = pageSchema(webhook);
export const webhookListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().min(1).max(500).optional(),
});

export const delivery = z
  .object({
    id: z.uuid(),
    webhookId: z.uuid(),
    eventId: z.string(),
    eventType: z.string(),
    procedureId: z.uuid().nullable(),
    status: z
      .enum(DELIVERY_STATUSES)
      .describe('pending: not tried yet; retrying: failed, tried again at nextAttemptAt; delivered; failed: gave up after the last attempt'),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'WebhookDelivery' });

export const deliveryList = pageSchema(delivery);
export const deliveryListQuery = webhookListQuery.extend({
  status: z.enum(DELIVERY_STATUSES).optional(),
});

export type WebhookInput = z.infer<typeof webhookInput>;
export type RotateSecretInput = z.infer<typeof rotateSecretInput>;
export type WebhookListQuery = z.infer<typeof webhookListQuery>;
export type DeliveryListQuery = z.infer<typeof deliveryListQuery>;
