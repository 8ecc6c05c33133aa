import { z } from 'zod';
import { listQuery } from '../../lib/pagination.js';

const text = z
  .string()
  .trim()
  .min(1)
  .max(5000)
  .describe('The note: personal data of the candidate (in their access export, erased with them, never in the audit trail)');
const shared = z
  .boolean()
  .describe('Shared with the committee of the procedure (only once the candidate overview was sent); false keeps the note internal to the agency');

export const noteInput = z.strictObject({ text, shared: shared.default(false) });

export const notePatch = z
  .strictObject({ text: text.optional(), shared: shared.optional() })
  .refine((p) => p.text !== undefined || p.shared !== undefined, { message: 'give text, shared or both' });

export const note = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    procedureId: z.uuid(),
    text: z.string(),
    shared: z.boolean(),
    author: z.string().nullable().describe('The id of the API key that wrote the note; null for committee keys'),
    authorUserId: z
      .uuid()
      .nullable()
      .describe(
        "The person of the agency who wrote the note with the key `author`: the key's own person, or the one named by On-Behalf-Of; null when the key acted for no one, and for committee keys",
      ),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'Note',
    example: {
      id: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
      applicationId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      text: 'Called back on 12 January: available from 1 April.',
      shared: false,
      author: 'key:2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      authorUserId: '3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b',
      version: 1,
      createdAt: '2026-01-12T09:30:00.000Z',
      updatedAt: '2026-01-12T09:30:00.000Z',
    },
  });

export const noteListQuery = listQuery.omit({ updatedSince: true });

export type NoteInput = z.infer<typeof noteInput>;
export type NotePatch = z.infer<typeof notePatch>;
export type NoteListQuery = z.infer<typeof noteListQuery>;
