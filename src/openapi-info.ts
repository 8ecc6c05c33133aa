/** The document-level part of openapi.yaml; routes contribute the rest. */
import type { SwaggerOptions } from '@fastify/swagger';
import { EVENT_TYPES } from './domain/event-types.js';
import { DELIVERY_DESCRIPTION } from './modules/webhooks/index.js';

const header = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: 'header' as const,
  required: true,
  description,
  schema,
});

type OpenApiInfo = NonNullable<Extract<SwaggerOptions, { openapi?: unknown }>['openapi']>;

/**
 * The server the contract names: `PUBLIC_URL` when set, otherwise `/`, which
 * clients (and the docs page) resolve against the address they fetched the
 * contract from, so "Try it out" works wherever the service runs.
 */
export function contractServers(publicUrl: string | undefined): NonNullable<OpenApiInfo['servers']> {
  return publicUrl
    ? [{ url: publicUrl.replace(/\/+$/, ''), description: 'This service' }]
    : [{ url: '/', description: 'The address this document was fetched from' }];
}

export const openapiInfo = (publicUrl?: string): OpenApiInfo => ({
  openapi: '3.1.0',
  info: {
    title: 'Procedure Tracker API',
    version: '0.1.0',
    description:
      'Runs an executive-search selection procedure from the first application to the formal appointment, and enforces its rules on the server: timeline, round sizes, who may see which candidate, and the privacy terms for applicant data.\n\nErrors are `application/problem+json` (RFC 9457) with a stable `code`. Lists use `limit` and `cursor` and return `{ items, nextCursor }`. POST accepts `Idempotency-Key`; guarded resources return `ETag` and take `If-Match`.',
    license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    contact: { name: 'Procedure Tracker team' },
  },
  servers: contractServers(publicUrl),
  components: {
    securitySchemes: {
      bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key: `Authorization: Bearer pt_…`' },
    },
  },
  security: [{ bearerAuth: [] }],
  // JSON Schema 2020-12 forms (e.g. type arrays) are valid in OpenAPI 3.1 but
  // not in the swagger plugin's 3.0-shaped typings, hence the cast.
  webhooks: {
    event: {
      post: {
        operationId: 'receiveEvent',
        tags: ['webhooks'],
        summary: 'What your endpoint receives for each subscribed event',
        description: DELIVERY_DESCRIPTION,
        security: [],
        parameters: [
          header('webhook-id', 'The event id; the same on every retry, for de-duplication', { type: 'string', example: '1042' }),
          header('webhook-timestamp', 'Unix seconds when this attempt was signed', { type: 'string', example: '1768402800' }),
          header(
            'webhook-signature',
            'Standard Webhooks: `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the base64-decoded part of the secret after `whsec_`; during a rotation overlap two such signatures, separated by a space',
            { type: 'string', example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=' },
          ),
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['id', 'type', 'entityType', 'entityId', 'payload', 'createdAt'],
                properties: {
                  id: { type: 'string', description: 'The event id (as in GET /v1/events)' },
                  type: { type: 'string', enum: [...EVENT_TYPES], example: 'application.stage_changed' },
                  procedureId: { type: ['string', 'null'], format: 'uuid' },
                  entityType: { type: 'string', example: 'application' },
                  entityId: { type: 'string' },
                  payload: { type: 'object', additionalProperties: true },
                  createdAt: { type: 'string', format: 'date-time' },
                },
              },
            },
          },
        },
        responses: {
          '200': { description: 'Any 2xx answer within 5 seconds counts as delivered' },
          '400': { description: 'Anything else is retried with backoff, up to 8 attempts' },
        },
      },
    },
  } as never,
  tags: [
    { name: 'system', description: 'Liveness, readiness and the contract' },
    { name: 'api-keys', description: 'API keys and roles' },
    { name: 'users', description: 'People of the agency, their keys and acting on their behalf (On-Behalf-Of); who is calling (GET /v1/me)' },
    { name: 'clients', description: 'Hiring organisations' },
    { name: 'procedures', description: 'Procedures, their terms and timelines' },
    { name: 'committee', description: 'The selection committee of a procedure and its scoped API keys' },
    { name: 'audit', description: 'The append-only audit trail of every change in a procedure' },
    { name: 'candidates', description: 'People who apply or are found by the agency, independent of procedures' },
    { name: 'applications', description: 'Candidates in a procedure, with their motivation letter and CV as PDF' },
    { name: 'notes', description: "Consultants' notes on an application, internal unless shared with the committee after the overview was sent" },
    { name: 'inquiries', description: "Candidates' questions and the one-working-day answer promise" },
    { name: 'events', description: 'The event feed of every state change, for integrators who poll' },
    { name: 'webhooks', description: 'Signed event deliveries to subscribed URLs (HMAC-SHA256, retries with backoff)' },
    { name: 'calendar', description: 'Milestones and interviews as an iCalendar feed' },
    { name: 'interviews', description: "Committee interviews in the interview round and the agency's screening interviews, without double bookings" },
    { name: 'evaluations', description: 'Scorecards per panel member and the averages per candidate and criterion' },
    { name: 'references', description: "The nominee's consent and reference checks" },
    { name: 'offers', description: "The nominee's terms of employment, within the salary bounds valid on the start date" },
    { name: 'appointment', description: "The supervisory board's decision, which completes the procedure" },
    { name: 'deadlines', description: 'Every dated obligation across procedures: due, overdue, upcoming and met' },
    { name: 'jobs', description: 'The deadline sweep that scheduled jobs call: the automatic steps that have come due, exactly once' },
    { name: 'clock', description: 'The service clock; with CLOCK_START (never in production) a test clock that an admin moves forward' },
    { name: 'privacy', description: 'Consents, the retention rule, data-subject access and erasure, and notices to headhunted candidates' },
    { name: 'stages', description: "A procedure's stages with bounds, counts, windows and status, and their gates" },
    { name: 'transitions', description: 'Moving an application along the declared stage graph' },
    { name: 'overview', description: 'The candidate overview for the selection committee (JSON and CSV)' },
    { name: 'reports', description: "A procedure's figures and the agency's across a period, for agency keys (JSON and CSV)" },
  ],
});
