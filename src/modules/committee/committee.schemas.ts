import { z } from 'zod';
import { instant } from '../../lib/instant.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';

export const COMMITTEE_ROLES = ['chair', 'member', 'adviser'] as const;
export const committeeRole = z.enum(COMMITTEE_ROLES).describe('chair, member or adviser (e.g. the chair of the board as adviser)');

export const memberInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320).nullish(),
  role: committeeRole,
});

export const member = z
  .object({
    id: z.uuid(),
    procedureId: z.uuid(),
    name: z.string(),
    role: committeeRole,
    email: z.string().nullable().optional().describe('Absent for committee keys, which see names and roles only'),
    createdAt: z.string().optional().describe('Absent for committee keys'),
    removedAt: z.string().nullable().optional().describe('Set when the member left the committee; absent for committee keys'),
  })
  .meta({
    id: 'CommitteeMember',
    example: {
      id: '3c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f',
      procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      name: 'J. de Vries',
      role: 'chair',
      email: 'j.devries@example.org',
      createdAt: '2026-01-05T09:00:00.000Z',
      removedAt: null,
    },
  });

export const memberList = pageSchema(member);

export const memberListQuery = listQuery.omit({ updatedSince: true }).extend({
  includeRemoved: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Also list members who left the committee (agency keys only)'),
});

export const keyInput = z
  .strictObject({
    expiresAt: instant().nullish().describe('When the key stops working; never when absent'),
  })
  .nullish()
  .describe('Optional: send no body for a key that does not expire');

export type MemberInput = z.infer<typeof memberInput>;
export type MemberListQuery = z.infer<typeof memberListQuery>;
export type KeyInput = z.infer<typeof keyInput>;
