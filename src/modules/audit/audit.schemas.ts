import { z } from 'zod';
import { instant as instantOf } from '../../lib/instant.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';

const instant = instantOf();

export const auditQuery = listQuery.omit({ updatedSince: true }).extend({
  action: z.string().trim().min(1).max(100).optional().describe('e.g. `committee_member.added`'),
  entityType: z.string().trim().min(1).max(100).optional().describe('e.g. `application`, `committee_member`'),
  entityId: z.string().trim().min(1).max(100).optional(),
  actor: z.string().trim().min(1).max(200).optional().describe('`key:<uuid>` of an API key, or `env:ADMIN_API_KEY`'),
  userId: z.uuid().optional().describe('Only the changes made by (or on behalf of) this person of the agency'),
  since: instant.optional().describe('Entries at or after this instant'),
  until: instant.optional().describe('Entries strictly before this instant'),
});

export const auditEntry = z
  .object({
    id: z.string().describe('Increasing with each entry; the list is in this order'),
    at: z.string(),
    actor: z.string(),
    actorRole: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    changes: z
      .record(z.string(), z.looseObject({ from: z.unknown().optional(), to: z.unknown().optional() }))
      .nullable()
      .describe('Changed fields as `{ field: { from, to } }`; personal data shows as "[personal data]"'),
    reason: z.string().nullable(),
    requestId: z.string().nullable(),
    userId: z
      .uuid()
      .nullable()
      .describe(
        "The agency's person who made the change with the key `actor`: the key's own person, or the one named by On-Behalf-Of; null when the key acted for no one",
      ),
  })
  .meta({
    id: 'AuditEntry',
    example: {
      id: '1042',
      at: '2026-01-14T09:12:00.000Z',
      actor: 'key:9b2f6c1e-0d3a-4e5b-8c7d-6e5f4a3b2c1d',
      actorRole: 'consultant',
      action: 'committee_member.added',
      entityType: 'committee_member',
      entityId: '3c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f',
      changes: {
        name: { from: '[personal data]', to: '[personal data]' },
        role: { from: null, to: 'chair' },
      },
      reason: null,
      requestId: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
      userId: '3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b',
    },
  });

export const auditPage = pageSchema(auditEntry);

export type AuditQuery = z.infer<typeof auditQuery>;
