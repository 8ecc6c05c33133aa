import { z } from 'zod';

export const sweepReport = z
  .object({
    ranAt: z.string().describe('The service clock at the start of the sweep'),
    intake: z.object({
      closed: z.number().int(),
      procedures: z.array(z.object({ procedureId: z.uuid(), closedAt: z.string() })),
    }),
    milestones: z.object({
      missed: z.number().int(),
      items: z.array(z.object({ procedureId: z.uuid(), kind: z.string(), dueAt: z.string() })),
    }),
    inquiries: z.object({
      markedOverdue: z.number().int(),
      items: z.array(z.object({ inquiryId: z.uuid(), procedureId: z.uuid().nullable(), dueAt: z.string() })),
      sendersErased: z
        .number()
        .int()
        .describe("Questions that belong to no candidate whose sender's name, address and subject were erased, four weeks after the answer"),
    }),
    headhuntedNotices: z.object({
      markedOverdue: z.number().int(),
      items: z.array(z.object({ candidateId: z.uuid(), procedureId: z.uuid().nullable(), dueAt: z.string() })),
    }),
    retention: z.object({
      erased: z.number().int(),
      documentsRemoved: z.number().int(),
      candidates: z.array(z.object({ candidateId: z.uuid(), applications: z.number().int(), documents: z.number().int() })),
    }),
    webhooks: z.object({
      queued: z.number().int(),
      attempted: z.number().int(),
      delivered: z.number().int(),
      failed: z.number().int(),
      retrying: z.number().int(),
    }),
    idempotencyKeysPurged: z.number().int().describe('Stored Idempotency-Key responses older than 24 hours, deleted'),
    unregisteredContentRemoved: z
      .number()
      .int()
      .describe('Stored document content that no document row registered within an hour (its upload never committed), removed'),
    durationMs: z.number().int(),
  })
  .meta({
    id: 'SweepReport',
    example: {
      ranAt: '2026-01-06T23:00:00.000Z',
      intake: { closed: 1, procedures: [{ procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', closedAt: '2026-01-06T23:00:00.000Z' }] },
      milestones: { missed: 0, items: [] },
      inquiries: { markedOverdue: 0, items: [], sendersErased: 0 },
      headhuntedNotices: { markedOverdue: 0, items: [] },
      retention: { erased: 0, documentsRemoved: 0, candidates: [] },
      webhooks: { queued: 3, attempted: 3, delivered: 3, failed: 0, retrying: 0 },
      idempotencyKeysPurged: 0,
      unregisteredContentRemoved: 0,
      durationMs: 41,
    },
  });
