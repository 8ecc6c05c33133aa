import { z } from 'zod';
import { USER_ROLES } from '../../domain/roles.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';

const userRole = z.enum(USER_ROLES).describe('What the person may do: admin, or consultant');

export const userInput = z.strictObject({
  name: z.string().trim().min(1).max(200).describe("The person's name (personal data of staff: never in the audit trail, events or logs)"),
  email: z.email().max(320).describe('Their e-mail address; one person per address (compared case-insensitively)'),
  role: userRole,
});

export const userPatch = z.strictObject({
  name: userInput.shape.name.optional(),
  email: userInput.shape.email.optional(),
  role: userRole.optional(),
  active: z.boolean().optional().describe('false deactivates the person: their keys stop working and no key acts on their behalf; true reactivates them'),
});

export const user = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: userRole,
    active: z.boolean(),
    deactivatedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'User',
    example: {
      id: '3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b',
      name: 'Anna de Vries',
      email: 'anna.devries@agency.example',
      role: 'consultant',
      active: true,
      deactivatedAt: null,
      version: 1,
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
    },
  });

export const userList = pageSchema(user);
export const userListQuery = listQuery.extend({
  role: userRole.optional(),
  includeDeactivated: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true lists deactivated people too'),
});

export type UserInput = z.infer<typeof userInput>;
export type UserPatch = z.infer<typeof userPatch>;
export type UserListQuery = z.infer<typeof userListQuery>;
