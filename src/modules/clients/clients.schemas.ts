import { z } from 'zod';
import { REFERENCE_CLIENT } from '../../domain/reference-procedure.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';

export const clientInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullish(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullish(),
});

export const clientPatch = clientInput.partial();

export const client = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    website: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'Client',
    example: {
      id: '0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e',
      ...REFERENCE_CLIENT,
      version: 1,
      createdAt: '2025-12-01T09:00:00.000Z',
      updatedAt: '2025-12-01T09:00:00.000Z',
    },
  });

export const clientList = pageSchema(client);
export const clientListQuery = listQuery.extend({
  q: z.string().trim().min(1).max(200).optional(),
});

export type ClientInput = z.infer<typeof clientInput>;
export type ClientPatch = z.infer<typeof clientPatch>;
export type ClientListQuery = z.infer<typeof clientListQuery>;
