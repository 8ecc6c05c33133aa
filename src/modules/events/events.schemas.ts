import { z } from 'zod';

const eventType = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, 'an event type such as application.received');

export const eventFeedQuery = z.object({
  after: z.string().min(1).max(500).optional().describe('The `nextCursor` of the previous page; absent to start at the oldest event.'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  types: z
    .string()
    .max(2000)
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const list = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const t of list) {
        if (!eventType.safeParse(t).success) {
          ctx.addIssue({ code: 'custom', message: `${t} is not an event type` });
          return z.NEVER;
        }
      }
      return list;
    })
    .describe('Comma-separated event types, e.g. `application.received,application.stage_changed`'),
  procedureId: z.uuid().optional(),
});

export const eventItem = z
  .object({
    id: z.string().describe('Unique and stable; receivers de-duplicate on it'),
    type: z.string().describe('One of the event types webhooks subscribe to (the enum of eventTypes of POST /v1/webhooks)'),
    procedureId: z.uuid().nullable(),
    entityType: z.string(),
    entityId: z.string(),
    payload: z.record(z.string(), z.unknown()),
    userId: z
      .uuid()
      .nullable()
      .describe("The agency's person who made the change (a person's own key, or On-Behalf-Of); null when a key acted for no one or the service did"),
    createdAt: z.string(),
  })
  .meta({
    id: 'Event',
    example: {
      id: '1042',
      type: 'procedure.phase_changed',
      procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      entityType: 'procedure',
      entityId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      payload: { procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', from: 'draft', to: 'open' },
      userId: '3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b',
      createdAt: '2025-12-19T09:00:00.000Z',
    },
  });

export const eventFeed = z
  .object({
    items: z.array(eventItem),
    nextCursor: z
      .string()
      .nullable()
      .describe(
        'Pass as `after` to continue. Present whenever items were returned; on an empty page it repeats `after` (null when there was none), so a poller keeps its place.',
      ),
  })
  .meta({ id: 'EventFeed' });

export type EventFeedQuery = z.infer<typeof eventFeedQuery>;
export type EventItem = z.infer<typeof eventItem>;
